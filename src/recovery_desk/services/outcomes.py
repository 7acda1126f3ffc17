"""The team's outcome figures (100 Ways, Section 8; action points 27 and 98–100), for the team,
one care coordinator's caseload or one person, over a date range.

Every figure is counted here, from the records themselves, and returned as plain data that the
Outcomes window charts, the CSV lists and the PDF report prints. What each figure means:

* **Recovery goals** per month: *achieved* by the date achieved recorded on the goal; *set*,
  *paused* and *let go* by when the goal was first saved or its status changed to that, read from
  the audit trail (the record of when each save happened; a goal paused twice in a month counts
  once). Only recovery goals, never treatment goals.
* **Current agreed crisis plan** at each month's end (or the range's end): of the people open to
  the team that day, how many had an agreed plan in force whose review date had not passed.
* **Valued roles and everyday life**: for people with at least two completed assessments by the
  range's end, each indicator compared between their first assessment and their latest.
* **Team meetings**: reviews held, actions due and done on time, and who wore the recovery hat,
  from the team meeting records (see :func:`meeting_figures`).

"One care coordinator" means the people whose care coordinator is that member of staff now:
the record keeps no history of earlier allocations.
"""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from recovery_desk.content.outcomes import outcome_indicators
from recovery_desk.domain.dates import add_months, uk_date
from recovery_desk.domain.errors import NotFound, ValidationFailed
from recovery_desk.domain.goals import GoalKind, GoalStatus
from recovery_desk.domain.outcomes import (
    Change,
    Indicator,
    PlanVersion,
    compare,
    month_count,
    month_label,
    month_start,
    months_between,
    open_on,
    plan_current_on,
    point_in_month,
)
from recovery_desk.domain.people import display_name
from recovery_desk.services import audit
from recovery_desk.services.audit import _cell
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.crisis_plan_views import AGREED, SUPERSEDED
from recovery_desk.store.models import (
    Action,
    AgendaItem,
    Assessment,
    AssessmentIndicator,
    AuditEvent,
    CrisisPlan,
    Goal,
    HatWearing,
    Meeting,
    Person,
    Staff,
    Team,
)

ScopeKind = Literal["team", "coordinator", "person"]
LONGEST_RANGE_MONTHS = 60
EARLIEST_YEAR = 1900  # an earlier start is a typing slip (and before any record could exist)
STATUS_CHANGES = {f"status {GoalStatus.PAUSED}": "paused", f"status {GoalStatus.LET_GO}": "let_go"}


@dataclass(frozen=True)
class Scope:
    kind: ScopeKind = "team"
    id: int | None = None  # the staff id (coordinator) or person id


@dataclass(frozen=True)
class GoalMonth:
    month: date  # the first of the month
    set: int = 0
    achieved: int = 0
    paused: int = 0
    let_go: int = 0


@dataclass(frozen=True)
class PlanMonth:
    month: date
    on: date  # the day it was counted: the month's end, or the range's end
    open_people: int
    with_current_plan: int

    @property
    def share(self) -> float | None:
        """Percentage, or None when nobody was open."""
        return 100 * self.with_current_plan / self.open_people if self.open_people else None


@dataclass(frozen=True)
class IndicatorChange:
    indicator: Indicator
    change: Change


@dataclass(frozen=True)
class MeetingMonth:
    month: date
    reviews_held: int = 0
    actions_due: int = 0
    done_on_time: int = 0
    done_late: int = 0
    not_done: int = 0


@dataclass(frozen=True)
class HatTurns:
    staff_name: str
    times: int
    last_worn: date


@dataclass(frozen=True)
class MeetingFigures:
    recorded: bool  # False until the team has held a meeting in Recovery Desk
    months: tuple[MeetingMonth, ...]
    hat: tuple[HatTurns, ...]  # the whole team's, most turns first
    note: str = ""


@dataclass(frozen=True)
class OutcomeReport:
    scope: Scope
    scope_label: str  # "Riverside Recovery Team", "Rowan Quillon's caseload", a person's name
    team_name: str
    start: date
    end: date
    made_on: date
    goals: tuple[GoalMonth, ...]
    plans: tuple[PlanMonth, ...]
    indicators: tuple[IndicatorChange, ...]
    people_compared: int  # people with two or more completed assessments
    meetings: MeetingFigures

    @property
    def period(self) -> str:
        return f"{uk_date(self.start)} to {uk_date(self.end)}"


class OutcomeService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def default_range(self) -> tuple[date, date]:
        """The last twelve months, whole months, up to today."""
        today = self.ctx.today()
        return add_months(month_start(today), -11), today

    def report(self, scope: Scope, start: date, end: date) -> OutcomeReport:
        """Every figure for ``scope`` from ``start`` to ``end`` (inclusive). Viewing one person's is audited."""
        self.ctx.require_actor()
        today = self.ctx.today()
        problems = {}
        if end < start:
            problems["end"] = "The end of the range is before its start. Please check the dates."
        elif month_count(start, min(end, today)) > LONGEST_RANGE_MONTHS:
            problems["start"] = f"Please choose a range of at most {LONGEST_RANGE_MONTHS // 12} years."
        if start > today:
            problems["start"] = "The range starts in the future. Please choose a start on or before today."
        elif start.year < EARLIEST_YEAR:
            problems["start"] = f"Please check the year: the range should start in {EARLIEST_YEAR} or later."
        if problems:
            raise ValidationFailed(problems)
        end = min(end, today)
        months = months_between(start, end)
        with self.ctx.db.session() as s:
            team = s.scalar(select(Team.name).limit(1)) or ""
            label = team or "The team" if scope.kind == "team" else self._scope_label(s, scope)
            changes, compared = self._indicators(s, scope, end)
            report = OutcomeReport(scope, label, team, start, end, today, self._goals(s, scope, start, end, months),
                                   self._plans(s, scope, start, end, months), changes, compared,
                                   meeting_figures(s, scope, start, end, months))
            if scope.kind == "person":
                audit.record(s, self.ctx, "view", "outcomes", person_id=scope.id, summary="outcomes for one person")
        return report

    # ---- scope --------------------------------------------------------------------------------
    @staticmethod
    def _scope_label(s: Session, scope: Scope) -> str:
        if scope.kind == "coordinator":
            member = s.get(Staff, scope.id)
            if member is None:
                raise NotFound("member of staff")
            return f"{member.display_name}'s caseload"
        person = s.get(Person, scope.id)
        if person is None:
            raise NotFound("person")
        return display_name(person.given_name, person.family_name, person.preferred_name)

    # ---- goals -----------------------------------------------------------------------------------
    @staticmethod
    def _goals(s: Session, scope: Scope, start: date, end: date, months: list[date]) -> tuple[GoalMonth, ...]:
        counts: dict[date, dict[str, int]] = {m: defaultdict(int) for m in months}
        recovery = Goal.kind == GoalKind.RECOVERY.value
        achieved = _in_scope(select(Goal.achieved_on).where(
            recovery, Goal.status == GoalStatus.ACHIEVED.value, Goal.achieved_on >= start, Goal.achieved_on <= end),
            scope, Goal.person_id)
        for (day,) in s.execute(achieved):
            counts[month_start(day)]["achieved"] += 1
        # Set, paused and let go: when it happened, from the audit trail's record of each save.
        events = _in_scope(
            select(AuditEvent.entity_id, AuditEvent.at, AuditEvent.action, AuditEvent.summary)
            .join(Goal, Goal.id == AuditEvent.entity_id)
            .where(AuditEvent.entity == "goal", recovery,
                   (AuditEvent.action == "create") | ((AuditEvent.action == "change")
                                                      & AuditEvent.summary.in_(tuple(STATUS_CHANGES))),
                   AuditEvent.at >= _start_of(start), AuditEvent.at < _start_of(end + timedelta(days=1))),
            scope, Goal.person_id)
        seen: set[tuple[int, date, str]] = set()
        for goal_id, at, action, summary in s.execute(events):
            key = (goal_id, month_start(at.astimezone().date()), "set" if action == "create" else STATUS_CHANGES[summary])
            if key not in seen:
                seen.add(key)
                counts[key[1]][key[2]] += 1
        return tuple(GoalMonth(m, c["set"], c["achieved"], c["paused"], c["let_go"]) for m, c in counts.items())

    # ---- crisis plans -----------------------------------------------------------------------------
    @staticmethod
    def _plans(s: Session, scope: Scope, start: date, end: date, months: list[date]) -> tuple[PlanMonth, ...]:
        people = s.execute(_in_scope(select(Person.id, Person.opened_on, Person.discharged_on), scope,
                                     Person.id)).all()
        versions: dict[int, list[PlanVersion]] = defaultdict(list)
        query = _in_scope(select(CrisisPlan.person_id, CrisisPlan.version_no, CrisisPlan.agreed_on,
                                 CrisisPlan.review_by).where(CrisisPlan.status.in_((AGREED, SUPERSEDED))),
                          scope, CrisisPlan.person_id)
        for person_id, version_no, agreed_on, review_by in s.execute(query):
            versions[person_id].append(PlanVersion(version_no, agreed_on, review_by))
        out = []
        for month in months:
            day = point_in_month(month, start, end)
            open_ids = [pid for pid, opened, discharged in people if open_on(opened, discharged, day)]
            current = sum(1 for pid in open_ids if plan_current_on(versions.get(pid, ()), day))
            out.append(PlanMonth(month, day, len(open_ids), current))
        return tuple(out)

    # ---- roles and everyday life -------------------------------------------------------------------
    @staticmethod
    def _indicators(s: Session, scope: Scope, end: date) -> tuple[tuple[IndicatorChange, ...], int]:
        completed = s.execute(_in_scope(
            select(Assessment.id, Assessment.person_id)
            .where(Assessment.status == "completed", Assessment.completed_on <= end)
            .order_by(Assessment.person_id, Assessment.completed_on, Assessment.version_no),
            scope, Assessment.person_id)).all()
        chosen: dict[int, list[int]] = defaultdict(list)
        for assessment_id, person_id in completed:
            chosen[person_id].append(assessment_id)
        pairs = {pid: (ids_[0], ids_[-1]) for pid, ids_ in chosen.items() if len(ids_) >= 2}
        wanted = {a for pair in pairs.values() for a in pair}
        answers: dict[int, dict[str, str]] = defaultdict(dict)
        for assessment_ids in _chunks(sorted(wanted), 900):
            for assessment_id, key, value in s.execute(
                    select(AssessmentIndicator.assessment_id, AssessmentIndicator.key, AssessmentIndicator.value)
                    .where(AssessmentIndicator.assessment_id.in_(assessment_ids))):
                answers[assessment_id][key] = value
        changes = tuple(
            IndicatorChange(ind, compare(ind, ((answers[first].get(ind.key), answers[last].get(ind.key))
                                               for first, last in pairs.values())))
            for ind in outcome_indicators())
        return changes, len(pairs)

    # ---- exporting -------------------------------------------------------------------------------
    def record_export(self, report: OutcomeReport, what: str) -> None:
        """Every chart, CSV and PDF saved from the Outcomes window is audited (``what``: "chart as PNG")."""
        self.ctx.require_actor()
        with self.ctx.db.session() as s:
            audit.record(s, self.ctx, "export", "outcomes", person_id=report.scope.id if report.scope.kind == "person"
                         else None, summary=f"{report.scope.kind} outcomes saved: {what}")

    def export_csv(self, report: OutcomeReport) -> str:
        """The report's figures as CSV, one figure a row (easy to pivot); the export is audited."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["Scope", "Figure", "Period", "Measure", "Value"])
        scope = _cell(report.scope_label)
        for g in report.goals:
            for measure, value in (("set", g.set), ("achieved", g.achieved), ("paused", g.paused),
                                   ("let go", g.let_go)):
                writer.writerow([scope, "Recovery goals", month_label(g.month), measure, value])
        for p in report.plans:
            writer.writerow([scope, "Current agreed crisis plan", month_label(p.month), f"open on {uk_date(p.on)}",
                             p.open_people])
            writer.writerow([scope, "Current agreed crisis plan", month_label(p.month), "with a current plan",
                             p.with_current_plan])
            writer.writerow([scope, "Current agreed crisis plan", month_label(p.month), "percentage",
                             "" if p.share is None else f"{p.share:.1f}"])
        period = f"first assessment to latest by {uk_date(report.end)}"
        for item in report.indicators:
            c = item.change
            for measure, value in (("people compared", c.compared), ("gained", c.gained), ("lost", c.lost),
                                   ("kept", c.kept), ("still without", c.still_without)):
                writer.writerow([scope, item.indicator.label, period, measure, value])
        for m in report.meetings.months:
            for measure, value in (("reviews held", m.reviews_held), ("actions due", m.actions_due),
                                   ("actions done on time", m.done_on_time), ("actions done late", m.done_late),
                                   ("actions not done", m.not_done)):
                writer.writerow([scope, "Team meetings", month_label(m.month), measure, value])
        for turn in report.meetings.hat:
            writer.writerow([scope, "Recovery hat (whole team)", report.period, _cell(turn.staff_name), turn.times])
        self.record_export(report, "figures as CSV")
        return out.getvalue()


def meeting_figures(s: Session, scope: Scope, start: date, end: date, months: list[date]) -> MeetingFigures:
    """Reviews held, actions due and done on time, and the hat's rotation, from the team meeting records.

    Kept in one small function so the meeting records' shape is known in one place here. Until
    the team has held a meeting in Recovery Desk it reports zeros and says "not yet recorded".
    """
    if s.scalar(select(func.count(Meeting.id))) == 0:
        return MeetingFigures(False, tuple(MeetingMonth(m) for m in months), (),
                              "Not yet recorded: no team meeting has been held in Recovery Desk yet.")
    counts: dict[date, dict[str, int]] = {m: defaultdict(int) for m in months}
    reviews = _in_scope(
        select(Meeting.held_on).select_from(AgendaItem).join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.status == "reviewed", Meeting.held_on >= start, Meeting.held_on <= end),
        scope, AgendaItem.person_id)
    for (held_on,) in s.execute(reviews):
        counts[month_start(held_on)]["reviews"] += 1
    actions = _in_scope(
        select(Action.due_on, Action.done_on).where(Action.due_on >= start, Action.due_on <= end),
        scope, Action.person_id)
    for due_on, done_on in s.execute(actions):
        bucket = counts[month_start(due_on)]
        bucket["due"] += 1
        bucket["on_time" if done_on is not None and done_on <= due_on else
               "late" if done_on is not None else "not_done"] += 1
    hat = s.execute(select(Staff.display_name, func.count(HatWearing.id), func.max(HatWearing.worn_on))
                    .join(Staff, Staff.id == HatWearing.staff_id)
                    .where(and_(HatWearing.worn_on >= start, HatWearing.worn_on <= end))
                    .group_by(Staff.id, Staff.display_name)).all()
    turns = tuple(sorted((HatTurns(name, times, last) for name, times, last in hat),
                         key=lambda t: (-t.times, t.staff_name.casefold())))
    return MeetingFigures(True, tuple(MeetingMonth(m, c["reviews"], c["due"], c["on_time"], c["late"], c["not_done"])
                                      for m, c in counts.items()), turns)


def _in_scope(query: Select, scope: Scope, person_id_column) -> Select:
    """``query`` narrowed to the scope's people (one care coordinator's: whoever they coordinate now)."""
    if scope.kind == "person":
        return query.where(person_id_column == scope.id)
    if scope.kind == "coordinator":
        if person_id_column is not Person.id:
            query = query.join(Person, Person.id == person_id_column)
        return query.where(Person.care_coordinator_id == scope.id)
    return query


def _start_of(day: date) -> datetime:
    """Local midnight at the start of ``day``, as an aware moment (timestamps are stored in UTC)."""
    return datetime.combine(day, time.min).astimezone()


def _chunks(values: list[int], size: int):
    for i in range(0, len(values), size):
        yield values[i:i + size]
