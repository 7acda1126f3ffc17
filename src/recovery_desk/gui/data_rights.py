"""The person's data rights in the menus: subject access export (Person menu) and records due
for retention review (Team menu). Administrators only; the main window inserts them."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from recovery_desk.domain.errors import NotFound, PermissionDenied
from recovery_desk.gui.widgets import show_error

if TYPE_CHECKING:
    from recovery_desk.services.bundle import Services
    from recovery_desk.services.caseload import PersonRecord


class DataRightsActions:
    def __init__(self, services: Services, window: QWidget, current: Callable[[], PersonRecord | None],
                 after_delete: Callable[[], None], say: Callable[[str], None]):
        self._services, self._window = services, window
        self._current, self._after_delete, self._say = current, after_delete, say
        self.subject_access = QAction("Subject &access export…", window)
        self.subject_access.setToolTip("Export everything held about the selected person, after checking it for "
                                       "information about other people")
        self.retention = QAction("Records due for re&tention review…", window)
        self.retention.setToolTip("Discharged records due for review under the team's retention period")
        self.subject_access.triggered.connect(self.export_subject_access)
        self.retention.triggered.connect(self.review_retention)

    def insert(self, person_menu: QMenu, team_menu: QMenu) -> None:
        person_menu.addSeparator()
        person_menu.addAction(self.subject_access)
        team_menu.addAction(self.retention)

    def apply_role(self) -> None:
        actor = self._services.actor
        admin = bool(actor and actor.role.can_administer)
        self.subject_access.setVisible(admin)
        self.retention.setVisible(admin)
        self.set_person(self._current())

    def set_person(self, record: PersonRecord | None) -> None:
        self.subject_access.setEnabled(record is not None and self.subject_access.isVisible())

    def export_subject_access(self) -> None:
        record = self._current()
        if record is None:
            return
        from recovery_desk.gui.subject_access_dialog import SubjectAccessDialog  # with printing: load on use

        try:
            dialog = SubjectAccessDialog(self._services, record.id, self._window)
        except (PermissionDenied, NotFound) as exc:
            show_error(self._window, "Subject access export", str(exc))
            return
        if dialog.exec() and dialog.exported is not None:
            self._say(f"Saved the subject access export for {record.called}: {dialog.exported.pdf.name} and "
                      f"{dialog.exported.json.name}.")
        dialog.deleteLater()

    def review_retention(self) -> None:
        from recovery_desk.gui.retention_dialog import RetentionDialog, describe_counts

        try:
            dialog = RetentionDialog(self._services, self._window)
        except PermissionDenied as exc:
            show_error(self._window, "Records due for retention review", str(exc))
            return
        dialog.exec()
        if dialog.deleted:
            self._after_delete()
            self._say("Deleted after retention review: " + "; ".join(describe_counts(d) for d in dialog.deleted) + ".")
        dialog.deleteLater()
