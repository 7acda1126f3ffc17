"""The house style of every printed document: A4, margins, colours, type sizes (standard and
large print), text cleaning, the footer with "Page x of y" and any diagonal marking on every
page, label tables, and laying a story out.

The joint crisis plan set the style; the goals overview, meeting minutes, outcome reports and
subject access export share it from here so that everything the team prints looks the same.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from recovery_desk.printing.fonts import BOLD, REGULAR

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm

# Colours chosen to stay readable when printed in black and white.
TEXT = colors.HexColor("#212B32")
HEADING = colors.HexColor("#003087")  # NHS dark blue
SECONDARY = colors.HexColor("#4C6272")
RULE = colors.HexColor("#AEB7BD")
BOX_FILL = colors.HexColor("#F0F4F5")
NOTES_FILL = colors.HexColor("#E8EDEE")
MARK_RED = colors.HexColor("#D5281B")
MARK_ALPHA = 0.17


@dataclass
class RenderResult:
    pages: int
    unprintable: list[str] = field(default_factory=list)  # characters printed as empty boxes


@dataclass(frozen=True)
class Sizes:
    name: float
    subtitle: float
    heading: float
    body: float
    small: float
    label: float
    footer: float
    leading: float = 1.38  # line height as a multiple of the size

    def lead(self, size: float) -> float:
        return round(size * self.leading, 1)


STANDARD = Sizes(name=30, subtitle=16, heading=14, body=11, small=10, label=9.5, footer=8.5)
LARGE = Sizes(name=40, subtitle=22, heading=20, body=16, small=16, label=16, footer=12)


# ---- styles ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Styles:
    sizes: Sizes
    name: ParagraphStyle
    subtitle: ParagraphStyle
    status: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    empty: ParagraphStyle
    notes_label: ParagraphStyle
    notes: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    table_head: ParagraphStyle


def make_styles(large_print: bool) -> Styles:
    s = LARGE if large_print else STANDARD
    base = ParagraphStyle(
        "rd-base", fontName=REGULAR, fontSize=s.body, leading=s.lead(s.body), textColor=TEXT,
        alignment=TA_LEFT, splitLongWords=1,
    )
    pad = 3 * mm
    return Styles(
        sizes=s,
        name=ParagraphStyle("rd-name", base, fontName=BOLD, fontSize=s.name, leading=s.name * 1.15,
                            textColor=HEADING, spaceAfter=s.name * 0.12),
        subtitle=ParagraphStyle("rd-subtitle", base, fontSize=s.subtitle, leading=s.lead(s.subtitle),
                                textColor=SECONDARY, spaceAfter=s.body * 0.6),
        status=ParagraphStyle("rd-status", base, spaceAfter=s.body * 0.9),
        heading=ParagraphStyle("rd-heading", base, fontName=BOLD, fontSize=s.heading,
                               leading=s.lead(s.heading) - 2, textColor=HEADING,
                               spaceBefore=s.heading * 1.25, spaceAfter=s.body * 0.45),
        body=ParagraphStyle("rd-body", base, spaceAfter=s.body * 0.55),
        empty=ParagraphStyle("rd-empty", base, textColor=SECONDARY, spaceAfter=s.body * 0.3),
        notes_label=ParagraphStyle("rd-notes-label", base, fontName=BOLD, fontSize=s.label,
                                   leading=s.lead(s.label), textColor=SECONDARY,
                                   leftIndent=pad, rightIndent=pad, spaceAfter=2),
        notes=ParagraphStyle("rd-notes", base, fontSize=s.small, leading=s.lead(s.small),
                             leftIndent=pad, rightIndent=pad, spaceAfter=s.small * 0.45),
        label=ParagraphStyle("rd-label", base, fontSize=s.label, leading=s.lead(s.label),
                             textColor=SECONDARY),
        value=ParagraphStyle("rd-value", base, fontSize=s.small, leading=s.lead(s.small)),
        table_head=ParagraphStyle("rd-table-head", base, fontName=BOLD, fontSize=s.label,
                                  leading=s.lead(s.label), textColor=SECONDARY),
    )


# ---- text ------------------------------------------------------------------------------------
_BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n+")
_CONTROL = {c: None for c in range(0x20) if chr(c) not in "\n\t"} | {0x7F: None}


def printable(text: str) -> str:
    """Normalise line endings and drop control characters reportlab's parser cannot take."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return text.translate(_CONTROL).replace("\t", "    ")


def markup(text: str) -> str:
    """Text as reportlab mini-markup: escaped, with its line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """One Paragraph per blank-line-separated block (each can split across pages)."""
    blocks = [b.strip("\n") for b in _BLANK_LINES.split(printable(text))]
    return [Paragraph(markup(b), style) for b in blocks if b.strip()]


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(printable(text)), style)


# ---- page furniture --------------------------------------------------------------------------
@dataclass(frozen=True)
class Furniture:
    """What is drawn on every page once the page count is known."""

    left_top: str  # "Joint crisis plan for Siân · Version 3 · Agreed 21/11/2026"
    status_word: str  # "DRAFT", "SUPERSEDED" or ""
    left_bottom: str  # "Printed on 21/11/2026"
    mark: str  # the diagonal marking, or ""
    size: float  # footer type size


def footer_lines(size: float) -> tuple[float, float, float]:
    """Baselines of the footer's two lines and the height of the rule above them."""
    second = 9 * mm
    first = second + size * 1.45
    rule = first + size + 1.5 * mm
    return second, first, rule


def frame_bottom(size: float) -> float:
    return max(MARGIN, footer_lines(size)[2] + 4 * mm)


class HouseCanvas(Canvas):
    """A canvas that holds back each page until the end, so every page can say "of y".

    The footer and the diagonal marking are drawn last, on top of the page's content; the
    marking is translucent, so the text under it stays readable.
    """

    def __init__(self, *args, furniture: Furniture, pages_out: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._pages_out = pages_out
        self._held: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._held)
        self._pages_out.append(total)
        for state in self._held:
            self.__dict__.update(state)
            self._draw_footer(total)
            if self._furniture.mark:
                self._draw_mark(self._furniture.mark)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        f = self._furniture
        size = f.size
        width = PAGE_WIDTH - 2 * MARGIN
        second_y, first_y, rule_y = footer_lines(size)
        right = f"Page {self._pageNumber} of {total}"

        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)

        self.setFillColor(TEXT)
        self.setFont(BOLD, size)
        self.drawRightString(PAGE_WIDTH - MARGIN, first_y, right)
        room = width - stringWidth(right, BOLD, size) - 6 * mm
        left_parts = [(f.left_top, REGULAR, TEXT)]
        if f.status_word:
            left_parts.append((" · " + f.status_word, BOLD, MARK_RED))
        left_size = size
        while left_size > 6 and sum(stringWidth(t, fn, left_size) for t, fn, _ in left_parts) > room:
            left_size -= 0.5
        x = MARGIN
        for text, font_name, colour in left_parts:
            self.setFont(font_name, left_size)
            self.setFillColor(colour)
            self.drawString(x, first_y, text)
            x += stringWidth(text, font_name, left_size)

        self.setFont(REGULAR, size)
        self.setFillColor(SECONDARY)
        self.drawString(MARGIN, second_y, f.left_bottom)
        self.restoreState()

    def _draw_mark(self, text: str) -> None:
        """The marking along the page's diagonal: one line, or two when one would be small."""
        angle = math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH))
        diagonal = math.hypot(PAGE_WIDTH, PAGE_HEIGHT)
        lines = [text]
        size = min(96.0, 0.78 * diagonal / stringWidth(text, BOLD, 1))
        if size < 56 and " — " in text:
            head, tail = text.split(" — ", 1)
            lines = [f"{head} —", tail]
            size = min(96.0, 0.66 * diagonal / max(stringWidth(line, BOLD, 1) for line in lines))
        line_gap = size * 1.08
        self.saveState()
        self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        self.rotate(angle)
        self.setFillColor(MARK_RED, alpha=MARK_ALPHA)
        self.setStrokeColor(MARK_RED, alpha=MARK_ALPHA * 1.6)
        self.setLineWidth(0.8)
        # centre the block of lines on the diagonal (cap height is about 0.73 em)
        first_baseline = (len(lines) - 1) * line_gap / 2 - 0.36 * size
        for i, line in enumerate(lines):
            text_object = self.beginText()
            text_object.setTextRenderMode(2)  # fill and outline: crisper edges when printed
            text_object.setFont(BOLD, size)
            text_object.setTextOrigin(-stringWidth(line, BOLD, size) / 2, first_baseline - i * line_gap)
            text_object.textOut(line)
            self.drawText(text_object)
        self.restoreState()


def room_for(st: Styles, lines: int = 3, *, heading: bool = False, notes: bool = False) -> CondPageBreak:
    """Start a new page unless there is room for a heading or label and a few lines after it.

    Used instead of keepWithNext, which would carry a whole long paragraph to the next page
    and leave a gap; here the text splits and flows on, but never leaves a heading, or an
    empty notes box, alone at the foot of a page.
    """
    s = st.sizes
    room = lines * s.lead(s.small if notes else s.body)
    if heading:
        room += st.heading.spaceBefore + st.heading.leading + st.heading.spaceAfter
    if notes:
        room += st.notes_label.leading + s.small * 1.5
    return CondPageBreak(room)


def section_heading(text: str, st: Styles, lines: int = 3) -> list[Flowable]:
    return [room_for(st, lines, heading=True), para(text, st.heading)]


def label_table(rows: Iterable[tuple[str, str]], st: Styles, *, header: tuple[str, ...] = (),
                col_fractions: tuple[float, ...] = (0.32, 0.68)) -> Table:
    width = PAGE_WIDTH - 2 * MARGIN
    data: list[list[Flowable]] = []
    if header:
        data.append([para(h, st.table_head) for h in header])
    for row in rows:
        data.append([para(cell, st.label if i == 0 and not header else st.value) for i, cell in enumerate(row)])
    table = Table(data, colWidths=[f * width for f in col_fractions], hAlign="LEFT", repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.9, SECONDARY))
    table.setStyle(TableStyle(style))
    return table


def build_document(story: list[Flowable], destination: str | Path | BinaryIO, furniture: Furniture,
                   st: Styles, *, title: str, subject: str) -> int:
    """Lay ``story`` out on A4 with the house footer (and marking) on every page; returns the page count.

    Shared by every printed document, so they all have the same margins, footer and metadata.
    """
    pages_out: list[int] = []

    def canvas_maker(*args, **kwargs) -> HouseCanvas:
        return HouseCanvas(*args, furniture=furniture, pages_out=pages_out, **kwargs)

    target = str(destination) if isinstance(destination, Path) else destination
    bottom = frame_bottom(st.sizes.footer)
    doc = BaseDocTemplate(
        target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=bottom,
        title=title, author="Recovery Desk", subject=subject,
        creator="Recovery Desk", producer="Recovery Desk", keywords=[], lang="en-GB",
        displayDocTitle=True, initialFontName=REGULAR, initialFontSize=st.sizes.body,
    )
    frame = Frame(MARGIN, bottom, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - MARGIN - bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="body", frames=[frame])])
    doc.build(story, canvasmaker=canvas_maker)
    return pages_out[-1] if pages_out else 0


__all__ = [
    "PAGE_WIDTH", "PAGE_HEIGHT", "MARGIN", "TEXT", "HEADING", "SECONDARY", "RULE", "BOX_FILL", "NOTES_FILL",
    "MARK_RED", "MARK_ALPHA", "STANDARD", "LARGE", "RenderResult", "Sizes", "Styles", "make_styles", "printable",
    "markup", "paragraphs", "para", "Furniture", "footer_lines", "frame_bottom", "HouseCanvas", "room_for",
    "section_heading", "label_table", "build_document",
]
