"""The shared screen: full screen on the chosen monitor, large type, one person, one step.

It is given a :class:`SharedView` and nothing else, so it cannot show what it is not given:
no caseload, no NHS numbers, no addresses, no other person. It follows monitors being
plugged in and out; if its monitor goes away it hides and tells the chair, and nothing is lost.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from recovery_desk.services.meeting_views import SharedView

BACKGROUND = "#0b1f3a"
TEXT = "#ffffff"
ACCENT = "#ffd23f"


class SharedScreen(QWidget):
    screen_lost = Signal()
    toggle_requested = Signal()  # F11 pressed on the shared screen itself

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.Window)
        self.setWindowTitle("Recovery Desk — shared screen")
        self.setObjectName("sharedScreen")
        self.setStyleSheet(f"QWidget#sharedScreen {{ background: {BACKGROUND}; }} QLabel {{ color: {TEXT}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.person = QLabel()
        self.person.setObjectName("sharedPerson")
        self.step = QLabel()
        self.step.setObjectName("sharedStep")
        self.body = QLabel()
        self.body.setObjectName("sharedBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.footer = QLabel()
        self.footer.setObjectName("sharedFooter")
        self.timer = QLabel()
        self.timer.setObjectName("sharedTimer")
        for label in (self.person, self.step, self.footer, self.timer):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 40)
        layout.addWidget(self.person)
        layout.addWidget(self.step)
        layout.addSpacing(24)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.footer)
        layout.addWidget(self.timer)
        self._screen: QScreen | None = None
        self._apply_sizes(1080)
        QShortcut(QKeySequence("F11"), self, activated=self.toggle_requested.emit)
        QShortcut(QKeySequence("Escape"), self, activated=self.toggle_requested.emit)
        app = QGuiApplication.instance()
        app.screenRemoved.connect(self._screen_removed)

    def _apply_sizes(self, height: int) -> None:
        unit = max(height / 1080, 0.6)
        self.person.setStyleSheet(f"font-size: {int(64 * unit)}px; font-weight: 700; color: {TEXT};")
        self.step.setStyleSheet(f"font-size: {int(40 * unit)}px; font-weight: 600; color: {ACCENT};")
        self.body.setStyleSheet(f"font-size: {int(34 * unit)}px; color: {TEXT};")
        self.footer.setStyleSheet(f"font-size: {int(26 * unit)}px; color: {TEXT};")
        self.timer.setStyleSheet(f"font-size: {int(26 * unit)}px; color: {ACCENT};")

    def show_view(self, view: SharedView) -> None:
        self.person.setText(view.person_label)
        self.step.setText(view.step_title)
        self.body.setText("\n\n".join(view.step_lines))
        self.footer.setText(f"Recovery hat: {view.hat_wearer}    ·    Person {view.position}")

    def show_time(self, text: str, over: bool) -> None:
        self.timer.setText(text)
        self.timer.setStyleSheet(self.timer.styleSheet().split(" color")[0] + f" color: {'#ffb3a7' if over else ACCENT};")

    def texts(self) -> str:
        """Everything the shared screen is displaying (what the room can read)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel)) + "\n" + self.windowTitle()

    def show_on(self, screen: QScreen) -> None:
        self._screen = screen
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self._apply_sizes(screen.geometry().height())
        self.showFullScreen()

    @property
    def current_screen(self) -> QScreen | None:
        return self._screen

    def _screen_removed(self, screen: QScreen) -> None:
        if screen is self._screen:
            self._screen = None
            self.hide()
            self.screen_lost.emit()
