"""Adding or changing an event on a person's life timeline."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from recovery_desk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationFailed
from recovery_desk.domain.timeline import EventDraft
from recovery_desk.gui.forms.ui_timeline_event_dialog import Ui_TimelineEventDialog
from recovery_desk.gui.widgets import FieldErrors
from recovery_desk.services.assessment_views import TimelineEventView
from recovery_desk.services.bundle import Services


class TimelineEventDialog(QDialog):
    def __init__(self, services: Services, person_id: int, event: TimelineEventView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TimelineEventDialog()
        self.ui.setupUi(self)
        self._services, self._person_id, self._event = services, person_id, event
        self.saved: TimelineEventView | None = None
        kinds = services.assessments.event_kinds()
        for kind in kinds:
            self.ui.kind.addItem(kind.capitalize(), kind)
        if event is not None:
            self.setWindowTitle("Change a timeline event")
            if event.kind not in kinds:
                self.ui.kind.addItem(f"{event.kind.capitalize()} (no longer on the list)", event.kind)
            self.ui.kind.setCurrentIndex(self.ui.kind.findData(event.kind))
            self.ui.whenText.setText(event.when)
            self.ui.title.setText(event.title)
            self.ui.theirWords.setPlainText(event.their_words)
        else:
            self.setWindowTitle("Add an event to the timeline")
        self.errors = FieldErrors({"when": (self.ui.whenText, self.ui.whenTextError),
                                   "kind": (self.ui.kind, self.ui.kindError),
                                   "title": (self.ui.title, self.ui.titleError),
                                   "their_words": (self.ui.theirWords, self.ui.theirWordsError)},
                                  banner=self.ui.formError)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        event = self._event
        draft = EventDraft(self.ui.whenText.text(), self.ui.kind.currentData() or "", self.ui.title.text(),
                           self.ui.theirWords.toPlainText(), event.id if event else None,
                           event.version if event else None)
        try:
            self.saved = self._services.assessments.save_event(self._person_id, draft)
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            return
        except (ConflictError, NotFound, PermissionDenied) as exc:
            self.errors.show({}, banner=str(exc))
            return
        self.accept()
