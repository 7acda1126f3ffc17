"""The outcomes report: every chart of the Outcomes view with its figures and what it counts.

A4 in the house style of the printed crisis plan (its fonts, sizes, colours, footer and page
numbers, by importing its helpers). Each chart is drawn as vector graphics from the same layout
as the screen (printing.charts), so it stays sharp when printed or zoomed, followed by a table of
the figures behind it and a plain note of how they are counted.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    PolyLine,
    Rect,
    String,
)
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, TableStyle

from recovery_desk.domain.dates import uk_date
from recovery_desk.printing.charts import Box, Chart, Dot, Label, Stroke, layout
from recovery_desk.printing.charts import Path as Polyline
from recovery_desk.printing.fonts import (
    BOLD,
    REGULAR,
    register_fonts,
    unprintable_characters,
)
from recovery_desk.printing.house import (
    MARGIN,
    PAGE_WIDTH,
    Furniture,
    RenderResult,
    Styles,
    build_document,
    label_table,
    make_styles,
    para,
    printable,
    section_heading,
)
from recovery_desk.printing.outcome_charts import (
    HOW_COUNTED,
    figure_tables,
    outcome_charts,
)
from recovery_desk.services.outcomes import OutcomeReport

__all__ = ["render_outcomes_report", "chart_drawing", "TITLE"]

TITLE = "Outcomes"
CHART_RATIO = 0.47
CHART_TEXT = 0.8  # title 14 pt, labels 9 pt, ticks 8 pt: readable on A4


def _colour(value: str | None):
    return colors.HexColor(value) if value else None


def chart_drawing(chart: Chart, width: float, height: float) -> Drawing:
    """The chart as reportlab vector graphics (reportlab's y runs upwards; the layout's downwards)."""
    register_fonts()
    drawing = Drawing(width, height)

    def measure(text: str, size: float, bold: bool) -> float:
        return stringWidth(text, BOLD if bold else REGULAR, size)

    for shape in layout(chart, width, height, measure, text_scale=CHART_TEXT):
        if isinstance(shape, Box):
            drawing.add(Rect(shape.x, height - shape.y - shape.h, shape.w, shape.h, fillColor=_colour(shape.fill),
                             strokeColor=_colour(shape.stroke), strokeWidth=shape.stroke_width))
        elif isinstance(shape, Stroke):
            drawing.add(Line(shape.x1, height - shape.y1, shape.x2, height - shape.y2,
                             strokeColor=_colour(shape.colour), strokeWidth=shape.width))
        elif isinstance(shape, Polyline):
            points = [c for x, y in shape.points for c in (x, height - y)]
            drawing.add(PolyLine(points, strokeColor=_colour(shape.colour), strokeWidth=shape.width,
                                 strokeLineJoin=1, strokeLineCap=1))
        elif isinstance(shape, Dot):
            drawing.add(Circle(shape.x, height - shape.y, shape.r, fillColor=_colour(shape.fill),
                               strokeColor=_colour(shape.stroke), strokeWidth=shape.r * 0.4))
        elif isinstance(shape, Label):
            drawing.add(_string(shape, height))
    return drawing


def _string(label: Label, height: float):
    anchor = {"start": "start", "middle": "middle", "end": "end"}[label.anchor]
    font = BOLD if label.bold else REGULAR
    if not label.vertical:
        return String(label.x, height - label.y, label.text, fontName=font, fontSize=label.size,
                      fillColor=_colour(label.colour), textAnchor=anchor)
    text = String(0, 0, label.text, fontName=font, fontSize=label.size, fillColor=_colour(label.colour),
                  textAnchor=anchor)
    return Group(text, transform=(0, 1, -1, 0, label.x, height - label.y))  # a quarter turn: reads upwards


def _section(chart: Chart, table, st: Styles) -> list[Flowable]:
    width = PAGE_WIDTH - 2 * MARGIN
    header, rows, fractions = table
    untitled = replace(chart, title="")  # the heading above says it, as text a reader can find
    flow: list[Flowable] = [*section_heading(chart.title, st, lines=12),
                            chart_drawing(untitled, width, width * CHART_RATIO), Spacer(1, st.sizes.body * 0.5)]
    if rows:
        table = label_table(rows, st, header=header, col_fractions=fractions)
        table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8 * mm)]))  # a figure a line: compact
        flow.append(table)
    flow.append(Spacer(1, st.sizes.body * 0.4))
    flow.append(KeepTogether([para("How this is counted: " + HOW_COUNTED[chart.key], st.label)]))
    return flow


def _story(report: OutcomeReport, st: Styles) -> list[Flowable]:
    people = "person" if report.people_compared == 1 else "people"
    story: list[Flowable] = [
        para(TITLE, st.name),
        para(f"{report.scope_label} · {report.period}", st.subtitle),
        para(f"Made on {uk_date(report.made_on)} from the records in Recovery Desk for {report.team_name}. "
             f"Roles and everyday life compare {report.people_compared} {people} with two or more completed "
             "assessments. These figures are for the team's own learning (100 ways to support recovery, "
             "Section 8 and action points 27 and 98 to 100).", st.status),
    ]
    tables = figure_tables(report)
    for index, chart in enumerate(outcome_charts(report)):
        if index:
            story.append(PageBreak())  # a chart and its figures to a page: easy to hand round or project
        story.extend(_section(chart, tables[chart.key], st))
    return story


def _unprintable(report: OutcomeReport) -> list[str]:
    texts = [report.scope_label, report.team_name, *(t.staff_name for t in report.meetings.hat)]
    missing = dict.fromkeys(unprintable_characters(printable("\n".join(texts)), REGULAR))
    missing.update(dict.fromkeys(unprintable_characters(printable(report.scope_label), BOLD)))
    return list(missing)


def render_outcomes_report(report: OutcomeReport, destination: str | Path | BinaryIO, *,
                           printed_on: date) -> RenderResult:
    """Write the report as an A4 PDF to ``destination`` (a path or a binary file object)."""
    register_fonts()
    st = make_styles(False)
    furniture = Furniture(left_top=f"{TITLE} — {report.scope_label} · {report.period}", status_word="",
                          left_bottom=f"Made on {uk_date(printed_on)}", mark="", size=st.sizes.footer)
    pages = build_document(_story(report, st), destination, furniture, st,
                           title=f"{TITLE} — {report.scope_label}", subject="Outcomes report")
    return RenderResult(pages=pages, unprintable=_unprintable(report))
