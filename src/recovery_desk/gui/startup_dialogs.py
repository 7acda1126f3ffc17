"""Dialogs met before the main window: first-run set-up, sign-in, and unlocking the database."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from recovery_desk.domain.errors import ValidationFailed
from recovery_desk.domain.staff import Role
from recovery_desk.gui.forms.ui_setup_dialog import Ui_SetupDialog
from recovery_desk.gui.forms.ui_sign_in_dialog import Ui_SignInDialog
from recovery_desk.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from recovery_desk.gui.widgets import FieldErrors
from recovery_desk.services.bundle import Services
from recovery_desk.services.staff import SignInFailed, StaffDraft, StaffInfo


class SetupDialog(QDialog):
    """First run: the team and its first administrator."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self._services = services
        self.admin: StaffInfo | None = None
        self.ui.signInSecret.addItem("Passwords (at least 10 characters)", "password")
        self.ui.signInSecret.addItem("PINs (at least 6 digits)", "pin")
        self.ui.signInSecret.currentIndexChanged.connect(self._secret_kind_changed)
        names = {"team_name": "teamName", "service": "service", "sign_in_secret": "signInSecret",
                 "display_name": "displayName", "username": "username", "secret": "secret",
                 "secret_again": "secretAgain"}
        self.errors = FieldErrors({k: (getattr(self.ui, w), getattr(self.ui, f"{w}Error"))
                                   for k, w in names.items()}, banner=self.ui.formError)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create team")
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def _secret_kind_changed(self) -> None:
        word = "PIN" if self.ui.signInSecret.currentData() == "pin" else "Password"
        self.ui.secretLabel.setText(word)
        self.ui.secretAgainLabel.setText(f"{word} again")
        self.ui.secret.setAccessibleName(word)
        self.ui.secretAgain.setAccessibleName(f"{word} again")
        self.ui.secretError.setAccessibleName(f"{word} problem")
        self.ui.secretAgainError.setAccessibleName(f"{word} again problem")

    def save(self) -> None:
        if self.ui.secret.text() != self.ui.secretAgain.text():
            self.errors.show({"secret_again": "The two entries are different. Please type them again."})
            return
        draft = StaffDraft(username=self.ui.username.text(), display_name=self.ui.displayName.text(),
                           role=Role.ADMINISTRATOR, secret=self.ui.secret.text())
        try:
            _team, self.admin = self._services.team.create(
                self.ui.teamName.text(), self.ui.service.text(), draft,
                sign_in_secret=self.ui.signInSecret.currentData())
        except ValidationFailed as exc:
            self.errors.show(exc.problems, banner="Nothing has been set up yet: please check the highlighted fields.")
            return
        self.accept()


class SignInDialog(QDialog):
    """Username and password (or PIN). Wrong attempts are counted and slowed by the service."""

    def __init__(self, services: Services, *, username: str = "", title: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self._services = services
        self.staff: StaffInfo | None = None
        team = services.team.get()
        if team is not None:
            self.setWindowTitle(title or f"Sign in — {team.name}")
            self.ui.intro.setText(f"<b>{escape(team.name)}</b><br>{self.ui.intro.text()}")
            if team.sign_in_secret == "pin":
                self.ui.secretLabel.setText("PIN")
                self.ui.secret.setAccessibleName("PIN")
                self.ui.secretError.setAccessibleName("PIN problem")
        self.errors = FieldErrors({"username": (self.ui.username, self.ui.usernameError),
                                   "secret": (self.ui.secret, self.ui.secretError)},
                                  banner=self.ui.formError)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Sign in")
        if username:
            self.ui.username.setText(username)
            self.ui.secret.setFocus()
        self.ui.buttons.accepted.connect(self.sign_in)
        self.ui.buttons.rejected.connect(self.reject)

    def sign_in(self) -> None:
        if not self.ui.username.text().strip():
            self.errors.show({"username": "Please enter your username."})
            return
        try:
            self.staff = self._services.staff.sign_in(self.ui.username.text(), self.ui.secret.text())
        except SignInFailed as exc:
            self.ui.secret.clear()
            self.errors.show({"secret": str(exc)})
            return
        self.accept()


class UnlockDialog(QDialog):
    """A passphrase (no keyring on this computer) or the team's printed recovery key."""

    def __init__(self, message: str, *, kind: str, confirm: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.ui.formError.setText(message)
        self.ui.formError.setWordWrap(True)
        label = "Recovery key" if kind == "recovery" else "Passphrase"
        self.ui.secretLabel.setText(label)
        self.ui.secret.setAccessibleName(label)
        if kind == "recovery":
            self.ui.secret.setEchoMode(self.ui.secret.EchoMode.Normal)
            self.ui.secret.setPlaceholderText("1A2B-3C4D-… as printed")
        self.ui.secretAgain.setVisible(confirm)
        self.ui.secretAgainLabel.setVisible(confirm)
        self.ui.secretAgainError.setVisible(False)
        self.ui.secretError.setStyleSheet("color: #a4262c; font-weight: 600;")
        self.ui.secretAgainError.setStyleSheet("color: #a4262c; font-weight: 600;")
        self._confirm = confirm
        self.ui.buttons.accepted.connect(self._check)
        self.ui.buttons.rejected.connect(self.reject)

    def _check(self) -> None:
        value = self.ui.secret.text()
        if len(value) < 12 and self.ui.secretLabel.text() == "Passphrase":
            self.ui.secretError.setText("Please use at least 12 characters: a short sentence works well.")
            return
        if self._confirm and value != self.ui.secretAgain.text():
            self.ui.secretAgainError.setText("The two entries are different.")
            self.ui.secretAgainError.setVisible(True)
            return
        self.accept()

    @property
    def value(self) -> str:
        return self.ui.secret.text()
