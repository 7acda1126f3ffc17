"""Finding widgets as a person (or a screen reader) would: by their visible label."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget


def _plain(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":")


def field(root: QWidget, label: str) -> QWidget:
    """The input whose label reads ``label`` (its buddy), checked against its accessible name."""
    for candidate in root.findChildren(QLabel):
        if _plain(candidate.text()) == label and candidate.buddy() is not None and candidate.isVisibleTo(root):
            widget = candidate.buddy()
            assert widget.accessibleName() == label or widget.accessibleName().replace("&", "") == label, (
                f"{label!r}: accessible name is {widget.accessibleName()!r}")
            return widget
    named = [w for w in root.findChildren(QWidget) if w.accessibleName() == label]
    if len(named) == 1:
        return named[0]
    raise AssertionError(f"no field labelled {label!r}")


def button(root: QWidget, text: str) -> QAbstractButton:
    matches = [b for b in root.findChildren(QAbstractButton) if _plain(b.text()) == text and b.isVisibleTo(root)]
    assert len(matches) == 1, f"{len(matches)} buttons reading {text!r}"
    return matches[0]


def tab_texts(tabs: QTabWidget) -> list[str]:
    return [_plain(tabs.tabText(i)) for i in range(tabs.count())]


def error_beside(root: QWidget, label: str) -> str:
    """The message shown beside a field (its ``… problem`` label)."""
    matches = [w for w in root.findChildren(QLabel) if w.accessibleName() == f"{label} problem"]
    assert len(matches) == 1, f"no problem label for {label!r}"
    return matches[0].text() if matches[0].isVisibleTo(root) else ""


class PaintCount(QObject):
    """Counts the paints of whatever it is installed on as an event filter."""

    def __init__(self):
        super().__init__()
        self.paints = 0

    def eventFilter(self, _watched, event):  # noqa: N802 - Qt's name
        self.paints += event.type() == QEvent.Type.Paint
        return False
