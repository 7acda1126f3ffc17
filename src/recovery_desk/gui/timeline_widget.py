"""The life timeline drawn with QPainter: dated events on a line, from birth (when known) to now.

Each kind of event has its own shape *and* colour (never colour alone), named in a legend.
Labels are stacked in lanes above and below the line so that none overprints another;
the widget grows taller when a crowded stretch of life needs more lanes. Hovering shows
the whole entry; clicking an event selects it.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from recovery_desk.domain.timeline import MONTH, YEAR
from recovery_desk.services.assessment_views import TimelineEventView

SHAPES = ("star", "diamond", "square", "triangle", "circle", "hexagon")
KIND_STYLES: dict[str, tuple[str, str]] = {
    "achievement": ("star", "#007f3b"),
    "turning point": ("diamond", "#005eb8"),
    "loss": ("square", "#6b4c9a"),
    "crisis": ("triangle", "#d5281b"),
    "other": ("circle", "#768692"),
}
FALLBACK_COLOURS = ("#ae2573", "#00a499", "#7c2855", "#ed8b00")

SIDE = 40  # room at each end of the line
LEGEND_HEIGHT = 28
LANE_HEIGHT = 38
LABEL_MAX = 210  # pixels; longer titles are shortened (the whole entry is in the tooltip and the list)
LABEL_GAP = 10
MIN_LANES = 2  # per side


def kind_style(kind: str, kinds: tuple[str, ...] = ()) -> tuple[str, str]:
    """(shape, colour) for a kind of event; kinds a team adds get their own, in order."""
    if kind in KIND_STYLES:
        return KIND_STYLES[kind]
    extra = [k for k in kinds if k not in KIND_STYLES]
    index = extra.index(kind) if kind in extra else len(extra)
    return SHAPES[(index + 5) % len(SHAPES)], FALLBACK_COLOURS[index % len(FALLBACK_COLOURS)]


def placed_on(event: TimelineEventView) -> date:
    """Where on the line an event sits: the middle of its year or month when that is all that was given."""
    if event.precision == YEAR:
        return event.happened_on + timedelta(days=182)
    if event.precision == MONTH:
        return event.happened_on + timedelta(days=14)
    return event.happened_on


def time_range(events: list[TimelineEventView], today: date, born: date | None) -> tuple[date, date]:
    """From the start of the year of birth (or of the first event) to the end of this year."""
    starts = [e.happened_on for e in events] + ([born] if born else [])
    first = min(starts) if starts else date(today.year - 10, 1, 1)
    last = max([today] + [placed_on(e) for e in events])
    return date(first.year, 1, 1), date(last.year, 12, 31)


def x_for(day: date, start: date, end: date, left: float, right: float) -> float:
    span = max((end - start).days, 1)
    return left + (day - start).days / span * (right - left)


def year_step(first: int, last: int, pixels: float, min_gap: float = 56) -> int:
    """A round number of years between ticks that keeps tick labels apart."""
    years = max(last - first, 1)
    for step in (1, 2, 5, 10, 20, 25, 50):
        if pixels / (years / step) >= min_gap:
            return step
    return 100


@dataclass(frozen=True)
class PlacedEvent:
    event: TimelineEventView
    x: float
    lane: int  # 1, 2, ... above the line; -1, -2, ... below
    label_left: float
    label_width: float
    title: str  # shortened to fit LABEL_MAX


def place_events(events: list[TimelineEventView], start: date, end: date, left: float, right: float,
                 measure: Callable[[str], float], elide: Callable[[str, float], str] | None = None,
                 ) -> list[PlacedEvent]:
    """Give every event an x and a lane so that no two labels in a lane overlap.

    Lanes are tried nearest the line first, alternating above and below, so that a quiet
    stretch of life keeps its labels close and a crowded one stacks them.
    """
    elide = elide or (lambda text, _width: text)
    ends: dict[int, float] = {}
    placed = []
    for event in sorted(events, key=lambda e: (placed_on(e), e.id)):
        x = x_for(placed_on(event), start, end, left, right)
        title = elide(event.title, LABEL_MAX)
        width = max(measure(title), measure(event.when))
        label_left = min(max(x - width / 2, left - SIDE + 2), right + SIDE - 2 - width)
        lane = 1
        n = 1
        while True:
            for candidate in (n, -n):
                if ends.get(candidate, -1e9) + LABEL_GAP <= label_left:
                    lane = candidate
                    break
            else:
                n += 1
                continue
            break
        ends[lane] = label_left + width
        placed.append(PlacedEvent(event, x, lane, label_left, width, title))
    return placed


def lanes_needed(placed: list[PlacedEvent]) -> tuple[int, int]:
    """(lanes above, lanes below) the line, at least MIN_LANES each."""
    above = max([p.lane for p in placed if p.lane > 0], default=0)
    below = max([-p.lane for p in placed if p.lane < 0], default=0)
    return max(above, MIN_LANES), max(below, MIN_LANES)


class TimelineView(QWidget):
    """Dated life events on a line; ``event_clicked`` gives the id of the event clicked."""

    event_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.events: list[TimelineEventView] = []
        self.kinds: tuple[str, ...] = tuple(KIND_STYLES)
        self.today = date.today()
        self.born: date | None = None
        self.selected_id: int | None = None
        self._placed: list[PlacedEvent] = []
        self.setAccessibleName("Life timeline")
        self.setMouseTracking(True)
        self.setMinimumWidth(480)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_events(self, events: list[TimelineEventView], kinds: tuple[str, ...], today: date,
                   born: date | None = None) -> None:
        self.events, self.kinds, self.today, self.born = list(events), tuple(kinds), today, born
        self.setAccessibleDescription(self.describe())
        self._relayout()

    def select(self, event_id: int | None) -> None:
        self.selected_id = event_id
        self.update()

    def describe(self) -> str:
        if not self.events:
            return "No events on the timeline yet."
        return "; ".join(f"{e.when}: {e.title} ({e.kind})" for e in sorted(self.events, key=placed_on))

    # ---- geometry ------------------------------------------------------------------------------
    def _line_ends(self) -> tuple[float, float]:
        return SIDE, max(SIDE + 1.0, self.width() - SIDE)

    def _range(self) -> tuple[date, date]:
        return time_range(self.events, self.today, self.born)

    def _relayout(self) -> None:
        font = self._font(9)
        metrics = QFontMetrics(font)
        start, end = self._range()
        left, right = self._line_ends()
        self._placed = place_events(self.events, start, end, left, right, metrics.horizontalAdvance,
                                    lambda text, width: metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                                           int(width)))
        above, below = lanes_needed(self._placed)
        height = LEGEND_HEIGHT + (above + below) * LANE_HEIGHT + 44
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)
            self.updateGeometry()
        self.update()

    def _axis_y(self) -> float:
        above, _below = lanes_needed(self._placed)
        return LEGEND_HEIGHT + above * LANE_HEIGHT + 8

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(800, max(self.minimumHeight(), LEGEND_HEIGHT + 2 * MIN_LANES * LANE_HEIGHT + 44))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._relayout()

    # ---- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        self._draw_legend(painter)
        self._draw_axis(painter)
        if not self.events:
            painter.setPen(QColor("#4c6272"))
            painter.setFont(self._font(10))
            painter.drawText(QRectF(0, self._axis_y() - 40, self.width(), 30), Qt.AlignmentFlag.AlignCenter,
                             "No events yet. Add the events that shaped the person's life, good and hard.")
        for placed in self._placed:
            self._draw_event(painter, placed)
        painter.end()

    def _draw_legend(self, painter: QPainter) -> None:
        painter.setFont(self._font(9))
        metrics = QFontMetrics(painter.font())
        x = 8.0
        for kind in self.kinds:
            shape, colour = kind_style(kind, self.kinds)
            draw_marker(painter, shape, QColor(colour), QPointF(x + 6, LEGEND_HEIGHT / 2), 6)
            painter.setPen(QColor("#212b32"))
            painter.drawText(QPointF(x + 16, LEGEND_HEIGHT / 2 + 4), kind.capitalize())
            x += 16 + metrics.horizontalAdvance(kind.capitalize()) + 20

    def _draw_axis(self, painter: QPainter) -> None:
        start, end = self._range()
        left, right = self._line_ends()
        y = self._axis_y()
        painter.setPen(QPen(QColor("#425563"), 2))
        painter.drawLine(QPointF(left - 10, y), QPointF(right + 10, y))
        painter.setFont(self._font(8))
        step = year_step(start.year, end.year, right - left)
        first_tick = start.year + (-start.year % step)
        for year in range(first_tick, end.year + 1, step):
            x = x_for(date(year, 1, 1), start, end, left, right)
            painter.setPen(QPen(QColor("#768692"), 1))
            painter.drawLine(QPointF(x, y - 4), QPointF(x, y + 4))
            painter.drawText(QRectF(x - 30, y + 6, 60, 14), Qt.AlignmentFlag.AlignHCenter, str(year))
        now_x = x_for(self.today, start, end, left, right)
        painter.setPen(QPen(QColor("#005eb8"), 2))
        painter.drawLine(QPointF(now_x, y - 8), QPointF(now_x, y + 8))
        painter.drawText(QRectF(now_x - 30, y + 20, 60, 14), Qt.AlignmentFlag.AlignHCenter, "now")
        if self.born is not None:
            born_x = x_for(self.born, start, end, left, right)
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(QPointF(born_x, y), 4, 4)
            painter.drawText(QRectF(born_x - 30, y + 20, 60, 14), Qt.AlignmentFlag.AlignHCenter, "born")
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _label_rect(self, placed: PlacedEvent) -> QRectF:
        y = self._axis_y()
        top = y - placed.lane * LANE_HEIGHT if placed.lane > 0 else y + (-placed.lane - 1) * LANE_HEIGHT + 32
        return QRectF(placed.label_left, top, placed.label_width, LANE_HEIGHT - 6)

    def _draw_event(self, painter: QPainter, placed: PlacedEvent) -> None:
        shape, colour = kind_style(placed.event.kind, self.kinds)
        y = self._axis_y()
        label = self._label_rect(placed)
        anchor_y = label.bottom() if placed.lane > 0 else label.top()
        painter.setPen(QPen(QColor(colour), 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(placed.x, y), QPointF(placed.x, anchor_y))
        selected = placed.event.id == self.selected_id
        if selected:
            painter.fillRect(label.adjusted(-3, -1, 3, 1), QColor("#e8f1fa"))
        draw_marker(painter, shape, QColor(colour), QPointF(placed.x, y), 8 if selected else 7)
        painter.setFont(self._font(8))
        painter.setPen(QColor("#4c6272"))
        painter.drawText(QRectF(label.left(), label.top(), label.width() + 2, 14), Qt.AlignmentFlag.AlignLeft,
                         placed.event.when)
        painter.setFont(self._font(9, bold=selected))
        painter.setPen(QColor("#212b32"))
        painter.drawText(QRectF(label.left(), label.top() + 14, label.width() + 8, 18), Qt.AlignmentFlag.AlignLeft,
                         placed.title)

    # ---- interaction ------------------------------------------------------------------------------
    def event_at(self, point: QPointF) -> TimelineEventView | None:
        y = self._axis_y()
        for placed in reversed(self._placed):
            near_marker = abs(point.x() - placed.x) <= 9 and abs(point.y() - y) <= 9
            if near_marker or self._label_rect(placed).contains(point):
                return placed.event
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        hit = self.event_at(event.position())
        if hit is not None:
            self.select(hit.id)
            self.event_clicked.emit(hit.id)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        hit = self.event_at(event.position())
        if hit is None:
            QToolTip.hideText()
        else:
            text = f"<b>{escape(hit.when)}</b> · {escape(hit.kind)}<br>{escape(hit.title)}"
            if hit.their_words:
                text += f"<br><i>“{escape(hit.their_words[:400])}”</i>"
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        super().mouseMoveEvent(event)

    def _font(self, points: float, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        return font


def draw_marker(painter: QPainter, shape: str, colour: QColor, at: QPointF, size: float) -> None:
    """One event marker; the shape tells kinds apart without relying on colour."""
    painter.setPen(QPen(colour.darker(130), 1.2))
    painter.setBrush(colour)
    x, y, r = at.x(), at.y(), size
    if shape == "circle":
        painter.drawEllipse(at, r * 0.8, r * 0.8)
    elif shape == "square":
        painter.drawRect(QRectF(x - r * 0.75, y - r * 0.75, r * 1.5, r * 1.5))
    else:
        painter.drawPath(_polygon_path(shape, x, y, r))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _polygon_path(shape: str, x: float, y: float, r: float) -> QPainterPath:
    if shape == "diamond":
        points = [(0, -r), (r, 0), (0, r), (-r, 0)]
    elif shape == "triangle":
        points = [(0, -r), (r * 0.95, r * 0.75), (-r * 0.95, r * 0.75)]
    elif shape == "star":
        points = [((r if i % 2 == 0 else r * 0.45) * math.sin(i * math.pi / 5),
                   -(r if i % 2 == 0 else r * 0.45) * math.cos(i * math.pi / 5)) for i in range(10)]
    else:  # hexagon
        points = [(r * math.cos(i * math.pi / 3), r * math.sin(i * math.pi / 3)) for i in range(6)]
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x + dx, y + dy) for dx, dy in points]))
    path.closeSubpath()
    return path

