"""Painting plain one-line cells quickly: the caseload repaints on every letter typed, and a
crisis plan's versions and a person's goals are painted each time their tab is shown.

Qt's own delegate asks the model about seven questions per cell (each a call into Python)
and lays out the cell's text afresh at every paint. For cells that are only words on one
line, this delegate asks the model once, in Python, for the words, and keeps each word's
laid-out text (``QStaticText``) between paints. It paints what the default delegate paints
for such a cell: the selection, the words (cut short with "…" when the column is too narrow),
and the focus frame. Screen readers and tests still read the model's ``data()``. Unlike Qt's,
it does not clip the words to the cell (two calls more per cell): a glyph whose tail reaches
below its line (some Arabic letters) can show a pixel of it under the last row.

:class:`PlainLines` is a list of such lines, some bold, some in a warning colour.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QStaticText, QTextOption
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QWidget,
)

# The state as plain bits: Python's enum arithmetic on Qt's flags (four tests a cell) cost more
# than drawing the cell's words.
_SELECTED = QStyle.StateFlag.State_Selected.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus.value
_KEPT = 4000  # laid-out words kept: a screenful of a 50,000-row caseload many times over


class Emphasis(NamedTuple):
    bold: bool = False
    colour: QColor | None = None  # the words' colour when not selected; None: the palette's


PLAIN = Emphasis()


class PlainCells(QStyledItemDelegate):
    """Paints ``text_at(row, column)`` in each cell; ``right_aligned`` columns hold numbers;
    ``emphasis_at(row)``, if given, makes a row bold or coloured."""

    def __init__(self, text_at: Callable[[int, int], str], right_aligned: Collection[int] = (),
                 parent: QWidget | None = None, *, emphasis_at: Callable[[int], Emphasis] | None = None):
        super().__init__(parent)
        self._text_at = text_at
        self._emphasis_at = emphasis_at
        self._bold: dict[str, QFont] = {}  # the view's font (by key) made bold
        self._right_aligned = frozenset(right_aligned)
        self._laid_out: dict[tuple[str, int, str, Qt.LayoutDirection], QStaticText] = {}
        self._gap: int | None = None  # either side of the words: asked of the style once
        self._font = QFont()  # the last font seen, and its key: comparing is quicker than asking
        self._font_key = self._font.key()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        state, rect, palette, font = option.state.value, option.rect, option.palette, option.font
        row = index.row()
        emphasis = self._emphasis_at(row) if self._emphasis_at is not None else PLAIN
        group = (QPalette.ColorGroup.Disabled if not state & _ENABLED
                 else QPalette.ColorGroup.Active if state & _ACTIVE else QPalette.ColorGroup.Inactive)
        if state & _SELECTED:
            painter.fillRect(rect, palette.brush(group, QPalette.ColorRole.Highlight))
            painter.setPen(palette.color(group, QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(emphasis.colour or palette.color(group, QPalette.ColorRole.Text))
        text = self._text_at(row, index.column())
        if text:
            if emphasis.bold:
                font = self._bold_font(font)
                painter.setFont(font)  # laid-out words are drawn in the painter's font
            margin = self._gap if self._gap is not None else self._margin(option)
            words = self.laid_out(text, rect.width() - 2 * margin, font, option.direction)
            # Placed as Qt places an item's text: centred on whole pixels, a number's right edge exact.
            size = words.size()
            x = rect.right() + 1 - margin - size.width() if index.column() in self._right_aligned else rect.x() + margin
            painter.drawStaticText(QPointF(x, rect.y() + (rect.height() - round(size.height())) // 2), words)
            if emphasis.bold:
                painter.setFont(option.font)
        if state & _HAS_FOCUS:
            self._draw_focus(painter, option, group)

    def laid_out(self, text: str, width: int, font: QFont,
                 direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> QStaticText:
        """``text`` laid out in ``font``, cut short with "…" if it is wider than ``width``, in
        the view's direction (as Qt's delegate does: a line starting in Arabic and going on in
        English reads in the view's order, not from the right)."""
        if font != self._font:
            self._font, self._font_key = QFont(font), font.key()
        key = (text, width, self._font_key, direction)
        words = self._laid_out.get(key)
        if words is None:
            if len(self._laid_out) >= _KEPT:
                self._laid_out.clear()
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))
            words = self._laid_out[key] = QStaticText(shown)
            words.setTextFormat(Qt.TextFormat.PlainText)  # typed words are never read as markup
            way = QTextOption()
            way.setTextDirection(direction)
            words.setTextOption(way)
            words.prepare(font=font)
        return words

    def _bold_font(self, font: QFont) -> QFont:
        key = font.key()
        bold = self._bold.get(key)
        if bold is None:
            bold = self._bold[key] = QFont(font)
            bold.setBold(True)
        return bold

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
        role = QPalette.ColorRole.Highlight if option.state.value & _SELECTED else QPalette.ColorRole.Window
        frame.backgroundColor = option.palette.color(group, role)
        widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, widget)


class Line(NamedTuple):
    """One entry of a :class:`PlainLines`."""

    text: str
    emphasis: Emphasis = PLAIN
    tooltip: str = ""
    data: Any = None  # kept as the item's UserRole, for whoever acts on a click
    choosable: bool = True  # False: shown greyed and never chosen ("No goals yet.")


class PlainLines(QListWidget):
    """A list of one-line entries painted by :class:`PlainCells`.

    The items still carry the words, font, colour and tooltip, so screen readers, tooltips and
    tests read them as in any list; only the painting reads the lines kept here, so the list is
    filled with :meth:`set_lines` only (an item added any other way has no line to paint)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setUniformItemSizes(True)  # one line each: the first item's size is every item's
        self._lines: list[Line] = []
        self.setItemDelegate(PlainCells(lambda row, _column: self._lines[row].text, parent=self,
                                        emphasis_at=lambda row: self._lines[row].emphasis))

    def set_lines(self, lines: Iterable[Line]) -> None:
        self.clear()
        self._lines = list(lines)
        for line in self._lines:
            item = QListWidgetItem(line.text)
            if line.emphasis.bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if line.emphasis.colour is not None:
                item.setForeground(line.emphasis.colour)
            if line.tooltip:
                item.setToolTip(line.tooltip)
            if line.data is not None:
                item.setData(Qt.ItemDataRole.UserRole, line.data)
            if not line.choosable:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
