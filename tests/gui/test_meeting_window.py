"""The team meeting end to end through the window, and what the shared screen may show."""
import json
import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.nhs import format_nhs_number
from recovery_desk.gui.meeting_setup import MeetingSetupDialog
from tests.gui.helpers import button, field

ROOT = Path(__file__).resolve().parents[2]


def set_up(run_dialog, window, *, people_on_agenda=2, tick=3, record=None):
    def fill(dialog):
        attendees = field(dialog, "Who is here")
        ids = [attendees.item(i).data(Qt.ItemDataRole.UserRole) for i in range(attendees.count())][:tick]
        dialog.tick(ids)
        suggested = dialog.hat.currentData()
        assert suggested is not None and "least recently" in dialog.hat_note.text()
        agenda = field(dialog, "Agenda")
        assert agenda.count() >= people_on_agenda, "the demo caseload has people due for review"
        while agenda.count() > people_on_agenda:
            agenda.setCurrentRow(agenda.count() - 1)
            button(dialog, "Remove").click()
        assert "people ·" in dialog.estimate.text()
        if record is not None:
            record["hat"] = suggested
            record["attendees"] = ids
            record["agenda"] = dialog.agenda_ids()
        button(dialog, "Start the meeting").click()

    run_dialog(MeetingSetupDialog, fill)
    window.ui.actionTeamMeeting.trigger()
    return window.meeting_window


def review_everyone(meeting, today):
    for n, _item in enumerate(meeting.meeting.items):
        assert meeting.step_key == "who"
        for step in meeting.steps:
            meeting.notes.setPlainText(f"Notes on {step.key} for review {n}")
            if step.key == "actions":
                meeting.action_text.setText(f"Action for review {n}")
                meeting.action_due.setText(uk_date(today + timedelta(days=14)))
                button(meeting, "Add action").click()
                assert meeting.actions_table.rowCount() >= 1
            if step.key == "next_review":
                meeting.next_review.setText(uk_date(today + timedelta(days=42)))
                button(meeting, "Save and finish this review").click()
                break
            meeting.step_by(1)


def test_a_whole_meeting_end_to_end(open_window, run_dialog, monkeypatch, home, clock):
    window = open_window(demo=True, people=30)
    services = window.services
    today = services.ctx.today()
    seen = {}
    meeting = set_up(run_dialog, window, record=seen)
    reviewed = [i.person_id for i in meeting.meeting.items]
    review_everyone(meeting, today)
    assert all(i.status == "reviewed" for i in meeting.meeting.items)
    button(meeting, "Finish the meeting").click()
    assert services.meetings.unfinished() is None and window.meeting_window is None

    # Next week the suggested hat goes to someone else.
    clock.advance(days=7)
    next_week = services.meetings.suggest_hat(seen["attendees"], services.ctx.today())
    assert next_week.staff_id != seen["hat"]
    window.close()

    again = open_window(demo=True)
    for n, person_id in enumerate(reviewed):
        [review] = again.services.meetings.reviews_for(person_id)
        assert review.notes["who"] == f"Notes on who for review {n}"
        assert review.next_review_on == today + timedelta(days=42)
        assert again.services.caseload.get(person_id).next_review_on == today + timedelta(days=42)
        again.caseload_tab.filter.setCurrentIndex(again.caseload_tab.filter.findData("all"))
        again.caseload_tab.select_person(person_id)
        summary = again.caseload_tab.summary
        shown = " ".join(label.text() for label in summary.meetings_box.findChildren(QLabel) if label.isVisibleTo(summary))
        assert f"Action for review {n}" in shown and "Reviewed" in shown


def test_shared_screen_never_shows_another_person_or_identifiers(open_window, run_dialog):
    window = open_window(demo=True, people=30)
    services = window.services
    meeting = set_up(run_dialog, window, people_on_agenda=2)
    everyone = services.caseload.list_rows()
    for item in meeting.meeting.items:
        meeting.open_item(item.id, "who")
        me = next(r for r in everyone if r.id == item.person_id)
        record = services.caseload.get(me.id, audit_view=False)
        others = {f"{r.given_name} {r.family_name}" for r in everyone if r.id != me.id}
        others |= {f"{r.preferred_name or r.given_name} {r.family_name}" for r in everyone if r.id != me.id}
        secrets = {r.nhs_number for r in everyone} | {format_nhs_number(r.nhs_number) for r in everyone}
        secrets |= {line for line in record.address.splitlines() if line} | {record.phone}
        secrets |= {uk_date(record.date_of_birth)}
        for initials_only in (False, True):
            meeting.initials_only.setChecked(initials_only)
            for step in meeting.steps:
                meeting.go_to_step(step.key)
                text = meeting.shared.texts()
                assert not [name for name in others if name in text], step.key
                assert not [s for s in secrets if s and s in text], step.key
                if initials_only:
                    assert record.given_name not in text and record.family_name not in text
                    assert meeting.shared.person.text() == (record.called[0] + record.family_name[0]).upper()
                else:
                    assert meeting.shared.person.text() == f"{record.called} {record.family_name}"
    meeting.close()


def test_empty_agenda_or_nobody_present_is_explained(open_window, run_dialog):
    window = open_window(demo=True, people=10)
    messages = {}

    def fill(dialog):
        dialog.tick([])
        while dialog.agenda.count():
            dialog.agenda.setCurrentRow(0)
            button(dialog, "Remove").click()
        button(dialog, "Start the meeting").click()
        messages["banner"] = dialog.form_error.text()
        messages["visible"] = dialog.isVisible()
        dialog.reject()

    run_dialog(MeetingSetupDialog, fill)
    window.ui.actionTeamMeeting.trigger()
    assert messages["visible"] and "has not started" in messages["banner"]
    assert window.meeting_window is None and window.services.meetings.unfinished() is None


def test_a_meeting_interrupted_is_offered_again_where_it_stopped(open_window, run_dialog, answer_questions):
    window = open_window(demo=True, people=30)
    meeting = set_up(run_dialog, window)
    second = meeting.meeting.items[1]
    meeting.open_item(second.id, "who")
    meeting.go_to_step("safety_positive_risk")
    meeting.notes.setPlainText("Half-typed when the battery died")
    meeting.close()  # as if the app were killed: nothing but what was saved survives
    window.close()

    again = open_window(demo=True)
    answer_questions(QMessageBox.StandardButton.Yes)
    again.ui.actionTeamMeeting.trigger()
    resumed = again.meeting_window
    assert resumed.item.id == second.id and resumed.step_key == "safety_positive_risk"
    assert resumed.notes.toPlainText() == "Half-typed when the battery died"
    resumed.close()


def test_unplugged_shared_screen_falls_back_to_the_laptop(open_window, run_dialog):
    window = open_window(demo=True, people=30)
    meeting = set_up(run_dialog, window)
    meeting.shared_button.setChecked(True)
    assert meeting.shared.isVisible()
    meeting.shared._screen_removed(meeting.shared.current_screen)
    assert not meeting.shared.isVisible() and not meeting.shared_button.isChecked()
    assert "unplugged" in meeting.status.text()
    assert meeting.item is not None  # the review carries on
    meeting.close()


SCREENS = {"synchronousWindowSystemEvents": True, "windowFrameMargins": False, "screens": [
    {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "WallScreen", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1}]}

TWO_SCREENS = r'''
import sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import keyring
from tests.conftest import FixedClock, MemoryKeyring
keyring.set_keyring(MemoryKeyring())
from PySide6.QtWidgets import QApplication
app = QApplication([])
from recovery_desk.app import open_main_window
from recovery_desk.services.meetings import AgendaEntry
window = open_main_window(Path(tempfile.mkdtemp()), demo=True, people=20, clock=FixedClock())
s = window.services
staff = [m.id for m in s.staff.list_staff()][:2]
people = [r.id for r in s.caseload.list_rows() if r.discharged_on is None][:2]
meeting = s.meetings.start(s.ctx.today(), staff, staff[0], staff[1], [AgendaEntry(p, 3) for p in people])
chair = window.open_meeting(meeting)
assert chair.screen_combo.count() == 2
chosen = chair.screen_combo.currentText()
chair.shared_button.setChecked(True)
app.processEvents()
g = chair.shared.geometry()
print(chosen, chair.shared.isFullScreen(), chair.shared.screen().name(), g.x(), g.width(), g.height())
chair.close(); window.close()
'''


def test_with_two_screens_the_shared_window_fills_the_chosen_one(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    out = subprocess.run([sys.executable, "-c", TWO_SCREENS, str(ROOT)], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    line = out.stdout.strip().splitlines()[-1]
    assert line.startswith("Screen 2: WallScreen") and line.endswith("True WallScreen 1366 1920 1080"), line


def test_next_person_updates_the_shared_screen_quickly(open_window, run_dialog):
    """Benchmark-style guard for the 50 ms target (the figure itself is reported by the bench)."""
    window = open_window(demo=True, people=30)
    meeting = set_up(run_dialog, window, people_on_agenda=3)
    meeting.shared_button.setChecked(True)
    times = []
    for _ in range(2):
        before = meeting.shared.person.text()
        started = time.perf_counter()
        meeting.next_person()
        times.append(time.perf_counter() - started)
        assert meeting.shared.person.text() != before
    meeting.close()
    assert min(times) < 0.5  # generous: CI machines vary; the bench reports the real figure
