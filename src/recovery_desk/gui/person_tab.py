"""Base for the tabs that show one person's work (assessment, goals, crisis plan)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from recovery_desk.gui.widgets import EmptyState
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import PersonRecord


class PersonTab(QWidget):
    """Shows an empty state until a person is chosen on the caseload, then ``content``.

    Subclasses build their content widget and implement :meth:`load` for a person.
    """

    title = ""
    draft_noun = ""  # "crisis plan", "assessment": for the message when leaving cannot save a draft
    no_person_text = "Choose someone on the Caseload tab first."
    not_yet_text = ""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.person: PersonRecord | None = None
        self.stack = QStackedWidget()
        self.no_person = EmptyState(f"{self.title}: no one chosen yet", self.no_person_text)
        self.stack.addWidget(self.no_person)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.stack)

    def set_content(self, widget: QWidget) -> None:
        self.stack.addWidget(widget)

    def set_person(self, record: PersonRecord | None) -> None:
        if self.has_unsaved_changes():
            self.save_quietly()  # what was typed belongs to the person being left: saved for them now
        self.person = record
        if record is None:
            self.stack.setCurrentWidget(self.no_person)
            return
        self.load(record)

    def load(self, record: PersonRecord) -> None:
        """Show ``record``'s work. Tabs whose content is not in this release explain that."""
        self.no_person.set_message(f"{self.title} for {record.called}", self.not_yet_text)
        self.stack.setCurrentWidget(self.no_person)

    def show_nothing_yet(self, empty: EmptyState, title: str) -> None:
        """Show ``empty`` (the person has none of this tab's work yet), its button for editors only."""
        empty.set_message(title, empty.text.text())
        if empty.button is not None:
            empty.button.setEnabled(self._can_edit())
        self.stack.setCurrentWidget(empty)

    def _can_edit(self) -> bool:
        actor = self.services.actor
        return bool(actor and actor.role.can_edit_records)

    def has_unsaved_changes(self) -> bool:
        return False

    def save_quietly(self) -> None:
        """Save what was typed without asking (leaving the person, closing the window)."""
        if not self.save_draft():
            QMessageBox.warning(self, "Draft not saved", f"The changes to the {self.draft_noun} could not be "
                                                         "saved. " + self.status.text())

    def save_draft(self) -> bool:
        """Save the draft being edited; ``False`` (and the reason on screen) if it could not be."""
        return True
