"""The assessment template is data: it loads into typed sections, and every mistake in it is
reported plainly, naming the file and what is wrong."""
import copy

import pytest

from recovery_desk.content.assessment import (
    CHECKIN,
    TEMPLATE_FILE,
    AssessmentTemplate,
    assessment_template,
    parse_template,
)
from recovery_desk.content.loader import ContentError, load_json


@pytest.fixture
def raw():
    return copy.deepcopy(load_json(TEMPLATE_FILE))


def test_the_installed_template_loads_every_part_of_the_assessment():
    template = assessment_template()
    assert isinstance(template, AssessmentTemplate) and template.version == "2026.1"
    domains = template.of_kind("domain")
    assert len(domains) == 10
    assert domains[0].title == "Current strengths and resources"
    assert domains[0].traditional_heading == "History of the presenting illness"
    assert domains[0].prompts[0].text == "What helps you keep going, even on the hard days?"
    questions = template.section("person_centred")
    assert len(questions.prompts) == 8 and questions.prompts[0].source == "100 Ways, Section 4.3"
    assert [i.key for i in template.section("chime").items] == [
        "connectedness", "hope", "identity", "meaning", "empowerment"]
    work = template.section("roles_quality_of_life").item("work")
    assert work.name == "Work" and "voluntary work" in work.choices
    checkin = template.checkin
    assert checkin.kind == CHECKIN and (checkin.scale.low, checkin.scale.high) == (1, 7)
    assert checkin.max_priorities == 3 and len(checkin.items) == 11
    timeline = template.section("timeline")
    assert timeline.event_kinds == ("achievement", "turning point", "loss", "crisis", "other")
    assert timeline.action_points == (35,) and not timeline.needs_answer
    titles = template.answer_titles()
    assert titles["chime:hope"] == "Hope and optimism" and "timeline" not in titles


def _section(raw, key):
    return next(s for s in raw["sections"] if s["id"] == key)


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.pop("template_version"), "no template_version"),
    (lambda d: d.update(sections=[]), "has no sections"),
    (lambda d: d["sections"].append(copy.deepcopy(d["sections"][0])), "same section twice: current_strengths"),
    (lambda d: _section(d, "past_coping").update(kind="essay"), "section \"past_coping\" has kind 'essay'"),
    (lambda d: _section(d, "past_coping").pop("title"), "section \"past_coping\" needs a \"title\""),
    (lambda d: _section(d, "past_coping").pop("traditional_heading"), "needs a \"traditional_heading\""),
    (lambda d: _section(d, "past_coping").update(id="Past Coping"), "section 3 needs an \"id\""),
    (lambda d: _section(d, "life_domains")["scale"].update(min=7, max=1), "min below max"),
    (lambda d: _section(d, "life_domains").update(max_priorities=0), "max_priorities"),
    (lambda d: _section(d, "roles_quality_of_life")["items"][0].pop("choices"), "item \"housing\" needs a list"),
    (lambda d: _section(d, "chime")["items"].append({"id": "hope", "name": "Hope again"}), "same item twice"),
    (lambda d: _section(d, "person_centred")["question_ids"].pop(), "one question for each prompt"),
    (lambda d: _section(d, "timeline").update(event_kinds=[]), "at least one"),
    (lambda d: _section(d, "current_strengths").update(prompts="Just one prompt"), "list of texts"),
])
def test_mistakes_in_the_file_are_named_plainly(raw, edit, message):
    edit(raw)
    with pytest.raises(ContentError) as caught:
        parse_template(raw, TEMPLATE_FILE)
    assert TEMPLATE_FILE in str(caught.value)
    assert message in str(caught.value)


def test_a_team_can_add_a_section_and_a_prompt(raw):
    raw["sections"].insert(1, {"id": "creativity", "kind": "domain", "title": "Creativity",
                               "traditional_heading": "(none)", "prompts": ["What do you make?"]})
    _section(raw, "current_strengths")["prompts"].append("Who would you call first?")
    template = parse_template(raw)
    assert template.sections[1].title == "Creativity"
    assert template.section("current_strengths").prompts[-1].text == "Who would you call first?"


def test_action_points_named_in_a_source_are_found():
    from recovery_desk.content.assessment import _action_points, action_point_texts

    assert _action_points("100 Ways, action points 34–36 and action point 100") == (34, 35, 36, 100)
    ((number, text),) = action_point_texts((35,))
    assert number == 35 and text
