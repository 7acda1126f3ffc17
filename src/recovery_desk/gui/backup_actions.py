"""Back up now, Restore… and the recovery key, as the window offers them."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.dates import uk_datetime
from recovery_desk.domain.errors import PermissionDenied
from recovery_desk.gui.background import run_with_progress
from recovery_desk.services.backups import BackupCancelledError, BackupProblem
from recovery_desk.services.bundle import Services

SERVER_NOTE = ("This team's records are on the team's database server. Backups of it are made on the "
               "server by its administrator, not from this laptop.")


class BackupActions:
    def __init__(self, services: Services, parent: QWidget, say: Callable[[str], None],
                 after_restore: Callable[[], None]):
        self._services, self._parent, self._say, self._after_restore = services, parent, say, after_restore
        self.job = None

    def back_up_now(self) -> None:
        backups = self._services.backups
        if backups is None:
            QMessageBox.information(self._parent, "Backups", SERVER_NOTE)
            return
        self.job = run_with_progress(
            self._parent, "Backing up…",
            lambda progress, cancelled: backups.back_up_now(progress=progress, cancelled=cancelled),
            lambda path: self._say(f"Backed up to {path}"),
            self._failed("The backup was not made"))

    def restore(self) -> None:
        backups = self._services.backups
        if backups is None:
            QMessageBox.information(self._parent, "Restore", SERVER_NOTE)
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self._parent, "Choose a backup to restore", str(backups.folder_path),
            "Recovery Desk backups (*.rdbackup);;All files (*)")
        if not chosen:
            return
        try:
            info = backups.check(Path(chosen))
        except (BackupProblem, PermissionDenied) as exc:
            QMessageBox.warning(self._parent, "This backup cannot be restored", str(exc))
            return
        answer = QMessageBox.question(
            self._parent, "Restore this backup?",
            f"This backup of {info.team_name} holds {info.people:,} people.\n\n"
            "Restoring replaces everything in Recovery Desk with what the backup holds. Anything saved "
            "since it was made will not be in the restored records, but the current database is kept "
            "aside first, so nothing is lost for good.\n\nRestore it now?")
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.job = run_with_progress(
            self._parent, "Restoring…",
            lambda progress, _cancelled: backups.restore(Path(chosen), progress=progress),
            lambda info: (self._after_restore(), self._say(f"Restored the backup of {info.team_name}.")),
            self._failed("The backup was not restored"), can_cancel=False)

    def _failed(self, title: str) -> Callable[[Exception], None]:
        def show(exc: Exception) -> None:
            if isinstance(exc, BackupCancelledError):
                self._say("Backup cancelled; no file was left behind.")
                return
            message = str(exc) if isinstance(exc, (BackupProblem, PermissionDenied)) else (
                "Something went wrong. Nothing has been replaced. Please try again, or ask your administrator.")
            QMessageBox.warning(self._parent, title, message)
        return show

    def show_recovery_key(self) -> None:
        backups = self._services.backups
        if backups is None:
            QMessageBox.information(self._parent, "Recovery key", SERVER_NOTE)
            return
        warning = QMessageBox.warning(
            self._parent, "Show the recovery key?",
            "The recovery key unlocks this database and every backup of it. Anyone who has it and a copy "
            "of the file can read every record.\n\nShow it only to print or write down for the team's "
            "safe. Showing it is recorded in the audit trail.",
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if warning != QMessageBox.StandardButton.Ok:
            return
        try:
            key = backups.recovery_key()
        except PermissionDenied as exc:
            QMessageBox.warning(self._parent, "Recovery key", str(exc))
            return
        RecoveryKeyDialog(key, self._services, self._parent).exec()


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._key, self._services = key, services
        self.setWindowTitle("Recovery key")
        layout = QVBoxLayout(self)
        intro = QLabel("Keep this key in the team's safe. With it, this database or any of its backups can be "
                       "opened on a new laptop (Recovery Desk asks for it when the key is not on the computer).")
        intro.setWordWrap(True)
        self.key_label = QLabel(key)
        self.key_label.setAccessibleName("Recovery key")
        font = QFont("DejaVu Sans Mono")
        font.setPointSize(15)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        print_button = buttons.addButton("Print…", QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        print_button.clicked.connect(self._print)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        team = self._services.team.get()
        doc = QTextDocument()
        doc.setHtml(f"<h2>Recovery Desk recovery key</h2><p>Team: {team.name if team else ''}<br>"
                    f"Printed: {uk_datetime(self._services.ctx.now())}</p>"
                    f"<p style='font-family: monospace; font-size: 16pt'>{self._key}</p>"
                    "<p>Keep this in the team's safe. It unlocks the database and all its backups.</p>")
        doc.print_(printer)
        self._services.staff.record_print("recovery key")
