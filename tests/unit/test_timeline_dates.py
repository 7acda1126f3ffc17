"""Life timeline dates: as much of the date as the person remembers."""
from datetime import date

import pytest

from recovery_desk.domain.dates import DateInputError
from recovery_desk.domain.errors import ValidationFailed
from recovery_desk.domain.timeline import EventDraft, clean_event, event_date_text, parse_event_date

KINDS = ("achievement", "loss")


@pytest.mark.parametrize("text, expected", [
    ("1998", (date(1998, 1, 1), "year")),
    ("03/1998", (date(1998, 3, 1), "month")),
    ("3-1998", (date(1998, 3, 1), "month")),
    ("March 1998", (date(1998, 3, 1), "month")),
    ("sept 2001", (date(2001, 9, 1), "month")),
    ("21/03/1998", (date(1998, 3, 21), "day")),
    ("21 March 1998", (date(1998, 3, 21), "day")),
    ("  ", None),
])
def test_dates_as_people_remember_them(text, expected):
    assert parse_event_date(text) == expected


@pytest.mark.parametrize("text, message", [
    ("98", "year in full"),
    ("13/1998", "a month and year"),
    ("Smarch 1998", "a month and year"),
    ("31/02/1998", "no such date"),
    ("1066", "starts in 1850"),
    ("last summer", "a month and year"),
])
def test_dates_that_cannot_be_read_say_what_to_type(text, message):
    with pytest.raises(DateInputError, match=message):
        parse_event_date(text)


def test_shown_as_given():
    assert event_date_text(date(1998, 1, 1), "year") == "1998"
    assert event_date_text(date(1998, 3, 1), "month") == "March 1998"
    assert event_date_text(date(1998, 3, 21), "day") == "21/03/1998"


def test_every_problem_with_an_event_at_once():
    with pytest.raises(ValidationFailed) as caught:
        clean_event(EventDraft("2030", "party", "  ", "x" * 4001), KINDS, date(2026, 11, 21))
    assert set(caught.value.problems) == {"when", "kind", "title", "their_words"}
    clean = clean_event(EventDraft(" 2004 ", "achievement", " Passed  my\ttest ", " First time! "), KINDS,
                        date(2026, 11, 21))
    assert (clean.happened_on, clean.precision, clean.title, clean.their_words) == (
        date(2004, 1, 1), "year", "Passed my test", "First time!")
