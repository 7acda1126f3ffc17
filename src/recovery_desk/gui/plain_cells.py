"""Painting a table of plain one-line cells quickly: the caseload repaints on every letter typed.

Qt's own delegate asks the model about seven questions per cell (each a call into Python)
and lays out the cell's text afresh at every paint. For cells that are only words on one
line, this delegate asks the model once, in Python, for the words, and keeps each word's
laid-out text (``QStaticText``) between paints. It paints what the default delegate paints
for such a cell: the selection, the words (cut short with "…" when the column is too narrow),
and the focus frame. Screen readers and tests still read the model's ``data()``.
"""
from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionFocusRect, QStyleOptionViewItem, QWidget

_SELECTED = QStyle.StateFlag.State_Selected
_ACTIVE = QStyle.StateFlag.State_Active
_ENABLED = QStyle.StateFlag.State_Enabled
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_KEPT = 4000  # laid-out words kept: a screenful of a 50,000-row caseload many times over


class PlainCells(QStyledItemDelegate):
    """Paints ``text_at(row, column)`` in each cell; ``right_aligned`` columns hold numbers."""

    def __init__(self, text_at: Callable[[int, int], str], right_aligned: Collection[int] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._text_at = text_at
        self._right_aligned = frozenset(right_aligned)
        self._laid_out: dict[tuple[str, int, str], QStaticText] = {}
        self._gap: int | None = None  # either side of the words: asked of the style once

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        state, rect, palette = option.state, option.rect, option.palette
        group = (QPalette.ColorGroup.Disabled if not state & _ENABLED
                 else QPalette.ColorGroup.Active if state & _ACTIVE else QPalette.ColorGroup.Inactive)
        if state & _SELECTED:
            painter.fillRect(rect, palette.brush(group, QPalette.ColorRole.Highlight))
            painter.setPen(palette.color(group, QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(palette.color(group, QPalette.ColorRole.Text))
        text = self._text_at(index.row(), index.column())
        if text:
            margin = self._gap if self._gap is not None else self._margin(option)
            words = self.laid_out(text, rect.width() - 2 * margin, option.font)
            # Placed as Qt places an item's text: centred on whole pixels, a number's right edge exact.
            size = words.size()
            x = rect.right() + 1 - margin - size.width() if index.column() in self._right_aligned else rect.x() + margin
            painter.drawStaticText(QPointF(x, rect.y() + (rect.height() - round(size.height())) // 2), words)
        if state & _HAS_FOCUS:
            self._draw_focus(painter, option, group)

    def laid_out(self, text: str, width: int, font: QFont) -> QStaticText:
        """``text`` laid out in ``font``, cut short with "…" if it is wider than ``width``."""
        key = (text, width, font.key())
        words = self._laid_out.get(key)
        if words is None:
            if len(self._laid_out) >= _KEPT:
                self._laid_out.clear()
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))
            words = self._laid_out[key] = QStaticText(shown)
            words.setTextFormat(Qt.TextFormat.PlainText)  # typed words are never read as markup
            words.prepare(font=font)
        return words

    def _margin(self, option: QStyleOptionViewItem) -> int:
        """The gap Qt's styles leave either side of an item's text (QCommonStyle)."""
        widget = option.widget
        if widget is None:
            return 3
        self._gap = widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        return self._gap

    @staticmethod
    def _draw_focus(painter: QPainter, option: QStyleOptionViewItem, group: QPalette.ColorGroup) -> None:
        widget = option.widget
        if widget is None:
            return
        frame = QStyleOptionFocusRect()
        frame.initFrom(widget)
        frame.rect, frame.state = option.rect, option.state | QStyle.StateFlag.State_KeyboardFocusChange
        frame.state |= QStyle.StateFlag.State_Item
        role = QPalette.ColorRole.Highlight if option.state & _SELECTED else QPalette.ColorRole.Window
        frame.backgroundColor = option.palette.color(group, role)
        widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, widget)
