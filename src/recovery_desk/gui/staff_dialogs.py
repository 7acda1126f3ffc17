"""Administrators' dialogs: staff accounts and the team's settings."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationFailed
from recovery_desk.domain.staff import Role
from recovery_desk.gui.forms.ui_staff_dialog import Ui_StaffDialog
from recovery_desk.gui.forms.ui_team_settings_dialog import Ui_TeamSettingsDialog
from recovery_desk.gui.widgets import FieldErrors, show_error
from recovery_desk.services.bundle import Services
from recovery_desk.services.staff import StaffDraft, StaffInfo

_STAFF_FIELDS = {"display_name": "displayName", "initials": "initials", "username": "username",
                 "role": "role", "job_title": "jobTitle", "secret": "secret", "secret_again": "secretAgain"}


class StaffDialog(QDialog):
    """Add or edit one staff account."""

    def __init__(self, services: Services, staff: StaffInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self._services, self._staff = services, staff
        self.saved: StaffInfo | None = None
        word = "PIN" if (services.team.get() and services.team.get().sign_in_secret == "pin") else "password"
        self.ui.secretLabel.setText(f"New {word}")
        self.ui.secret.setAccessibleName(f"New {word}")
        self.ui.secretAgainLabel.setText(f"New {word} again")
        self.ui.secretAgain.setAccessibleName(f"New {word} again")
        self.ui.secretError.setAccessibleName(f"New {word} problem")
        self.ui.secretAgainError.setAccessibleName(f"New {word} again problem")
        for role in Role:
            self.ui.role.addItem(role.label, role.value)
        self.errors = FieldErrors({k: (getattr(self.ui, w), getattr(self.ui, f"{w}Error"))
                                   for k, w in _STAFF_FIELDS.items()}, banner=self.ui.formError)
        self.setWindowTitle(f"Edit {staff.display_name}" if staff else "Add a member of staff")
        if staff:
            self.ui.displayName.setText(staff.display_name)
            self.ui.initials.setText(staff.initials)
            self.ui.username.setText(staff.username)
            self.ui.role.setCurrentIndex(self.ui.role.findData(staff.role.value))
            self.ui.jobTitle.setText(staff.job_title)
            self.ui.active.setChecked(staff.active)
        else:
            self.ui.active.setChecked(True)
            self.ui.secret.setPlaceholderText("")
            self.ui.role.setCurrentIndex(self.ui.role.findData(Role.CLINICIAN.value))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        if self.ui.secret.text() != self.ui.secretAgain.text():
            self.errors.show({"secret_again": "The two entries are different. Please type them again."})
            return
        draft = StaffDraft(
            username=self.ui.username.text(), display_name=self.ui.displayName.text(),
            initials=self.ui.initials.text(), role=Role(self.ui.role.currentData()),
            job_title=self.ui.jobTitle.text(), active=self.ui.active.isChecked(), secret=self.ui.secret.text(),
            id=self._staff.id if self._staff else None, version=self._staff.version if self._staff else None)
        try:
            self.saved = self._services.staff.save(draft)
        except ValidationFailed as exc:
            self.errors.show(exc.problems, banner="Nothing has been saved yet: please check the highlighted fields.")
            return
        except (ConflictError, NotFound, PermissionDenied) as exc:
            self.errors.show({}, banner=str(exc))
            return
        self.accept()


class StaffListDialog(QDialog):
    """Everyone with an account, active or not; add, edit and deactivate (never delete)."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self.setWindowTitle("Staff accounts")
        self.resize(760, 460)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName("Staff accounts")
        self.table.setHorizontalHeaderLabels(["Name", "Initials", "Username", "Role", "Status"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton("Add…")
        self.edit_button = QPushButton("Edit…")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addWidget(close)
        note = QLabel("To stop someone signing in, edit their account and untick “Account is active”. "
                      "Accounts are never deleted, so names stay on the records people wrote.")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.table.itemActivated.connect(lambda _i: self._edit_selected())
        close.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        self._staff = self._services.staff.list_staff(include_inactive=True)
        self.table.setRowCount(len(self._staff))
        for row, s in enumerate(self._staff):
            for col, text in enumerate((s.display_name, s.initials, s.username, s.role.label,
                                        "Active" if s.active else "Deactivated")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, col, item)

    def _edit_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._staff):
            self._edit(self._staff[row])

    def _edit(self, staff: StaffInfo | None) -> None:
        dialog = StaffDialog(self._services, staff, self)
        if dialog.exec():
            self.reload()


class TeamSettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TeamSettingsDialog()
        self.ui.setupUi(self)
        self._services = services
        self._team = services.team.get()
        self.ui.lockAfterMinutes.setValue(self._team.lock_after_minutes)
        self.ui.crisisPlanReviewMonths.setValue(self._team.crisis_plan_review_months)
        self.ui.backupsToKeep.setValue(self._team.backups_to_keep)
        self.ui.retentionYears.setValue(self._team.retention_years)
        self.errors = FieldErrors({
            "lock_after_minutes": (self.ui.lockAfterMinutes, self.ui.lockAfterMinutesError),
            "crisis_plan_review_months": (self.ui.crisisPlanReviewMonths, self.ui.crisisPlanReviewMonthsError),
            "backups_to_keep": (self.ui.backupsToKeep, self.ui.backupsToKeepError),
            "retention_years": (self.ui.retentionYears, self.ui.retentionYearsError),
        }, banner=self.ui.formError)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            self._services.team.update_settings(
                lock_after_minutes=self.ui.lockAfterMinutes.value(),
                crisis_plan_review_months=self.ui.crisisPlanReviewMonths.value(),
                backups_to_keep=self.ui.backupsToKeep.value(), version=self._team.version,
                retention_years=self.ui.retentionYears.value())
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            return
        except (ConflictError, PermissionDenied) as exc:
            show_error(self, "Settings not saved", str(exc))
            return
        self.accept()
