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

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import FrameBG

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.nhs import format_nhs_number
from recovery_desk.printing.fonts import BOLD, REGULAR, register_fonts, unprintable_characters
from recovery_desk.printing.house import (
    BOX_FILL,
    MARGIN,
    NOTES_FILL,
    PAGE_WIDTH,
    RULE,
    STANDARD,
    TEXT,
    Furniture,
    RenderResult,
    Styles,
    build_document,
    label_table,
    make_styles,
    para,
    paragraphs,
    printable,
    room_for,
    section_heading,
)
from recovery_desk.services.crisis_plan_views import DRAFT, SUPERSEDED, CrisisPlanView, PlanSection

__all__ = ["RenderResult", "render_crisis_plan", "DRAFT_MARK", "SUPERSEDED_MARK", "NOTES_LABEL"]

DRAFT_MARK = "DRAFT — not agreed"
SUPERSEDED_MARK = "SUPERSEDED — not the current plan"
NOTES_LABEL = "Notes from the team"
NOTHING_YET = "Nothing written yet."
NOTHING = "Nothing written."

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


def _details_box(plan: CrisisPlanView, st: Styles, large_print: bool) -> Table:
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
    cells = [(para(label, st.label), para(value, st.value)) for label, value in rows]
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


def _notes_box(notes: str, st: Styles) -> list[Flowable]:
    """The team's notes in a shaded box that can run on over a page break."""
    gap = st.sizes.small * 0.5
    return [
        Spacer(1, st.sizes.body * 0.35),
        room_for(st, 2, notes=True),
        FrameBG(color=NOTES_FILL, left=0, right=0, start=True, strokeColor=RULE, strokeWidth=0.6),
        Spacer(1, gap),
        para(NOTES_LABEL, st.notes_label),
        *paragraphs(notes, st.notes),
        Spacer(1, gap * 0.4),
        FrameBG(start=False),
        Spacer(1, st.sizes.body * 0.3),
    ]


def _should_print(section: PlanSection, plan: CrisisPlanView) -> bool:
    if plan.status == DRAFT or section.required_to_agree:
        return True
    return not section.is_empty


def _section(section: PlanSection, plan: CrisisPlanView, st: Styles) -> list[Flowable]:
    flow: list[Flowable] = section_heading(section.title, st)
    words = paragraphs(section.their_words, st.body)
    notes = section.staff_notes.strip()
    if words:
        flow.extend(words)
    elif not notes:
        flow.append(para(NOTHING_YET if plan.status == DRAFT else NOTHING, st.empty))
    if notes:
        flow.extend(_notes_box(section.staff_notes, st))
    return flow


def _who_took_part(plan: CrisisPlanView, st: Styles) -> list[Flowable]:
    rows = [
        ("Me", "Yes, I took part" if plan.person_took_part else "No, I did not take part"),
        ("Care coordinator", plan.care_coordinator or "Not recorded"),
        ("Facilitator", plan.facilitator.strip() or "None"),
        ("Supporters involved", plan.supporters_involved.strip() or "None"),
    ]
    return [*section_heading("Who took part in making this plan", st, 4), label_table(rows, st)]


def _copies(plan: CrisisPlanView, st: Styles) -> list[Flowable]:
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
        *section_heading("Who has a copy", st, 4),
        label_table(rows, st, header=("Who", "Which version", "Given on"), col_fractions=fractions),
    ]


def _signatures(plan: CrisisPlanView, st: Styles) -> list[Flowable]:
    """Two form-style rows: the label above a line to sign on, and a date beside it."""
    s = st.sizes
    width = PAGE_WIDTH - 2 * MARGIN
    sign_space = s.lead(s.small) + s.body * 2.4  # label, then room for a handwritten signature
    rows = [
        [para("Signed (me)", st.value), "", para("Date", st.value)],
        ["", "", ""],
        [para("Signed (care coordinator)", st.value), "", para("Date", st.value)],
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
        para("Signatures", st.heading),
        para("Signing shows that we made this plan together and agree with it.", st.body),
        Spacer(1, s.body * 0.5),
        table,
        Spacer(1, s.body * 0.5),
        para(f"Care coordinator: {coordinator}", st.value),
    ]
    return [KeepTogether(block)]


def _story(plan: CrisisPlanView, st: Styles, large_print: bool) -> list[Flowable]:
    story: list[Flowable] = [
        para(plan.called or plan.person_name, st.name),
        para("My joint crisis plan", st.subtitle),
        para(_status_line(plan), st.status),
        _details_box(plan, st, large_print),
        Spacer(1, st.sizes.body * 0.6),
    ]
    for section in plan.sections:
        if _should_print(section, plan):
            story.extend(_section(section, plan, st))
    if plan.not_agreed.strip():
        story.extend(section_heading("Things we could not agree on", st))
        story.extend(paragraphs(plan.not_agreed, st.body))
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
    missing = dict.fromkeys(unprintable_characters(printable("\n".join(regular)), REGULAR))
    missing.update(dict.fromkeys(unprintable_characters(printable("\n".join(bold)), BOLD)))
    return list(missing)


def render_crisis_plan(plan: CrisisPlanView, destination: str | Path | BinaryIO, *,
                       large_print: bool = False, printed_on: date) -> RenderResult:
    """Write the plan as an A4 PDF to ``destination`` (a path or a binary file object)."""
    register_fonts()
    st = make_styles(large_print)
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
    furniture = Furniture(
        left_top=left_top, status_word=status_word, left_bottom=f"Printed on {uk_date(printed_on)}",
        mark=mark, size=st.sizes.footer,
    )
    pages = build_document(_story(plan, st, large_print), destination, furniture, st,
                           title=f"Joint crisis plan — {called}", subject="Joint crisis plan")
    return RenderResult(pages=pages, unprintable=_unprintable(plan))
