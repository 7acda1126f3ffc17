"""A person's life timeline (100 Ways, action point 35): dated events, good and hard.

People often remember only the year, or the month and year, of something that shaped
their life; an event keeps how much of its date was given (its *precision*).
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from recovery_desk.domain.dates import DateInputError, parse_uk_date
from recovery_desk.domain.errors import ValidationFailed
from recovery_desk.domain.text import check_length, clean_text, require

DAY, MONTH, YEAR = "day", "month", "year"
EARLIEST_YEAR = 1850  # events before the person's birth (a grandparent's journey) are welcome
TITLE_LIMIT = 200
WORDS_LIMIT = 4000
DATE_HELP = "Please give a date (21/03/1998), a month and year (03/1998 or March 1998), or just a year (1998)."

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9


def parse_event_date(text: str) -> tuple[date, str] | None:
    """``"1998"`` → (1 Jan 1998, "year"); ``"03/1998"`` or ``"March 1998"`` → (1 Mar 1998,
    "month"); a full UK date → (that day, "day"). Blank gives ``None``."""
    cleaned = " ".join(text.replace(",", " ").split())
    if not cleaned:
        return None
    parts = cleaned.replace("/", " ").replace("-", " ").replace(".", " ").split()
    if len(parts) == 1 and parts[0].isascii() and parts[0].isdigit():
        return _checked(_year(parts[0]), 1, 1), YEAR
    if len(parts) == 2 and parts[1].isascii() and parts[1].isdigit():
        month = _MONTHS.get(parts[0].lower()) or (int(parts[0]) if parts[0].isascii() and parts[0].isdigit() else 0)
        if not 1 <= month <= 12:
            raise DateInputError(DATE_HELP)
        return _checked(_year(parts[1]), month, 1), MONTH
    if len(parts) == 3 and parts[1].lower() in _MONTHS:
        parts[1] = str(_MONTHS[parts[1].lower()])
    try:
        day = parse_uk_date("/".join(parts))
    except DateInputError as exc:
        raise DateInputError(str(exc) if len(parts) == 3 else DATE_HELP) from None
    assert day is not None
    if day.year < EARLIEST_YEAR:
        raise DateInputError(f"Please check the year: the timeline starts in {EARLIEST_YEAR}.")
    return day, DAY


def _year(text: str) -> int:
    if len(text) != 4:
        raise DateInputError("Please give the year in full, for example 1998.")
    return int(text)


def _checked(year: int, month: int, day: int) -> date:
    if year < EARLIEST_YEAR:
        raise DateInputError(f"Please check the year: the timeline starts in {EARLIEST_YEAR}.")
    return date(year, month, day)


def event_date_text(when: date, precision: str) -> str:
    """As the person gave it: ``1998``, ``March 1998`` or ``21/03/1998``."""
    if precision == YEAR:
        return str(when.year)
    if precision == MONTH:
        return f"{calendar.month_name[when.month]} {when.year}"
    return when.strftime("%d/%m/%Y")


@dataclass
class EventDraft:
    when: str = ""  # as typed: 1998, 03/1998, March 1998, 21/03/1998
    kind: str = ""
    title: str = ""
    their_words: str = ""
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class CleanEvent:
    happened_on: date
    precision: str
    kind: str
    title: str
    their_words: str


def clean_event(draft: EventDraft, kinds: tuple[str, ...], today: date) -> CleanEvent:
    """Every problem at once, each against its field, or the event ready to store."""
    problems: dict[str, str] = {}
    title = clean_text(draft.title)
    words = clean_text(draft.their_words, multiline=True)
    require(problems, "title", title, "What happened, in a few words")
    check_length(problems, "title", title, TITLE_LIMIT, "What happened")
    check_length(problems, "their_words", words, WORDS_LIMIT, "In their words")
    if draft.kind not in kinds:
        problems["kind"] = "Please choose what kind of event this was from the list."
    parsed = None
    try:
        parsed = parse_event_date(draft.when)
    except DateInputError as exc:
        problems["when"] = str(exc)
    else:
        if parsed is None:
            problems["when"] = "Please say when it happened. " + DATE_HELP
        elif parsed[0] > today:
            problems["when"] = "The timeline is for things that have happened: the date cannot be in the future."
    if problems:
        raise ValidationFailed(problems)
    assert parsed is not None
    return CleanEvent(parsed[0], parsed[1], draft.kind, title, words)

