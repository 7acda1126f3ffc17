"""Plain data for a person's goals, as the Goals tab and the printed overview show them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from recovery_desk.domain.goals import GoalKind, GoalStatus, StepOwner


@dataclass(frozen=True)
class StepView:
    id: int
    description: str
    who_kind: StepOwner
    who_name: str  # "Siân (the person)", a staff member's or supporter's name
    who_staff_id: int | None
    who_supporter_id: int | None
    due_on: date | None
    done_on: date | None
    version: int

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class NoteView:
    written_on: date
    text: str
    author: str


@dataclass(frozen=True)
class RiskPlanView:
    id: int
    activity: str
    why_it_matters: str
    what_could_go_wrong: str
    what_makes_it_safer: str
    who_agreed: str
    review_on: date | None
    review_outcome: str
    reviewed_on: date | None
    version: int

    def review_due(self, today: date) -> bool:
        return self.review_on is not None and self.review_on <= today


@dataclass(frozen=True)
class GoalView:
    id: int
    person_id: int
    kind: GoalKind
    statement: str
    why_it_matters: str
    life_area: str
    chime: str
    target_date: date | None
    status: GoalStatus
    readiness: int | None
    readiness_why: str
    achieved_on: date | None
    celebration: str
    source: str
    steps: tuple[StepView, ...]
    notes: tuple[NoteView, ...]
    risk_plans: tuple[RiskPlanView, ...]
    version: int

    def overdue(self, today: date) -> bool:
        return self.status is GoalStatus.WORKING and self.target_date is not None and self.target_date < today


@dataclass(frozen=True)
class GoalsOverview:
    person_id: int
    person_name: str
    called: str
    recovery: tuple[GoalView, ...]
    treatment: tuple[GoalView, ...]
