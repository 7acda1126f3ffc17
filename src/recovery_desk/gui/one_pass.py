"""Widgets that settle in one pass: a change is laid out and painted once, not twice.

Choosing a person changes dozens of wrapped labels and several lists at once, and each of
these Qt widgets does more work than it needs to by default (docs/performance.md,
"Third round"):

- A word-wrapped QLabel works out its height for a width from scratch every time a layout
  asks, and the layouts of a card ask each label about ten times, at two or three widths:
  for rich text each answer lays out the whole document again.
- An item view filled while it is on screen lays out its items on a zero-delay timer,
  after the window has been painted, so the window is painted a second time.
- Showing a widget inside a visible window lays out every visible ancestor at once, up to
  the window (``QWidget::setVisible``): showing seven lines one by one lays the whole
  window out seven times.
- A tab widget whose pages hold wrapped text says its height depends on its width, so each
  time the window is laid out Qt asks every page, shown or not, for its height at that
  width: every wrapped label of every tab measured again.
- A list of word-wrapped entries asks each entry's size at every layout, and Qt's delegate
  lays the words out afresh for each answer.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QWidget,
)


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


class PageTabs(QTabWidget):
    """The window's tabs: each page lays its wrapped text out at the width it is given.

    ``QTabWidget`` has a height for width when any page has (``QStackedLayout`` asks all of
    them), and then laying out the window asks every page of every tab for its height at each
    width tried, up to five times when a tab is clicked: a fifth of the work of showing a
    crisis plan. The window's size is the user's and the pages scroll, so their height for a
    width never decided it: the answer was not used (minimum sizes and pixels unchanged)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False


class RememberedSizes(QStyledItemDelegate):
    """Qt's own delegate, remembering the size it works out for each entry's words at each width.

    A word-wrapped entry's size is asked at every layout of its list (a goal's notes: about
    twice per entry each time the goal is shown), and each answer lays the words out again.
    For entries that are words only (no icon, font, colour or check box of their own), the
    answer depends only on the words, the width, the list's font and style and whether words
    wrap, so it is kept for those, up to a few thousand."""

    _KEPT = 2000

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        key = (index.data(Qt.ItemDataRole.DisplayRole), option.rect.width(), option.font.key(), option.features.value,
               option.widget.style().name() if option.widget is not None else "")
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= self._KEPT:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return QSize(size)


def lay_out_items_now(*views: QAbstractItemView) -> None:
    """Lay out the items of views just filled now, so the window is painted once with them."""
    for view in views:
        view.doItemsLayout()


@contextmanager
def showing_together(container: QWidget) -> Iterator[None]:
    """Widgets shown inside ``container`` while this lasts are laid out once, not once each.

    The container is hidden meanwhile, so showing a child lays nothing out; showing the
    container again lays the window out once. Left visible when it holds the keyboard focus,
    which hiding it would move elsewhere."""
    focus = QApplication.focusWidget()
    hide = container.isVisible() and not (focus is not None and container.isAncestorOf(focus))
    if hide:
        container.hide()
    try:
        yield
    finally:
        if hide:
            container.show()
