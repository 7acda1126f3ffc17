"""Team meeting rules: who wears the recovery hat next, why someone is on the agenda, timing.

Action point 62: in each team meeting one worker wears the "recovery hat" and speaks for
how the service is supporting the person's recovery. Rotating it fairly keeps it a shared
habit rather than one person's job.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

REVIEW_DUE = "review due"
GOAL_DATE_PASSED = "a goal's target date has passed"
PLAN_MISSING = "no agreed crisis plan"
PLAN_OVERDUE = "crisis plan review overdue"
RECENT_CRISIS = "recent crisis"
ASKED_FOR = "asked for by a clinician"


@dataclass(frozen=True)
class HatRecord:
    """How often and how recently one attendee has worn the hat."""

    staff_id: int
    last_worn: date | None
    times_worn: int


def suggest_hat_wearer(attendees: Sequence[int], history: Mapping[int, HatRecord], meeting_day: date) -> int | None:
    """The attendee who has worn the hat least recently (never beats ever).

    Ties (for example several people who have never worn it) go to whoever has worn it
    fewest times, then to an order that is shuffled afresh for each meeting day, so the
    same person is not always first alphabetically or by account age.
    """
    if not attendees:
        return None

    def key(staff_id: int):
        record = history.get(staff_id)
        last = record.last_worn if record and record.last_worn else date.min
        times = record.times_worn if record else 0
        shuffle = hashlib.sha256(f"{meeting_day.isoformat()}:{staff_id}".encode()).hexdigest()
        return (last, times, shuffle)

    return min(attendees, key=key)


@dataclass(frozen=True)
class PersonFacts:
    """What the agenda needs to know about one open person (computed by the services)."""

    person_id: int
    next_review_on: date | None
    goal_target_passed: bool
    crisis_plan_status: str  # none / draft / agreed / review overdue
    recent_crisis: bool
    asked_for: bool


def agenda_reasons(facts: PersonFacts, meeting_day: date) -> list[str]:
    reasons = []
    if facts.next_review_on is not None and facts.next_review_on <= meeting_day:
        reasons.append(REVIEW_DUE)
    if facts.goal_target_passed:
        reasons.append(GOAL_DATE_PASSED)
    if facts.crisis_plan_status in ("none", "draft"):
        reasons.append(PLAN_MISSING)
    elif facts.crisis_plan_status == "review overdue":
        reasons.append(PLAN_OVERDUE)
    if facts.recent_crisis:
        reasons.append(RECENT_CRISIS)
    if facts.asked_for:
        reasons.append(ASKED_FOR)
    return sorted(reasons, key=PRIORITY.__getitem__)


# Reasons that put someone on the agenda by themselves; a missing crisis plan alone is shown
# as a reason but does not fill the agenda with everyone who has no plan yet.
PRIORITY = {RECENT_CRISIS: 0, ASKED_FOR: 1, REVIEW_DUE: 2, PLAN_OVERDUE: 3, GOAL_DATE_PASSED: 4, PLAN_MISSING: 5}
TRIGGERS = {RECENT_CRISIS, ASKED_FOR, REVIEW_DUE, PLAN_OVERDUE, GOAL_DATE_PASSED}


def should_suggest(reasons: Iterable[str]) -> bool:
    return any(r in TRIGGERS for r in reasons)


def agenda_order(reasons: Sequence[str]) -> int:
    return min((PRIORITY[r] for r in reasons), default=99)


def meeting_length(minutes: Iterable[int]) -> int:
    return sum(minutes)


def describe_length(total_minutes: int) -> str:
    hours, minutes = divmod(total_minutes, 60)
    if hours and minutes:
        return f"about {hours} h {minutes} min"
    if hours:
        return f"about {hours} h"
    return f"about {minutes} min"


def initials(called: str, family: str) -> str:
    return "".join(part[0].upper() for part in (called, family) if part)
