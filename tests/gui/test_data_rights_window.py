"""The person's data rights through the window: subject access export, retention review and
deletion by two members of staff, the retention setting, and the privacy notice."""
from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pypdf import PdfReader

from recovery_desk.gui.about import NoticeDialog
from recovery_desk.gui.retention_dialog import RetentionDeleteDialog, RetentionDialog
from recovery_desk.gui.staff_dialogs import TeamSettingsDialog
from recovery_desk.gui.subject_access_dialog import THIRD_PARTY_NOTE, SubjectAccessDialog
from recovery_desk.services.demo import DEMO_PASSWORD
from tests.db.test_retention import move_to, pin_moments
from tests.fixtures.everything import fill_person
from tests.gui.helpers import error_beside, field


def select_person(window, person_id):
    window.caseload_tab.reload()
    window.caseload_tab.filter.setCurrentIndex(window.caseload_tab.filter.findData("all")
                                               if window.caseload_tab.filter.findData("all") >= 0 else 0)
    assert window.caseload_tab.select_person(person_id)
    assert window.caseload_tab.current.id == person_id


def test_subject_access_export_through_the_window(open_window, run_dialog, monkeypatch, tmp_path, qtbot):
    window = open_window(demo=True, user="demo.admin", people=3)
    filled = fill_person(window.services, "Qa")
    select_person(window, filled.person.id)
    assert window.data_rights.subject_access.isVisible() and window.data_rights.subject_access.isEnabled()
    assert window.data_rights.subject_access in window.ui.menuPerson.actions()
    out = tmp_path / "sar"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    seen = {}

    def review(dialog):
        field(dialog, "Show only items that may be about someone else").setChecked(True)
        shown = [i for i in dialog.field_items() if not i.isHidden()]
        assert shown and all(i.text(2) == THIRD_PARTY_NOTE for i in shown)
        name = next(i for i in shown if i.text(1) == filled.supporter_name)
        name.setCheckState(0, Qt.CheckState.Checked)
        assert "1 item ticked to be taken out" in dialog.ui.count.text()
        own = next(i for i in dialog.field_items() if i.text(1) == "Qa-family")
        assert not own.flags() & Qt.ItemFlag.ItemIsUserCheckable, "the person's own name is never taken out"
        combo = field(dialog, "Checked for information about other people by")
        combo.setCurrentIndex(combo.findText("Rowan Quillon"))
        dialog.export_button.click()
        assert QThreadPool.globalInstance().waitForDone(20_000)
        qtbot.waitUntil(lambda: dialog.exported is not None, timeout=10_000)
        seen["files"] = dialog.exported

    run_dialog(SubjectAccessDialog, review)
    window.data_rights.subject_access.trigger()
    files = seen["files"]
    text = " ".join(p.extract_text() for p in PdfReader(str(files.pdf)).pages)
    data = files.json.read_text(encoding="utf-8")
    for where in (text, data):
        assert "Qa-supportername" not in where and "[redacted]" in where and "Qa-warning" in where
    assert json.loads(data)["reviewed_for_third_party_information_by"] == "Rowan Quillon"
    assert "Rowan Quillon" in text
    assert "Saved the subject access export" in window.statusBar().currentMessage()


def test_data_rights_actions_are_for_administrators_only(open_window):
    window = open_window(demo=True, people=3)  # the first clinician
    window.caseload_tab.table.selectRow(0)
    assert not window.data_rights.subject_access.isVisible()
    assert not window.data_rights.retention.isVisible()


def discharged_twenty_years_ago(open_window, clock, today: date):
    """A window signed in as the demo administrator, and someone with everything, discharged on
    21/11/2026; the clock then moved on to ``today``."""
    window = open_window(demo=True, user="demo.admin", people=3)
    services = window.services
    filled = fill_person(services, "Qa")
    services.caseload.discharge(filled.person.id, filled.person.version, services.ctx.today(), "Moved away")
    pin_moments(services.ctx.db, clock.now())
    move_to(clock, today)
    return window, services, filled


def test_retention_review_and_deletion_with_a_second_member_of_staff(open_window, run_dialog, clock):
    window, services, filled = discharged_twenty_years_ago(open_window, clock, date(2046, 11, 21))
    assert window.data_rights.retention in window.ui.menuTeam.actions()
    steps = []

    def confirm(dialog):
        assert "Qa-given" in dialog.ui.intro.text() and "2 crisis plan versions" in dialog.ui.intro.text()
        field(dialog, "Second member of staff: their username").setText("demo.admin")
        field(dialog, "Their password").setText(DEMO_PASSWORD)
        dialog.ok_button.click()
        assert dialog.isVisible() and "someone other than you" in error_beside(
            dialog, "Second member of staff: their username")
        field(dialog, "Second member of staff: their username").setText("s.mapleby")
        field(dialog, "Their password").setText("not their password")
        dialog.ok_button.click()
        assert "do not match" in error_beside(dialog, "Their password")
        field(dialog, "Their password").setText(DEMO_PASSWORD)
        dialog.ok_button.click()
        steps.append("confirmed")

    def review(dialog):
        ids = [row.person_id for row in dialog.rows]
        assert filled.person.id in ids and all(row.due for row in dialog.rows)
        dialog.table.selectRow(ids.index(filled.person.id))
        assert dialog.delete_button.isEnabled()
        run_dialog(RetentionDeleteDialog, confirm)
        dialog.delete_button.click()
        assert filled.person.id not in [row.person_id for row in dialog.rows]
        dialog.reject()

    run_dialog(RetentionDialog, review)
    window.data_rights.retention.trigger()
    assert steps == ["confirmed"]
    assert filled.person.id not in [r.id for r in services.caseload.list_rows()]
    assert "Deleted after retention review" in window.statusBar().currentMessage()


def test_a_record_not_yet_due_cannot_be_deleted_from_the_list(open_window, run_dialog, clock):
    window, _services, filled = discharged_twenty_years_ago(open_window, clock, date(2046, 11, 20))

    def review(dialog):
        assert filled.person.id not in [row.person_id for row in dialog.rows]
        field(dialog, "Show only records due for review").setChecked(False)
        ids = [row.person_id for row in dialog.rows]
        dialog.table.selectRow(ids.index(filled.person.id))
        assert not dialog.delete_button.isEnabled()
        assert "21/11/2046" in dialog.delete_button.toolTip()
        dialog.reject()

    run_dialog(RetentionDialog, review)
    window.data_rights.retention.trigger()


def test_team_settings_hold_the_retention_period(open_window, run_dialog):
    window = open_window(demo=True, user="demo.admin", people=3)

    def set_years(dialog):
        years = field(dialog, "Keep discharged records for (years after the last contact)")
        assert years.value() == 20 and years.minimum() == 8
        years.setValue(25)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    run_dialog(TeamSettingsDialog, set_years)
    window.ui.actionTeamSettings.trigger()
    assert window.services.team.get().retention_years == 25


def test_the_privacy_notice_and_about_box_in_the_window_say_where_and_how_long(open_window, run_dialog):
    window = open_window(demo=True, people=3)
    shown = []
    run_dialog(NoticeDialog, lambda dialog: shown.append((dialog.windowTitle(), dialog.text.toPlainText())))
    window.ui.actionPrivacy.trigger()
    window.ui.actionAbout.trigger()
    [(title, text), (about_title, about)] = shown
    assert (title, about_title) == ("Privacy notice", "About Recovery Desk")
    for words in ("On this computer", "Nothing leaves this computer.", "kept for 20 years after the last contact"):
        assert words in text and words in about
    assert about.startswith("Recovery Desk ")
