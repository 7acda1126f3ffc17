"""Rules behind the team's outcome figures (100 Ways, Section 8): months, what "current" means,
and what counts as gaining or losing a valued role. Pure, so each rule is tested on its own."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
import calendar
from datetime import date

MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def month_count(start: date, end: date) -> int:
    """How many calendar months ``start``–``end`` touches (0 when it ends before it starts)."""
    return max(0, (end.year - start.year) * 12 + end.month - start.month + 1)


def months_between(start: date, end: date) -> list[date]:
    """The first day of every calendar month that ``start``–``end`` touches, in order."""
    first = month_start(start)
    return [date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
            for i in range(month_count(start, end))]


def month_label(first: date, *, with_year: bool = True) -> str:
    """``Nov 2026`` (or ``Nov``): how UK slides label months."""
    name = MONTH_NAMES[first.month - 1]
    return f"{name} {first.year}" if with_year else name


def point_in_month(first: date, start: date, end: date) -> date:
    """The day a month's "at the end of the month" figure is taken: its last day, or the range's end."""
    return max(min(month_end(first), end), start)


@dataclass(frozen=True)
class PlanVersion:
    """One agreed (or later superseded) version of a person's joint crisis plan."""

    version_no: int
    agreed_on: date | None
    review_by: date | None


def plan_current_on(versions: Iterable[PlanVersion], day: date) -> bool:
    """Whether the person had a current agreed plan on ``day``: the newest version agreed by then,
    with its review date not yet passed (a plan due for review *on* that day still counts)."""
    in_force = max((v for v in versions if v.agreed_on is not None and v.agreed_on <= day),
                   key=lambda v: v.version_no, default=None)
    return in_force is not None and (in_force.review_by is None or in_force.review_by >= day)


def open_on(opened_on: date | None, discharged_on: date | None, day: date) -> bool:
    """Open to the team on ``day``: opened by then and not yet discharged (discharged that day is closed)."""
    return opened_on is not None and opened_on <= day and (discharged_on is None or discharged_on > day)


@dataclass(frozen=True)
class Indicator:
    """A valued role or everyday-life good, read from the assessment's "Roles and everyday life" answers."""

    key: str  # the assessment item: "work"
    label: str  # "In work (paid or voluntary)"
    group: str  # "role" or "quality of life"
    counts_as_having: tuple[str, ...]
    not_known: tuple[str, ...] = ()

    def has(self, answer: str | None) -> bool | None:
        """True / False, or None when the answer says nothing either way (blank, "prefer not to say")."""
        if not answer or answer in self.not_known:
            return None
        return answer in self.counts_as_having


@dataclass(frozen=True)
class Change:
    """How many people gained, lost, kept or are still without one indicator."""

    compared: int = 0
    gained: int = 0
    lost: int = 0
    kept: int = 0
    still_without: int = 0


def compare(indicator: Indicator, pairs: Iterable[tuple[str | None, str | None]]) -> Change:
    """Count changes from each person's first answer to their latest (pairs of (first, latest))."""
    gained = lost = kept = without = 0
    for first, latest in pairs:
        before, after = indicator.has(first), indicator.has(latest)
        if before is None or after is None:
            continue
        if after and not before:
            gained += 1
        elif before and not after:
            lost += 1
        elif before:
            kept += 1
        else:
            without += 1
    return Change(gained + lost + kept + without, gained, lost, kept, without)
