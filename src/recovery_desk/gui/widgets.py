"""Small widgets and helpers shared by the tabs and dialogs."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.dates import DateInputError, parse_uk_date

EMPTY_TEXT_WIDTH = 560
ERROR_STYLE = "color: #a4262c; font-weight: 600;"
INVALID_PROPERTY = "invalid"
W = TypeVar("W", bound=QWidget)


class EmptyState(QWidget):
    """A calm message in an empty pane that says what to do next, with an optional action."""

    action_clicked = Signal()

    def __init__(self, title: str, text: str, action: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text)
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed width lets the wrapped text work out its height; centred by the layout.
        self.text.setFixedWidth(EMPTY_TEXT_WIDTH)
        self._fit_text()
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        self.button: QPushButton | None = None
        if action:
            self.button = QPushButton(action)
            self.button.clicked.connect(self.action_clicked)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def set_message(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self._fit_text()

    def _fit_text(self) -> None:
        self.text.setMinimumHeight(self.text.heightForWidth(EMPTY_TEXT_WIDTH))


class FieldErrors:
    """Shows each problem from a ``ValidationFailed`` beside the field it belongs to."""

    def __init__(self, fields: Mapping[str, tuple[QWidget, QLabel]], banner: QLabel | None = None):
        self._fields = dict(fields)
        self._banner = banner
        for _widget, label in self._fields.values():
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
        if banner is not None:
            banner.setStyleSheet(ERROR_STYLE)
            banner.setWordWrap(True)
            banner.hide()

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            widget.setProperty(INVALID_PROPERTY, False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if self._banner is not None:
            self._banner.clear()
            self._banner.hide()

    def show(self, problems: Mapping[str, str], banner: str | None = None) -> None:
        self.clear()
        first: QWidget | None = None
        unplaced = []
        for name, message in problems.items():
            if name not in self._fields:
                unplaced.append(message)
                continue
            widget, label = self._fields[name]
            label.setText(message)
            label.show()
            widget.setProperty(INVALID_PROPERTY, True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            first = first or widget
        text = " ".join(filter(None, [banner, *unplaced]))
        if text and self._banner is not None:
            self._banner.setText(text)
            self._banner.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def message_for(self, name: str) -> str:
        label = self._fields[name][1]
        return label.text() if label.isVisible() or label.text() else ""


def read_uk_dates(texts: Mapping[str, str]) -> tuple[dict[str, date | None], dict[str, str]]:
    """Read several typed dates at once: the dates, and a message per field that could not be read."""
    values: dict[str, date | None] = {}
    problems: dict[str, str] = {}
    for name, text in texts.items():
        try:
            values[name] = parse_uk_date(text)
        except DateInputError as exc:
            problems[name] = str(exc)
    return values, problems


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    raise TypeError(type(widget).__name__)


def set_text(widget: QWidget, value: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentText(value)
    else:
        raise TypeError(type(widget).__name__)


def confirm_discard(parent: QWidget, what: str = "your changes") -> bool:
    """Ask before throwing away unsaved typing. Default button keeps the work."""
    box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes",
                      f"You have not saved {what}. Close and lose them?", parent=parent)
    discard = box.addButton("Close without saving", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Keep editing", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is discard


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def raise_window(parent: QWidget, kind: type[W], make: Callable[[QWidget], W]) -> W:
    """The one ``kind`` window beside ``parent``'s main window: made (and deleted on close) if
    there is none, then shown and brought to the front. For windows that sit beside the work."""
    window = parent.window()
    found = window.findChild(kind)
    if found is None:
        found = make(window)
        found.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    found.show()
    found.raise_()
    found.activateWindow()
    return found
