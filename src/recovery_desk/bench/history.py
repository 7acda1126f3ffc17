"""A fictional person with ten years of history, written through the real services.

Opening a person is quick when their record is new; what matters on a long-standing team is
the person who has been known to it for years. This builds one, the way the team would
have: the clock is set back ten years and moved on month by month while staff edit their
details, add and remove supporters, agree a new crisis plan version about twice a year
(every section filled in, copies given to the person, their GP and a supporter), and work
on recovery and treatment goals with steps, progress notes and positive risk-taking plans,
and bring her to a team meeting each quarter (notes on the review, an action for someone).
Everything goes through the services, so every row (and its audit entry) is real.

Deterministic from its seed, like the demo data; every name is obviously invented.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from recovery_desk.content.vocabulary import chime_processes, life_areas
from recovery_desk.domain.goals import (
    GoalDraft,
    GoalKind,
    GoalStatus,
    RiskPlanDraft,
    StepDraft,
    StepOwner,
)
from recovery_desk.domain.people import PersonDraft, SupporterDraft, SupporterKind
from recovery_desk.services.crisis_plans import AgreeDetails

YEARS = 10
PLAN_EVERY_MONTHS = 6
NAME = ("Marigold", "Thistledown-Longacre", "Goldie")  # given, family (invented), preferred

_SENTENCES = [
    "I stop answering the phone and let the post pile up.",
    "Walking along the canal with my dog helps more than anything.",
    "Please talk to me quietly, one person at a time, and give me time to answer.",
    "Letters about benefits frighten me; help with opening them makes a real difference.",
    "My sister notices first when I start talking very fast.",
    "I would rather have daily visits at home than go into hospital.",
    "Music in my headphones and a cup of tea help me feel steadier.",
    "Being told plainly what is happening and what will happen next.",
    "I sleep less than five hours and clean the flat at night.",
    "The anniversary of my mum's death in February is always hard.",
    "I'd like to keep cooking for myself and to go outside every day.",
    "Crisis line 0300 000 0000 (fictional); my sister 07700 900123 (drama range).",
]
_GOALS = [
    "Get back to swimming at the lido", "Cook Sunday lunch for my nephews", "Volunteer at the community garden",
    "Finish the level 2 maths course", "Take the train to the coast on my own", "Sleep through the night most nights",
    "Save up for a new bike", "Join the walking group on Saturdays", "Decorate the spare room",
    "Visit my aunt in Aberystwyth",
]
_TREATMENT = [
    "Review side effects of medication every three months", "Annual physical health check with the GP",
    "Agree a plan for managing the anniversary in February", "Psychology sessions: twelve sessions of CBT for psychosis",
]


@dataclass(frozen=True)
class History:
    person_id: int
    years: int
    supporters: int
    plan_versions: int
    copies: int
    goals: int
    steps: int
    notes: int
    risk_plans: int
    reviews: int
    service_calls: int


def _text(rng: random.Random, sentences: int = 3) -> str:
    return "\n".join(rng.sample(_SENTENCES, sentences))


def _review_in_a_meeting(services, person_id: int, me: int, today: date, rng: random.Random) -> int:
    """One team meeting with her on the agenda, reviewed step by step; returns the service calls made."""
    from recovery_desk.services.meetings import AgendaEntry

    meeting = services.meetings.start(today, [me], me, me, [AgendaEntry(person_id, 10, ("quarterly review",))])
    item_id = meeting.items[0].id
    calls = 0
    for action in services.meetings.actions_for(person_id, open_only=True):  # last quarter's, done since
        services.meetings.complete_action(action.id, action.version, today - timedelta(days=rng.randint(3, 30)))
        calls += 1
    for step in ("what_they_want", "recovery_hat", "safety_positive_risk"):
        services.meetings.save_note(item_id, step, _text(rng, rng.randint(1, 2)))
    services.meetings.add_action(person_id, f"{rng.choice(_TREATMENT)} (by the next review)", me,
                                 today + timedelta(days=28), item_id=item_id)
    services.meetings.set_next_review(item_id, today + timedelta(days=91))
    services.meetings.finish_item(item_id)
    services.meetings.finish(meeting.id)
    return calls + 9


def build_history(services, clock, *, years: int = YEARS, seed: int = 11) -> History:
    """Add one person with ``years`` of history to the database behind ``services``.

    ``clock`` is the services' clock and must have a writable ``now`` (``FixedClock.set``);
    it is moved back ``years`` years, walked forward, and left where it started.
    """
    rng = random.Random(seed)
    end = clock.now()
    start = end - timedelta(days=365 * years + years // 4)
    calls = 0
    counts = dict(supporters=0, plan_versions=0, copies=0, goals=0, steps=0, notes=0, risk_plans=0, reviews=0)
    me = services.actor.staff_id
    areas, chime = life_areas(), chime_processes()

    def at(when: datetime) -> date:
        clock.set(when)
        return services.ctx.today()

    today = at(start)
    person = services.caseload.save(PersonDraft(
        given_name=NAME[0], family_name=NAME[1], preferred_name=NAME[2], pronouns="she/her",
        date_of_birth=date(today.year - 34, 3, 14), address="12 Imaginary Lane\nMadeupton\nZZ9 1XX",
        phone="07700 900321", care_coordinator_id=me, language="English", opened_on=today,
        next_review_on=today + timedelta(days=90)))
    calls += 1
    supporters = []
    for name, relationship, kind in (("Ffion Thistledown-Longacre", "Sister", SupporterKind.FAMILY),
                                     ("Łukasz Pebbleworth", "Friend", SupporterKind.FRIEND)):
        supporters.append(services.caseload.save_supporter(person.id, SupporterDraft(
            name=name, relationship=relationship, kind=kind, phone="07700 900456", may_contact_in_crisis=True)))
        calls += 1
    counts["supporters"] += len(supporters)

    open_goals: list[int] = []
    months = years * 12
    for month in range(1, months + 1):
        today = at(start + timedelta(days=round(month * 30.44)))
        # Details change now and then (a new phone, a review date moved on).
        if month % 6 == 0:
            record = services.caseload.get(person.id, audit_view=False)
            draft = record.as_draft()
            draft.phone = f"07700 900{rng.randint(0, 999):03d}"
            draft.next_review_on = today + timedelta(days=rng.randint(30, 120))
            person = services.caseload.save(draft)
            calls += 2
        # A supporter joins every year or so; an old one is removed now and then.
        if month % 13 == 0:
            supporters.append(services.caseload.save_supporter(person.id, SupporterDraft(
                name=f"{rng.choice(['Aoife', 'Kwame', 'Ruth', 'Dafydd', 'Nadia'])} {rng.choice(['Mossbottom', 'Dewhollow', 'Hazelnook'])}",
                relationship=rng.choice(["Neighbour", "Peer group friend", "Independent advocate", "Cousin"]),
                kind=rng.choice(list(SupporterKind)))))
            counts["supporters"] += 1
            calls += 1
        if month % 41 == 0 and len(supporters) > 3:
            gone = supporters.pop(2)
            services.caseload.remove_supporter(person.id, gone.id, gone.version)
            calls += 1
        # A new version of the crisis plan about twice a year.
        if month % PLAN_EVERY_MONTHS == 1:
            plan = services.crisis_plans.start_draft(person.id)
            texts = {t.key: (_text(rng, rng.randint(2, 4)), _text(rng, 1) if rng.random() < 0.3 else "")
                     for t in services.crisis_plans.templates()}
            plan = services.crisis_plans.save_draft(plan.id, plan.version, texts)
            plan = services.crisis_plans.agree(plan.id, plan.version, AgreeDetails(
                agreed_on=today, person_took_part=True, care_coordinator_id=me,
                facilitator="Pat Outsider (advocacy service, fictional)",
                supporters_involved="Ffion (sister)", not_agreed="Night-time home visits: the team cannot staff them."))
            for holder in ("Me", "My GP", "Ffion (sister)"):
                services.crisis_plans.record_copy(plan.id, holder, today)
            calls += 6
            counts["plan_versions"] += 1
            counts["copies"] += 3
        # A team meeting review each quarter: notes as the meeting goes, an action, the next review.
        if month % 3 == 2:
            calls += _review_in_a_meeting(services, person.id, me, today, rng)
            counts["reviews"] += 1
        # Goals: a recovery goal most quarters, a treatment goal now and then.
        if month % 3 == 0:
            kind = GoalKind.TREATMENT if month % 12 == 0 else GoalKind.RECOVERY
            statement = rng.choice(_TREATMENT if kind is GoalKind.TREATMENT else _GOALS)
            goal = services.goals.save_goal(person.id, GoalDraft(
                kind=kind, statement=statement, why_it_matters=_text(rng, 1), life_area=rng.choice(areas),
                chime=rng.choice(chime) if kind is GoalKind.RECOVERY else "",
                target_date=today + timedelta(days=rng.randint(60, 240)), readiness=rng.randint(3, 9),
                readiness_why="I've started already."))
            for step_no in range(3):
                who = rng.choice([StepOwner.PERSON, StepOwner.STAFF, StepOwner.SUPPORTER])
                goal = services.goals.save_step(goal.id, StepDraft(
                    description=f"Step {step_no + 1}: {rng.choice(_SENTENCES)}", who_kind=who,
                    who_staff_id=me if who is StepOwner.STAFF else None,
                    who_supporter_id=supporters[0].id if who is StepOwner.SUPPORTER else None,
                    due_on=today + timedelta(days=14 * (step_no + 1))))
            if kind is GoalKind.RECOVERY and month % 9 == 0:
                goal = services.goals.save_risk_plan(goal.id, RiskPlanDraft(
                    activity=statement, why_it_matters="It matters to her", what_could_go_wrong=_text(rng, 1),
                    what_makes_it_safer=_text(rng, 2), who_agreed="Goldie, Ffion and her care coordinator",
                    review_on=today + timedelta(days=28)))
                counts["risk_plans"] += 1
                calls += 1
            counts["goals"] += 1
            counts["steps"] += 3
            calls += 4
            open_goals.append(goal.id)
        # Progress on the goals being worked on: notes every month, steps ticked off.
        for goal_id in list(open_goals):
            goal = services.goals.add_note(goal_id, _text(rng, 2), today)
            counts["notes"] += 1
            calls += 1
            undone = [s for s in goal.steps if s.done_on is None]
            if undone and rng.random() < 0.4:
                goal = services.goals.mark_step(undone[0].id, undone[0].version, today)
                calls += 1
            if len(goal.notes) >= 6:
                status = GoalStatus.ACHIEVED if rng.random() < 0.7 else GoalStatus.LET_GO
                services.goals.set_status(goal.id, goal.version, status,
                                          celebration="A picnic with the team" if status is GoalStatus.ACHIEVED else "")
                counts["notes"] += 1
                calls += 1
                open_goals.remove(goal_id)
    # Today: a new draft of the plan is being written with her (a draft and an agreed version).
    at(end)
    plan = services.crisis_plans.start_draft(person.id)
    services.crisis_plans.save_draft(plan.id, plan.version, {"what_helps": (_text(rng, 4), "")})
    calls += 2
    counts["plan_versions"] += 1
    clock.set(end)
    return History(person.id, years, service_calls=calls, **counts)
