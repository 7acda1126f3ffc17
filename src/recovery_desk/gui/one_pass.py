"""Widgets that settle in one pass: a change is laid out and painted once, not twice.

Choosing a person changes dozens of wrapped labels and several lists at once, and each of
these Qt widgets does more work than it needs to by default (docs/performance.md,
"Third round"):

- A word-wrapped QLabel works out its height for a width from scratch every time a layout
  asks, and the layouts of a card ask each label about ten times, at two or three widths:
  for rich text each answer lays out the whole document again.
- An item view filled while it is on screen lays out its items on a zero-delay timer,
  after the window has been painted, so the window is painted a second time.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel


class WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height for each width until it changes."""

    def __init__(self, text: str = "", parent=None):
        self._heights: dict[int, int] = {}
        super().__init__(text, parent)
        self.setWordWrap(True)  # wrapping is what makes the height depend on the width: never turned off

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def setTextFormat(self, text_format) -> None:  # noqa: N802 - Qt's name
        self._heights.clear()
        super().setTextFormat(text_format)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - font, style, margins: any of them changes the height
        self._heights.clear()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height


def lay_out_items_now(*views: QAbstractItemView) -> None:
    """Lay out the items of views just filled now, so the window is painted once with them."""
    for view in views:
        view.doItemsLayout()
