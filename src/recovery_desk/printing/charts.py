"""Charts a team would put on a slide, laid out once and drawn twice: on screen and in PNGs by Qt
(gui.charts), and in the PDF report by reportlab (printing.outcomes_pdf).

:func:`layout` turns a :class:`Chart` (plain data) into a list of simple shapes (rectangles,
lines, text, markers) in a box ``width`` × ``height``, y downwards. Each painter only has to
draw those shapes and say how wide a piece of text is, so the screen, the PNG and the PDF show
the same chart. No Qt and no reportlab here.

House style: a clear title and subtitle top left, the legend under them, axis labels, light
grid lines, value labels on the marks, UK month labels ("Jun" with the year under the first
month and each January), and the Okabe–Ito palette, which stays distinguishable for the common
kinds of colour blindness and in greyscale when paired with the legend's order.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Okabe & Ito (2008) colour-blind-safe palette.
BLUE = "#0072B2"
GREEN = "#009E73"
ORANGE = "#E69F00"
PURPLE = "#CC79A7"
VERMILLION = "#D55E00"
SKY = "#56B4E9"
GREY = "#8C8C8C"

TEXT = "#212B32"
SECONDARY = "#4C6272"
GRID = "#D8DDE0"
AXIS = "#768692"
BACKGROUND = "#FFFFFF"

BARS = "bars"  # grouped vertical bars, one group per category
LINE = "line"  # one line per series, a marker at each value
HBARS = "hbars"  # grouped horizontal bars: for long category names

BASE_WIDTH = 800.0  # sizes below are for a chart this wide; larger charts scale up


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]
    colour: str
    labels: tuple[str, ...] = ()  # the value labels to show instead of the numbers ("3 of 4")


@dataclass(frozen=True)
class Chart:
    key: str  # a short name for files: "recovery-goals"
    title: str
    subtitle: str
    categories: tuple[str, ...]  # x labels ("Jun\n2026"), or the rows of a horizontal chart
    series: tuple[Series, ...]
    kind: str = BARS
    value_label: str = ""  # the value axis: "Number of recovery goals"
    category_label: str = ""  # the other axis: "Month"
    percent: bool = False
    top: float | None = None  # a fixed top for the value axis (100 for percentages)
    bottom: float = 0.0
    empty_note: str = ""  # shown in the plot when there is nothing to draw

    @property
    def is_empty(self) -> bool:
        """Nothing to draw: no value at all on a line chart, no bar above zero on a bar chart."""
        if self.kind == LINE:
            return all(v is None for s in self.series for v in s.values)
        return not any(v for s in self.series for v in s.values)


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 1.0


@dataclass(frozen=True)
class Stroke:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    width: float = 1.0


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # the baseline
    text: str
    size: float
    colour: str = TEXT
    anchor: str = "start"  # start / middle / end
    bold: bool = False
    vertical: bool = False  # read bottom to top (the value axis's name)


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    r: float
    fill: str
    stroke: str = BACKGROUND


@dataclass(frozen=True)
class Path:
    points: tuple[tuple[float, float], ...]
    colour: str
    width: float


Shape = Box | Stroke | Label | Dot | Path
Measure = Callable[[str, float, bool], float]  # (text, size, bold) -> width


def month_categories(labels: Sequence[tuple[str, int]]) -> tuple[str, ...]:
    """``[("Jun", 2026), ("Jul", 2026)…]`` → ``("Jun\\n2026", "Jul", …)``: the year under the first and each January."""
    out, last_year = [], None
    for name, year in labels:
        out.append(f"{name}\n{year}" if year != last_year and (last_year is None or name == "Jan") else name)
        last_year = year
    return tuple(out)


def nice_ticks(top: float, *, whole: bool, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top``: steps of 1, 2 or 5 × a power of ten."""
    if top <= 0:
        top = 1
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    if whole:
        step = max(1, math.ceil(step))
    ticks, value = [0.0], 0.0
    while value < top - 1e-9:
        value += step
        ticks.append(round(value, 6))
    return ticks


def format_value(value: float, percent: bool) -> str:
    text = f"{value:.0f}" if abs(value - round(value)) < 0.05 or percent else f"{value:.1f}"
    return text + ("%" if percent else "")


class _Layout:
    def __init__(self, chart: Chart, width: float, height: float, measure: Measure, text_scale: float | None):
        self.chart, self.width, self.height, self.measure = chart, width, height, measure
        k = text_scale if text_scale is not None else max(1.0, width / BASE_WIDTH)
        self.k = k
        self.pad = 18 * k
        self.title_size, self.subtitle_size = 17 * k, 11 * k
        self.label_size, self.tick_size, self.value_size = 11 * k, 10 * k, 9.5 * k
        self.shapes: list[Shape] = [Box(0, 0, width, height, BACKGROUND)]

    def text(self, x: float, y: float, text: str, size: float, **kw) -> None:
        self.shapes.append(Label(x, y, text, size, **kw))

    def wrap(self, text: str, size: float, room: float, bold: bool = False) -> list[str]:
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for word in paragraph.split():
                trial = f"{line} {word}".strip()
                if line and self.measure(trial, size, bold) > room:
                    lines.append(line)
                    line = word
                else:
                    line = trial
            lines.append(line)
        return lines

    # ---- heading and legend ------------------------------------------------------------------
    def heading(self) -> float:
        """Title, subtitle and legend; returns the y where the plot may start."""
        room = self.width - 2 * self.pad
        y = self.pad
        for line in self.wrap(self.chart.title, self.title_size, room, True) if self.chart.title else []:
            y += self.title_size * 1.15
            self.text(self.pad, y, line, self.title_size, bold=True)
        for line in self.wrap(self.chart.subtitle, self.subtitle_size, room) if self.chart.subtitle else []:
            y += self.subtitle_size * 1.35
            self.text(self.pad, y, line, self.subtitle_size, colour=SECONDARY)
        y += self.label_size * 0.9
        if len(self.chart.series) > 1:
            y = self.legend(y)
        return y + self.label_size * 1.2

    def legend(self, top: float) -> float:
        swatch, gap = self.label_size * 0.95, self.label_size * 1.4
        x, y = self.pad, top + swatch
        for series in self.chart.series:
            width = swatch + self.label_size * 0.4 + self.measure(series.name, self.label_size, False)
            if x > self.pad and x + width > self.width - self.pad:
                x, y = self.pad, y + self.label_size * 1.5
            if self.chart.kind == LINE:
                self.shapes.append(Stroke(x, y - swatch / 2, x + swatch, y - swatch / 2, series.colour, 3 * self.k))
            else:
                self.shapes.append(Box(x, y - swatch, swatch, swatch, series.colour))
            self.text(x + swatch + self.label_size * 0.4, y - swatch * 0.12, series.name, self.label_size)
            x += width + gap
        return y + self.label_size * 0.3

    # ---- value axis ----------------------------------------------------------------------------
    def value_range(self) -> tuple[float, list[float]]:
        values = [v for s in self.chart.series for v in s.values if v is not None]
        # a little headroom above the tallest mark, so its value label never meets the edge
        top = self.chart.top if self.chart.top is not None else max(values, default=0) * 1.1
        whole = not self.chart.percent and all(float(v).is_integer() for v in values)
        span = max(top - self.chart.bottom, 1e-9)
        ticks = [self.chart.bottom + t for t in nice_ticks(span, whole=whole)]
        if self.chart.top is not None:  # a fixed top (a score's highest value) stays the top, tick or not
            return self.chart.top, [t for t in ticks if t <= self.chart.top + 1e-9]
        return ticks[-1], ticks

    def tick_text(self, value: float) -> str:
        return format_value(value, self.chart.percent)

    def note(self, x: float, y: float, w: float, h: float) -> None:
        lines = self.wrap(self.chart.empty_note, self.label_size, w * 0.8)
        first = y + h / 2 - (len(lines) - 1) * self.label_size * 0.7
        for i, line in enumerate(lines):
            self.text(x + w / 2, first + i * self.label_size * 1.4, line, self.label_size, colour=SECONDARY,
                      anchor="middle")

    # ---- vertical charts (bars, lines) -----------------------------------------------------------
    def vertical(self, plot_top: float) -> None:
        chart = self.chart
        top, ticks = self.value_range()
        tick_width = max(self.measure(self.tick_text(t), self.tick_size, False) for t in ticks)
        left = self.pad + (self.label_size * 1.6 if chart.value_label else 0) + tick_width + 8 * self.k
        right = self.width - self.pad
        lines = max((c.count("\n") + 1 for c in chart.categories), default=1)
        bottom = self.height - self.pad - (self.label_size * 1.6 if chart.category_label else 0) \
            - lines * self.tick_size * 1.25 - 6 * self.k
        height = max(bottom - plot_top, 10)

        def y_of(value: float) -> float:
            return bottom - (value - chart.bottom) / (top - chart.bottom or 1) * height

        for tick in ticks:
            y = y_of(tick)
            self.shapes.append(Stroke(left, y, right, y, AXIS if tick == chart.bottom else GRID,
                                      1.2 * self.k if tick == chart.bottom else 0.8 * self.k))
            self.text(left - 6 * self.k, y + self.tick_size * 0.35, self.tick_text(tick), self.tick_size,
                      colour=SECONDARY, anchor="end")
        if chart.value_label:
            self.text(self.pad + self.label_size, (plot_top + bottom) / 2, chart.value_label, self.label_size,
                      colour=SECONDARY, anchor="middle", vertical=True)
        if chart.category_label:
            self.text((left + right) / 2, self.height - self.pad, chart.category_label, self.label_size,
                      colour=SECONDARY, anchor="middle")
        count = max(len(chart.categories), 1)
        band = (right - left) / count
        if chart.kind == BARS:  # small marks between categories, so a lone bar's month is never in doubt
            for i in range(count + 1):
                x = left + band * i
                self.shapes.append(Stroke(x, bottom, x, bottom + 5 * self.k, AXIS, 1.0 * self.k))
        label_every = self._label_every(band)
        for i, category in enumerate(chart.categories):
            if i % label_every:
                continue
            for j, part in enumerate(category.split("\n")):
                self.text(left + band * (i + 0.5), bottom + 6 * self.k + self.tick_size * (1 + 1.25 * j), part,
                          self.tick_size, colour=TEXT if j == 0 else SECONDARY, anchor="middle")
        if chart.is_empty and chart.empty_note:
            self.note(left, plot_top, right - left, height)
            return
        if chart.kind == LINE:
            self._lines(left, band, y_of)
        else:
            self._bars(left, band, y_of, bottom)

    def _label_every(self, band: float) -> int:
        widest = max((self.measure(part, self.tick_size, False) for c in self.chart.categories
                      for part in c.split("\n")), default=0)
        return max(1, math.ceil((widest + 6 * self.k) / max(band, 1)))

    def _bars(self, left: float, band: float, y_of, bottom: float) -> None:
        n = len(self.chart.series)
        group = band * 0.8
        bar = group / max(n, 1)
        for i in range(len(self.chart.categories)):
            for j, series in enumerate(self.chart.series):
                value = series.values[i] if i < len(series.values) else None
                if not value:
                    continue
                x = left + band * i + (band - group) / 2 + bar * j
                y = y_of(value)
                self.shapes.append(Box(x + bar * 0.06, y, bar * 0.88, bottom - y, series.colour))
                label = series.labels[i] if series.labels else format_value(value, self.chart.percent)
                if self.measure(label, self.value_size, False) <= bar * 1.6:
                    self.text(x + bar / 2, y - 3 * self.k, label, self.value_size, anchor="middle")

    def _lines(self, left: float, band: float, y_of) -> None:
        for series in self.chart.series:
            runs: list[list[tuple[float, float]]] = [[]]
            for i, value in enumerate(series.values):
                if value is None:
                    runs.append([])
                    continue
                runs[-1].append((left + band * (i + 0.5), y_of(value)))
            for run in runs:
                if len(run) > 1:
                    self.shapes.append(Path(tuple(run), series.colour, 3 * self.k))
            label_every = self._label_every(band)
            for i, value in enumerate(series.values):
                if value is None:
                    continue
                x, y = left + band * (i + 0.5), y_of(value)
                self.shapes.append(Dot(x, y, 4.5 * self.k, series.colour))
                if i % label_every == 0 or i == len(series.values) - 1:
                    label = series.labels[i] if series.labels else format_value(value, self.chart.percent)
                    self.text(x, y - 9 * self.k, label, self.value_size, anchor="middle", bold=True)

    # ---- horizontal bars ---------------------------------------------------------------------------
    def horizontal(self, plot_top: float) -> None:
        chart = self.chart
        top, ticks = self.value_range()
        room = (self.width - 2 * self.pad) * 0.34
        wrapped = [self.wrap(c, self.tick_size, room) for c in chart.categories]
        left = self.pad + max((self.measure(line, self.tick_size, False) for lines in wrapped for line in lines),
                              default=0) + 10 * self.k
        widest_value = max((self.measure(series.labels[i] if series.labels else format_value(v, chart.percent),
                                         self.value_size, False)
                            for series in chart.series for i, v in enumerate(series.values) if v), default=0)
        right = self.width - self.pad - max(widest_value + 6 * self.k, self.tick_size)
        bottom = self.height - self.pad - (self.label_size * 1.6 if chart.value_label else 0) - self.tick_size * 1.6
        height = max(bottom - plot_top, 10)

        def x_of(value: float) -> float:
            return left + (value - chart.bottom) / (top - chart.bottom or 1) * (right - left)

        for tick in ticks:
            x = x_of(tick)
            self.shapes.append(Stroke(x, plot_top, x, bottom, AXIS if tick == chart.bottom else GRID,
                                      1.2 * self.k if tick == chart.bottom else 0.8 * self.k))
            self.text(x, bottom + self.tick_size * 1.3, self.tick_text(tick), self.tick_size, colour=SECONDARY,
                      anchor="middle")
        if chart.value_label:
            self.text((left + right) / 2, self.height - self.pad, chart.value_label, self.label_size,
                      colour=SECONDARY, anchor="middle")
        band = height / max(len(chart.categories), 1)
        n = len(chart.series)
        group = band * 0.76
        bar = group / max(n, 1)
        for i, lines in enumerate(wrapped):
            centre = plot_top + band * (i + 0.5)
            first = centre - (len(lines) - 1) * self.tick_size * 0.6 + self.tick_size * 0.35
            for j, line in enumerate(lines):
                self.text(left - 8 * self.k, first + j * self.tick_size * 1.2, line, self.tick_size, anchor="end")
        if chart.is_empty and chart.empty_note:
            self.note(left, plot_top, right - left, height)
            return
        for i in range(len(chart.categories)):
            for j, series in enumerate(chart.series):
                value = series.values[i] if i < len(series.values) else None
                if not value:
                    continue
                y = plot_top + band * i + (band - group) / 2 + bar * j
                self.shapes.append(Box(left, y + bar * 0.08, x_of(value) - left, bar * 0.84, series.colour))
                label = series.labels[i] if series.labels else format_value(value, chart.percent)
                self.text(x_of(value) + 4 * self.k, y + bar / 2 + self.value_size * 0.35, label, self.value_size)


def layout(chart: Chart, width: float, height: float, measure: Measure, *,
           text_scale: float | None = None) -> list[Shape]:
    """The shapes that draw ``chart`` in a ``width`` × ``height`` box (y downwards).

    Text grows with the chart's width (right for screens and slides); ``text_scale`` fixes it
    instead, for paper, where type must stay readable however small the chart is drawn.
    """
    plan = _Layout(chart, width, height, measure, text_scale)
    plot_top = plan.heading()
    if chart.kind == HBARS:
        plan.horizontal(plot_top)
    else:
        plan.vertical(plot_top)
    return plan.shapes
