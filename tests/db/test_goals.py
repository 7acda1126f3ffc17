"""Recovery and treatment goals: kept apart, with steps, readiness, notes and positive risk-taking."""
from datetime import date, timedelta

import pytest

from recovery_desk.domain.errors import ConflictError, ValidationFailed
from recovery_desk.domain.goals import GoalDraft, GoalKind, GoalStatus, RiskPlanDraft, StepDraft, StepOwner
from recovery_desk.domain.people import PersonDraft, SupporterDraft


@pytest.fixture
def person(services):
    return services.caseload.save(PersonDraft(given_name="Zoë", family_name="Applewhistle"))


def recovery(services, person, **kw):
    base = dict(kind=GoalKind.RECOVERY, statement="I want to get back to swimming at the lido",
                why_it_matters="It's where I feel most like me", life_area="Leisure and things I enjoy",
                chime="Identity", target_date=services.ctx.today() + timedelta(days=90), readiness=6,
                readiness_why="I've got my costume out")
    base.update(kw)
    return services.goals.save_goal(person.id, GoalDraft(**base))


def test_recovery_and_treatment_goals_never_mix(services, person):
    recovery(services, person)
    services.goals.save_goal(person.id, GoalDraft(kind=GoalKind.TREATMENT, statement="Review medication side effects"))
    overview = services.goals.overview(person.id)
    assert [g.statement for g in overview.recovery] == ["I want to get back to swimming at the lido"]
    assert [g.statement for g in overview.treatment] == ["Review medication side effects"]
    assert next(r for r in services.caseload.list_rows() if r.id == person.id).goals_in_progress == 1


def test_steps_with_owners_ticked_off_with_a_date(services, person):
    supporter = services.caseload.save_supporter(person.id, SupporterDraft(name="Kofi Drizzlewick"))
    goal = recovery(services, person)
    with pytest.raises(ValidationFailed, match="who will do this step"):
        services.goals.save_step(goal.id, StepDraft(description="Find the opening times"))
    goal = services.goals.save_step(goal.id, StepDraft(description="Find the opening times", who_kind=StepOwner.PERSON))
    goal = services.goals.save_step(goal.id, StepDraft(description="Come along the first time",
                                                       who_kind=StepOwner.SUPPORTER, who_supporter_id=supporter.id,
                                                       due_on=services.ctx.today() + timedelta(days=7)))
    goal = services.goals.save_step(goal.id, StepDraft(description="Ask about a concession card",
                                                       who_kind=StepOwner.STAFF, who_staff_id=services.actor.staff_id))
    assert [s.who_name for s in goal.steps] == ["Zoë", "Kofi Drizzlewick", "Ada Admin"]
    first = goal.steps[0]
    goal = services.goals.mark_step(first.id, first.version, services.ctx.today())
    assert goal.steps[0].done_on == services.ctx.today()
    with pytest.raises(ValidationFailed, match="future"):
        services.goals.mark_step(goal.steps[1].id, goal.steps[1].version, services.ctx.today() + timedelta(days=1))


def test_another_persons_supporter_cannot_own_a_step(services, person):
    other = services.caseload.save(PersonDraft(given_name="Other", family_name="Person"))
    theirs = services.caseload.save_supporter(other.id, SupporterDraft(name="Not Yours"))
    goal = recovery(services, person)
    with pytest.raises(ValidationFailed, match="this person's supporters"):
        services.goals.save_step(goal.id, StepDraft(description="x", who_kind=StepOwner.SUPPORTER,
                                                    who_supporter_id=theirs.id))


def test_readiness_changes_are_noted_and_bounded(services, person):
    goal = recovery(services, person)
    with pytest.raises(ValidationFailed, match="1 \\(not at all ready\\) to 10"):
        services.goals.save_goal(person.id, GoalDraft(**{**_draft(goal), "readiness": 11}))
    goal = services.goals.save_goal(person.id, GoalDraft(**{**_draft(goal), "readiness": 8}))
    assert goal.readiness == 8
    assert goal.notes[-1].text == "Readiness to act moved from 6 to 8 out of 10."


def _draft(goal):
    return dict(kind=goal.kind, statement=goal.statement, why_it_matters=goal.why_it_matters,
                life_area=goal.life_area, chime=goal.chime, target_date=goal.target_date, readiness=goal.readiness,
                readiness_why=goal.readiness_why, id=goal.id, version=goal.version)


def test_achieving_keeps_the_celebration_and_letting_go_is_not_failure(services, person):
    goal = recovery(services, person)
    goal = services.goals.add_note(goal.id, "Went to the lido on Tuesday and swam two lengths")
    goal = services.goals.set_status(goal.id, goal.version, GoalStatus.ACHIEVED,
                                     celebration="Cake with Kofi at the lido café")
    assert goal.status is GoalStatus.ACHIEVED and goal.achieved_on == services.ctx.today()
    assert goal.celebration == "Cake with Kofi at the lido café"
    other = recovery(services, person, statement="Learn Portuguese")
    other = services.goals.set_status(other.id, other.version, GoalStatus.LET_GO)
    assert GoalStatus.LET_GO.label == "Let go"
    overview = services.goals.overview(person.id)
    assert [g.status for g in overview.recovery] == [GoalStatus.ACHIEVED, GoalStatus.LET_GO]
    assert next(r for r in services.caseload.list_rows() if r.id == person.id).goals_in_progress == 0


def test_empty_goals_and_distant_past_targets_are_refused(services, person):
    with pytest.raises(ValidationFailed) as caught:
        recovery(services, person, statement="   ", target_date=date(2020, 1, 1))
    assert set(caught.value.problems) == {"statement", "target_date"}
    assert services.goals.overview(person.id).recovery == ()


def test_positive_risk_taking_plan_is_linked_and_reviewed(services, person):
    goal = recovery(services, person)
    with pytest.raises(ValidationFailed) as caught:
        services.goals.save_risk_plan(goal.id, RiskPlanDraft(activity="Swim alone in the open-air pool"))
    assert {"what_makes_it_safer", "who_agreed", "review_on"} <= set(caught.value.problems)
    goal = services.goals.save_risk_plan(goal.id, RiskPlanDraft(
        activity="Swim alone in the open-air pool", why_it_matters="Being independent again",
        what_could_go_wrong="Feeling overwhelmed in the water", what_makes_it_safer="Lifeguard knows; go off-peak",
        who_agreed="Zoë, Rowan (care coordinator), Kofi", review_on=services.ctx.today() + timedelta(days=28)))
    plan = goal.risk_plans[0]
    goal = services.goals.review_risk_plan(plan.id, plan.version, "Went well three times; carry on",
                                           services.ctx.today() + timedelta(days=90))
    assert goal.risk_plans[0].review_outcome == "Went well three times; carry on"
    treatment = services.goals.save_goal(person.id, GoalDraft(kind=GoalKind.TREATMENT, statement="Annual health check"))
    with pytest.raises(ValidationFailed, match="belongs to a recovery goal"):
        services.goals.save_risk_plan(treatment.id, RiskPlanDraft(activity="x"))


def test_two_people_editing_one_goal_conflict(services, person):
    goal = recovery(services, person)
    services.goals.save_goal(person.id, GoalDraft(**{**_draft(goal), "why_it_matters": "First save"}))
    with pytest.raises(ConflictError):
        services.goals.save_goal(person.id, GoalDraft(**{**_draft(goal), "why_it_matters": "Second save"}))
    assert services.goals.get(goal.id).why_it_matters == "First save"
