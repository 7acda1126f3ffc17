"""Plain data for the team meeting: set-up, agenda, the person under review, and what is shared."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class AgendaSuggestion:
    person_id: int
    name: str
    care_coordinator: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class HatSuggestion:
    staff_id: int | None
    last_worn: date | None  # of the suggested wearer
    times_worn: int


@dataclass(frozen=True)
class ActionView:
    id: int
    person_id: int
    description: str
    owner_id: int
    owner: str
    due_on: date
    goal_id: int | None
    goal: str
    done_on: date | None
    meeting_on: date | None
    version: int

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on < today


@dataclass(frozen=True)
class ItemView:
    id: int
    person_id: int
    name: str  # full display name (chair's screen only)
    called: str
    family_name: str
    position: int
    reasons: tuple[str, ...]
    minutes: int
    status: str  # waiting / reviewed / skipped
    hat_wearer_id: int | None
    next_review_on: date | None
    notes: dict[str, str]
    version: int


@dataclass(frozen=True)
class MeetingView:
    id: int
    held_on: date
    status: str
    chair_id: int
    chair: str
    attendees: tuple[tuple[int, str], ...]
    hat_wearer_id: int | None  # for the meeting (or the current item when the hat passes)
    hat_per_person: bool
    items: tuple[ItemView, ...]
    current_item_id: int | None
    current_step: str
    started_at: datetime
    version: int

    def staff_name(self, staff_id: int | None) -> str:
        return next((n for i, n in self.attendees if i == staff_id), "")

    def item(self, item_id: int | None) -> ItemView | None:
        return next((i for i in self.items if i.id == item_id), None)

    @property
    def total_minutes(self) -> int:
        return sum(i.minutes for i in self.items)


@dataclass(frozen=True)
class GoalLine:
    id: int
    statement: str  # in their words
    status: str
    target_date: date | None
    progress: str  # latest progress note, if any


@dataclass(frozen=True)
class ReviewContext:
    """Everything the review steps show about the person under review (chair's screen).

    The shared screen gets a :class:`SharedView` made from this, never this itself.
    """

    person_id: int
    called: str
    family_name: str
    pronouns: str
    strengths: str
    valued_roles: str
    goals: tuple[GoalLine, ...]
    crisis_plan: str  # status in words
    early_warning_signs: str
    risk_plans_due: tuple[str, ...]
    open_actions: tuple[ActionView, ...]
    next_review_on: date | None
    last_reviewed: date | None


@dataclass(frozen=True)
class SharedView:
    """Exactly what the shared screen may show: one person, one step, no identifiers."""

    person_label: str  # called name + family name, or initials only
    step_title: str
    step_lines: tuple[str, ...]
    hat_wearer: str
    position: str  # "3 of 12"
    minutes_allotted: int


@dataclass(frozen=True)
class ReviewHistoryEntry:
    meeting_on: date
    notes: dict[str, str]
    hat_wearer: str
    next_review_on: date | None


# ---- the minutes ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MinutesAction:
    description: str
    owner: str
    due_on: date
    goal: str  # the linked goal in the person's words, or ""


@dataclass(frozen=True)
class MinutesStep:
    key: str
    title: str  # as on the chair's screen
    notes: str  # "" when nothing was written at this step


@dataclass(frozen=True)
class MinutesReview:
    """One person reviewed: every step in order, the actions agreed, the next review date."""

    person_id: int
    name: str  # in full: the minutes are the team's own record
    reasons: tuple[str, ...]  # why they were on the agenda
    hat_wearer: str  # for this review (differs from the meeting's when the hat was passed)
    steps: tuple[MinutesStep, ...]
    actions: tuple[MinutesAction, ...]
    next_review_on: date | None


@dataclass(frozen=True)
class MinutesNotReviewed:
    person_id: int
    name: str
    reasons: tuple[str, ...]
    skipped: bool  # skipped on purpose; otherwise not reached


@dataclass(frozen=True)
class MeetingMinutes:
    meeting_id: int
    team: str
    held_on: date
    finished: bool
    chair: str
    present: tuple[str, ...]
    hat_wearer: str  # at the start of the meeting
    hat_per_person: bool
    reviews: tuple[MinutesReview, ...]  # in agenda order
    not_reviewed: tuple[MinutesNotReviewed, ...]  # in agenda order

    @property
    def hat_passed(self) -> bool:
        return any(r.hat_wearer != self.hat_wearer for r in self.reviews)


@dataclass(frozen=True)
class FinishedMeeting:
    """A line in the list of past meetings whose minutes can be printed."""

    id: int
    held_on: date
    chair: str
    reviewed: int
    on_agenda: int
