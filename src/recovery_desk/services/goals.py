"""A person's goals: recovery goals in their words, treatment goals in the service's, kept apart."""
from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from recovery_desk.domain.errors import NotFound, ValidationFailed
from recovery_desk.domain.goals import (
    GoalDraft,
    GoalKind,
    GoalStatus,
    RiskPlanDraft,
    StepDraft,
    StepOwner,
    clean_goal,
    clean_risk_plan,
    clean_step,
)
from recovery_desk.domain.people import display_name
from recovery_desk.domain.text import check_length, clean_text
from recovery_desk.services import audit
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.goal_views import GoalsOverview, GoalView, NoteView, RiskPlanView, StepView
from recovery_desk.services.records import changed_fields, flush_or_conflict, load_for_edit, plain_statements
from recovery_desk.store.models import Goal, GoalNote, GoalStep, Person, RiskPlan, Staff, Supporter

NOTE_LIMIT = 4000


# When a row was written or last changed: kept for the record, never shown on the Goals tab, and
# turning each into a time zone-aware datetime was a fifth of the time of reading someone's goals.
_BOOKKEEPING = frozenset({"created_at", "updated_at"})


def _columns(model) -> list:
    """The columns of ``model``'s table the Goals tab shows (all but :data:`_BOOKKEEPING`), for a
    plain-row SELECT whose rows read like the objects."""
    return [getattr(model, column.key) for column in model.__table__.columns if column.key not in _BOOKKEEPING]


_PERSON = select(Person.id, Person.given_name, Person.family_name, Person.preferred_name).where(
    Person.id == bindparam("person_id"))
_GOALS = select(*_columns(Goal)).where(Goal.person_id == bindparam("person_id")).order_by(Goal.id)
_CHILDREN = {model: select(*_columns(model)).join(Goal, Goal.id == model.goal_id)
             .where(Goal.person_id == bindparam("person_id")).order_by(model.id)
             for model in (GoalStep, GoalNote, RiskPlan)}
_STAFF_NAMES = select(Staff.id, Staff.display_name)
_SUPPORTER_NAMES = select(Supporter.id, Supporter.name).where(Supporter.person_id == bindparam("person_id"))


class GoalService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ---- reading -------------------------------------------------------------------------
    def overview(self, person_id: int) -> GoalsOverview:
        with self.ctx.db.session() as s:
            # Plain rows from statements built once, on the unit of work's connection: someone
            # known for years has hundreds of steps and notes, and building ORM objects for them,
            # then the ORM's handling of each statement, were most of opening the Goals tab.
            read = plain_statements(s)
            who = {"person_id": person_id}
            person = read.execute(_PERSON, who).first()
            if person is None:
                raise NotFound("person")
            goals = read.execute(_GOALS, who).all()
            children = {}
            for model, statement in _CHILDREN.items():
                grouped = children[model] = {g.id: [] for g in goals}
                for row in read.execute(statement, who):
                    grouped[row.goal_id].append(row)
            names = self._names(s, person)
            views = [self._view(g, names, (children[GoalStep][g.id], children[GoalNote][g.id],
                                           children[RiskPlan][g.id])) for g in goals]
        order = {GoalStatus.WORKING: 0, GoalStatus.PAUSED: 1, GoalStatus.ACHIEVED: 2, GoalStatus.LET_GO: 3}
        views.sort(key=lambda g: (order[g.status], g.target_date or date.max, g.id))
        return GoalsOverview(person_id, display_name(person.given_name, person.family_name, person.preferred_name),
                             person.preferred_name or person.given_name,
                             tuple(g for g in views if g.kind is GoalKind.RECOVERY),
                             tuple(g for g in views if g.kind is GoalKind.TREATMENT))

    def get(self, goal_id: int) -> GoalView:
        with self.ctx.db.session() as s:
            goal = s.get(Goal, goal_id)
            if goal is None:
                raise NotFound("goal")
            return self._view(goal, self._names(s, s.get(Person, goal.person_id)))

    def _names(self, s: Session, person) -> dict[tuple[str, int | None], str]:
        """Who a step can belong to, by (kind, id): ``person`` is a ``Person`` or a row of :data:`_PERSON`."""
        read = plain_statements(s)
        names: dict[tuple[str, int | None], str] = {("person", None): f"{person.preferred_name or person.given_name}"}
        names.update({("staff", i): n for i, n in read.execute(_STAFF_NAMES)})
        names.update({("supporter", i): n for i, n in read.execute(_SUPPORTER_NAMES, {"person_id": person.id})})
        return names

    def _view(self, g, names: dict[tuple[str, int | None], str], children: tuple | None = None) -> GoalView:
        """A goal as the window shows it: an ORM ``Goal``, or a plain row with ``children`` given as
        (steps, notes, risk plans) rows with the same attribute names."""
        steps, notes, plans = children if children is not None else (g.steps, g.notes, g.risk_plans)
        steps = tuple(StepView(st.id, st.description, StepOwner(st.who_kind), self._who(st, names), st.who_staff_id,
                               st.who_supporter_id, st.due_on, st.done_on, st.version) for st in steps)
        notes = tuple(NoteView(n.written_on, n.text, names.get(("staff", n.author_id), "")) for n in notes)
        plans = tuple(RiskPlanView(r.id, r.activity, r.why_it_matters, r.what_could_go_wrong, r.what_makes_it_safer,
                                   r.who_agreed, r.review_on, r.review_outcome, r.reviewed_on, r.version)
                      for r in plans)
        return GoalView(g.id, g.person_id, GoalKind(g.kind), g.statement, g.why_it_matters, g.life_area, g.chime,
                        g.target_date, GoalStatus(g.status), g.readiness, g.readiness_why, g.achieved_on,
                        g.celebration, g.source, steps, notes, plans, g.version)

    @staticmethod
    def _who(step: GoalStep, names: dict[tuple[str, int | None], str]) -> str:
        if step.who_kind == StepOwner.PERSON:
            return names[("person", None)]
        key = ("staff", step.who_staff_id) if step.who_kind == StepOwner.STAFF else ("supporter", step.who_supporter_id)
        return names.get(key, step.who_name or "someone no longer listed")

    # ---- goals -------------------------------------------------------------------------------
    def save_goal(self, person_id: int, draft: GoalDraft) -> GoalView:
        self.ctx.require_editor()
        with self.ctx.db.session() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person")
            goal = None
            if draft.id is not None:
                goal = load_for_edit(s, Goal, draft.id, draft.version, "goal")
                if goal.person_id != person_id:
                    raise NotFound("goal")
            clean = clean_goal(draft, self.ctx.today(), previous_target=goal.target_date if goal else None)
            values = {"statement": clean.statement, "why_it_matters": clean.why_it_matters,
                      "life_area": clean.life_area, "chime": clean.chime, "target_date": clean.target_date,
                      "readiness": clean.readiness, "readiness_why": clean.readiness_why}
            if goal is None:
                goal = Goal(person_id=person_id, kind=GoalKind(draft.kind).value, source=clean_text(draft.source),
                            created_by_id=self._me(), **values)
                s.add(goal)
                changed, action = ["new goal"], "create"
            else:
                before = goal.readiness
                changed, action = changed_fields(goal, values), "change"
                if "readiness" in changed and before is not None and goal.readiness is not None:
                    self._note(goal, f"Readiness to act moved from {before} to {goal.readiness} out of 10.")
            flush_or_conflict(s, "goal")
            if changed:
                audit.record(s, self.ctx, action, "goal", goal.id, person_id=person_id,
                             summary=f"{goal.kind} goal: " + ", ".join(changed))
            return self._view(goal, self._names(s, s.get(Person, person_id)))

    def set_status(self, goal_id: int, version: int, status: GoalStatus, *, celebration: str = "",
                   on: date | None = None) -> GoalView:
        """Working on it, achieved (with a celebration note), paused or let go."""
        self.ctx.require_editor()
        celebration = clean_text(celebration, multiline=True)
        problems: dict[str, str] = {}
        check_length(problems, "celebration", celebration, NOTE_LIMIT, "The celebration note")
        when = on or self.ctx.today()
        if when > self.ctx.today():
            problems["achieved_on"] = "The date cannot be in the future."
        if problems:
            raise ValidationFailed(problems)
        with self.ctx.db.session() as s:
            goal = load_for_edit(s, Goal, goal_id, version, "goal")
            goal.status = GoalStatus(status).value
            if status is GoalStatus.ACHIEVED:
                goal.achieved_on, goal.celebration = when, celebration
                self._note(goal, "Achieved! " + celebration if celebration else "Achieved!", when)
            else:
                goal.achieved_on = None
                self._note(goal, f"Status changed to “{GoalStatus(status).label}”.", when)
            flush_or_conflict(s, "goal")
            audit.record(s, self.ctx, "change", "goal", goal.id, person_id=goal.person_id, summary=f"status {status}")
            return self._view(goal, self._names(s, s.get(Person, goal.person_id)))

    def add_note(self, goal_id: int, text: str, written_on: date | None = None) -> GoalView:
        self.ctx.require_editor()
        text = clean_text(text, multiline=True)
        problems: dict[str, str] = {}
        if not text:
            problems["note"] = "Please write the progress note first."
        check_length(problems, "note", text, NOTE_LIMIT, "The note")
        when = written_on or self.ctx.today()
        if when > self.ctx.today():
            problems["written_on"] = "A progress note cannot be dated in the future."
        if problems:
            raise ValidationFailed(problems)
        with self.ctx.db.session() as s:
            goal = s.get(Goal, goal_id)
            if goal is None:
                raise NotFound("goal")
            self._note(goal, text, when)
            goal.updated_at = self.ctx.now()
            flush_or_conflict(s, "goal")
            audit.record(s, self.ctx, "create", "goal_note", goal.id, person_id=goal.person_id)
            return self._view(goal, self._names(s, s.get(Person, goal.person_id)))

    def _note(self, goal: Goal, text: str, when: date | None = None) -> None:
        goal.notes.append(GoalNote(written_on=when or self.ctx.today(), text=text, author_id=self._me(),
                                   created_at=self.ctx.now()))

    def _me(self) -> int | None:
        return self.ctx.actor.staff_id if self.ctx.actor else None

    # ---- steps ---------------------------------------------------------------------------------
    def save_step(self, goal_id: int, draft: StepDraft) -> GoalView:
        self.ctx.require_editor()
        clean = clean_step(draft)
        with self.ctx.db.session() as s:
            goal = s.get(Goal, goal_id)
            if goal is None:
                raise NotFound("goal")
            if clean.who_kind is StepOwner.STAFF and s.get(Staff, clean.who_staff_id) is None:
                raise ValidationFailed.single("who", "Please choose a member of staff from the list.")
            if clean.who_kind is StepOwner.SUPPORTER:
                supporter = s.get(Supporter, clean.who_supporter_id)
                if supporter is None or supporter.person_id != goal.person_id:
                    raise ValidationFailed.single("who", "Please choose one of this person's supporters.")
            names = self._names(s, s.get(Person, goal.person_id))
            values = {"description": clean.description, "who_kind": clean.who_kind.value,
                      "who_staff_id": clean.who_staff_id if clean.who_kind is StepOwner.STAFF else None,
                      "who_supporter_id": clean.who_supporter_id if clean.who_kind is StepOwner.SUPPORTER else None,
                      "due_on": clean.due_on}
            key = (clean.who_kind.value, values["who_staff_id"] or values["who_supporter_id"])
            values["who_name"] = names.get(key if clean.who_kind is not StepOwner.PERSON else ("person", None), "")
            if clean.id is None:
                goal.steps.append(GoalStep(**values))
                action = "create"
            else:
                step = load_for_edit(s, GoalStep, clean.id, clean.version, "step")
                if step.goal_id != goal_id:
                    raise NotFound("step")
                changed_fields(step, values)
                action = "change"
            flush_or_conflict(s, "step")
            audit.record(s, self.ctx, action, "goal_step", goal.id, person_id=goal.person_id)
            return self._view(goal, names)

    def mark_step(self, step_id: int, version: int, done_on: date | None) -> GoalView:
        """Tick a step off with the date it was done (or untick it with ``None``)."""
        self.ctx.require_editor()
        if done_on is not None and done_on > self.ctx.today():
            raise ValidationFailed.single("done_on", "A step cannot be done in the future.")
        with self.ctx.db.session() as s:
            step = load_for_edit(s, GoalStep, step_id, version, "step")
            step.done_on = done_on
            flush_or_conflict(s, "step")
            goal = step.goal
            audit.record(s, self.ctx, "change", "goal_step", goal.id, person_id=goal.person_id,
                         summary="done" if done_on else "not done")
            return self._view(goal, self._names(s, s.get(Person, goal.person_id)))

    def remove_step(self, step_id: int, version: int) -> GoalView:
        self.ctx.require_editor()
        with self.ctx.db.session() as s:
            step = load_for_edit(s, GoalStep, step_id, version, "step")
            goal = step.goal
            goal.steps.remove(step)
            flush_or_conflict(s, "step")
            audit.record(s, self.ctx, "remove", "goal_step", goal.id, person_id=goal.person_id)
            return self._view(goal, self._names(s, s.get(Person, goal.person_id)))

    # ---- positive risk-taking -------------------------------------------------------------------
    def save_risk_plan(self, goal_id: int, draft: RiskPlanDraft) -> GoalView:
        self.ctx.require_editor()
        with self.ctx.db.session() as s:
            goal = s.get(Goal, goal_id)
            if goal is None:
                raise NotFound("goal")
            if goal.kind != GoalKind.RECOVERY:
                raise ValidationFailed.single("activity", "A positive risk-taking plan belongs to a recovery goal.")
            existing = load_for_edit(s, RiskPlan, draft.id, draft.version, "risk plan") if draft.id else None
            clean = clean_risk_plan(draft, self.ctx.today() if existing is None else min(
                self.ctx.today(), existing.review_on or self.ctx.today()))
            values = {k: getattr(clean, k) for k in ("activity", "why_it_matters", "what_could_go_wrong",
                                                      "what_makes_it_safer", "who_agreed", "review_on")}
            if existing is None:
                goal.risk_plans.append(RiskPlan(**values))
                action = "create"
            else:
                changed_fields(existing, values)
                action = "change"
            flush_or_conflict(s, "risk plan")
            audit.record(s, self.ctx, action, "risk_plan", goal.id, person_id=goal.person_id)
            return self._view(goal, self._names(s, s.get(Person, goal.person_id)))

    def review_risk_plan(self, plan_id: int, version: int, outcome: str, next_review: date | None) -> GoalView:
        self.ctx.require_editor()
        outcome = clean_text(outcome, multiline=True)
        problems: dict[str, str] = {}
        if not outcome:
            problems["review_outcome"] = "Please say how it went and what was decided."
        check_length(problems, "review_outcome", outcome, NOTE_LIMIT, "The review outcome")
        if next_review is not None and next_review <= self.ctx.today():
            problems["review_on"] = "The next review should be after today."
        if problems:
            raise ValidationFailed(problems)
        with self.ctx.db.session() as s:
            plan = load_for_edit(s, RiskPlan, plan_id, version, "risk plan")
            plan.review_outcome, plan.reviewed_on, plan.review_on = outcome, self.ctx.today(), next_review
            flush_or_conflict(s, "risk plan")
            goal = plan.goal
            audit.record(s, self.ctx, "review", "risk_plan", goal.id, person_id=goal.person_id)
            return self._view(goal, self._names(s, s.get(Person, goal.person_id)))

    def record_print(self, overview: GoalsOverview, *, how: str) -> None:
        self.ctx.require_actor()
        with self.ctx.db.session() as s:
            audit.record(s, self.ctx, "print" if how == "printed" else "export", "goals_overview",
                         person_id=overview.person_id, summary=f"goal overview {how}")
