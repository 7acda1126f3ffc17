"""The rules under the outcome figures: months, "current", and gaining or losing a role."""
import json
from datetime import date

import pytest

from recovery_desk.content.assessment import INDICATORS, assessment_template
from recovery_desk.content.loader import ContentError
from recovery_desk.content.located_json import loads
from recovery_desk.content.outcomes import outcome_indicators, parse_indicators
from recovery_desk.domain.outcomes import (
    Change,
    Indicator,
    PlanVersion,
    compare,
    month_count,
    month_end,
    month_label,
    months_between,
    open_on,
    plan_current_on,
    point_in_month,
)


def test_months_and_their_ends_across_a_year_and_a_leap_february():
    assert months_between(date(2027, 11, 15), date(2028, 3, 2)) == [
        date(2027, 11, 1), date(2027, 12, 1), date(2028, 1, 1), date(2028, 2, 1), date(2028, 3, 1)]
    assert month_end(date(2028, 2, 10)) == date(2028, 2, 29) and month_end(date(2026, 12, 3)) == date(2026, 12, 31)
    assert month_label(date(2026, 9, 1)) == "Sep 2026" and month_label(date(2026, 9, 1), with_year=False) == "Sep"
    assert point_in_month(date(2026, 11, 1), date(2026, 6, 1), date(2026, 11, 21)) == date(2026, 11, 21)
    assert point_in_month(date(2026, 6, 1), date(2026, 6, 1), date(2026, 11, 21)) == date(2026, 6, 30)


def test_the_ends_of_the_calendar_are_counted_not_overflowed():
    assert month_end(date(9999, 12, 5)) == date(9999, 12, 31)
    assert months_between(date(9999, 11, 30), date(9999, 12, 31)) == [date(9999, 11, 1), date(9999, 12, 1)]
    assert month_count(date.min, date.max) == 9999 * 12 and month_count(date(2026, 5, 1), date(2026, 4, 30)) == 0


def test_a_plan_is_current_from_the_day_agreed_until_its_review_date_passes():
    v1 = PlanVersion(1, date(2026, 1, 10), date(2026, 7, 10))
    v2 = PlanVersion(2, date(2026, 9, 1), None)
    assert not plan_current_on([v1, v2], date(2026, 1, 9))
    assert plan_current_on([v1, v2], date(2026, 1, 10))
    assert plan_current_on([v1, v2], date(2026, 7, 10))  # due for review that day: still current
    assert not plan_current_on([v1, v2], date(2026, 7, 11))
    assert plan_current_on([v1, v2], date(2026, 9, 1))  # the newer version is in force
    assert not plan_current_on([], date(2026, 9, 1))


def test_open_means_opened_and_not_yet_discharged():
    assert open_on(date(2026, 1, 1), None, date(2026, 1, 1))
    assert not open_on(date(2026, 1, 2), None, date(2026, 1, 1))
    assert open_on(date(2026, 1, 1), date(2026, 3, 1), date(2026, 2, 28))
    assert not open_on(date(2026, 1, 1), date(2026, 3, 1), date(2026, 3, 1))


def test_gained_lost_kept_and_answers_that_say_nothing():
    work = Indicator("work", "In work", "role", ("part-time paid work", "voluntary work"), ("other",))
    pairs = [("not working", "part-time paid work"), ("voluntary work", "not working"),
             ("voluntary work", "part-time paid work"), ("not working", "looking for work"),
             ("other", "voluntary work"), (None, "voluntary work"), ("not working", "")]
    assert compare(work, pairs) == Change(compared=4, gained=1, lost=1, kept=1, still_without=1)


def test_every_answer_the_outcomes_count_is_one_the_assessment_offers():
    """If the assessment's wording changes, this says which outcome list needs the same change."""
    choices = {item.key: set(item.choices) for section in assessment_template().of_kind(INDICATORS)
               for item in section.items}
    for indicator in outcome_indicators():
        assert indicator.key in choices, indicator.key
        unknown = set(indicator.counts_as_having + indicator.not_known) - choices[indicator.key]
        assert not unknown, f"{indicator.key}: {unknown}"
    assert {i.group for i in outcome_indicators()} == {"role", "quality of life"}


def test_a_mistake_in_the_outcome_list_names_its_line():
    data = {"indicators": [{"key": "work", "label": "In work", "group": "roles", "counts_as_having": ["x"]}]}
    with pytest.raises(ContentError, match=r"^outcome_indicators.json, line 6: \"group\" should be one of"):
        parse_indicators(loads(json.dumps(data, indent=2)))
