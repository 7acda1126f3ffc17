"""The printed joint crisis plan: the copy the person owns.

A4, plain language, the bundled font embedded everywhere, and made to be read on paper:

* page one opens with the name the person likes to be called, large, then a small box of
  details (full name, date of birth, NHS number, care coordinator, version, agreed or draft,
  review date);
* every section in the order of the screen, under the screen's headings: the person's words
  as ordinary text, and the team's notes set apart in a grey box labelled "Notes from the
  team";
* anything the team could not agree to, who took part, who has a copy, and lines to sign;
* on every page a footer with the name, version, agreed date or DRAFT, the printed-on date
  and "Page x of y"; a draft or superseded plan carries a large diagonal marking on every
  page, so an old or unagreed plan can never pass for the current one.

Long text flows from page to page; nothing is cut off. Characters the font cannot draw print
as an empty box and are listed in :attr:`RenderResult.unprintable`, so the screen can say
which ones before the person is handed the paper.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
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
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import FrameBG

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.nhs import format_nhs_number
from recovery_desk.printing.fonts import BOLD, REGULAR, register_fonts, unprintable_characters
from recovery_desk.services.crisis_plan_views import DRAFT, SUPERSEDED, CrisisPlanView, PlanSection

__all__ = ["RenderResult", "render_crisis_plan", "DRAFT_MARK", "SUPERSEDED_MARK", "NOTES_LABEL"]

DRAFT_MARK = "DRAFT — not agreed"
SUPERSEDED_MARK = "SUPERSEDED — not the current plan"
NOTES_LABEL = "Notes from the team"
NOTHING_YET = "Nothing written yet."
NOTHING = "Nothing written."

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
class _Sizes:
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


STANDARD = _Sizes(name=30, subtitle=16, heading=14, body=11, small=10, label=9.5, footer=8.5)
LARGE = _Sizes(name=40, subtitle=22, heading=20, body=16, small=16, label=16, footer=12)


# ---- styles ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Styles:
    sizes: _Sizes
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


def _styles(large_print: bool) -> _Styles:
    s = LARGE if large_print else STANDARD
    base = ParagraphStyle(
        "rd-base", fontName=REGULAR, fontSize=s.body, leading=s.lead(s.body), textColor=TEXT,
        alignment=TA_LEFT, splitLongWords=1,
    )
    pad = 3 * mm
    return _Styles(
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


def _clean(text: str) -> str:
    """Normalise line endings and drop control characters reportlab's parser cannot take."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return text.translate(_CONTROL).replace("\t", "    ")


def _markup(text: str) -> str:
    """Text as reportlab mini-markup: escaped, with its line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def _paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """One Paragraph per blank-line-separated block (each can split across pages)."""
    blocks = [b.strip("\n") for b in _BLANK_LINES.split(_clean(text))]
    return [Paragraph(_markup(b), style) for b in blocks if b.strip()]


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_markup(_clean(text)), style)


# ---- page furniture --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Furniture:
    """What is drawn on every page once the page count is known."""

    left_top: str  # "Joint crisis plan for Siân · Version 3 · Agreed 21/11/2026"
    status_word: str  # "DRAFT", "SUPERSEDED" or ""
    left_bottom: str  # "Printed on 21/11/2026"
    mark: str  # the diagonal marking, or ""
    size: float  # footer type size


def _footer_lines(size: float) -> tuple[float, float, float]:
    """Baselines of the footer's two lines and the height of the rule above them."""
    second = 9 * mm
    first = second + size * 1.45
    rule = first + size + 1.5 * mm
    return second, first, rule


def _frame_bottom(size: float) -> float:
    return max(MARGIN, _footer_lines(size)[2] + 4 * mm)


class _PlanCanvas(Canvas):
    """A canvas that holds back each page until the end, so every page can say "of y".

    The footer and the diagonal marking are drawn last, on top of the page's content; the
    marking is translucent, so the text under it stays readable.
    """

    def __init__(self, *args, furniture: _Furniture, pages_out: list[int], **kwargs):
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
        second_y, first_y, rule_y = _footer_lines(size)
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


# ---- blocks of the document ------------------------------------------------------------------
def _status_line(plan: CrisisPlanView) -> str:
    if plan.status == DRAFT:
        return "This is a draft. It has not been agreed yet, so it may still change."
    if plan.status == SUPERSEDED:
        agreed = f" agreed on {uk_date(plan.agreed_on)}" if plan.agreed_on else ""
        return f"This version{agreed} has been replaced by a newer plan. Please use the current plan."
    if plan.agreed_on:
        review = f" It will be looked at again by {uk_date(plan.review_by)}." if plan.review_by else ""
        return f"We agreed this plan on {uk_date(plan.agreed_on)}.{review}"
    return "This plan has been agreed."


def _agreed_text(plan: CrisisPlanView) -> str:
    if plan.status == DRAFT:
        return "Not yet agreed — draft"
    return uk_date(plan.agreed_on) if plan.agreed_on else "Agreed (date not recorded)"


def _details_box(plan: CrisisPlanView, st: _Styles, large_print: bool) -> Table:
    not_recorded = "Not recorded"
    rows = [
        ("Full name", plan.person_name or not_recorded),
        ("Date of birth", uk_date(plan.date_of_birth) or not_recorded),
        ("NHS number", format_nhs_number(plan.nhs_number) or not_recorded),
        ("Care coordinator", plan.care_coordinator or not_recorded),
        ("Version", str(plan.version_no)),
        ("Agreed on", _agreed_text(plan)),
        ("Review by", uk_date(plan.review_by) or "Not set"),
    ]
    width = PAGE_WIDTH - 2 * MARGIN
    cells = [(_p(label, st.label), _p(value, st.value)) for label, value in rows]
    if large_print:
        data = [list(pair) for pair in cells]
        col_widths = [0.36 * width, 0.64 * width]
    else:  # two pairs to a row keeps the box small on page one
        data = []
        half = (len(cells) + 1) // 2
        for i in range(half):
            left = list(cells[i])
            right = list(cells[half + i]) if half + i < len(cells) else ["", ""]
            data.append(left + right)
        col_widths = [0.19 * width, 0.31 * width, 0.17 * width, 0.33 * width]
    pad = 2.2 * mm if not large_print else 2.8 * mm
    table = Table(data, colWidths=col_widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, -1), BOX_FILL),
        ("BOX", (0, 0), (-1, -1), 0.75, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad / 2),
        ("TOPPADDING", (0, 0), (-1, -1), pad / 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad / 2),
        ("TOPPADDING", (0, 0), (-1, 0), pad),
        ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
    ]))
    return table


def _room_for(st: _Styles, lines: int = 3, *, heading: bool = False, notes: bool = False) -> CondPageBreak:
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


def _heading(text: str, st: _Styles, lines: int = 3) -> list[Flowable]:
    return [_room_for(st, lines, heading=True), _p(text, st.heading)]


def _notes_box(notes: str, st: _Styles) -> list[Flowable]:
    """The team's notes in a shaded box that can run on over a page break."""
    gap = st.sizes.small * 0.5
    return [
        Spacer(1, st.sizes.body * 0.35),
        _room_for(st, 2, notes=True),
        FrameBG(color=NOTES_FILL, left=0, right=0, start=True, strokeColor=RULE, strokeWidth=0.6),
        Spacer(1, gap),
        _p(NOTES_LABEL, st.notes_label),
        *_paragraphs(notes, st.notes),
        Spacer(1, gap * 0.4),
        FrameBG(start=False),
        Spacer(1, st.sizes.body * 0.3),
    ]


def _should_print(section: PlanSection, plan: CrisisPlanView) -> bool:
    if plan.status == DRAFT or section.required_to_agree:
        return True
    return not section.is_empty


def _section(section: PlanSection, plan: CrisisPlanView, st: _Styles) -> list[Flowable]:
    flow: list[Flowable] = _heading(section.title, st)
    words = _paragraphs(section.their_words, st.body)
    notes = section.staff_notes.strip()
    if words:
        flow.extend(words)
    elif not notes:
        flow.append(_p(NOTHING_YET if plan.status == DRAFT else NOTHING, st.empty))
    if notes:
        flow.extend(_notes_box(section.staff_notes, st))
    return flow


def _label_table(rows: Iterable[tuple[str, str]], st: _Styles, *, header: tuple[str, ...] = (),
                 col_fractions: tuple[float, ...] = (0.32, 0.68)) -> Table:
    width = PAGE_WIDTH - 2 * MARGIN
    data: list[list[Flowable]] = []
    if header:
        data.append([_p(h, st.table_head) for h in header])
    for row in rows:
        data.append([_p(cell, st.label if i == 0 and not header else st.value) for i, cell in enumerate(row)])
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


def _who_took_part(plan: CrisisPlanView, st: _Styles) -> list[Flowable]:
    rows = [
        ("Me", "Yes, I took part" if plan.person_took_part else "No, I did not take part"),
        ("Care coordinator", plan.care_coordinator or "Not recorded"),
        ("Facilitator", plan.facilitator.strip() or "None"),
        ("Supporters involved", plan.supporters_involved.strip() or "None"),
    ]
    return [*_heading("Who took part in making this plan", st, 4), _label_table(rows, st)]


def _copies(plan: CrisisPlanView, st: _Styles) -> list[Flowable]:
    if not plan.copies:
        return []
    fractions = (0.46, 0.3, 0.24) if st.sizes is STANDARD else (0.4, 0.36, 0.24)
    rows = []
    for copy in plan.copies:
        version = f"Version {copy.plan_version_no}"
        if copy.out_of_date:
            version += " (out of date)"
        rows.append((copy.holder, version, uk_date(copy.given_on) or "Not yet given"))
    return [
        *_heading("Who has a copy", st, 4),
        _label_table(rows, st, header=("Who", "Which version", "Given on"), col_fractions=fractions),
    ]


def _signatures(plan: CrisisPlanView, st: _Styles) -> list[Flowable]:
    """Two form-style rows: the label above a line to sign on, and a date beside it."""
    s = st.sizes
    width = PAGE_WIDTH - 2 * MARGIN
    sign_space = s.lead(s.small) + s.body * 2.4  # label, then room for a handwritten signature
    rows = [
        [_p("Signed (me)", st.value), "", _p("Date", st.value)],
        ["", "", ""],
        [_p("Signed (care coordinator)", st.value), "", _p("Date", st.value)],
    ]
    table = Table(rows, colWidths=[0.62 * width, 0.06 * width, 0.32 * width],
                  rowHeights=[sign_space, s.body * 1.1, sign_space], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (0, 0), 0.8, TEXT),
        ("LINEBELOW", (2, 0), (2, 0), 0.8, TEXT),
        ("LINEBELOW", (0, 2), (0, 2), 0.8, TEXT),
        ("LINEBELOW", (2, 2), (2, 2), 0.8, TEXT),
    ]))
    coordinator = plan.care_coordinator or "Not recorded"
    block = [
        _p("Signatures", st.heading),
        _p("Signing shows that we made this plan together and agree with it.", st.body),
        Spacer(1, s.body * 0.5),
        table,
        Spacer(1, s.body * 0.5),
        _p(f"Care coordinator: {coordinator}", st.value),
    ]
    return [KeepTogether(block)]


def _story(plan: CrisisPlanView, st: _Styles, large_print: bool) -> list[Flowable]:
    story: list[Flowable] = [
        _p(plan.called or plan.person_name, st.name),
        _p("My joint crisis plan", st.subtitle),
        _p(_status_line(plan), st.status),
        _details_box(plan, st, large_print),
        Spacer(1, st.sizes.body * 0.6),
    ]
    for section in plan.sections:
        if _should_print(section, plan):
            story.extend(_section(section, plan, st))
    if plan.not_agreed.strip():
        story.extend(_heading("Things we could not agree on", st))
        story.extend(_paragraphs(plan.not_agreed, st.body))
    story.extend(_who_took_part(plan, st))
    story.extend(_copies(plan, st))
    story.extend(_signatures(plan, st))
    return story


# ---- what is printed, and what cannot be ---------------------------------------------------
def _printed_texts(plan: CrisisPlanView) -> tuple[list[str], list[str]]:
    """(text set in the regular face, text set in the bold face)."""
    printed = [s for s in plan.sections if _should_print(s, plan)]
    regular = [plan.called, plan.person_name, plan.care_coordinator, plan.facilitator,  # called: footer
               plan.supporters_involved, plan.not_agreed]
    bold = [plan.called, *(s.title for s in printed)]
    for section in printed:
        regular.extend((section.their_words, section.staff_notes))
    regular.extend(c.holder for c in plan.copies)
    return regular, bold


def _unprintable(plan: CrisisPlanView) -> list[str]:
    regular, bold = _printed_texts(plan)
    missing = dict.fromkeys(unprintable_characters(_clean("\n".join(regular)), REGULAR))
    missing.update(dict.fromkeys(unprintable_characters(_clean("\n".join(bold)), BOLD)))
    return list(missing)


def render_crisis_plan(plan: CrisisPlanView, destination: str | Path | BinaryIO, *,
                       large_print: bool = False, printed_on: date) -> RenderResult:
    """Write the plan as an A4 PDF to ``destination`` (a path or a binary file object)."""
    register_fonts()
    st = _styles(large_print)
    called = plan.called or plan.person_name
    if plan.status == DRAFT:
        agreed, status_word, mark = "", "DRAFT", DRAFT_MARK
    elif plan.status == SUPERSEDED:
        agreed = f"Agreed {uk_date(plan.agreed_on)}" if plan.agreed_on else "Agreed"
        status_word, mark = "SUPERSEDED", SUPERSEDED_MARK
    else:
        agreed = f"Agreed {uk_date(plan.agreed_on)}" if plan.agreed_on else "Agreed"
        status_word, mark = "", ""
    left_top = " · ".join(p for p in (f"Joint crisis plan for {called}", f"Version {plan.version_no}", agreed) if p)
    furniture = _Furniture(
        left_top=left_top, status_word=status_word, left_bottom=f"Printed on {uk_date(printed_on)}",
        mark=mark, size=st.sizes.footer,
    )
    pages = _build_document(_story(plan, st, large_print), destination, furniture, st,
                            title=f"Joint crisis plan — {called}", subject="Joint crisis plan")
    return RenderResult(pages=pages, unprintable=_unprintable(plan))


def _build_document(story: list[Flowable], destination: str | Path | BinaryIO, furniture: _Furniture,
                    st: _Styles, *, title: str, subject: str) -> int:
    """Lay ``story`` out on A4 with the house footer (and marking) on every page; returns the page count.

    Shared by every printed document, so they all have the same margins, footer and metadata.
    """
    pages_out: list[int] = []

    def canvas_maker(*args, **kwargs) -> _PlanCanvas:
        return _PlanCanvas(*args, furniture=furniture, pages_out=pages_out, **kwargs)

    target = str(destination) if isinstance(destination, Path) else destination
    bottom = _frame_bottom(st.sizes.footer)
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
