"""Plain data describing a person's assessments, check-ins and life timeline, as the screen shows them."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from recovery_desk.domain.timeline import event_date_text

DRAFT = "draft"
COMPLETED = "completed"


@dataclass(frozen=True)
class Answer:
    their_words: str = ""  # what the person said, in their words
    staff_notes: str = ""  # what staff add, kept apart and shown differently
    not_discussed: bool = False  # a deliberate choice not to talk about this section this time

    @property
    def has_words(self) -> bool:
        return bool(self.their_words.strip())


BLANK = Answer()


@dataclass(frozen=True)
class Rating:
    area_key: str
    area_name: str
    rating: int | None  # on the template's scale (1–7); None: not rated
    priority: bool  # one of the areas the person wants to work on


@dataclass(frozen=True)
class Retired:
    """Something written under a section, item or area the template no longer has.

    It is still shown (under "No longer in the template"), never silently dropped.
    """

    key: str
    title: str
    text: str
    staff_notes: str = ""


@dataclass(frozen=True)
class AssessmentView:
    id: int
    person_id: int
    person_name: str
    called: str
    version_no: int
    status: str  # draft / completed
    template_version: str
    started_on: date
    completed_on: date | None
    completed_by: str  # who signed it, when completed
    based_on_id: int | None
    answers: Mapping[str, Answer]  # by key: "current_strengths", "chime:hope", "chime" (the section's tick)
    indicators: Mapping[str, str]  # by item key: "work" -> "voluntary work"
    ratings: Mapping[str, Rating]  # by area key
    retired: tuple[Retired, ...]
    version: int  # optimistic-locking counter of the assessment row
    updated_at: datetime

    @property
    def is_draft(self) -> bool:
        return self.status == DRAFT

    @property
    def dated(self) -> date:
        """The date it is known by: completed on, or started on while a draft."""
        return self.completed_on or self.started_on

    def answer(self, key: str) -> Answer:
        return self.answers.get(key, BLANK)


@dataclass(frozen=True)
class AssessmentSummary:
    id: int
    version_no: int
    status: str
    started_on: date
    completed_on: date | None
    completed_by: str
    template_version: str


@dataclass(frozen=True)
class CheckinPoint:
    assessment_id: int
    on: date
    is_draft: bool
    ratings: Mapping[str, int]  # area key -> rating (areas not rated are absent)
    priorities: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class CheckinSeries:
    """Every check-in of one person, oldest first, for the chart."""

    areas: tuple[tuple[str, str], ...]  # (key, name): the template's areas, then any only in older check-ins
    low: int
    high: int
    low_label: str
    high_label: str
    points: tuple[CheckinPoint, ...]


@dataclass(frozen=True)
class TimelineEventView:
    id: int
    person_id: int
    happened_on: date
    precision: str  # day / month / year: how much of the date the person gave
    kind: str
    title: str
    their_words: str
    version: int

    @property
    def when(self) -> str:
        return event_date_text(self.happened_on, self.precision)
