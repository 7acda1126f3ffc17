"""Meeting minutes through the window: offered when the meeting finishes, and for past meetings."""
from datetime import timedelta
from pathlib import Path

import pypdf
from PySide6.QtWidgets import QFileDialog, QMessageBox

from recovery_desk.content.meeting import review_steps
from recovery_desk.domain.dates import uk_date
from recovery_desk.gui import meeting_minutes, pdf_output
from recovery_desk.gui.meeting_minutes import MeetingMinutesDialog
from recovery_desk.services import audit
from recovery_desk.services.meetings import AgendaEntry
from tests.gui.helpers import button, field
from tests.gui.test_crisis_plan_window import _admin
from tests.gui.test_meeting_window import review_everyone, set_up


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def save_to(monkeypatch, path: Path) -> list[str]:
    """Answer the save dialog with ``path``; returns the names it suggested."""
    suggested: list[str] = []

    def choose(_parent, _title, name, _filter):
        suggested.append(name)
        return str(path), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return suggested


def test_finishing_a_meeting_offers_the_minutes_and_saves_them_as_pdf(open_window, run_dialog, monkeypatch, tmp_path,
                                                                       qtbot):
    window = open_window(demo=True, people=30)
    services = window.services
    today = services.ctx.today()
    meeting = set_up(run_dialog, window)
    items = meeting.meeting.items
    review_everyone(meeting, today)
    target = tmp_path / "minutes.pdf"
    suggested = save_to(monkeypatch, target)

    button(meeting, "Finish the meeting").click()
    [offer] = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert window.meeting_window is None, "the chair's window has closed behind the question"
    assert {"Save as PDF…", "Print…", "Not now"} <= {b.text() for b in offer.buttons()}
    button(offer, "Save as PDF…").click()

    assert suggested == [f"Team meeting minutes - {today.isoformat()}.pdf"]
    text = pdf_text(target)
    steps = review_steps()
    assert text.startswith(f"Team meeting — {uk_date(today)}")
    for n, item in enumerate(items):
        at = text.index(item.name)
        for step in steps:  # each step's notes under its own title, in order
            title_at = text.index(step.title, at)
            at = text.index(f"Notes on {step.key} for review {n}", title_at)
        action_at = text.index(f"Action for review {n}")
        assert text.index("Actions", text.index(item.name)) < action_at
        assert uk_date(today + timedelta(days=14)) in text[action_at:action_at + 200]
        assert uk_date(today + timedelta(days=42)) in text[text.index("Next review", action_at):]
    assert "Confidential — team record" in text and "Page 1 of" in text
    exports = [r for r in audit.list_events(_admin(window), action="export") if r.entity == "meeting"]
    assert sorted(r.person_id for r in exports) == sorted(i.person_id for i in items)
    assert "Saved minutes.pdf" in window.statusBar().currentMessage()


def test_not_now_saves_nothing_and_past_minutes_come_from_the_team_menu(open_window, run_dialog, monkeypatch,
                                                                        tmp_path):
    window = open_window(demo=True, people=30)
    services = window.services
    assert window.minutes_action in window.ui.menuTeam.actions()
    seen = {}

    def look(dialog):
        seen["message"] = dialog.ui.result.text()
        seen["enabled"] = dialog.ui.savePdf.isEnabled() or dialog.ui.printMinutes.isEnabled()

    run_dialog(MeetingMinutesDialog, look)
    window.minutes_action.trigger()
    assert "No meeting has been finished yet" in seen["message"] and not seen["enabled"]

    meeting = set_up(run_dialog, window)
    review_everyone(meeting, services.ctx.today())
    saved = save_to(monkeypatch, tmp_path / "never.pdf")
    button(meeting, "Finish the meeting").click()
    [offer] = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    button(offer, "Not now").click()
    assert saved == [] and not (tmp_path / "never.pdf").exists()

    printed = []

    def fake_print(pdf, parent, *, title):
        printed.append((title, pdf_text(pdf)))
        return True

    monkeypatch.setattr(pdf_output, "print_pdf", fake_print)
    target = tmp_path / "again.pdf"
    save_to(monkeypatch, target)
    held_on = uk_date(services.ctx.today())

    def use(dialog):
        table = field(dialog, "Finished meetings")
        assert table.rowCount() == 1
        assert [table.item(0, c).text() for c in range(3)] == [held_on, meeting.meeting.chair, "2 of 2"]
        button(dialog, "Print…").click()
        button(dialog, "Save as PDF…").click()
        seen["result"] = dialog.ui.result.text()

    run_dialog(MeetingMinutesDialog, use)
    window.minutes_action.trigger()
    [(title, text)] = printed
    assert title == f"Team meeting — {held_on}" and "Notes on who for review 1" in text
    assert "Notes on who for review 1" in pdf_text(target)
    assert seen["result"].startswith("Saved again.pdf")
    events = audit.list_events(_admin(window))
    assert {r.action for r in events if r.entity == "meeting" and r.summary.startswith("team meeting minutes")} == {
        "print", "export"}


def test_a_printer_problem_is_explained_not_raised(open_window, monkeypatch):
    window = open_window(demo=True, people=10)
    services = window.services
    staff = [m.id for m in services.staff.list_staff()][:2]
    person = next(r.id for r in services.caseload.list_rows() if r.discharged_on is None)
    held = services.meetings.start(services.ctx.today(), staff, staff[0], staff[1], [AgendaEntry(person, 3)])
    services.meetings.finish(held.id)
    shown = []
    monkeypatch.setattr(pdf_output, "show_error", lambda _parent, title, text: shown.append((title, text)))

    def no_printer(*_args, **_kwargs):
        raise pdf_output.PrintProblem("No printer is set up on this computer.")

    monkeypatch.setattr(pdf_output, "print_pdf", no_printer)
    output = meeting_minutes.MinutesOutput(services, window, window.say)
    assert output.print_minutes(held.id) is False
    assert shown == [("Not printed", "No printer is set up on this computer.")]
    assert not [r for r in audit.list_events(_admin(window), action="print") if r.entity == "meeting"]
