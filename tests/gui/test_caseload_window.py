"""Driving the caseload through the window, finding every field by its label."""
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from recovery_desk.gui.discharge_dialog import DischargeDialog
from recovery_desk.gui.person_dialog import PersonDialog
from tests.gui.helpers import PaintCount, button, error_beside, field, tab_texts


def test_demo_window_has_the_tabs_and_shows_who_is_signed_in(open_window):
    window = open_window(demo=True, people=25)
    assert tab_texts(window.ui.tabs) == ["Caseload", "Assessment", "Goals", "Crisis plan"]
    assert window.caseload_tab.model.total == 25
    assert "Rowan Quillon" in window.statusBar().findChildren(type(window.ui.personBanner))[-1].text()
    assert "DEMO DATA" in window.windowTitle().upper() or "demo" in window.windowTitle()
    window.ui.tabs.setCurrentIndex(1)
    assert "no one chosen yet" in window.assessment_tab.no_person.title.text()


def card(window, name: str) -> str | None:
    """A detail on the chosen person's card, found by its name as a screen reader would (None if hidden)."""
    summary = window.caseload_tab.summary
    value = field(summary, name)
    return value.text() if value.isVisibleTo(summary) else None


def _save(dialog):
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_add_find_edit_discharge_reopen_and_survive_restart(open_window, run_dialog, answer_questions, qtbot, home):
    window = open_window(demo=True, people=12)

    def first_try_with_mistakes(dialog):
        field(dialog, "Given name").setText("Zoë")
        field(dialog, "Family name").setText("Wibbleton-Ángel")
        field(dialog, "Preferred name").setText("Zed")
        field(dialog, "Date of birth").setText("31/02/1990")
        field(dialog, "NHS number").setText("0000000000")
        _save(dialog)
        assert dialog.isVisible(), "a dialog with mistakes must stay open"
        assert "no such date" in error_beside(dialog, "Date of birth")
        field(dialog, "Date of birth").setText("28/02/1990")
        _save(dialog)
        assert "all the digits are the same" in error_beside(dialog, "NHS number")
        assert field(dialog, "Family name").text() == "Wibbleton-Ángel", "typed text is kept"
        field(dialog, "NHS number").setText("943 476 5919")
        field(dialog, "Address").setPlainText("1 Imaginary Lane\nMadeupton")
        _save(dialog)

    run_dialog(PersonDialog, first_try_with_mistakes)
    window.ui.actionNewPerson.trigger()
    assert window.caseload_tab.current.family_name == "Wibbleton-Ángel"
    assert "Added" in window.statusBar().currentMessage()

    window.caseload_tab.search.clear()
    qtbot.keyClicks(window.caseload_tab.search, "zed")
    model = window.caseload_tab.model
    assert model.rowCount() == 1 and model.row_at(0).preferred_name == "Zed"
    qtbot.keyClicks(window.caseload_tab.search, "x")
    assert model.rowCount() == 0
    window.caseload_tab.search.setText("943 476 5919")
    assert model.rowCount() == 1

    def edit(dialog):
        assert field(dialog, "Given name").text() == "Zoë"
        field(dialog, "Phone").setText("01632 960555")
        field(dialog, "Pronouns").setCurrentText("she/her")
        _save(dialog)

    run_dialog(PersonDialog, edit)
    window.ui.actionEditPerson.trigger()
    assert window.caseload_tab.current.phone == "01632 960555"
    assert (card(window, "Phone"), card(window, "NHS number"), card(window, "Address"), card(window, "Discharged")) == (
        "01632 960555", "943 476 5919", "1 Imaginary Lane\nMadeupton", None)

    def discharge(dialog):
        field(dialog, "Reason").setPlainText("Moving to live near family (test)")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    run_dialog(DischargeDialog, discharge)
    window.ui.actionDischarge.trigger()
    person_id = window.caseload_tab.current.id
    assert window.caseload_tab.current.discharged_on == date(2026, 11, 21)
    assert card(window, "Discharged") == "21/11/2026: Moving to live near family (test)"
    assert window.caseload_tab.model.view_row_of(person_id) is None, "discharged people leave the open list"
    window.caseload_tab.filter.setCurrentIndex(window.caseload_tab.filter.findData("discharged"))
    assert window.caseload_tab.model.view_row_of(person_id) is not None

    answer_questions()
    window.ui.actionReopen.trigger()
    assert window.caseload_tab.current.discharged_on is None
    assert card(window, "Discharged") is None
    window.close()

    again = open_window(demo=True)
    again.caseload_tab.search.setText("wibbleton-ángel")
    assert again.caseload_tab.model.rowCount() == 1
    again.caseload_tab.table.selectRow(0)
    record = again.caseload_tab.current
    assert (record.given_name, record.preferred_name, record.nhs_number, record.phone, record.pronouns) == (
        "Zoë", "Zed", "9434765919", "01632 960555", "she/her")
    assert again.ui.personBanner.text().startswith("Zed Wibbleton-Ángel")


def test_the_card_shows_typed_words_as_written_never_as_markup(open_window, run_dialog):
    window = open_window(demo=True, people=3)
    window.caseload_tab.table.selectRow(0)

    def edit(dialog):
        field(dialog, "Address").setPlainText("<b>Flat 2</b> & <i>Block C</i>")
        field(dialog, "Preferred name").setText("<u>Sam</u>")
        _save(dialog)

    run_dialog(PersonDialog, edit)
    window.ui.actionEditPerson.trigger()
    summary = window.caseload_tab.summary
    shown = [field(summary, "Address"), summary.heading]
    assert card(window, "Address") == "<b>Flat 2</b> & <i>Block C</i>"
    assert summary.heading.text().startswith("<u>Sam</u>")
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)


def test_the_card_shows_open_actions_and_the_latest_three_reviews(open_window, clock):
    from datetime import timedelta

    from recovery_desk.services.meetings import AgendaEntry

    window = open_window(demo=True, people=3)
    services, me = window.services, window.services.actor.staff_id
    person = services.caseload.list_rows()[0].id
    for week in range(4):
        meeting = services.meetings.start(services.ctx.today(), [me], me, me, [AgendaEntry(person, 5)])
        services.meetings.save_note(meeting.items[0].id, "who", f"<i>Week {week}</i> notes")
        services.meetings.finish_item(meeting.items[0].id)
        services.meetings.finish(meeting.id)
        clock.advance(days=7)
    services.meetings.add_action(person, "Ring the housing officer", me, services.ctx.today() + timedelta(days=1))
    clock.advance(days=3)
    window.caseload_tab.select_person(person)
    summary = window.caseload_tab.summary
    lines = [label.text() for label in summary.meetings_box.findChildren(QLabel) if label.isVisibleTo(summary)]
    assert lines[:2] == ["Open actions", "• Ring the housing officer — Rowan Quillon, by 20/12/2026 (overdue)"]
    assert [line for line in lines if line.startswith("Reviewed")] == [
        f"Reviewed {day} (recovery hat: Rowan Quillon)" for day in ("12/12/2026", "05/12/2026", "28/11/2026")]
    assert "<i>Week 3</i> notes" in lines


def test_each_letter_typed_in_the_search_paints_the_list_once(open_window, qapp, qtbot):
    window = open_window(demo=True, people=40)
    qtbot.waitExposed(window)
    tab = window.caseload_tab
    counter = PaintCount()
    tab.table.viewport().installEventFilter(counter)
    for typed in ("a", "an", "a", ""):
        counter.paints = 0
        tab.search.setText(typed)
        for _ in range(4):
            qapp.processEvents()
        assert counter.paints == 1, (typed, counter.paints)


def test_person_tabs_follow_the_selection(open_window):
    from PySide6.QtWidgets import QLabel

    window = open_window(demo=True, people=5)
    tabs = window.ui.tabs
    for row in (0, 1):
        tabs.setCurrentIndex(0)
        window.caseload_tab.table.selectRow(row)
        name = window.caseload_tab.current.called
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            page = tabs.currentWidget()
            shown = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
            assert any(name in text for text in shown), (tabs.tabText(index), name)


def test_read_only_user_cannot_add_people(open_window):
    window = open_window(demo=True, user="a.reader", people=5)
    assert not window.ui.actionNewPerson.isEnabled()
    window.caseload_tab.table.selectRow(0)
    assert not window.caseload_tab.summary.edit_button.isEnabled()


def test_ctrl_f_goes_to_search(open_window, qtbot):
    window = open_window(demo=True, people=5)
    window.ui.tabs.setCurrentIndex(2)
    window.activateWindow()
    window.ui.actionFind.trigger()
    assert window.ui.tabs.currentIndex() == 0
    assert window.caseload_tab.search.hasFocus() or window.focusWidget() is window.caseload_tab.search
    assert window.ui.actionFind.shortcut().toString() == "Ctrl+F"
    assert Qt.Key.Key_F  # keyboard shortcut is wired through the action


def test_second_editor_sees_the_conflict_and_keeps_their_text(open_window, run_dialog):
    from dataclasses import replace

    window = open_window(demo=True, people=5)
    window.caseload_tab.table.selectRow(0)
    person = window.caseload_tab.current
    seen = {}

    def edit_while_someone_else_saves(dialog):
        # A colleague on another laptop saves the same person first.
        window.services.caseload.save(replace(person.as_draft(), phone="01632 960111"))
        field(dialog, "Phone").setText("01632 960222")
        field(dialog, "Culture, in their words").setPlainText("Proudly Cornish")
        _save(dialog)
        seen["banner"] = dialog.ui.formError.text()
        seen["still open"] = dialog.isVisible()
        seen["kept"] = (field(dialog, "Phone").text(), field(dialog, "Culture, in their words").toPlainText())
        run_dialog(QMessageBox, lambda box: button(box, "Close without saving").click())
        dialog.reject()

    run_dialog(PersonDialog, edit_while_someone_else_saves)
    window.ui.actionEditPerson.trigger()
    assert "Someone else saved this" in seen["banner"] and seen["still open"]
    assert seen["kept"] == ("01632 960222", "Proudly Cornish")
    assert window.services.caseload.get(person.id).phone == "01632 960111"
