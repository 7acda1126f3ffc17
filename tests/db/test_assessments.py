"""Strengths-based assessments: drafted with the person, completed and signed, never changed
after, started again from the last one, tolerant of template changes; check-ins and timelines."""
import copy
import json
from datetime import date, timedelta

import pytest

from recovery_desk.content import assessment as assessment_content
from recovery_desk.content.loader import load_json
from recovery_desk.domain.errors import ConflictError, ValidationFailed
from recovery_desk.domain.people import PersonDraft
from recovery_desk.services import audit
from recovery_desk.services.assessments import AnswerDraft, AssessmentChanges, EventDraft, RatingDraft

PERSONAL_GOALS = "I want to get back to the allotment and grow enough beans to share"


@pytest.fixture
def setup(services):
    person = services.caseload.save(PersonDraft(given_name="Siân", family_name="Quillfeather"))
    return services.assessments, person, services


def every_section_answered(service) -> AssessmentChanges:
    """The person's words in every written section, one reflection each, an indicator, a rating."""
    template = service.template()
    changes = AssessmentChanges()
    for section in template.of_kind("domain") + template.of_kind("questions"):
        changes.answers[section.key] = AnswerDraft(f"{section.title}, in Siân's words")
    for section in template.of_kind("reflection"):
        changes.answers[section.item_key(section.items[0])] = AnswerDraft(f"{section.items[0].name}: getting there")
    changes.indicators["work"] = "voluntary work"
    changes.ratings["home"] = RatingDraft(5, priority=True)
    changes.answers["personal_goals"] = AnswerDraft(PERSONAL_GOALS, "Mentioned the allotment society")
    return changes


def completed(service, person_id, changes=None):
    draft = service.start(person_id)
    draft = service.save_draft(draft.id, draft.version, changes or every_section_answered(service))
    return service.complete(draft.id, draft.version)


def test_complete_dates_and_signs_it_and_it_never_changes(setup):
    service, person, services = setup
    done = completed(service, person.id)
    assert done.status == "completed" and not done.is_draft
    assert done.completed_on == services.ctx.today() == date(2026, 11, 21)
    assert done.completed_by == "Ada Admin"
    assert done.template_version == "2026.1"
    assert done.answer("personal_goals") .their_words == PERSONAL_GOALS
    assert done.answer("personal_goals").staff_notes == "Mentioned the allotment society"
    with pytest.raises(ValidationFailed, match="never changes"):
        service.save_draft(done.id, done.version, AssessmentChanges(answers={"past_coping": AnswerDraft("New")}))
    with pytest.raises(ValidationFailed, match="never changes"):
        service.complete(done.id, done.version)
    assert service.get(done.id).answer("past_coping").their_words == "Past coping history, in Siân's words"


def test_completion_lists_every_section_without_words_or_a_not_discussed(setup):
    service, person, _services = setup
    draft = service.start(person.id)
    draft = service.save_draft(draft.id, draft.version, AssessmentChanges(answers={
        "current_strengths": AnswerDraft("My humour and my dog"),
        "past_coping": AnswerDraft("", "Staff notes alone are not the person's words"),
        "inherited_resources": AnswerDraft(not_discussed=True)}))
    with pytest.raises(ValidationFailed) as caught:
        service.complete(draft.id, draft.version)
    problems = caught.value.problems
    message = problems["sections"]
    for title in ("Personal goals", "Past coping history", "Questions about what matters to you",
                  "Four recovery tasks", "What is helping my recovery (CHIME)", "Roles and everyday life",
                  "How is life going?"):
        assert title in message
    assert "Current strengths" not in message and "Inherited resources" not in message
    assert "My life timeline" not in message, "the timeline belongs to the person, not to one assessment"
    assert "Not discussed" in problems["personal_goals"]
    assert service.get(draft.id).is_draft, "nothing changed"

    # A deliberate "not discussed" everywhere else is an allowed (if empty) completion.
    missing = service.missing_for_completion(service.get(draft.id))
    rest = {key: AnswerDraft(not_discussed=True) for key, _title in missing}
    draft = service.save_draft(draft.id, draft.version, AssessmentChanges(answers=rest))
    assert service.complete(draft.id, draft.version).status == "completed"


def test_a_new_assessment_starts_from_the_last_completed_one(setup, clock):
    service, person, _services = setup
    first = completed(service, person.id)
    clock.advance(days=90)
    second = service.start(person.id)
    assert second.version_no == 2 and second.is_draft and second.based_on_id == first.id
    assert second.started_on == date(2027, 2, 19)
    assert service.start(person.id).id == second.id, "only one draft at a time"
    assert second.answer("personal_goals") == first.answer("personal_goals")
    assert second.indicators == {"work": "voluntary work"}
    assert second.ratings == {}, "the check-in is asked afresh each time"

    second = service.save_draft(second.id, second.version, AssessmentChanges(
        answers={"personal_goals": AnswerDraft("Run the allotment stall on Saturdays")}))
    assert service.get(first.id).answer("personal_goals").their_words == PERSONAL_GOALS
    assert service.previous_completed(second.id).id == first.id
    assert service.previous_completed(first.id) is None
    assert service.current(person.id).id == second.id
    assert [(h.version_no, h.status) for h in service.history(person.id)] == [(2, "draft"), (1, "completed")]


def test_checkin_ratings_are_bounded_and_at_most_three_are_priorities(setup):
    service, person, _services = setup
    draft = service.start(person.id)
    with pytest.raises(ValidationFailed) as caught:
        service.save_draft(draft.id, draft.version, AssessmentChanges(ratings={
            "home": RatingDraft(8), "money": RatingDraft(0), "leisure": RatingDraft(4)}))
    assert set(caught.value.problems) == {"rating:home", "rating:money"}
    assert "from 1 (very dissatisfied) to 7 (very satisfied)" in caught.value.problems["rating:home"]

    three = {k: RatingDraft(3, priority=True) for k in ("home", "money", "leisure")}
    draft = service.save_draft(draft.id, draft.version, AssessmentChanges(ratings=three))
    with pytest.raises(ValidationFailed) as caught:
        service.save_draft(draft.id, draft.version, AssessmentChanges(ratings={"safety": RatingDraft(6, True)}))
    assert "Up to 3 areas" in caught.value.problems["priorities"]
    kept = service.get(draft.id)
    assert "safety" not in kept.ratings, "nothing is half-saved"
    assert {k for k, r in kept.ratings.items() if r.priority} == {"home", "money", "leisure"}

    swapped = {"home": RatingDraft(3, priority=False), "safety": RatingDraft(6, priority=True)}
    kept = service.save_draft(kept.id, kept.version, AssessmentChanges(ratings=swapped))
    assert {k for k, r in kept.ratings.items() if r.priority} == {"money", "leisure", "safety"}


def test_indicators_must_be_one_of_the_listed_answers(setup):
    service, person, _services = setup
    draft = service.start(person.id)
    with pytest.raises(ValidationFailed, match="one of the answers"):
        service.save_draft(draft.id, draft.version, AssessmentChanges(indicators={"housing": "a castle"}))
    draft = service.save_draft(draft.id, draft.version, AssessmentChanges(indicators={"housing": "supported housing"}))
    draft = service.save_draft(draft.id, draft.version, AssessmentChanges(indicators={"housing": ""}))
    assert draft.indicators == {}


def test_checkin_series_over_time_for_the_chart(setup, clock):
    service, person, _services = setup
    changes = every_section_answered(service)
    changes.ratings = {"home": RatingDraft(2, True), "money": RatingDraft(3)}
    completed(service, person.id, changes)
    clock.advance(days=120)
    draft = service.start(person.id)
    service.save_draft(draft.id, draft.version, AssessmentChanges(ratings={"home": RatingDraft(5)}))
    series = service.checkin_series(person.id)
    assert (series.low, series.high) == (1, 7)
    assert series.areas[0] == ("home", "Where I live") and len(series.areas) == 11
    assert [(p.on, p.is_draft, dict(p.ratings)) for p in series.points] == [
        (date(2026, 11, 21), False, {"home": 2, "money": 3}), (date(2027, 3, 21), True, {"home": 5})]
    assert series.points[0].priorities == {"home"}


def test_long_answers_are_kept_whole_markup_is_literal_and_limits_are_explained(setup):
    service, person, _services = setup
    draft = service.start(person.id)
    page = ("A long paragraph about the allotment, my sister and the choir, in my own words. " * 130).strip()
    assert len(page) > 10_000
    markup = "<b>bold</b> & <i>pasted</i> <script>alert(1)</script> **not markdown**"
    draft = service.save_draft(draft.id, draft.version, AssessmentChanges(answers={
        "current_strengths": AnswerDraft(page, markup), "chime:hope": AnswerDraft(markup)}))
    again = service.get(draft.id)
    assert again.answer("current_strengths").their_words == page
    assert again.answer("current_strengths").staff_notes == markup
    assert again.answer("chime:hope").their_words == markup
    with pytest.raises(ValidationFailed) as caught:
        service.save_draft(draft.id, draft.version, AssessmentChanges(answers={
            "past_coping": AnswerDraft("x" * 20_001)}))
    assert "20,001" in caught.value.problems["past_coping"] and "20,000" in caught.value.problems["past_coping"]
    assert "Past coping history" in caught.value.problems["past_coping"]


def test_two_people_saving_one_draft_conflict(setup):
    service, person, _services = setup
    draft = service.start(person.id)
    service.save_draft(draft.id, draft.version, AssessmentChanges(answers={"past_coping": AnswerDraft("Walking")}))
    with pytest.raises(ConflictError):
        service.save_draft(draft.id, draft.version, AssessmentChanges(answers={"past_coping": AnswerDraft("Music")}))
    assert service.get(draft.id).answer("past_coping").their_words == "Walking"


@pytest.fixture
def changed_template(tmp_path, monkeypatch):
    """Swap in a modified copy of the template file; returns a function that applies an edit."""
    original = copy.deepcopy(load_json(assessment_content.TEMPLATE_FILE))

    def change(edit) -> None:
        data = copy.deepcopy(original)
        edit(data)
        path = tmp_path / "assessment_template.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        monkeypatch.setattr(assessment_content, "load_json", lambda name: (
            json.loads(path.read_text(encoding="utf-8")) if name == assessment_content.TEMPLATE_FILE
            else load_json(name)))
    return change


def test_saved_assessments_open_after_the_template_gains_and_loses_sections(setup, changed_template):
    service, person, _services = setup
    changes = every_section_answered(service)
    changes.ratings["safety"] = RatingDraft(6)
    first = completed(service, person.id, changes)

    def edit(data):
        sections = data["sections"]
        data["template_version"] = "2026.2"
        sections[:] = [s for s in sections if s["id"] != "past_coping"]
        sections.insert(2, {"id": "creativity", "kind": "domain", "title": "Creativity",
                            "traditional_heading": "(none)", "prompts": ["What do you make?"], "source": "local"})
        sections[0]["prompts"].append("A new prompt the team added")
        for s in sections:
            if s["id"] == "roles_quality_of_life":
                s["items"] = [i for i in s["items"] if i["id"] != "work"]
            if s["id"] == "life_domains":
                s["items"] = [i for i in s["items"] if i["id"] != "safety"]
    changed_template(edit)

    reopened = service.get(first.id)
    assert reopened.template_version == "2026.1", "it keeps the version it was written with"
    assert reopened.answer("current_strengths").their_words == "Current strengths and resources, in Siân's words"
    assert reopened.answer("creativity").their_words == "", "a new section shows empty"
    retired = {r.key: r for r in reopened.retired}
    assert retired["past_coping"].title == "Past coping history"
    assert retired["past_coping"].text == "Past coping history, in Siân's words"
    assert retired["work"].text == "voluntary work" and retired["work"].title == "Work"
    assert retired["safety"].text == "rated 6" and retired["safety"].title == "Feeling safe"
    assert "past_coping" not in reopened.answers

    second = service.start(person.id)
    assert second.template_version == "2026.2"
    assert "past_coping" not in {r.key for r in second.retired}, "a new assessment is written with the new template"
    assert ("creativity", "Creativity") in service.missing_for_completion(second)
    series = service.checkin_series(person.id)
    assert ("safety", "Feeling safe") in series.areas, "an area dropped from the template still charts"


def test_a_draft_follows_the_template_it_is_edited_with(setup, changed_template):
    service, person, _services = setup
    draft = service.start(person.id)
    draft = service.save_draft(draft.id, draft.version,
                               AssessmentChanges(answers={"past_coping": AnswerDraft("Walks")}))
    changed_template(lambda data: data.update(template_version="2027.1"))
    draft = service.save_draft(draft.id, draft.version, AssessmentChanges(answers={"past_coping": AnswerDraft("Runs")}))
    assert draft.template_version == "2027.1"


def test_the_life_timeline(setup):
    service, person, services = setup
    assert service.event_kinds() == ("achievement", "turning point", "loss", "crisis", "other")
    moved = service.save_event(person.id, EventDraft("1998", "turning point", "Moved to Cardiff"))
    assert (moved.happened_on, moved.precision, moved.when) == (date(1998, 1, 1), "year", "1998")
    service.save_event(person.id, EventDraft("March 2004", "achievement", "Passed my driving test", "First time!"))
    service.save_event(person.id, EventDraft("14/02/2001", "loss", "Nan died"))
    events = service.timeline(person.id)
    assert [(e.title, e.when) for e in events] == [("Moved to Cardiff", "1998"), ("Nan died", "14/02/2001"),
                                                   ("Passed my driving test", "March 2004")]

    with pytest.raises(ValidationFailed) as caught:
        service.save_event(person.id, EventDraft(
            (services.ctx.today() + timedelta(days=1)).strftime("%d/%m/%Y"), "party", ""))
    assert set(caught.value.problems) == {"when", "kind", "title"}
    with pytest.raises(ValidationFailed, match="year in full"):
        service.save_event(person.id, EventDraft("98", "other", "Something"))

    changed = service.save_event(person.id, EventDraft("05/1998", "turning point", "Moved to Cardiff with Mum",
                                                       id=moved.id, version=moved.version))
    assert changed.when == "May 1998"
    with pytest.raises(ConflictError):
        service.save_event(person.id, EventDraft("1999", "other", "Stale edit", id=moved.id, version=moved.version))
    service.remove_event(changed.id, changed.version)
    assert [e.title for e in service.timeline(person.id)] == ["Nan died", "Passed my driving test"]


def test_every_change_is_audited_without_personal_words(setup):
    service, person, _services = setup
    completed(service, person.id)
    event = service.save_event(person.id, EventDraft("2010", "achievement", "Finished my degree"))
    service.remove_event(event.id, event.version)
    rows = [r for r in audit.list_events(service.ctx, person_id=person.id)[::-1] if r.entity != "person"]
    actions = [(r.action, r.entity) for r in rows]
    assert actions == [("create", "assessment"), ("change", "assessment"), ("complete", "assessment"),
                       ("create", "timeline_event"), ("remove", "timeline_event")]
    assert all(PERSONAL_GOALS not in r.summary and "Finished" not in r.summary for r in rows)
    assert "personal_goals" in rows[1].summary
    assert audit.verify(service.ctx).ok


def test_a_recovery_goal_from_the_personal_goals_answer(setup):
    """The tab's "Make this a recovery goal": the person's words become a recovery goal."""
    from recovery_desk.domain.dates import uk_date
    from recovery_desk.domain.goals import GoalDraft, GoalKind

    service, person, services = setup
    done = completed(service, person.id)
    services.goals.save_goal(person.id, GoalDraft(kind=GoalKind.RECOVERY,
                                                  statement=done.answer("personal_goals").their_words,
                                                  source=f"Assessment of {uk_date(done.dated)}"))
    goals = services.goals.overview(person.id).recovery
    assert [(g.statement, g.source) for g in goals] == [(PERSONAL_GOALS, "Assessment of 21/11/2026")]
