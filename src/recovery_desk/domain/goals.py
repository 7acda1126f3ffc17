"""Recovery and treatment goals: kinds, statuses and the rules a goal and its steps meet.

Recovery goals are the person's own "dreams with deadlines"; treatment goals are the
service's obligations (100 Ways, Section 5). Letting a goal go is a choice, not a failure.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from recovery_desk.domain.errors import ValidationFailed
from recovery_desk.domain.text import check_length, clean_text, require

TEXT_LIMIT = 4000
SHORT_LIMIT = 64  # an area of life or a CHIME process: chosen from a list, stored as such
SOURCE_LIMIT = 200
DISTANT_PAST = timedelta(days=366)


class GoalKind(StrEnum):
    RECOVERY = "recovery"
    TREATMENT = "treatment"


class GoalStatus(StrEnum):
    WORKING = "working"
    ACHIEVED = "achieved"
    PAUSED = "paused"
    LET_GO = "let go"

    @property
    def label(self) -> str:
        return {"working": "Working on it", "achieved": "Achieved", "paused": "Paused", "let go": "Let go"}[self.value]


class StepOwner(StrEnum):
    PERSON = "person"
    STAFF = "staff"
    SUPPORTER = "supporter"


@dataclass
class GoalDraft:
    kind: GoalKind = GoalKind.RECOVERY
    statement: str = ""
    why_it_matters: str = ""
    life_area: str = ""
    chime: str = ""
    target_date: date | None = None
    readiness: int | None = None
    readiness_why: str = ""
    source: str = ""
    id: int | None = None
    version: int | None = None


def clean_goal(draft: GoalDraft, today: date, *, previous_target: date | None = None) -> GoalDraft:
    statement = clean_text(draft.statement, multiline=True)
    why = clean_text(draft.why_it_matters, multiline=True)
    readiness_why = clean_text(draft.readiness_why, multiline=True)
    problems: dict[str, str] = {}
    require(problems, "statement", statement,
            "The goal, in their words" if draft.kind is GoalKind.RECOVERY else "The goal")
    for name, value, label in (("statement", statement, "The goal"), ("why_it_matters", why, "Why it matters"),
                               ("readiness_why", readiness_why, "What made it more than 1")):
        check_length(problems, name, value, TEXT_LIMIT, label)
    life_area, chime, source = clean_text(draft.life_area), clean_text(draft.chime), clean_text(draft.source)
    check_length(problems, "life_area", life_area, SHORT_LIMIT, "The area of life")
    check_length(problems, "chime", chime, SHORT_LIMIT, "What it builds")
    check_length(problems, "source", source, SOURCE_LIMIT, "Where the goal came from")
    if draft.readiness is not None and not 1 <= draft.readiness <= 10:
        problems["readiness"] = "Readiness is a number from 1 (not at all ready) to 10 (completely ready)."
    if (draft.target_date is not None and draft.target_date != previous_target
            and draft.target_date < today - DISTANT_PAST):
        problems["target_date"] = ("This target date is more than a year ago. Choose a date ahead, or leave it "
                                   "empty if there is no date yet.")
    if problems:
        raise ValidationFailed(problems)
    return replace(draft, statement=statement, why_it_matters=why, readiness_why=readiness_why,
                   life_area=life_area, chime=chime, source=source)


@dataclass
class StepDraft:
    description: str = ""
    who_kind: StepOwner | None = None
    who_staff_id: int | None = None
    who_supporter_id: int | None = None
    due_on: date | None = None
    id: int | None = None
    version: int | None = None


def clean_step(draft: StepDraft) -> StepDraft:
    description = clean_text(draft.description, multiline=True)
    problems: dict[str, str] = {}
    require(problems, "description", description, "What the step is")
    check_length(problems, "description", description, TEXT_LIMIT, "The step")
    if draft.who_kind is None:
        problems["who"] = "Please say who will do this step: the person, a member of staff or a supporter."
    elif draft.who_kind is StepOwner.STAFF and draft.who_staff_id is None:
        problems["who"] = "Please choose which member of staff will do this step."
    elif draft.who_kind is StepOwner.SUPPORTER and draft.who_supporter_id is None:
        problems["who"] = "Please choose which supporter will do this step."
    if problems:
        raise ValidationFailed(problems)
    return replace(draft, description=description)


@dataclass
class RiskPlanDraft:
    activity: str = ""
    why_it_matters: str = ""
    what_could_go_wrong: str = ""
    what_makes_it_safer: str = ""
    who_agreed: str = ""
    review_on: date | None = None
    id: int | None = None
    version: int | None = None


def clean_risk_plan(draft: RiskPlanDraft, today: date) -> RiskPlanDraft:
    values = {name: clean_text(getattr(draft, name), multiline=True)
              for name in ("activity", "why_it_matters", "what_could_go_wrong", "what_makes_it_safer", "who_agreed")}
    problems: dict[str, str] = {}
    require(problems, "activity", values["activity"], "What the person wants to do")
    require(problems, "what_makes_it_safer", values["what_makes_it_safer"], "What would make it safer")
    require(problems, "who_agreed", values["who_agreed"], "Who was involved in agreeing it")
    for name, value in values.items():
        check_length(problems, name, value, TEXT_LIMIT, "This answer")
    if draft.review_on is None:
        problems["review_on"] = "Please set a date to review how it is going."
    elif draft.review_on < today:
        problems["review_on"] = "The review date should be today or later."
    if problems:
        raise ValidationFailed(problems)
    return replace(draft, **values)
