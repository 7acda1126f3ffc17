"""The printed goals overview: the copy of their goals that the person keeps.

It shares the crisis plan's house style (A4, the bundled font embedded, the same type sizes,
colours and page footer) and reads, in the person's voice:

* page one opens with the name the person likes to be called, large, and "My goals";
* "What I'm working on": recovery goals being worked on or paused, each in the person's
  words, with why it matters, the life area, the target date, how ready they feel, the steps
  (who and when, a tick and the date for those done), positive risk-taking plans and the
  latest two progress notes. A date that has passed is said plainly and kindly: it is
  something worth talking about, not a failing;
* "What I've achieved": achieved goals with the date and the celebration note, set in a
  box of their own so they stay in view (100 Ways, action point 71);
* "Goals I've let go": short and neutral; letting a goal go is a choice;
* "What the service has agreed to do": the treatment goals, in the team's wording, only ever
  after the person's own goals and never among them (100 Ways, Section 5).

Long text flows from page to page; nothing is cut off. Characters the font cannot draw are
listed in :attr:`RenderResult.unprintable`, as for the crisis plan.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.flowables import FrameBG, HRFlowable

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.goals import GoalKind, GoalStatus, StepOwner
from recovery_desk.printing.fonts import BOLD, REGULAR, register_fonts, unprintable_characters
from recovery_desk.printing.house import (
    BOX_FILL,
    HEADING,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    SECONDARY,
    Furniture,
    HouseCanvas,
    RenderResult,
    Styles,
    frame_bottom,
    label_table,
    make_styles,
    markup,
    para,
    paragraphs,
    printable,
    room_for,
)
from recovery_desk.services.goal_views import GoalsOverview, GoalView, NoteView, RiskPlanView, StepView

__all__ = [
    "RenderResult",
    "render_goals_overview",
    "TITLE",
    "WORKING_ON",
    "ACHIEVED",
    "LET_GO",
    "SERVICE",
    "SOURCE_LINE",
    "GOAL_DATE_PASSED",
    "STEP_DATE_PASSED",
]

TITLE = "My goals"
WORKING_ON = "What I'm working on"
ACHIEVED = "What I've achieved"
LET_GO = "Goals I've let go"
SERVICE = "What the service has agreed to do"
SOURCE_LINE = "Based on 100 ways to support recovery (Slade, 2013)"

GOAL_DATE_PASSED = "target date passed — worth talking about"
STEP_DATE_PASSED = "date passed — worth talking about"
REVIEW_DUE = "time to look at how it is going"

DONE_MARK = "\u2713"  # ✓
OPEN_MARK = "\u2610"  # ☐ — a box the person can tick by hand
STAR = "\u2605"  # ★
NOTES_SHOWN = 2

# Extra colours, chosen like the crisis plan's to stay readable in black and white.
CELEBRATE = colors.HexColor("#00664A")  # a deep green: dark grey on a mono printer
CELEBRATE_FILL = colors.HexColor("#E7F3EC")
NUDGE_FILL = colors.HexColor("#FFF1C2")  # a soft highlight for dates that have passed


def _hex(colour: colors.Color) -> str:
    """``#4C6272``: a colour as paragraph mini-markup takes it."""
    return "#" + colour.hexval()[2:]


# ---- styles ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _GoalStyles:
    """The crisis plan's styles, plus the few this document needs on top."""

    base: Styles
    part: ParagraphStyle  # "What I'm working on"
    intro: ParagraphStyle  # a line under a part heading
    kicker: ParagraphStyle  # "My goal · Working on it"
    statement: ParagraphStyle  # the goal itself
    field: ParagraphStyle  # "Why it matters"
    fact: ParagraphStyle  # "Target date: 31/03/2027"
    box_fact: ParagraphStyle
    box_kicker: ParagraphStyle  # the same, inside a box
    box_statement: ParagraphStyle
    box_field: ParagraphStyle
    box_body: ParagraphStyle
    celebration: ParagraphStyle
    step: ParagraphStyle  # large print: one step as a line of its own
    step_detail: ParagraphStyle
    note_meta: ParagraphStyle
    note: ParagraphStyle
    let_go: ParagraphStyle
    source: ParagraphStyle


def _goal_styles(large_print: bool) -> _GoalStyles:
    st = make_styles(large_print)
    s = st.sizes
    pad = 3.5 * mm
    statement_size = 18 if large_print else 12.5
    part_size = 26 if large_print else 19
    kicker = ParagraphStyle("rd-goal-kicker", st.body, fontName=BOLD, fontSize=s.label, leading=s.lead(s.label),
                            textColor=SECONDARY, spaceBefore=0, spaceAfter=1)
    statement = ParagraphStyle("rd-goal-statement", st.body, fontName=BOLD, fontSize=statement_size,
                               leading=s.lead(statement_size), spaceAfter=s.body * 0.45)
    field = ParagraphStyle("rd-goal-field", st.body, fontName=BOLD, fontSize=s.label, leading=s.lead(s.label),
                           textColor=SECONDARY, spaceBefore=s.body * 0.25, spaceAfter=1)
    fact = ParagraphStyle("rd-goal-fact", st.body, spaceAfter=s.body * 0.15)

    def boxed(style: ParagraphStyle, name: str) -> ParagraphStyle:
        return ParagraphStyle(name, style, leftIndent=pad, rightIndent=pad)

    return _GoalStyles(
        base=st,
        part=ParagraphStyle("rd-goal-part", st.heading, fontSize=part_size, leading=part_size * 1.2,
                            spaceBefore=s.body * 1.6, spaceAfter=s.body * 0.3),
        intro=ParagraphStyle("rd-goal-intro", st.body, textColor=SECONDARY, spaceAfter=s.body * 0.5),
        kicker=kicker,
        statement=statement,
        field=field,
        fact=fact,
        box_fact=boxed(ParagraphStyle("rd-goal-box-fact", fact, spaceBefore=s.body * 0.25), "rd-goal-box-fact"),
        box_kicker=boxed(ParagraphStyle("rd-goal-box-kicker", kicker, textColor=CELEBRATE), "rd-goal-box-kicker"),
        box_statement=boxed(statement, "rd-goal-box-statement"),
        box_field=boxed(field, "rd-goal-box-field"),
        box_body=boxed(st.body, "rd-goal-box-body"),
        celebration=boxed(ParagraphStyle("rd-goal-celebration", st.body, fontSize=statement_size,
                                         leading=s.lead(statement_size), textColor=CELEBRATE,
                                         spaceAfter=s.body * 0.45), "rd-goal-celebration"),
        step=ParagraphStyle("rd-goal-step", st.body, leftIndent=s.body * 1.6, firstLineIndent=-s.body * 1.6,
                            spaceAfter=1),
        step_detail=ParagraphStyle("rd-goal-step-detail", st.value, leftIndent=s.body * 1.6, textColor=SECONDARY,
                                   spaceAfter=s.body * 0.5),
        note_meta=ParagraphStyle("rd-goal-note-meta", st.label, fontName=BOLD, spaceBefore=s.body * 0.2),
        note=ParagraphStyle("rd-goal-note", st.value, spaceAfter=s.small * 0.35),
        let_go=ParagraphStyle("rd-goal-let-go", st.body, leftIndent=s.body * 1.2, firstLineIndent=-s.body * 1.2,
                              spaceAfter=s.body * 0.5),
        source=ParagraphStyle("rd-goal-source", st.label, textColor=SECONDARY, spaceBefore=s.body * 2.2),
    )


# ---- small pieces ----------------------------------------------------------------------------
def _nudge(text: str) -> str:
    """A passed date said plainly, set on a soft highlight (mini-markup)."""
    return f'<font backColor="{_hex(NUDGE_FILL)}"><b>{markup(printable(text))}</b></font>'


def _markup_p(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from mini-markup the caller has already escaped."""
    return Paragraph(markup, style)


def _room_after(label: ParagraphStyle, gs: _GoalStyles, lines: int = 3) -> CondPageBreak:
    """Start a new page unless a small label and a few lines after it fit: a label is never
    left alone at the foot of a page (the text after it splits and flows on)."""
    s = gs.base.sizes
    return CondPageBreak(label.spaceBefore + label.leading + label.spaceAfter + lines * s.lead(s.body))


def _field(label: str, text: str, gs: _GoalStyles, *, boxed: bool = False) -> list[Flowable]:
    """A small label and the answer under it; the answer may run on over a page break."""
    if not text.strip():
        return []
    label_style, body_style = (gs.box_field, gs.box_body) if boxed else (gs.field, gs.base.body)
    return [_room_after(label_style, gs), para(label, label_style), *paragraphs(text, body_style)]


def _fact(label: str, value_markup: str, style: ParagraphStyle) -> Paragraph:
    """``Target date: 31/03/2027`` on one line: the label quiet, the value plain."""
    return _markup_p(f'<font color="{_hex(SECONDARY)}">{markup(label)}:</font> {value_markup}', style)


def _facts(goal: GoalView, gs: _GoalStyles, today: date, *, person: bool) -> list[Flowable]:
    """Life area, target date and readiness, one short line each."""
    lines: list[Paragraph] = []

    def line(label: str, value_markup: str) -> None:
        lines.append(_fact(label, value_markup, gs.fact))

    if goal.life_area.strip():
        line("Life area", markup(printable(goal.life_area.strip())))
    if goal.target_date is not None:
        value = markup(uk_date(goal.target_date))
        if goal.overdue(today):
            value += " — " + _nudge(GOAL_DATE_PASSED)
        line("Target date", value)
    elif goal.status in (GoalStatus.WORKING, GoalStatus.PAUSED):
        line("Target date", "not set yet")
    if person and goal.readiness is not None:
        line("How ready I feel", f"{goal.readiness} out of 10")
    if not lines:
        return []
    return [*lines, Spacer(1, gs.base.sizes.body * 0.2)]


def _kicker(goal: GoalView, who: str) -> str:
    if goal.status is GoalStatus.PAUSED:
        return f"{who} · Paused for now"
    return f"{who} · {goal.status.label}"


def _latest_notes(notes: Iterable[NoteView]) -> list[NoteView]:
    """The newest notes first; among notes written the same day, the one added last first."""
    ordered = sorted(enumerate(notes), key=lambda pair: (pair[1].written_on, pair[0]), reverse=True)
    return [note for _i, note in ordered[:NOTES_SHOWN]]


def _notes(goal: GoalView, gs: _GoalStyles, *, boxed: bool = False) -> list[Flowable]:
    latest = _latest_notes(goal.notes)
    if not latest:
        return []
    label = "Latest notes" if len(latest) > 1 else "Latest note"
    indent = 3.5 * mm if boxed else 0
    meta = ParagraphStyle("rd-goal-note-meta-i", gs.note_meta, leftIndent=indent, rightIndent=indent)
    body = ParagraphStyle("rd-goal-note-i", gs.note, leftIndent=indent, rightIndent=indent)
    label_style = gs.box_field if boxed else gs.field
    flow: list[Flowable] = [_room_after(label_style, gs), para(label, label_style)]
    for note in latest:
        author = f" · {note.author.strip()}" if note.author.strip() else ""
        flow.append(para(f"{uk_date(note.written_on)}{author}", meta))
        flow.extend(paragraphs(note.text, body))
    return flow


def _who(step: StepView) -> str:
    """The copy is the person's, so their own steps are "Me"; everyone else by name."""
    if step.who_kind is StepOwner.PERSON:
        return "Me"
    return step.who_name.strip() or "Not said"


def _when(step: StepView, today: date, *, nudge: bool) -> tuple[str, bool]:
    """("Done 02/10/2026", "By 06/11/2026" or "No date yet"; whether the date has passed with
    the step still to do, and ``nudge`` says that is worth saying)."""
    if step.done_on is not None:
        return f"Done {uk_date(step.done_on)}", False
    if step.due_on is None:
        return "No date yet", False
    return f"By {uk_date(step.due_on)}", nudge and step.overdue(today)


def _steps(goal: GoalView, gs: _GoalStyles, today: date, *, large_print: bool) -> list[Flowable]:
    if not goal.steps:
        return []
    nudge = goal.status is GoalStatus.WORKING  # a paused goal's steps are on hold, not late
    flow: list[Flowable] = [_room_after(gs.field, gs, 4), para("Steps", gs.field)]
    if large_print:  # one step to a line, who and when under it: easier to read than narrow columns
        for step in goal.steps:
            when, passed = _when(step, today, nudge=nudge)
            mark = DONE_MARK if step.done_on else OPEN_MARK
            when_markup = f"{markup(when)} — {_nudge(STEP_DATE_PASSED)}" if passed else markup(when)
            flow.append(KeepTogether([  # a step and its who-and-when stay on one page
                para(f"{mark}  {step.description}", gs.step),
                _markup_p(f"{markup(_who(step))} · {when_markup}", gs.step_detail),
            ]))
        return flow
    rows: list[tuple[str, str, str, str]] = []
    passed_rows: list[int] = []
    for row, step in enumerate(goal.steps, start=1):
        when, passed = _when(step, today, nudge=nudge)
        if passed:
            passed_rows.append(row)
            when += "\n" + STEP_DATE_PASSED.capitalize()
        rows.append((DONE_MARK if step.done_on else OPEN_MARK, step.description, _who(step), when))
    table = label_table(rows, gs.base, header=("", "Step", "Who", "When"), col_fractions=(0.06, 0.49, 0.21, 0.24))
    table.splitInRow = 1  # a very long step runs on over the page instead of failing to fit
    table.setStyle([("BACKGROUND", (3, r), (3, r), NUDGE_FILL) for r in passed_rows]
                   + [("LEFTPADDING", (3, r), (3, r), 1.2 * mm) for r in passed_rows])
    return [*flow, table, Spacer(1, gs.base.sizes.body * 0.4)]


def _risk_plan(plan: RiskPlanView, gs: _GoalStyles, today: date) -> list[Flowable]:
    """A positive risk-taking plan in a shaded box under its goal (100 Ways, action point 83)."""
    s = gs.base.sizes
    review = uk_date(plan.review_on) or "Not set"
    review_markup = markup(review)
    if plan.review_due(today):
        review_markup += " — " + _nudge(REVIEW_DUE)
    reviewed: list[Flowable] = []
    if plan.reviewed_on is not None or plan.review_outcome.strip():
        when = f" on {uk_date(plan.reviewed_on)}" if plan.reviewed_on else ""
        reviewed = _field(f"Last looked at{when}", plan.review_outcome or "No notes from the review.", gs,
                          boxed=True)
    return [
        Spacer(1, s.body * 0.3),
        room_for(gs.base, 4, notes=True),
        FrameBG(color=BOX_FILL, left=0, right=0, start=True, strokeColor=RULE, strokeWidth=0.6),
        Spacer(1, s.small * 0.5),
        para("Positive risk-taking plan", ParagraphStyle("rd-goal-risk-title", gs.box_kicker, textColor=HEADING)),
        *_field("What I want to do", plan.activity, gs, boxed=True),
        *_field("Why it matters", plan.why_it_matters, gs, boxed=True),
        *_field("What could go wrong", plan.what_could_go_wrong, gs, boxed=True),
        *_field("What will make it safer", plan.what_makes_it_safer, gs, boxed=True),
        *_field("Who agreed it", plan.who_agreed, gs, boxed=True),
        _fact("Review date", review_markup, gs.box_fact),
        *reviewed,
        Spacer(1, s.small * 0.5),
        FrameBG(start=False),
        Spacer(1, s.body * 0.4),
    ]


def _separator(gs: _GoalStyles) -> list[Flowable]:
    s = gs.base.sizes
    return [Spacer(1, s.body * 0.5), HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=0,
                                                 spaceAfter=s.body * 0.7)]


def _part(title: str, intro: str, gs: _GoalStyles) -> list[Flowable]:
    """A part heading with a rule under it; kept with the start of what follows."""
    s = gs.base.sizes
    room = gs.part.spaceBefore + gs.part.leading + 6 * s.lead(s.body)
    flow: list[Flowable] = [
        CondPageBreak(room),
        para(title, gs.part),
        HRFlowable(width="100%", thickness=1.4, color=HEADING, spaceBefore=1, spaceAfter=s.body * 0.6),
    ]
    if intro:
        flow.append(para(intro, gs.intro))
    return flow


# ---- the goals, by part ------------------------------------------------------------------------
def _working_goal(goal: GoalView, gs: _GoalStyles, today: date, large_print: bool) -> list[Flowable]:
    flow: list[Flowable] = [
        _room_after(gs.kicker, gs, 5),
        para(_kicker(goal, "My goal"), gs.kicker),
        *paragraphs(goal.statement, gs.statement),
        *_facts(goal, gs, today, person=True),
        *_field("Why it matters to me", goal.why_it_matters, gs),
        *_field("What helps me feel ready", goal.readiness_why if goal.readiness is not None else "", gs),
        *_steps(goal, gs, today, large_print=large_print),
    ]
    for plan in goal.risk_plans:
        flow.extend(_risk_plan(plan, gs, today))
    flow.extend(_notes(goal, gs))
    return flow


def _achieved_goal(goal: GoalView, gs: _GoalStyles, today: date) -> list[Flowable]:
    """An achievement in a box of its own: the date, the goal, and how it was celebrated."""
    s = gs.base.sizes
    achieved = f"{STAR}  Achieved on {uk_date(goal.achieved_on)}" if goal.achieved_on else f"{STAR}  Achieved"
    flow: list[Flowable] = [
        room_for(gs.base, 5, notes=True),
        FrameBG(color=CELEBRATE_FILL, left=0, right=0, start=True, strokeColor=CELEBRATE, strokeWidth=1.1),
        Spacer(1, s.small * 0.7),
        para(achieved, gs.box_kicker),
        *paragraphs(goal.statement, gs.box_statement),
    ]
    if goal.celebration.strip():
        flow.extend([_room_after(gs.box_field, gs), para("How I celebrated", gs.box_field),
                     *paragraphs(goal.celebration, gs.celebration)])
    flow.extend(_field("Why it mattered to me", goal.why_it_matters, gs, boxed=True))
    if goal.life_area.strip():
        flow.append(_fact("Life area", markup(printable(goal.life_area.strip())), gs.box_fact))
    flow.extend(_notes(goal, gs, boxed=True))
    flow.extend([Spacer(1, s.small * 0.7), FrameBG(start=False), Spacer(1, s.body * 0.8)])
    for plan in goal.risk_plans:
        flow.extend(_risk_plan(plan, gs, today))
    return flow


def _let_go_goal(goal: GoalView, gs: _GoalStyles) -> list[Flowable]:
    """Short and neutral: the goal as it was written, and its life area."""
    area = f" ({goal.life_area.strip()})" if goal.life_area.strip() else ""
    return [room_for(gs.base, 2), para(f"\u2022\u00a0 {goal.statement.strip()}{area}", gs.let_go)]


def _treatment_goal(goal: GoalView, gs: _GoalStyles, today: date, large_print: bool) -> list[Flowable]:
    flow: list[Flowable] = [
        _room_after(gs.kicker, gs, 5),
        para(_kicker(goal, "Agreed by the service"), gs.kicker),
        *paragraphs(goal.statement, gs.statement),
        *_facts(goal, gs, today, person=False),
        *_field("Why", goal.why_it_matters, gs),
    ]
    if goal.status is GoalStatus.ACHIEVED and goal.achieved_on:
        flow.append(para(f"Done on {uk_date(goal.achieved_on)}", gs.base.body))
    flow.extend(_steps(goal, gs, today, large_print=large_print))
    for plan in goal.risk_plans:
        flow.extend(_risk_plan(plan, gs, today))
    flow.extend(_notes(goal, gs))
    return flow


_STATUS_ORDER = {GoalStatus.WORKING: 0, GoalStatus.PAUSED: 1, GoalStatus.ACHIEVED: 2, GoalStatus.LET_GO: 3}


def _summary(working: int, paused: int, achieved: int) -> str:
    def goals(n: int) -> str:
        return "1 goal" if n == 1 else f"{n} goals"

    parts = []
    if working:
        parts.append(f"I'm working on {goals(working)}")
    if paused:
        parts.append(f"{goals(paused)} {'is' if paused == 1 else 'are'} paused for now")
    if achieved:
        parts.append(f"I've achieved {goals(achieved)}")
    if not parts:
        return "My goals, in my own words, and how they are going."
    sentence = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return sentence[0].upper() + sentence[1:] + "."


def _story(overview: GoalsOverview, gs: _GoalStyles, today: date, large_print: bool) -> list[Flowable]:
    st = gs.base
    working = [g for g in overview.recovery if g.status in (GoalStatus.WORKING, GoalStatus.PAUSED)]
    working.sort(key=lambda g: _STATUS_ORDER[g.status])  # stable: the screen's order within each
    achieved = sorted((g for g in overview.recovery if g.status is GoalStatus.ACHIEVED),
                      key=lambda g: g.achieved_on or date.min, reverse=True)
    let_go = [g for g in overview.recovery if g.status is GoalStatus.LET_GO]
    treatment = sorted(overview.treatment, key=lambda g: _STATUS_ORDER[g.status])

    def separated(goals: list[GoalView], build) -> list[Flowable]:
        flow: list[Flowable] = []
        for i, goal in enumerate(goals):
            if i:
                flow.extend(_separator(gs))
            flow.extend(build(goal))
        return flow

    paused = sum(g.status is GoalStatus.PAUSED for g in working)
    story: list[Flowable] = [
        para(overview.called or overview.person_name, st.name),
        para(TITLE, st.subtitle),
        para(_summary(len(working) - paused, paused, len(achieved)), st.status),
    ]
    story.extend(_part(WORKING_ON, "" if working else "Nothing at the moment.", gs))
    story.extend(separated(working, lambda g: _working_goal(g, gs, today, large_print)))
    story.extend(_part(ACHIEVED, "Things I set out to do, and did." if achieved else "Nothing here yet.", gs))
    story.extend(flow for g in achieved for flow in _achieved_goal(g, gs, today))
    if let_go:
        story.extend(_part(LET_GO, "Letting a goal go is a choice. Any of these can be picked up again.", gs))
        story.extend(flow for g in let_go for flow in _let_go_goal(g, gs))
    if treatment:
        story.extend(_part(SERVICE, "What the team has agreed to do to support me, in the team's words. "
                                    "These are the service's goals, kept apart from my own.", gs))
        story.extend(separated(treatment, lambda g: _treatment_goal(g, gs, today, large_print)))
    story.append(para(SOURCE_LINE, gs.source))
    return story


# ---- what is printed, and what cannot be ---------------------------------------------------
def _printed_texts(overview: GoalsOverview) -> tuple[list[str], list[str]]:
    """(text set in the regular face, text set in the bold face)."""
    regular = [overview.called, overview.person_name]
    bold = [overview.called or overview.person_name]
    for goal in (*overview.recovery, *overview.treatment):
        bold.append(goal.statement)
        regular.extend((goal.life_area, goal.why_it_matters, goal.celebration))
        if goal.readiness is not None:
            regular.append(goal.readiness_why)
        if goal.status is GoalStatus.LET_GO and goal.kind is GoalKind.RECOVERY:
            regular.append(goal.statement)
            continue
        for step in goal.steps:
            regular.extend((step.description, step.who_name))
        for plan in goal.risk_plans:
            regular.extend((plan.activity, plan.why_it_matters, plan.what_could_go_wrong, plan.what_makes_it_safer,
                            plan.who_agreed, plan.review_outcome))
        for note in _latest_notes(goal.notes):
            regular.append(note.text)
            bold.append(note.author)
    return regular, bold


def _unprintable(overview: GoalsOverview) -> list[str]:
    regular, bold = _printed_texts(overview)
    missing = dict.fromkeys(unprintable_characters(printable("\n".join(regular)), REGULAR))
    missing.update(dict.fromkeys(unprintable_characters(printable("\n".join(bold)), BOLD)))
    return list(missing)


def render_goals_overview(overview: GoalsOverview, destination: str | Path | BinaryIO, *, printed_on: date,
                          large_print: bool = False) -> RenderResult:
    """Write the person's goals as an A4 PDF to ``destination`` (a path or a binary file object).

    ``printed_on`` is also the day against which target dates, step dates and review dates
    are said to have passed.
    """
    register_fonts()
    gs = _goal_styles(large_print)
    called = overview.called or overview.person_name
    furniture = Furniture(left_top=f"{TITLE} — {called}", status_word="",
                          left_bottom=f"Printed on {uk_date(printed_on)}", mark="", size=gs.base.sizes.footer)
    pages_out: list[int] = []

    def canvas_maker(*args, **kwargs) -> HouseCanvas:
        return HouseCanvas(*args, furniture=furniture, pages_out=pages_out, **kwargs)

    target = str(destination) if isinstance(destination, Path) else destination
    bottom = frame_bottom(gs.base.sizes.footer)
    doc = BaseDocTemplate(
        target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=bottom,
        title=f"{TITLE} — {called}", author="Recovery Desk", subject="Goals", creator="Recovery Desk",
        producer="Recovery Desk", keywords=[], lang="en-GB", displayDocTitle=True, initialFontName=REGULAR,
        initialFontSize=gs.base.sizes.body,
    )
    frame = Frame(MARGIN, bottom, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - MARGIN - bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="goals", frames=[frame])])
    doc.build(_story(overview, gs, printed_on, large_print), canvasmaker=canvas_maker)
    return RenderResult(pages=pages_out[-1] if pages_out else 0, unprintable=_unprintable(overview))
