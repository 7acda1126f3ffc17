"""The life-domain check-in over time, drawn with QPainter (QtCharts is not a dependency).

One small row per area of life ("small multiples"), all sharing a time axis: each
check-in is a dot at its date, at the height of the rating, joined by a line, with the
number beside it. A ring marks an area the person chose to work on at that check-in; a
hollow dot is a check-in still in a draft. The latest rating, and the change since the
one before, stand at the right. Eleven rows of one line each stay readable where eleven
lines on one chart would not.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from recovery_desk.domain.dates import uk_date
from recovery_desk.services.assessment_views import CheckinSeries

LABEL_WIDTH = 300
LATEST_WIDTH = 70
ROW_HEIGHT = 50
LEGEND_HEIGHT = 26
AXIS_HEIGHT = 28
SIDE_PAD = 18

INK = QColor("#212b32")
MUTED = QColor("#4c6272")
GRID = QColor("#d8dde0")
BAND = QColor("#f0f4f5")
LINE = QColor("#005eb8")
PRIORITY = QColor("#ffb81c")
UP = QColor("#007f3b")
DOWN = QColor("#a4262c")


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    rating: int
    priority: bool
    is_draft: bool


@dataclass(frozen=True)
class ChartRow:
    area_key: str
    area_name: str
    top: float  # the row's band: ``top`` to ``top + ROW_HEIGHT``
    points: tuple[ChartPoint, ...]  # oldest first

    @property
    def latest(self) -> int | None:
        return self.points[-1].rating if self.points else None

    @property
    def change(self) -> int | None:
        """The latest rating minus the one before it, when there are two."""
        return self.points[-1].rating - self.points[-2].rating if len(self.points) >= 2 else None


def time_positions(dates: list[date], left: float, right: float) -> list[float]:
    """x for each date, in proportion to the time between them (one date: the middle)."""
    if not dates:
        return []
    first, last = min(dates), max(dates)
    span = (last - first).days
    if span == 0:
        return [(left + right) / 2 for _ in dates]
    return [left + (d - first).days / span * (right - left) for d in dates]


def rating_y(rating: int, low: int, high: int, top: float, bottom: float) -> float:
    """y for a rating: ``low`` at ``bottom``, ``high`` at ``top`` (screen y grows downwards)."""
    return bottom - (rating - low) / (high - low) * (bottom - top)


def plot_area(width: float) -> tuple[float, float]:
    """Left and right x of the part of the chart where check-ins are drawn."""
    return LABEL_WIDTH + SIDE_PAD, max(LABEL_WIDTH + SIDE_PAD + 1, width - LATEST_WIDTH - SIDE_PAD)


def chart_rows(series: CheckinSeries, width: float) -> list[ChartRow]:
    """Where everything goes, as plain numbers: one row per area, one point per rating."""
    left, right = plot_area(width)
    xs = time_positions([p.on for p in series.points], left, right)
    rows = []
    for index, (key, name) in enumerate(series.areas):
        top = LEGEND_HEIGHT + index * ROW_HEIGHT
        band_top, band_bottom = top + 8, top + ROW_HEIGHT - 6
        points = tuple(
            ChartPoint(x, rating_y(p.ratings[key], series.low, series.high, band_top, band_bottom), p.ratings[key],
                       key in p.priorities, p.is_draft)
            for x, p in zip(xs, series.points) if key in p.ratings)
        rows.append(ChartRow(key, name, top, points))
    return rows


class CheckinChart(QWidget):
    """Each area's rating across check-ins over time."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.series: CheckinSeries | None = None
        self.setAccessibleName("Check-ins over time")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(LABEL_WIDTH + LATEST_WIDTH + 200)

    def set_series(self, series: CheckinSeries | None) -> None:
        self.series = series
        self.setMinimumHeight(self.sizeHint().height())
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        rows = len(self.series.areas) if self.series else 0
        return QSize(760, LEGEND_HEIGHT + max(rows, 2) * ROW_HEIGHT + AXIS_HEIGHT)

    def describe(self) -> str:
        """The chart in words, for a screen reader (and the tooltip)."""
        if not self.series or not self.series.points:
            return "No check-ins yet."
        rows = chart_rows(self.series, 1000)
        parts = []
        for row in rows:
            if row.latest is not None:
                text = f"{row.area_name}: {row.latest}"
                if row.change:
                    text += f" ({row.change:+d} since the check-in before)"
                parts.append(text)
        when = ", ".join(uk_date(p.on) for p in self.series.points)
        return f"Check-ins on {when}. Latest ratings: " + "; ".join(parts) + "."

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        series = self.series
        if series is None or not series.points:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             "No check-ins yet. Ratings appear here, over time, once they are saved.")
            return
        rows = chart_rows(series, self.width())
        self._draw_legend(painter, series)
        self._draw_time_grid(painter, series, rows)
        for row in rows:
            self._draw_row(painter, row)
        painter.end()

    def _draw_legend(self, painter: QPainter, series: CheckinSeries) -> None:
        painter.setFont(self._font(8.5))
        painter.setPen(MUTED)
        y = LEGEND_HEIGHT / 2
        x = 4.0
        text = f"Rating {series.low} = {series.low_label}, {series.high} = {series.high_label}"
        painter.drawText(QRectF(x, 0, LABEL_WIDTH + 200, LEGEND_HEIGHT - 4), Qt.AlignmentFlag.AlignVCenter, text)
        x = max(x + QFontMetrics(painter.font()).horizontalAdvance(text) + 24, LABEL_WIDTH + 200)
        self._dot(painter, QPointF(x, y), priority=True, hollow=False)
        painter.setPen(MUTED)
        painter.drawText(QPointF(x + 14, y + 4), "chosen to work on")
        x += 14 + QFontMetrics(painter.font()).horizontalAdvance("chosen to work on") + 26
        self._dot(painter, QPointF(x, y), priority=False, hollow=True)
        painter.setPen(MUTED)
        painter.drawText(QPointF(x + 10, y + 4), "draft, not yet completed")

    def _draw_time_grid(self, painter: QPainter, series: CheckinSeries, rows: list[ChartRow]) -> None:
        left, right = plot_area(self.width())
        xs = time_positions([p.on for p in series.points], left, right)
        bottom = LEGEND_HEIGHT + len(rows) * ROW_HEIGHT
        painter.setFont(self._font(8.5))
        metrics = QFontMetrics(painter.font())
        last_label_end = -1e9
        for x, point in zip(xs, series.points):
            painter.setPen(QPen(GRID, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, LEGEND_HEIGHT), QPointF(x, bottom))
            label = uk_date(point.on) + (" (draft)" if point.is_draft else "")
            half = metrics.horizontalAdvance(label) / 2
            start = min(max(x - half, left - SIDE_PAD), self.width() - 2 * half - 2)
            if start > last_label_end + 8:  # close check-ins: skip a date rather than overprint it
                painter.setPen(MUTED)
                painter.drawText(QPointF(start, bottom + 18), label)
                last_label_end = start + 2 * half

    def _draw_row(self, painter: QPainter, row: ChartRow) -> None:
        left, right = plot_area(self.width())
        band = QRectF(left - 8, row.top + 4, right - left + 16, ROW_HEIGHT - 8)
        painter.fillRect(band, BAND)
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(4, row.top + ROW_HEIGHT), QPointF(self.width() - 4, row.top + ROW_HEIGHT))
        painter.setFont(self._font(9.5))
        painter.setPen(INK)
        name = QFontMetrics(painter.font()).elidedText(row.area_name, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8)
        painter.drawText(QRectF(4, row.top, LABEL_WIDTH - 4, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, name)
        if not row.points:
            painter.setPen(MUTED)
            painter.setFont(self._font(8.5))
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, "not rated yet")
            return
        painter.setPen(QPen(LINE, 2))
        for a, b in zip(row.points, row.points[1:]):
            painter.drawLine(QPointF(a.x, a.y), QPointF(b.x, b.y))
        painter.setFont(self._font(8))
        for point in row.points:
            self._dot(painter, QPointF(point.x, point.y), priority=point.priority, hollow=point.is_draft)
            painter.setPen(INK)
            painter.drawText(QPointF(point.x + 7, point.y - 3), str(point.rating))
        self._draw_latest(painter, row)

    def _draw_latest(self, painter: QPainter, row: ChartRow) -> None:
        rect = QRectF(self.width() - LATEST_WIDTH - 4, row.top, LATEST_WIDTH, ROW_HEIGHT)
        painter.setFont(self._font(12, bold=True))
        painter.setPen(INK)
        painter.drawText(rect.adjusted(0, 0, -34, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         str(row.latest))
        if row.change:
            painter.setFont(self._font(8.5, bold=True))
            painter.setPen(UP if row.change > 0 else DOWN)
            arrow = "▲" if row.change > 0 else "▼"
            painter.drawText(rect.adjusted(38, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{arrow}{abs(row.change)}")

    @staticmethod
    def _dot(painter: QPainter, at: QPointF, *, priority: bool, hollow: bool) -> None:
        if priority:
            painter.setPen(QPen(PRIORITY, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(at, 7.5, 7.5)
        painter.setPen(QPen(LINE, 2))
        painter.setBrush(QColor("#ffffff") if hollow else LINE)
        painter.drawEllipse(at, 4, 4)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _font(self, points: float, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        return font
