"""Writing, completing and comparing a strengths-based assessment through the window."""
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from recovery_desk.domain.people import PersonDraft
from recovery_desk.gui.assessment_dialogs import TimelineEventDialog
from tests.gui.helpers import button, error_beside, field

GOAL = "Get back to the allotment and grow enough beans to share"
PASTED = "<b>Pasted</b> from a referral letter &amp; <i>kept</i> as typed"


def open_assessment_tab(window, family_name):
    window.caseload_tab.reload()
    window.caseload_tab.search.setText(family_name)
    window.caseload_tab.table.selectRow(0)
    window.ui.tabs.setCurrentWidget(window.assessment_tab)
    return window.assessment_tab


def test_complete_an_assessment_then_start_a_second_beside_it_and_reopen(open_window, answer_questions):
    window = open_window(demo=True, people=4)
    window.services.caseload.save(PersonDraft(given_name="Siân", family_name="Zoë-Siânbrook"))
    tab = open_assessment_tab(window, "Siânbrook")
    assert "No assessment yet for Siân" in tab.no_assessment.title.text()
    button(tab, "Start an assessment").click()

    template = window.services.assessments.template()
    for section in template.of_kind("domain") + template.of_kind("questions"):
        if section.title != "Inherited resources":
            field(tab, f"{section.title} — in their words").setPlainText(f"{section.title}, in Siân's words")
    field(tab, "Personal goals — in their words").setPlainText(GOAL)
    field(tab, "Current strengths and resources — staff notes").setPlainText(PASTED)
    field(tab, "Developing a positive identity").setPlainText("I'm a gardener first")
    field(tab, "Hope and optimism").setPlainText("Some days, yes")
    work = field(tab, "Work")
    work.setCurrentIndex(work.findText("voluntary work"))
    field(tab, "Where I live").setValue(5)
    field(tab, "Where I live — work on this").setChecked(True)
    window.ui.actionSave.trigger()  # Ctrl+S
    assert "draft" in tab.status.text() and "Siân" in tab.status.text()

    answer_questions(QMessageBox.StandardButton.Yes)
    button(tab, "Complete…").click()
    assert tab.assessment.is_draft, "a section with neither words nor “Not discussed” stops completion"
    assert "Not discussed" in error_beside(tab, "Inherited resources")
    assert "Inherited resources" in tab.status.text()
    field(tab, "Inherited resources — not discussed").setChecked(True)
    button(tab, "Complete…").click()
    first = tab.assessment
    assert first.status == "completed" and first.completed_by == "Rowan Quillon"
    assert "completed 21/11/2026" in tab.status.text()
    assert field(tab, "Personal goals — in their words").isReadOnly()
    assert first.answer("current_strengths").staff_notes == PASTED, "pasted markup is stored as it was typed"

    button(tab, "Start a new assessment").click()
    second = tab.assessment
    assert second.version_no == 2 and second.is_draft
    assert field(tab, "Personal goals — in their words").toPlainText() == GOAL, "it starts from the last one"
    beside = field(tab, "Personal goals — in their words — last time")
    assert beside.isVisibleTo(tab) and beside.isReadOnly() and beside.toPlainText() == GOAL
    assert field(tab, "Current strengths and resources — staff notes — last time").toPlainText() == PASTED
    assert tab.versions.count() == 2
    field(tab, "Personal goals — in their words").setPlainText("Run the allotment stall on Saturdays")
    window.close()  # closing saves the draft

    window = open_window(demo=True)
    tab = open_assessment_tab(window, "Siânbrook")
    assert tab.assessment.id == second.id and tab.assessment.is_draft
    assert field(tab, "Personal goals — in their words").toPlainText() == "Run the allotment stall on Saturdays"
    assert field(tab, "Personal goals — in their words — last time").toPlainText() == GOAL
    assert field(tab, "Work").currentText() == "voluntary work"
    assert "Assessment 1: completed 21/11/2026" in tab.versions.item(1).text()
    tab.versions.itemClicked.emit(tab.versions.item(1))
    assert tab.assessment.id == first.id and field(tab, "Hope and optimism").isReadOnly()
    assert field(tab, "Where I live").value() == 5


def test_make_this_a_recovery_goal_from_the_selected_words(open_window):
    window = open_window(demo=True, people=4)
    tab = open_assessment_tab(window, "")
    button(tab, "Start an assessment").click()
    words = field(tab, "Personal goals — in their words")
    words.setPlainText("Learn to drive.\nSee my nephew more often.")

    def select_the_first_line():
        cursor = words.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        words.setTextCursor(cursor)

    select_the_first_line()
    button(tab, "Make this a recovery goal").click()

    person_id = tab.person.id
    goals = window.services.goals.overview(person_id).recovery
    assert [(g.statement, g.source) for g in goals] == [("Learn to drive.", "Assessment of 21/11/2026")]
    assert window.services.assessments.current(person_id).answer("personal_goals").their_words.startswith(
        "Learn to drive."), "the draft was saved first"
    recovery = window.goals_tab.recovery_list
    assert any("Learn to drive." in recovery.item(i).text() for i in range(recovery.count()))
    select_the_first_line()
    button(tab, "Make this a recovery goal").click()
    assert len(window.services.goals.overview(person_id).recovery) == 1, "the same goal is not made twice"
    assert "already" in window.statusBar().currentMessage()


def test_a_fourth_area_to_work_on_is_refused_beside_the_field(open_window):
    window = open_window(demo=True, people=4)
    tab = open_assessment_tab(window, "")
    button(tab, "Start an assessment").click()
    for area in ("Where I live", "Money", "Feeling safe"):
        field(tab, f"{area} — work on this").setChecked(True)
    fourth = field(tab, "Leisure and things I enjoy — work on this")
    fourth.setChecked(True)
    assert not fourth.isChecked()
    assert "Up to 3 areas" in error_beside(tab, "Leisure and things I enjoy — work on this")
    field(tab, "Money — work on this").setChecked(False)
    assert error_beside(tab, "Leisure and things I enjoy — work on this") == ""
    fourth.setChecked(True)
    assert fourth.isChecked()
    assert field(tab, "Leisure and things I enjoy").specialValueText() == "not rated"


def test_life_timeline_events_are_added_changed_and_removed(open_window, run_dialog, answer_questions):
    window = open_window(demo=True, people=4)
    tab = open_assessment_tab(window, "")
    button(tab, "Start an assessment").click()

    def add_with_a_future_date_then_fix_it(dialog):
        field(dialog, "When").setText("2099")
        kind = field(dialog, "Kind of event")
        kind.setCurrentIndex(kind.findData("achievement"))
        field(dialog, "What happened").setText("Passed my driving test")
        field(dialog, "In their words").setPlainText("First time!")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.isVisible() and "future" in error_beside(dialog, "When")
        field(dialog, "When").setText("March 2004")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    run_dialog(TimelineEventDialog, add_with_a_future_date_then_fix_it)
    button(tab, "Add an event…").click()
    timeline = tab.form.timeline
    assert [(e.when, e.title, e.kind) for e in timeline.view.events] == [
        ("March 2004", "Passed my driving test", "achievement")]
    assert timeline.events.item(0).text() == "March 2004 — Passed my driving test (achievement)"

    def change(dialog):
        assert field(dialog, "When").text() == "March 2004"
        field(dialog, "What happened").setText("Passed my driving test, second go")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    run_dialog(TimelineEventDialog, change)
    timeline.events.setCurrentRow(0)
    button(tab, "Change the event…").click()
    assert timeline.view.events[0].title == "Passed my driving test, second go"
    assert timeline.view.selected_id == timeline.view.events[0].id

    answer_questions(QMessageBox.StandardButton.Yes)
    button(tab, "Remove the event").click()
    assert timeline.view.events == [] and window.services.assessments.timeline(tab.person.id) == []


def test_read_only_staff_cannot_start_an_assessment(open_window):
    window = open_window(demo=True, user="a.reader", people=4)
    tab = open_assessment_tab(window, "")
    assert not tab.no_assessment.button.isEnabled()


def test_every_field_on_the_form_has_its_own_accessible_name(open_window):
    window = open_window(demo=True, people=4)
    tab = open_assessment_tab(window, "")
    button(tab, "Start an assessment").click()
    from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QSpinBox

    names = [w.accessibleName() for kind in (QPlainTextEdit, QComboBox, QSpinBox, QCheckBox)
             for w in tab.form.findChildren(kind)]
    assert all(names), "every field has an accessible name"
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_a_saved_assessment_still_opens_after_the_template_changes(open_window, monkeypatch):
    import copy

    from recovery_desk.content import assessment as content
    from recovery_desk.content.loader import load_json

    window = open_window(demo=True, people=4)
    window.services.caseload.save(PersonDraft(given_name="Kofi", family_name="Templeworth"))
    tab = open_assessment_tab(window, "Templeworth")
    button(tab, "Start an assessment").click()
    field(tab, "Past coping history — in their words").setPlainText("Walking the dog <every> morning")
    field(tab, "Current strengths and resources — in their words").setPlainText("My humour")
    window.close()

    changed = copy.deepcopy(load_json(content.TEMPLATE_FILE))
    changed["template_version"] = "2027.1"
    changed["sections"] = [s for s in changed["sections"] if s["id"] != "past_coping"]
    changed["sections"].insert(1, {"id": "creativity", "kind": "domain", "title": "Creativity",
                                   "traditional_heading": "(none)", "prompts": ["What do you make?"]})
    changed["sections"][0]["prompts"].append("Who would you call first?")
    monkeypatch.setattr(content, "load_json",
                        lambda name: changed if name == content.TEMPLATE_FILE else load_json(name))

    window = open_window(demo=True)
    tab = open_assessment_tab(window, "Templeworth")
    assert field(tab, "Current strengths and resources — in their words").toPlainText() == "My humour"
    assert field(tab, "Creativity — in their words").toPlainText() == ""
    kept = field(tab, "No longer in the template")
    assert kept.isVisibleTo(tab) and "Past coping history" in kept.text()
    assert "Walking the dog &lt;every&gt; morning" in kept.text(), "kept words are shown as typed, never as markup"
    assert any("Who would you call first?" in label.text() for label in tab.findChildren(QLabel))
    assert tab.assessment.template_version == "2026.1"
    field(tab, "Creativity — in their words").setPlainText("I knit hats for the shelter")
    window.ui.actionSave.trigger()
    assert tab.assessment.template_version == "2027.1", "a draft follows the template it is edited with"
    assert "template 2027.1" in tab.status.text()
