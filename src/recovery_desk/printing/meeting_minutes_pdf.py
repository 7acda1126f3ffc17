"""The minutes of a team meeting: the team's own record, printed or saved as a PDF.

The minutes stay inside the team, so people are named in full. They share the crisis
plan's house style (A4, the bundled font embedded, the same type sizes, colours, helpers
and page footer) and read:

* "Team meeting — 21/11/2026", the team's name, then who chaired, who was present, who
  wore the recovery hat and how many people were reviewed;
* one section per person reviewed, in agenda order: their name, why they were on the
  agenda, who wore the hat for them when it was passed on, then the notes under each
  review step's title, the actions agreed (what, who, by when, for which goal) under
  "Actions", and the next review date under "Next review". Steps with nothing written are
  left out, so thirty reviews stay readable;
* the people skipped or not reached, listed apart with why they were on the agenda;
* on every page a footer: the meeting's date, "Confidential — team record", the printed-on
  date and "Page x of y".

Long notes flow from page to page; nothing is cut off. Characters the font cannot draw are
listed in :attr:`RenderResult.unprintable`, as for the crisis plan.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.flowables import HRFlowable

from recovery_desk.domain.dates import uk_date
from recovery_desk.printing.fonts import BOLD, REGULAR, register_fonts, unprintable_characters
from recovery_desk.printing.house import (
    BOX_FILL,
    HEADING,
    RULE,
    SECONDARY,
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
from recovery_desk.services.meeting_views import MeetingMinutes, MinutesReview

__all__ = ["RenderResult", "render_minutes", "CONFIDENTIAL", "NOT_REVIEWED", "title_for"]

CONFIDENTIAL = "Confidential — team record"
NOT_REVIEWED = "Not reviewed at this meeting"
NO_NOTES = "No notes were written at this review."
ACTIONS_STEP = "actions"
NEXT_REVIEW_STEP = "next_review"
ACTION_COLUMNS = ("Action", "Who", "By when", "For goal")
ACTION_FRACTIONS = (0.42, 0.19, 0.16, 0.23)


def title_for(minutes: MeetingMinutes) -> str:
    return f"Team meeting — {uk_date(minutes.held_on)}"


# ---- styles ------------------------------------------------------------------------------------
def _minutes_styles() -> tuple[Styles, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """The crisis plan's standard styles, plus a smaller title, a person heading and a step label."""
    st = make_styles(False)
    s = st.sizes
    title = ParagraphStyle("rd-minutes-title", st.name, fontSize=24, leading=28, spaceAfter=2)
    person = ParagraphStyle("rd-minutes-person", st.heading, fontSize=15, leading=s.lead(15),
                            spaceBefore=0, spaceAfter=1)
    step = ParagraphStyle("rd-minutes-step", st.body, fontName=BOLD, textColor=SECONDARY,
                          spaceBefore=s.body * 0.5, spaceAfter=1)
    return st, title, person, step


# ---- blocks of the document ------------------------------------------------------------------
def _people(count: int) -> str:
    return "1 person" if count == 1 else f"{count} people"


def _summary_table(minutes: MeetingMinutes, st: Styles) -> Flowable:
    hat = minutes.hat_wearer or "Not recorded"
    if minutes.hat_passed:
        hat += " (passed on for some reviews: see each person)"
    on_agenda = len(minutes.reviews) + len(minutes.not_reviewed)
    rows = [
        ("Chair", minutes.chair or "Not recorded"),
        ("Present", ", ".join(minutes.present) or "Not recorded"),
        ("Recovery hat", hat),
        ("Reviewed", f"{_people(len(minutes.reviews))} of {on_agenda} on the agenda"),
    ]
    table = label_table(rows, st, col_fractions=(0.2, 0.8))
    pad = 3 * mm
    table.setStyle([
        ("BACKGROUND", (0, 0), (-1, -1), BOX_FILL),
        ("BOX", (0, 0), (-1, -1), 0.75, RULE),
        ("LINEBELOW", (0, 0), (-1, -1), 0, BOX_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, 0), pad),
        ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
    ])
    return table


def _actions_table(review: MinutesReview, st: Styles) -> Flowable:
    rows = [(a.description, a.owner, uk_date(a.due_on), a.goal or "—") for a in review.actions]
    table = label_table(rows, st, header=ACTION_COLUMNS, col_fractions=ACTION_FRACTIONS)
    table.splitInRow = 1  # a very long action runs on over the page instead of failing to fit
    return table


def _review(review: MinutesReview, minutes: MeetingMinutes, st: Styles, person: ParagraphStyle,
            step_style: ParagraphStyle) -> list[Flowable]:
    s = st.sizes
    facts = [f"On the agenda: {'; '.join(review.reasons)}" if review.reasons else "Added to the agenda"]
    if minutes.hat_passed or minutes.hat_per_person:
        facts.append(f"Recovery hat: {review.hat_wearer or 'not recorded'}")
    body: list[Flowable] = []
    wrote_anything = False
    for step in review.steps:
        notes = paragraphs(step.notes, st.body)
        table = _actions_table(review, st) if step.key == ACTIONS_STEP and review.actions else None
        wrote_anything = wrote_anything or bool(notes)
        if step.key == NEXT_REVIEW_STEP:
            notes.insert(0, para(uk_date(review.next_review_on) or "Not set at this meeting", st.body))
        if not notes and table is None:
            continue
        body.extend([room_for(st, 3), para(step.title, step_style), *notes])
        if table is not None:
            body.extend([Spacer(1, s.body * 0.2), table, Spacer(1, s.body * 0.4)])
    return [
        room_for(st, 6, heading=True),
        HRFlowable(width="100%", thickness=1.2, color=HEADING, spaceBefore=s.body * 1.2, spaceAfter=s.body * 0.5),
        para(review.name, person),
        para(" · ".join(facts), st.label),
        *([] if wrote_anything else [para(NO_NOTES, st.empty)]),
        *body,
    ]


def _not_reviewed(minutes: MeetingMinutes, st: Styles) -> list[Flowable]:
    if not minutes.not_reviewed:
        return []
    rows = [(n.name, "; ".join(n.reasons) or "Added to the agenda", "Skipped" if n.skipped else "Not reached")
            for n in minutes.not_reviewed]
    return [
        Spacer(1, st.sizes.body * 0.8),
        *section_heading(NOT_REVIEWED, st, 4),
        para("They stay on the caseload and can go on the next agenda.", st.label),
        Spacer(1, st.sizes.body * 0.3),
        label_table(rows, st, header=("Person", "Why they were on the agenda", "What happened"),
                    col_fractions=(0.34, 0.46, 0.2)),
    ]


def _story(minutes: MeetingMinutes, st: Styles, title: ParagraphStyle, person: ParagraphStyle,
           step: ParagraphStyle) -> list[Flowable]:
    lead = " · ".join(x for x in ("Minutes", minutes.team) if x)
    story: list[Flowable] = [para(title_for(minutes), title), para(lead, st.subtitle)]
    if not minutes.finished:
        story.append(para("This meeting has not been finished yet, so these minutes may still change.", st.status))
    story.append(_summary_table(minutes, st))
    if not minutes.reviews:
        story.append(para("Nobody was reviewed at this meeting.", st.empty))
    for review in minutes.reviews:
        story.extend(_review(review, minutes, st, person, step))
    story.extend(_not_reviewed(minutes, st))
    return story


# ---- what is printed, and what cannot be ---------------------------------------------------
def _unprintable(minutes: MeetingMinutes) -> list[str]:
    regular = [minutes.team, minutes.chair, minutes.hat_wearer, *minutes.present]
    bold = [*(r.name for r in minutes.reviews)]
    for review in minutes.reviews:
        regular.extend((*review.reasons, review.hat_wearer, *(step.notes for step in review.steps)))
        bold.extend(step.title for step in review.steps if step.notes.strip())
        for action in review.actions:
            regular.extend((action.description, action.owner, action.goal))
    for other in minutes.not_reviewed:
        regular.extend((other.name, *other.reasons))
    missing = dict.fromkeys(unprintable_characters(printable("\n".join(regular)), REGULAR))
    missing.update(dict.fromkeys(unprintable_characters(printable("\n".join(bold)), BOLD)))
    return list(missing)


def render_minutes(minutes: MeetingMinutes, destination: str | Path | BinaryIO, *, printed_on: date) -> RenderResult:
    """Write the minutes as an A4 PDF to ``destination`` (a path or a binary file object)."""
    register_fonts()
    st, title, person, step = _minutes_styles()
    furniture = Furniture(left_top=f"Team meeting minutes — {uk_date(minutes.held_on)}", status_word=CONFIDENTIAL,
                          left_bottom=f"Printed on {uk_date(printed_on)}", mark="", size=st.sizes.footer)
    pages = build_document(_story(minutes, st, title, person, step), destination, furniture, st,
                           title=title_for(minutes), subject="Team meeting minutes")
    return RenderResult(pages=pages, unprintable=_unprintable(minutes))
