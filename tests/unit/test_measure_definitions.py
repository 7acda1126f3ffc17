"""Measure definition files: the shipped example, scoring by hand, and plain messages naming the line."""
import copy
import json

import pytest

from recovery_desk.content.loader import ContentError
from recovery_desk.content.measures import parse_measure_text, shipped_measures
from recovery_desk.domain.measures import check_answers, format_score, score
from recovery_desk.locations import resource_path

EXAMPLE = resource_path("content", "measures", "example_wellbeing_check.json")


def example_data() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_the_shipped_example_is_clearly_labelled_made_up_and_loads():
    (measure,) = shipped_measures()
    assert measure.key == "example_wellbeing_check" and measure.version == "1.0"
    assert measure.is_example
    assert "made up" in measure.title.lower() and "not a validated measure" in measure.licence.lower()
    assert [i.key for i in measure.items] == ["e1", "e2", "e3", "e4", "e5", "e6", "s1", "s2", "s3"]
    assert measure.item("e4").reverse
    assert [r.key for r in measure.subscales] == ["getting_on", "connection", "support"]


def test_scores_match_a_hand_count():
    (measure,) = shipped_measures()
    answers = {"e1": 4, "e2": 3, "e3": 2, "e4": 1, "e5": 4, "e6": 2, "s1": None, "s2": 2, "s3": 4}
    result = score(measure, answers)
    # e4 is reverse-scored on 0–4: 1 counts as 3.  Total 4+3+2+3+4+2 = 18.
    assert result.total.value == 18
    assert {s.key: s.value for s in result.subscales} == {
        "getting_on": 12,  # 4+3+2+3
        "connection": 3,  # (4+2)/2
        "support": 75,  # s1 "not important to me" left out; s2 2/4 = 50, s3 4/4 = 100 → 75
    }
    assert result.answered == 9


def test_missing_answers_are_prorated_within_the_limit_and_explained_beyond_it():
    (measure,) = shipped_measures()
    five = {"e1": 4, "e2": 3, "e3": 2, "e4": 1, "e5": 4}
    result = score(measure, five)
    assert result.total.value == 19.2  # (4+3+2+3+4)/5 × 6 items
    connection = next(s for s in result.subscales if s.key == "connection")
    assert connection.value is None and connection.why_not == (
        "1 of 2 questions has a scored answer; at least 2 are needed to score it.")
    four = score(measure, {"e1": 4, "e2": 3, "e3": 2, "e4": 1})
    assert four.total.value is None and "at least 5 are needed" in four.total.why_not
    assert format_score(19.2) == "19.2" and format_score(18.0) == "18" and format_score(None) == "–"


def test_answers_off_the_scale_are_refused():
    (measure,) = shipped_measures()
    assert check_answers(measure, {"e1": 7, "s1": None, "e2": None, "zz": 1}) == {
        "e1": "Please choose one of the answers listed.",
        "e2": "Please choose one of the answers listed.",  # "not important" is not an option on this scale
        "zz": "This question is not part of this version of the measure.",
    }


def test_a_malformed_file_gives_a_message_naming_the_line_and_problem():
    text = EXAMPLE.read_text(encoding="utf-8")
    broken = text.replace('"text": "I had something to look forward to."},',
                          '"text": "I had something to look forward to."}')
    line = next(i for i, row in enumerate(broken.splitlines(), 1) if '"id": "e4"' in row)
    with pytest.raises(ContentError) as caught:
        parse_measure_text(broken, "wellbeing.json")
    assert str(caught.value) == (f"wellbeing.json, line {line}: a comma is missing (or there is one bracket too "
                                 "many) just before here.")


def _with(change) -> tuple[str, dict]:
    data = copy.deepcopy(example_data())
    change(data)
    return json.dumps(data, indent=2), data


def _line(text: str, needle: str, after: str = "") -> int:
    """The line of the first ``needle`` after the first ``after`` (lines counted from 1)."""
    start = text.index(after) if after else 0
    return text.count("\n", 0, text.index(needle, start)) + 1


def _support_from_one(d: dict) -> None:
    for option in d["scales"]["support"]["options"][1:]:
        option["value"] += 1  # support now scores 1–5, agreement 0–4
    d["scoring"]["subscales"][1]["items"] = ["e5", "s2"]


@pytest.mark.parametrize(("change", "where", "words"), [
    (lambda d: d["items"][2].update(scale="agree7"), ('"scale": "agree7"',),
     'item "e3" uses the scale "agree7", which is not defined under "scales" (defined: agree, support).'),
    (lambda d: d["items"][4].update(id="e1"), ('"id": "e1"', '"id": "e4"'),  # the second e1 is reported
     'the item id "e1" is used twice.'),
    (lambda d: d["scoring"]["subscales"][1].update(items=["e5", "q9"]), ('"q9"',),
     'Subscale "connection" names q9, which is not an item.'),
    (lambda d: d["scoring"]["total"].update(method="median"), ('"median"',),
     'The total: "method" should be one of sum, mean, percent.'),
    (_support_from_one, ('"items": [', '"id": "connection"'),
     'Subscale "connection": a mean needs items on scales with the same range; use "percent".'),
    (lambda d: d["scales"]["agree"]["options"][2].update(value="two"), ('"two"',),
     'Scale "agree": each option\'s "value" should be a whole number, or null for an answer that is not scored'),
    (lambda d: d["scoring"]["total"].update(min_answered=9), ('"min_answered": 9',),
     'The total: "min_answered" should be from 1 to 6.'),
    (lambda d: d.update(format="something-else"), ('"something-else"',),
     'this is not a measure definition: "format" should be "recovery-desk-measure".'),
    (lambda d: d.update(version="one point oh"), ('"one point oh"',), '"version" should be short'),
])
def test_each_mistake_names_its_line(change, where, words):
    text, _data = _with(change)
    with pytest.raises(ContentError) as caught:
        parse_measure_text(text, "wellbeing.json")
    message = str(caught.value)
    assert message.startswith(f"wellbeing.json, line {_line(text, *where)}: ") and words in message, message


def test_duplicate_names_in_one_object_are_caught_not_silently_merged():
    text = EXAMPLE.read_text(encoding="utf-8").replace('"short_title": "Example check",',
                                                       '"short_title": "Example check",\n  "title": "Again",')
    with pytest.raises(ContentError, match=r'line 9: the name "title" appears twice'):
        parse_measure_text(text, "x.json")
