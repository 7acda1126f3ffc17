"""The reference library: complete, numbered as in the source, searchable, and linked to the prompts."""
import json

import pytest

from recovery_desk.content.loader import ContentError
from recovery_desk.content.located_json import loads
from recovery_desk.content.reference import (
    ACTION_POINT,
    HOPE_STRATEGY,
    QUESTION,
    cited_action_points,
    parse_action_points,
    reference_library,
)
from recovery_desk.locations import resource_path


def test_all_100_action_points_numbered_1_to_100_are_present_once_each():
    points = reference_library().of_kind(ACTION_POINT)
    assert [p.action_point for p in points] == list(range(1, 101))
    assert all(p.text.strip() and p.heading.startswith("Section ") for p in points)
    assert len({p.text for p in points}) == 100  # no point copied over another


def test_hope_strategies_and_questions_carry_their_source_numbers():
    library = reference_library()
    hope = library.of_kind(HOPE_STRATEGY)
    questions = library.of_kind(QUESTION)
    assert len(hope) == 25 and all(h.number == "Table 2" for h in hope)
    assert {q.heading for q in questions} == {"Person-centred questions", "Coaching questions",
                                              "Questions that build motivation"}
    assert all(q.number.startswith(("Section ", "Action point ")) for q in questions)
    assert next(q for q in questions if q.key == "question:mo_celebrate").number == "Action point 71"


def test_search_finds_words_in_any_order_and_numbers_as_numbers():
    library = reference_library()
    assert [i.key for i in library.search("64")] == ["ap:64", "question:mo_reflect"]
    assert [i.key for i in library.search("  CRISIS   plan  advance ", (ACTION_POINT,))] == \
        [i.key for i in library.of_kind(ACTION_POINT) if all(w in i.searchable for w in ("crisis", "plan", "advance"))]
    assert library.search("crisis plan advance", (ACTION_POINT,))
    assert library.search("staff values", (HOPE_STRATEGY,)) and not library.search("staff values", (QUESTION,))
    assert library.search("") == library.items
    assert library.search("zzqx") == ()


def test_action_points_link_back_to_the_prompts_that_use_them():
    point = reference_library().action_point(83)
    assert any(u.startswith("Recovery hat prompt:") for u in point.used_in)
    assert reference_library().search("recovery hat prompt 83") == (point,)


def test_cited_action_points_reads_ranges_and_lists():
    assert cited_action_points("100 Ways, action points 64, 65 and 70–71; Box 3") == (64, 65, 70, 71)
    assert cited_action_points("action point 9 and Table 2") == (9,)
    assert cited_action_points("Section 4.3") == ()
    assert cited_action_points("action points 86 to 88, 90, and 92") == (86, 87, 88, 90, 92)


def _points_file(drop: int | None = None, repeat: int | None = None) -> str:
    data = json.loads(resource_path("content", "action_points.json").read_text(encoding="utf-8"))
    points = [p for p in data["action_points"] if p["number"] != drop]
    if repeat is not None:
        points.append(dict(next(p for p in points if p["number"] == repeat)))
    data["action_points"] = points
    return json.dumps(data, indent=2, ensure_ascii=False)


def test_a_missing_action_point_is_named():
    with pytest.raises(ContentError, match="missing action point 42;"):
        parse_action_points(loads(_points_file(drop=42)))


def test_a_repeated_action_point_names_both_lines():
    text = _points_file(repeat=7)
    lines = text.splitlines()
    sevens = [i for i, line in enumerate(lines, 1) if '"number": 7,' in line and '"section"' in lines[i]]
    first, last = sevens[0] - 1, sevens[-1] - 1  # each point's { is on the line above its number
    with pytest.raises(ContentError) as caught:
        parse_action_points(loads(text), "action_points.json")
    assert str(caught.value) == f"action_points.json, line {last}: action point 7 is already on line {first}."
