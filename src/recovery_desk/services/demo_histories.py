"""Fictional histories for demo people: strengths, goals with steps, and crisis plans.

Written through the real services, so every rule and audit row applies.
"""
from __future__ import annotations

import random
from datetime import timedelta

from recovery_desk.domain.goals import GoalDraft, GoalKind, GoalStatus, StepDraft, StepOwner
from recovery_desk.services.assessments import AnswerDraft, AssessmentChanges, AssessmentService
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.crisis_plans import AgreeDetails, CrisisPlanService
from recovery_desk.services.goals import GoalService

STRENGTHS = [
    "I'm a good listener and people trust me.", "I can fix almost any bike.", "I make people laugh.",
    "I'm stubborn in a good way: I don't give up.", "I cook for my neighbours on Sundays.",
    "I know every bird on the canal.", "I'm patient with children.", "I write poems when things are hard.",
]
ROLES = ["Auntie to three nephews", "Volunteer at the food bank", "Goalkeeper for the Sunday league",
         "Choir member", "Allotment holder", "Dad", "Carer for my mum", "Student at the college"]
GOALS = [
    ("Get back to swimming at the lido", "It's where I feel most like me", "Leisure and things I enjoy"),
    ("Find a part-time job in a bike shop", "I want my own money and something to get up for",
     "Work, study or how I spend my days"),
    ("Cook a Sunday dinner for my family", "I used to love doing it", "Family and close relationships"),
    ("Move into my own flat", "Somewhere that's mine", "Where I live"),
    ("Join a choir", "Singing helps my head", "Friendships and social life"),
    ("Walk the canal path to the next village", "I want my fitness back", "Physical health"),
]
STEPS = ["Find out the times", "Ring them and ask", "Go along once with a friend", "Buy what I need",
         "Tell my care coordinator how it went"]
PLAN = {
    "when_well": "I'm chatty and busy. I get up early and go out most days.",
    "early_warning_signs": "I stop answering the phone. I sleep in the day and I'm awake all night.",
    "what_helps": "A walk with my sister. Someone calling round rather than phoning. Quiet music.",
    "staff_do": "Talk to me calmly and tell me what is happening next.",
    "treatment_preferences": "A short course of something to help me sleep has helped before.",
    "who_to_contact": "My sister first, then my friend from the allotment (fictional demo numbers).",
    "contact_numbers": "Crisis line 0300 000 0000 (demo). Out of hours: 0300 000 0001 (demo).",
}


def add_histories(ctx: ServiceContext, person_ids: list[int], rng: random.Random) -> None:
    goals, plans, assessments = GoalService(ctx), CrisisPlanService(ctx), AssessmentService(ctx)
    today = ctx.today()
    assert ctx.actor is not None
    for person_id in person_ids:
        assessment = assessments.start(person_id)
        assessments.save_draft(assessment.id, assessment.version, AssessmentChanges(answers={
            "current_strengths": AnswerDraft(their_words=" ".join(rng.sample(STRENGTHS, 2))),
            "valued_social_roles": AnswerDraft(their_words="; ".join(rng.sample(ROLES, 2))),
        }))
        for statement, why, area in rng.sample(GOALS, rng.choice((1, 2, 2, 3))):
            goal = goals.save_goal(person_id, GoalDraft(
                kind=GoalKind.RECOVERY, statement=statement, why_it_matters=why, life_area=area,
                target_date=today + timedelta(days=rng.randint(-20, 150)), readiness=rng.randint(3, 9),
                readiness_why="I've started thinking about it properly"))
            for description in rng.sample(STEPS, rng.randint(1, 3)):
                goal = goals.save_step(goal.id, StepDraft(description=description, who_kind=StepOwner.PERSON,
                                                          due_on=today + timedelta(days=rng.randint(3, 40))))
            if rng.random() < 0.2:
                goals.set_status(goal.id, goal.version, GoalStatus.ACHIEVED,
                                 celebration="Tea and cake with the team to celebrate (demo)")
        if rng.random() < 0.5:
            goals.save_goal(person_id, GoalDraft(kind=GoalKind.TREATMENT,
                                                 statement="Review how the medication is suiting them every 3 months"))
        roll = rng.random()
        if roll < 0.6:
            draft = plans.start_draft(person_id)
            draft = plans.save_draft(draft.id, draft.version, {k: (v, "") for k, v in PLAN.items()})
            if roll < 0.45:
                agreed_on = today - timedelta(days=rng.randint(10, 240))
                plans.agree(draft.id, draft.version, AgreeDetails(
                    agreed_on=agreed_on, person_took_part=True, care_coordinator_id=ctx.actor.staff_id))
