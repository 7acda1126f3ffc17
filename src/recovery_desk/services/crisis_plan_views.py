"""Plain data describing a joint crisis plan, as the screen and the printed copy show it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

DRAFT = "draft"
AGREED = "agreed"
SUPERSEDED = "superseded"


@dataclass(frozen=True)
class PlanSection:
    key: str
    title: str
    help: str
    prompts: tuple[str, ...]
    their_words: str  # what the person said, in their words
    staff_notes: str  # what staff add, kept apart and shown differently
    required_to_agree: bool

    @property
    def is_empty(self) -> bool:
        return not self.their_words.strip() and not self.staff_notes.strip()


@dataclass(frozen=True)
class PlanCopy:
    id: int
    holder: str  # "Me", a supporter's name, "GP", "Crisis team", ...
    given_on: date | None
    plan_version_no: int
    out_of_date: bool  # a newer agreed version exists than the one this copy holds
    version: int


@dataclass(frozen=True)
class CrisisPlanView:
    id: int
    person_id: int
    person_name: str  # full display name
    called: str  # what they like to be called: large on page one
    date_of_birth: date | None
    nhs_number: str
    version_no: int
    status: str  # draft / agreed / superseded
    review_by: date | None
    agreed_on: date | None
    person_took_part: bool
    care_coordinator: str
    facilitator: str  # optional, from outside the team
    supporters_involved: str
    not_agreed: str  # anything the team could not agree to, and why
    sections: tuple[PlanSection, ...]
    copies: tuple[PlanCopy, ...]  # each holder's newest copy, most recently given first
    version: int  # optimistic-locking counter of the plan row
    updated_at: datetime

    @property
    def is_draft(self) -> bool:
        return self.status == DRAFT

    def section(self, key: str) -> PlanSection:
        return next(s for s in self.sections if s.key == key)
