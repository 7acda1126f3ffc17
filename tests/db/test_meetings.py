"""Team meetings: set-up, agenda suggestions, reviews saved as they happen, actions, rotation."""
from datetime import timedelta

import pytest

from recovery_desk.domain import meetings as rules
from recovery_desk.domain.errors import ValidationFailed
from recovery_desk.domain.goals import GoalDraft, GoalKind
from recovery_desk.domain.people import PersonDraft
from recovery_desk.domain.staff import Role
from recovery_desk.services.meetings import AgendaEntry, shared_view
from recovery_desk.services.staff import StaffDraft


@pytest.fixture
def team(services):
    staff = [services.staff.save(StaffDraft(username=f"s{i}", display_name=f"Staff {i}", role=Role.CLINICIAN,
                                            secret="a good secret here")) for i in range(3)]
    today = services.ctx.today()
    due = services.caseload.save(PersonDraft(given_name="Siân", family_name="Due", next_review_on=today))
    later = services.caseload.save(PersonDraft(given_name="Zoë", family_name="Later",
                                               next_review_on=today + timedelta(days=60)))
    asked = services.caseload.save(PersonDraft(given_name="Łukasz", family_name="Asked",
                                               next_review_on=today + timedelta(days=60)))
    services.meetings.request_review(asked.id, rules.ASKED_FOR, "Housing worries")
    return services, staff, (due, later, asked)


def test_agenda_suggests_people_with_reasons(team):
    services, _staff, (due, later, asked) = team
    suggestions = {s.person_id: s.reasons for s in services.meetings.suggest_agenda(services.ctx.today())}
    assert rules.REVIEW_DUE in suggestions[due.id]
    assert suggestions[asked.id][0] == rules.ASKED_FOR
    assert later.id not in suggestions


def test_meeting_needs_people_present_and_an_agenda(team):
    services, staff, (due, *_rest) = team
    with pytest.raises(ValidationFailed) as caught:
        services.meetings.start(services.ctx.today(), [], None, None, [])
    assert set(caught.value.problems) == {"attendees", "chair", "hat", "agenda"}
    assert services.meetings.unfinished() is None


def test_a_whole_meeting_is_saved_as_it_happens_and_the_hat_rotates(team):
    services, staff, (due, later, asked) = team
    ids = [s.id for s in staff]
    today = services.ctx.today()
    hat = services.meetings.suggest_hat(ids, today)
    meeting = services.meetings.start(today, ids, ids[0], hat.staff_id,
                                      [AgendaEntry(due.id, 5, (rules.REVIEW_DUE,)), AgendaEntry(asked.id, 4)])
    assert services.meetings.unfinished().id == meeting.id, "a crash now would offer to resume"
    first = meeting.items[0]
    services.meetings.save_note(first.id, "who", "Loves the allotment; volunteers on Tuesdays")
    services.meetings.move_to(meeting.id, first.id, "actions")
    goal = services.goals.save_goal(due.id, GoalDraft(kind=GoalKind.RECOVERY, statement="Grow enough for a stall"))
    action = services.meetings.add_action(due.id, "Ask the allotment society about a stall", ids[1],
                                          today + timedelta(days=14), item_id=first.id, goal_id=goal.id)
    assert action.goal == "Grow enough for a stall" and action.owner == "Staff 1"
    services.meetings.set_next_review(first.id, today + timedelta(days=56))
    services.meetings.finish_item(first.id)
    services.meetings.finish_item(meeting.items[1].id)
    resumed = services.meetings.unfinished()
    assert (resumed.current_item_id, resumed.current_step) == (first.id, "actions")
    finished = services.meetings.finish(meeting.id)
    assert finished.status == "finished" and services.meetings.unfinished() is None

    assert services.caseload.get(due.id).next_review_on == today + timedelta(days=56)
    [review] = services.meetings.reviews_for(due.id)
    assert review.notes["who"] == "Loves the allotment; volunteers on Tuesdays"
    assert services.meetings.actions_for(due.id)[0].description == "Ask the allotment society about a stall"
    assert rules.ASKED_FOR not in {r for s in services.meetings.suggest_agenda(today) for r in s.reasons
                                   if s.person_id == asked.id}, "the request was handled"

    next_week = today + timedelta(days=7)
    assert services.meetings.suggest_hat(ids, next_week).staff_id != hat.staff_id


def test_a_persons_reviews_come_newest_first_with_their_notes_and_hat(team, clock):
    services, staff, (due, later, _asked) = team
    ids = [s.id for s in staff]
    for week in range(5):
        meeting = services.meetings.start(services.ctx.today(), ids, ids[0], ids[week % 3],
                                          [AgendaEntry(due.id, 5), AgendaEntry(later.id, 5)])
        mine, theirs = meeting.items
        services.meetings.save_note(mine.id, "who", f"Week {week}: who")
        services.meetings.save_note(mine.id, "actions", f"Week {week}: actions")
        services.meetings.save_note(theirs.id, "who", "Someone else's review")
        services.meetings.finish_item(mine.id)
        services.meetings.finish_item(theirs.id, skipped=week == 4)
        services.meetings.finish(meeting.id)
        clock.advance(days=7)
    every = services.meetings.reviews_for(due.id)
    assert [r.notes for r in every] == [{"who": f"Week {w}: who", "actions": f"Week {w}: actions"}
                                        for w in (4, 3, 2, 1, 0)]
    assert [r.hat_wearer for r in every] == ["Staff 1", "Staff 0", "Staff 2", "Staff 1", "Staff 0"]
    assert services.meetings.reviews_for(due.id, latest=3) == every[:3]
    assert len(services.meetings.reviews_for(later.id)) == 4, "a skipped review is not a review"


def test_actions_need_owner_and_date_and_show_on_the_owners_caseload(team):
    services, staff, (due, *_rest) = team
    with pytest.raises(ValidationFailed) as caught:
        services.meetings.add_action(due.id, "", None, None)
    assert set(caught.value.problems) == {"description", "owner", "due_on"}
    services.meetings.add_action(due.id, "Phone the GP", services.actor.staff_id,
                                 services.ctx.today() + timedelta(days=3))
    assert services.meetings.people_with_my_open_actions() == {due.id}


def test_discharged_person_cannot_start_a_meeting_on_the_agenda(team):
    services, staff, (due, *_rest) = team
    person = services.caseload.get(due.id)
    services.caseload.discharge(person.id, person.version, services.ctx.today(), "Moved away")
    with pytest.raises(ValidationFailed, match="discharged"):
        services.meetings.start(services.ctx.today(), [staff[0].id], staff[0].id, staff[0].id,
                                [AgendaEntry(due.id, 3)])


def test_shared_view_holds_no_identifiers(team):
    services, staff, (due, later, asked) = team
    services.caseload.save(PersonDraft(**{**services.caseload.get(due.id).as_draft().__dict__,
                                          "nhs_number": "943 476 5919", "address": "1 Secret Lane",
                                          "phone": "01632 960999"}))
    ids = [s.id for s in staff]
    meeting = services.meetings.start(services.ctx.today(), ids, ids[0], ids[1],
                                      [AgendaEntry(due.id, 3), AgendaEntry(later.id, 3)])
    context = services.meetings.review_context(due.id)
    for step in ("who", "what_they_want", "recovery_hat", "safety_positive_risk", "actions", "next_review"):
        for initials_only in (False, True):
            view = shared_view(meeting, meeting.items[0], step, context, initials_only=initials_only)
            text = repr(view)
            for secret in ("9434765919", "943 476 5919", "Secret Lane", "01632", "Zoë", "Later", "Łukasz"):
                assert secret not in text, (step, secret)
            if initials_only:
                assert "Siân" not in text and view.person_label == "SD"


def test_review_shows_each_goals_latest_progress_note(team):
    services, _staff, (due, *_rest) = team
    first = services.goals.save_goal(due.id, GoalDraft(kind=GoalKind.RECOVERY, statement="Join the choir"))
    second = services.goals.save_goal(due.id, GoalDraft(kind=GoalKind.RECOVERY, statement="Swim at the lido"))
    services.goals.add_note(first.id, "Emailed the choir", services.ctx.today() - timedelta(days=9))
    services.goals.add_note(first.id, "Went to the first rehearsal", services.ctx.today() - timedelta(days=2))
    services.goals.add_note(second.id, "Bought a costume", services.ctx.today() - timedelta(days=5))
    progress = {g.statement: g.progress for g in services.meetings.review_context(due.id).goals}
    assert progress == {"Join the choir": "Went to the first rehearsal", "Swim at the lido": "Bought a costume"}
