"""Dates as people read them in the UK, and the rules about them."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

OLDEST_PLAUSIBLE_AGE = 120


def uk_date(value: date | None) -> str:
    """``21/11/2026``; empty for no date."""
    return value.strftime("%d/%m/%Y") if value else ""


def uk_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d/%m/%Y %H:%M")


def age_on(born: date | None, today: date) -> int | None:
    if born is None:
        return None
    years = today.year - born.year
    if (today.month, today.day) < (born.month, born.day):
        years -= 1
    return years


def check_date_of_birth(born: date | None, today: date) -> str | None:
    """A message when the date of birth cannot be right, otherwise ``None``."""
    if born is None:
        return None
    if born > today:
        return "The date of birth is in the future. Please check it."
    if age_on(born, today) > OLDEST_PLAUSIBLE_AGE:
        return f"The date of birth makes this person older than {OLDEST_PLAUSIBLE_AGE}. Please check the year."
    return None


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def add_months(start: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (31 Aug + 6 → 28/29 Feb)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, min(start.day, day))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def days_between(a: date, b: date) -> int:
    return (b - a) // timedelta(days=1)


class DateInputError(ValueError):
    pass


def parse_uk_date(text: str) -> date | None:
    """Read a date as typed in the UK: ``21/11/2026``, ``21-11-2026``, ``21.11.26``.

    Blank gives ``None``. Two-digit years are read as the most recent such year (so
    ``01/02/63`` is 1963). Raises :class:`DateInputError` with a message to show.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    for sep in "-. ":
        cleaned = cleaned.replace(sep, "/")
    parts = [p for p in cleaned.split("/") if p]
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts):
        raise DateInputError("Please type the date as day/month/year, for example 21/11/2026.")
    day, month, year = (int(p) for p in parts)
    if len(parts[2]) <= 2:
        this_year = date.today().year
        year += (this_year // 100) * 100
        if year > this_year:
            year -= 100
    elif len(parts[2]) != 4:
        raise DateInputError("Please give the year in full, for example 1987.")
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInputError(f"There is no such date as {day}/{month}/{year}. Please check it.") from None
