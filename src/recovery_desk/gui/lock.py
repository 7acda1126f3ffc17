"""Auto-lock: after a spell without input every window is covered until the password is given.

The curtain is a child of each open window (the main window and any open dialog), laid
over everything in it, so personal data is hidden without closing anything: a half-typed
form is still there, unchanged, after unlocking. Time comes from the services' clock, so
tests move the clock instead of waiting.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QWindow
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from recovery_desk.gui.widgets import ERROR_STYLE
from recovery_desk.services.bundle import Services
from recovery_desk.services.staff import SignInFailed

CHECK_EVERY_MS = 10_000
CURTAIN_COLOUR = "#e8edee"
PANEL_WIDTH = 480
_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockCurtain(QWidget):
    """Covers one window while locked; holds its own password field (a modal dialog's
    curtain must be able to unlock, since input to the main window is blocked)."""

    unlock_requested = Signal(str)

    def __init__(self, window: QWidget, who: str, secret_word: str):
        super().__init__(window)
        self.setObjectName("lockCurtain")
        # Opaque: a style sheet background alone is not painted on a plain QWidget.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(CURTAIN_COLOUR))
        self.setPalette(palette)
        self.setStyleSheet(f"QWidget#lockCurtain {{ background: {CURTAIN_COLOUR}; }}")
        # The message sits in a fixed-width panel so its lines wrap properly at any window size.
        panel = QWidget(self)
        panel.setFixedWidth(PANEL_WIDTH)
        inner = QVBoxLayout(panel)
        title = QLabel("Recovery Desk is locked")
        title.setObjectName("emptyTitle")
        text = QLabel(f"{who}, enter your {secret_word.lower()} to carry on. Anything you were typing is kept, "
                      "just as you left it.")
        text.setWordWrap(True)
        # A wrapped label inside a centred panel is otherwise sized for one line and clipped.
        text.setMinimumHeight(text.heightForWidth(PANEL_WIDTH - 24))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(secret_word)
        label = QLabel(f"&{secret_word}")
        label.setBuddy(self.secret)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(f"{secret_word} problem")
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 3)
        self.button = QPushButton("Unlock")
        for widget in (title, text, label, self.secret, self.error):
            inner.addWidget(widget)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.button.clicked.connect(lambda: self.unlock_requested.emit(self.secret.text()))
        self.secret.returnPressed.connect(lambda: self.unlock_requested.emit(self.secret.text()))
        window.installEventFilter(self)
        self.cover()

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.ChildAdded) and self.isVisible():
            self.cover()
        return False


class LockGuard(QObject):
    """Watches for input anywhere in the app and locks after the team's chosen time.

    It watches the app's windows (Qt's ``QWindow``, one per main window, dialog or menu), not the
    whole application: everything a person types or clicks arrives at a window before Qt hands
    it to a widget, while an application-wide filter would be called for every one of the
    hundreds of paint, layout and timer events a single click causes (2-5 ms of each change of
    tab). A window is watched from when it takes the focus, and every window at each check.
    """

    locked_changed = Signal(bool)

    def __init__(self, services: Services, minutes: Callable[[], int], parent: QObject | None = None):
        super().__init__(parent)
        self._services = services
        self._minutes = minutes
        self._last_input = services.ctx.now()
        self._curtains: list[LockCurtain] = []
        self.locked = False
        app = QApplication.instance()
        assert app is not None
        app.focusWindowChanged.connect(self._watch)
        self._watching = True
        self._watch_every_window()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once only, however often it is asked

    def _watch_every_window(self) -> None:
        for window in QGuiApplication.topLevelWindows():
            self._watch(window)

    def stop(self) -> None:
        """Stop watching and checking (the window is closing); safe to call more than once."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._watching:
            self._watching = False
            app.focusWindowChanged.disconnect(self._watch)
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.locked and event.type() in _INPUT_EVENTS:
            self._last_input = self._services.ctx.now()
        return False

    def check(self) -> None:
        if self._watching:
            self._watch_every_window()
        idle = self._services.ctx.now() - self._last_input
        if not self.locked and idle.total_seconds() >= self._minutes() * 60:
            self.lock()

    def lock(self) -> None:
        if self.locked or self._services.actor is None:
            return
        self.locked = True
        self._services.staff.record_lock(locked=True)
        actor = self._services.actor
        secret_word = "PIN" if self._services.team.get().sign_in_secret == "pin" else "Password"
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, LockCurtain):
                curtain = LockCurtain(window, actor.display_name, secret_word)
                curtain.unlock_requested.connect(self.try_unlock)
                self._curtains.append(curtain)
        if self._curtains:
            self._curtains[-1].secret.setFocus()
        self.locked_changed.emit(True)

    def try_unlock(self, secret: str) -> bool:
        actor = self._services.actor
        if actor is None:
            return False
        try:
            self._services.staff.unlock_check(actor.staff_id, secret)
        except SignInFailed as exc:
            for curtain in self._curtains:
                curtain.secret.clear()
                curtain.error.setText(str(exc))
            return False
        for curtain in self._curtains:
            curtain.parentWidget().removeEventFilter(curtain)
            curtain.hide()
            curtain.deleteLater()
        self._curtains.clear()
        self.locked = False
        self._last_input = self._services.ctx.now()
        self._services.staff.record_lock(locked=False)
        self.locked_changed.emit(False)
        return True

    @property
    def curtains(self) -> list[LockCurtain]:
        return list(self._curtains)
