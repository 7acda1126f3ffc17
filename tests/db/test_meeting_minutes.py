"""The minutes of a team meeting: what they hold, which meetings have them, and their audit trail."""
from datetime import timedelta

import pytest

from recovery_desk.content.meeting import review_steps
from recovery_desk.domain import meetings as rules
from recovery_desk.domain.errors import NotFound
from recovery_desk.domain.goals import GoalDraft, GoalKind
from recovery_desk.domain.people import PersonDraft
from recovery_desk.services import audit
from recovery_desk.services.meetings import AgendaEntry
from tests.db.test_meetings import team  # noqa: F401 (the fixture: three staff and three people)


@pytest.fixture
def held(team):  # noqa: F811
    """A finished meeting: two people reviewed (the hat passed for the second), one skipped, one not reached."""
    services, staff, (due, later, asked) = team
    ids = [s.id for s in staff]
    today = services.ctx.today()
    extra = services.caseload.save(PersonDraft(given_name="Ffion", family_name="Unreached"))
    meeting = services.meetings.start(today, ids, ids[0], ids[1], [
        AgendaEntry(due.id, 5, (rules.REVIEW_DUE, rules.PLAN_MISSING)), AgendaEntry(asked.id, 4, (rules.ASKED_FOR,)),
        AgendaEntry(later.id, 3), AgendaEntry(extra.id, 3, (rules.REVIEW_DUE,))])
    first, second, third, _fourth = meeting.items
    goal = services.goals.save_goal(due.id, GoalDraft(kind=GoalKind.RECOVERY, statement="Grow enough for a stall"))
    for step in review_steps():
        services.meetings.save_note(first.id, step.key, f"first-{step.key}")
    services.meetings.save_note(second.id, "recovery_hat", "second-hat")
    services.meetings.add_action(due.id, "Ask the allotment society about a stall", ids[2], today + timedelta(days=14),
                                 item_id=first.id, goal_id=goal.id)
    services.meetings.add_action(due.id, "Phone the GP", ids[1], today + timedelta(days=3), item_id=first.id)
    services.meetings.add_action(due.id, "Not from this review", ids[1], today + timedelta(days=5))
    services.meetings.set_next_review(first.id, today + timedelta(days=56))
    services.meetings.finish_item(first.id)
    services.meetings.pass_hat(second.id, ids[2])
    services.meetings.add_action(asked.id, "Look at housing options together", ids[0], today + timedelta(days=7),
                                 item_id=second.id)
    services.meetings.finish_item(second.id)
    services.meetings.finish_item(third.id, skipped=True)
    services.meetings.finish(meeting.id)
    return services, ids, meeting, (due, asked, later, extra), goal


def test_minutes_hold_who_came_and_each_review_in_agenda_order(held):
    services, ids, meeting, (due, asked, later, extra), _goal = held
    today = services.ctx.today()
    minutes = services.meetings.minutes(meeting.id)

    assert (minutes.held_on, minutes.chair, minutes.team) == (today, "Staff 0", "Test Team")
    assert minutes.present == ("Staff 0", "Staff 1", "Staff 2") and minutes.finished
    assert minutes.hat_wearer == "Staff 1" and minutes.hat_passed
    assert [r.name for r in minutes.reviews] == ["Siân Due", "Łukasz Asked"]
    first, second = minutes.reviews
    assert first.reasons == (rules.REVIEW_DUE, rules.PLAN_MISSING) and second.reasons == (rules.ASKED_FOR,)
    assert (first.hat_wearer, second.hat_wearer) == ("Staff 1", "Staff 2"), "the hat passed for the second"

    steps = review_steps()
    assert [(s.key, s.title) for s in first.steps] == [(s.key, s.title) for s in steps]
    assert all(s.notes == f"first-{s.key}" for s in first.steps)
    assert {s.key: s.notes for s in second.steps} == {s.key: "second-hat" if s.key == "recovery_hat" else ""
                                                     for s in steps}

    assert [(a.description, a.owner, a.due_on, a.goal) for a in first.actions] == [
        ("Phone the GP", "Staff 1", today + timedelta(days=3), ""),
        ("Ask the allotment society about a stall", "Staff 2", today + timedelta(days=14), "Grow enough for a stall"),
    ], "only the actions agreed in this review, soonest first, with the goal in their words"
    assert [a.description for a in second.actions] == ["Look at housing options together"]
    assert (first.next_review_on, second.next_review_on) == (today + timedelta(days=56), None)

    assert [(n.name, n.reasons, n.skipped) for n in minutes.not_reviewed] == [
        ("Zoë Later", (), True), ("Ffion Unreached", (rules.REVIEW_DUE,), False)]


def test_only_finished_meetings_are_listed_newest_first(held):
    services, ids, meeting, (due, asked, later, extra), _goal = held
    [listed] = services.meetings.finished_meetings()
    assert (listed.id, listed.held_on, listed.chair, listed.reviewed, listed.on_agenda) == (
        meeting.id, services.ctx.today(), "Staff 0", 2, 4)

    next_week = services.ctx.today() + timedelta(days=7)
    newer = services.meetings.start(next_week, ids[:2], ids[1], ids[0], [AgendaEntry(due.id, 3)])
    assert [m.id for m in services.meetings.finished_meetings()] == [meeting.id], "in progress: no minutes yet"
    services.meetings.finish(newer.id)
    assert [(m.id, m.chair, m.reviewed, m.on_agenda) for m in services.meetings.finished_meetings()] == [
        (newer.id, "Staff 1", 0, 1), (meeting.id, "Staff 0", 2, 4)]


def test_every_copy_of_the_minutes_is_audited_for_each_person_named_without_names(held):
    services, _ids, meeting, people, _goal = held
    minutes = services.meetings.minutes(meeting.id)
    services.meetings.record_minutes_print(minutes, how="saved as PDF")
    services.meetings.record_minutes_print(minutes, how="printed")
    for action, how in (("export", "saved as PDF"), ("print", "printed")):
        rows = [r for r in audit.list_events(services.ctx, action=action) if r.entity == "meeting"]
        assert sorted(r.person_id for r in rows) == sorted(p.id for p in people), "one row per person named"
        assert {(r.entity_id, r.summary) for r in rows} == {(meeting.id, f"team meeting minutes {how}")}
        names = [n for p in people for n in (p.given_name, p.family_name)]
        assert not [r for r in rows if any(n in r.summary for n in names)]
    assert audit.verify(services.ctx).ok


def test_a_meeting_that_is_not_there_has_no_minutes(services):
    with pytest.raises(NotFound):
        services.meetings.minutes(999)
