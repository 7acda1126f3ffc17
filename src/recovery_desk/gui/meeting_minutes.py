"""Team meeting minutes: offered when a meeting is finished, and printable again for past meetings.

Saving and printing work as the crisis plan tab's do, through the helpers in
:mod:`recovery_desk.gui.pdf_output` (so printing goes through ``print_pdf``); the PDF is made
by :mod:`recovery_desk.printing.meeting_minutes_pdf`, and every copy is audited once for
each person the minutes name.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTableWidgetItem, QWidget

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.errors import NotFound, PermissionDenied
from recovery_desk.gui.forms.ui_meeting_minutes_dialog import Ui_MeetingMinutesDialog
from recovery_desk.gui.pdf_output import print_document, save_document_as_pdf
from recovery_desk.gui.widgets import show_error
from recovery_desk.printing.meeting_minutes_pdf import RenderResult, render_minutes, title_for
from recovery_desk.services.bundle import Services
from recovery_desk.services.meeting_views import MeetingMinutes

SAVE = "Save as PDF…"
PRINT = "Print…"
NOT_NOW = "Not now"


class MinutesOutput:
    """Saves or prints one meeting's minutes; ``say`` reports what happened."""

    def __init__(self, services: Services, parent: QWidget, say: Callable[[str], None]):
        self.services = services
        self.parent = parent
        self.say = say

    def _minutes(self, meeting_id: int) -> MeetingMinutes | None:
        try:
            return self.services.meetings.minutes(meeting_id)
        except (NotFound, PermissionDenied) as exc:
            show_error(self.parent, "No minutes", str(exc))
            return None

    def _renderer(self, minutes: MeetingMinutes) -> Callable[[Path], RenderResult]:
        def render(destination: Path) -> RenderResult:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return render_minutes(minutes, destination, printed_on=self.services.ctx.today())
            finally:
                QApplication.restoreOverrideCursor()
        return render

    def save_pdf(self, meeting_id: int) -> bool:
        minutes = self._minutes(meeting_id)
        if minutes is None:
            return False
        saved = save_document_as_pdf(self.parent, self._renderer(minutes), title="Save the meeting minutes as a PDF",
                                     suggested_name=f"Team meeting minutes - {minutes.held_on.isoformat()}.pdf")
        if saved is None:
            return False
        self.services.meetings.record_minutes_print(minutes, how="saved as PDF")
        self.say(f"Saved {saved.name}. It names people in full: keep it within the team.")
        return True

    def print_minutes(self, meeting_id: int) -> bool:
        minutes = self._minutes(meeting_id)
        if minutes is None:
            return False
        if not print_document(self.parent, self._renderer(minutes), title=title_for(minutes)):
            return False
        self.services.meetings.record_minutes_print(minutes, how="printed")
        self.say("The meeting minutes were sent to the printer.")
        return True


def offer_minutes(parent: QWidget, services: Services, meeting_id: int, say: Callable[[str], None]) -> QMessageBox:
    """Right after a meeting is finished: save the minutes as PDF, print them, or leave it for now.

    The question opens without blocking (``open``, not ``exec``), so the chair's window can
    close behind it; the choice is acted on when the question closes.
    """
    box = QMessageBox(QMessageBox.Icon.Question, "The meeting is finished",
                      "Reviews and actions are saved in each person's record. Would you like the minutes now?\n\n"
                      "You can get them later from Team ▸ Meeting minutes…", parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    save = box.addButton(SAVE, QMessageBox.ButtonRole.AcceptRole)
    printing = box.addButton(PRINT, QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(NOT_NOW, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(later)
    output = MinutesOutput(services, parent, say)

    def chosen(_result: int) -> None:
        if box.clickedButton() is save:
            output.save_pdf(meeting_id)
        elif box.clickedButton() is printing:
            output.print_minutes(meeting_id)

    box.finished.connect(chosen)
    box.open()
    return box


class MeetingMinutesDialog(QDialog):
    """Finished meetings, newest first, with their minutes to save or print."""

    def __init__(self, services: Services, parent: QWidget | None = None, say: Callable[[str], None] | None = None):
        super().__init__(parent)
        self.ui = Ui_MeetingMinutesDialog()
        self.ui.setupUi(self)
        self._say = say
        self.output = MinutesOutput(services, self, self._report)
        self.meetings = services.meetings.finished_meetings()
        table = self.ui.meetings
        table.setRowCount(len(self.meetings))
        for row, meeting in enumerate(self.meetings):
            cells = (uk_date(meeting.held_on), meeting.chair, f"{meeting.reviewed} of {meeting.on_agenda}")
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        if self.meetings:
            table.selectRow(0)
        else:
            self.ui.result.setText("No meeting has been finished yet. Minutes appear here once the chair "
                                   "finishes a team meeting.")
        for button in (self.ui.savePdf, self.ui.printMinutes):
            button.setEnabled(bool(self.meetings))
        self.ui.savePdf.clicked.connect(self.save_pdf)
        self.ui.printMinutes.clicked.connect(self.print_minutes)
        table.doubleClicked.connect(lambda _index: self.save_pdf())
        self.ui.buttons.rejected.connect(self.reject)

    def _chosen(self) -> int | None:
        row = self.ui.meetings.currentRow()
        return self.meetings[row].id if 0 <= row < len(self.meetings) else None

    def save_pdf(self) -> None:
        if (meeting_id := self._chosen()) is not None:
            self.output.save_pdf(meeting_id)

    def print_minutes(self) -> None:
        if (meeting_id := self._chosen()) is not None:
            self.output.print_minutes(meeting_id)

    def _report(self, message: str) -> None:
        self.ui.result.setText(message)
        if self._say is not None:
            self._say(message)
