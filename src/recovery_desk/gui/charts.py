"""Charts on screen and as PNG images, drawn with QPainter from printing.charts' layout.

PySide6's QtCharts is not a dependency (it is in PySide6-Addons), and the same layout also
draws the PDF report's charts, so screen, PNG and paper match.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from recovery_desk.printing.charts import Box, Chart, Dot, Label, Stroke, layout
from recovery_desk.printing.charts import Path as Polyline

PNG_SIZE = QSize(1600, 900)  # 16:9, sharp on a projected slide


class _Fonts:
    """QFonts by (pixel size, bold), made once per paint."""

    def __init__(self, family: str):
        self.family = family
        self._fonts: dict[tuple[float, bool], QFont] = {}

    def get(self, size: float, bold: bool) -> QFont:
        key = (round(size, 1), bold)
        if key not in self._fonts:
            font = QFont(self.family)
            font.setPixelSize(max(1, round(size)))
            font.setBold(bold)
            self._fonts[key] = font
        return self._fonts[key]

    def width(self, text: str, size: float, bold: bool) -> float:
        return QFontMetricsF(self.get(size, bold)).horizontalAdvance(text)


def paint_chart(painter: QPainter, chart: Chart, width: float, height: float, family: str = "") -> None:
    """Draw ``chart`` filling ``width`` × ``height`` from the painter's origin."""
    fonts = _Fonts(family or QFont().family())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    for shape in layout(chart, width, height, fonts.width):
        if isinstance(shape, Box):
            painter.setPen(QPen(QColor(shape.stroke), shape.stroke_width) if shape.stroke else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(shape.fill) if shape.fill else Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(shape.x, shape.y, shape.w, shape.h))
        elif isinstance(shape, Stroke):
            painter.setPen(QPen(QColor(shape.colour), shape.width))
            painter.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))
        elif isinstance(shape, Polyline):
            path = QPainterPath(QPointF(*shape.points[0]))
            for point in shape.points[1:]:
                path.lineTo(QPointF(*point))
            pen = QPen(QColor(shape.colour), shape.width)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif isinstance(shape, Dot):
            painter.setPen(QPen(QColor(shape.stroke), shape.r * 0.4))
            painter.setBrush(QColor(shape.fill))
            painter.drawEllipse(QPointF(shape.x, shape.y), shape.r, shape.r)
        elif isinstance(shape, Label):
            _text(painter, fonts, shape)
    painter.restore()


def _text(painter: QPainter, fonts: _Fonts, label: Label) -> None:
    painter.setFont(fonts.get(label.size, label.bold))
    painter.setPen(QColor(label.colour))
    offset = {"start": 0.0, "middle": 0.5, "end": 1.0}[label.anchor] * fonts.width(label.text, label.size, label.bold)
    if label.vertical:
        painter.save()
        painter.translate(label.x, label.y)
        painter.rotate(-90)
        painter.drawText(QPointF(-offset, 0), label.text)
        painter.restore()
    else:
        painter.drawText(QPointF(label.x - offset, label.y), label.text)


def chart_image(chart: Chart, size: QSize = PNG_SIZE) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_chart(painter, chart, size.width(), size.height())
    finally:
        painter.end()
    return image


def save_chart_png(chart: Chart, target: Path, size: QSize = PNG_SIZE) -> None:
    """Write the chart as a PNG; raises OSError with a plain reason when it cannot be written."""
    if not chart_image(chart, size).save(str(target), "PNG"):
        raise OSError(0, "the image could not be written there")


class ChartView(QWidget):
    """One chart on screen; it redraws to fit as the window changes size."""

    def __init__(self, chart: Chart | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = chart
        self.setMinimumSize(420, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._describe()

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self._describe()
        self.update()

    def _describe(self) -> None:
        self.setAccessibleName(self.chart.title if self.chart else "Chart")
        if self.chart is not None:
            self.setAccessibleDescription(describe(self.chart))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(800, 450)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            if self.chart is not None:
                paint_chart(painter, self.chart, self.width(), self.height())
        finally:
            painter.end()


def describe(chart: Chart) -> str:
    """The chart in words, for screen readers: each category with each series' value."""
    if chart.is_empty and chart.empty_note:
        return f"{chart.subtitle}. {chart.empty_note}"
    parts = []
    for i, category in enumerate(chart.categories):
        values = []
        for series in chart.series:
            if i < len(series.values) and series.values[i] is not None:
                shown = series.labels[i] if series.labels else f"{series.values[i]:g}"
                values.append(f"{series.name} {shown}")
        parts.append(f"{category.replace(chr(10), ' ')}: {', '.join(values) or 'none'}")
    return f"{chart.subtitle}. " + "; ".join(parts)
