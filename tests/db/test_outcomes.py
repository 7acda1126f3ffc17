"""Every outcome figure, computed on a small fixture caseload and checked against counts made by hand.

The caseload is built through the services, moving a fixed clock through June to November 2026:

    people        care coordinator  opened      notes
    P1 Aoife      Rowan             10/01/2026  plan v1 agreed 10/06 (review 30/09), v2 agreed 05/11
    P2 Bryn       Rowan             01/05/2026  plan agreed 01/07 (review 01/01/2027); discharged 15/09
    P3 Cerys      Sam               20/07/2026  a draft plan only
    P4 Dai        Sam               01/03/2025  plan agreed 15/08 (review 15/10)
    P5 Efa        none              05/10/2026  no plan

    recovery goals: G1 P1 set 01/06, paused 15/06, working 21/07, achieved 08/08 (recorded 10/08)
                    G2 P2 set 01/06, let go 10/08, working again 20/11
                    G3 P3 set 21/07, achieved 30/08 (recorded 05/09)
                    G4 P4 set 10/08, paused 20/08, working 20/08, paused 25/08
                    G5 P4 set 05/09, let go 12/10
                    G6 P5 set 12/10, achieved 20/11
    treatment goal T1 P4 set 01/06, paused 12/10 (never counted)
"""
import secrets
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import func, select

from recovery_desk.domain.errors import ValidationFailed
from recovery_desk.domain.goals import GoalDraft, GoalKind, GoalStatus
from recovery_desk.domain.people import PersonDraft
from recovery_desk.domain.staff import Role
from recovery_desk.services.assessments import AnswerDraft, AssessmentChanges
from recovery_desk.services.bundle import Services
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.crisis_plans import AgreeDetails
from recovery_desk.services.outcomes import Scope
from recovery_desk.services.staff import StaffDraft, actor_for
from recovery_desk.store.engine import open_postgres, open_sqlite
from recovery_desk.store.migrate import upgrade
from recovery_desk.store.models import (
    Action,
    AgendaItem,
    AuditEvent,
    HatWearing,
    Meeting,
)
from tests.conftest import FixedClock, make_pg_schema

START, END = date(2026, 6, 1), date(2026, 11, 30)
MONTHS = [date(2026, m, 1) for m in range(6, 12)]


def move_to(clock, day: date) -> None:
    clock.advance(days=(day - clock.now().date()).days)


def agree_plan(services, person_id, agreed_on, review_by, coordinator_id):
    plan = services.crisis_plans.start_draft(person_id)
    required = {t.key: (f"In my words: {t.title}", "") for t in services.crisis_plans.templates() if t.required_to_agree}
    plan = services.crisis_plans.save_draft(plan.id, plan.version, required)
    services.crisis_plans.agree(plan.id, plan.version, AgreeDetails(agreed_on, True, coordinator_id,
                                                                     review_by=review_by))


def complete_assessment(services, person_id, indicators):
    """A completed assessment with these 'Roles and everyday life' answers (other sections not discussed)."""
    assessments = services.assessments
    view = assessments.start(person_id)
    answers = {sec.key: AnswerDraft(not_discussed=True) for sec in assessments.template().sections if sec.needs_answer}
    view = assessments.save_draft(view.id, view.version, AssessmentChanges(answers=answers, indicators=indicators))
    assessments.complete(view.id, view.version)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def built(request, tmp_path_factory):
    """The fixture caseload, built once per backend: the tests only read it."""
    if request.param == "sqlite":
        db = open_sqlite(tmp_path_factory.mktemp("outcomes") / "test.db", secrets.token_hex(32))
        schema = None
    else:
        schema = make_pg_schema()
        db = open_postgres(schema.url, None, search_path=schema.name)
    upgrade(db)
    clock = FixedClock(datetime(2026, 6, 1, 10, 0, tzinfo=timezone.utc))
    services = Services.create(ServiceContext(db, clock))
    _team, admin = services.team.create("Test Team", "Test Service", StaffDraft(
        username="admin", display_name="Ada Admin", role=Role.ADMINISTRATOR, secret="correct horse battery"))
    services.become(actor_for(admin))
    caseload = build_caseload(services, clock)
    add_meetings(services, caseload)
    yield services, caseload
    db.dispose()
    if schema is not None:
        schema.drop()


@pytest.fixture
def services(built):
    return built[0]


@pytest.fixture
def caseload(built):
    return built[1]


def build_caseload(s, clock):
    rowan = s.staff.save(StaffDraft(username="rowan", display_name="Rowan Quillon", role=Role.CLINICIAN,
                                    secret="correct horse battery"))
    sam = s.staff.save(StaffDraft(username="sam", display_name="Sam Mapleby", role=Role.CLINICIAN,
                                  secret="correct horse battery"))

    def person(given, coordinator, opened):
        return s.caseload.save(PersonDraft(given_name=given, family_name="Outcomeson",
                                           care_coordinator_id=coordinator.id if coordinator else None,
                                           opened_on=opened))

    p1, p2 = person("Aoife", rowan, date(2026, 1, 10)), person("Bryn", rowan, date(2026, 5, 1))
    p4 = person("Dai", sam, date(2025, 3, 1))
    goal = {}

    def set_goal(name, who, kind=GoalKind.RECOVERY):
        goal[name] = s.goals.save_goal(who.id, GoalDraft(kind=kind, statement=f"Goal {name}"))

    def status(name, new, on=None):
        goal[name] = s.goals.set_status(goal[name].id, goal[name].version, new, on=on)

    # June
    set_goal("G1", p1), set_goal("G2", p2), set_goal("T1", p4, GoalKind.TREATMENT)
    move_to(clock, date(2026, 6, 2))
    complete_assessment(s, p2.id, {"work": "not working"})  # P2's only completed assessment
    move_to(clock, date(2026, 6, 5))
    complete_assessment(s, p1.id, {"work": "not working", "volunteering": "not volunteering",
                                   "housing": "temporary / homeless", "safety": "prefer not to say"})
    move_to(clock, date(2026, 6, 10))
    agree_plan(s, p1.id, date(2026, 6, 10), date(2026, 9, 30), rowan.id)
    move_to(clock, date(2026, 6, 15))
    status("G1", GoalStatus.PAUSED)
    move_to(clock, date(2026, 6, 20))
    complete_assessment(s, p4.id, {"work": "voluntary work", "friendships": "regular contact with several friends",
                                   "housing": "own home / tenancy"})
    # July
    move_to(clock, date(2026, 7, 1))
    agree_plan(s, p2.id, date(2026, 7, 1), date(2027, 1, 1), rowan.id)
    move_to(clock, date(2026, 7, 20))
    p3 = person("Cerys", sam, date(2026, 7, 20))
    move_to(clock, date(2026, 7, 21))
    set_goal("G3", p3)
    status("G1", GoalStatus.WORKING)
    s.crisis_plans.start_draft(p3.id)  # never agreed
    # August
    move_to(clock, date(2026, 8, 1))
    complete_assessment(s, p3.id, {"work": "looking for work"})  # P3's only one: not compared
    move_to(clock, date(2026, 8, 10))
    status("G1", GoalStatus.ACHIEVED, on=date(2026, 8, 8))
    status("G2", GoalStatus.LET_GO)
    set_goal("G4", p4)
    move_to(clock, date(2026, 8, 15))
    agree_plan(s, p4.id, date(2026, 8, 15), date(2026, 10, 15), sam.id)
    move_to(clock, date(2026, 8, 20))
    status("G4", GoalStatus.PAUSED)
    status("G4", GoalStatus.WORKING)
    move_to(clock, date(2026, 8, 25))
    status("G4", GoalStatus.PAUSED)
    # September
    move_to(clock, date(2026, 9, 5))
    set_goal("G5", p4)
    status("G3", GoalStatus.ACHIEVED, on=date(2026, 8, 30))
    move_to(clock, date(2026, 9, 10))
    complete_assessment(s, p4.id, {"work": "looking for work", "friendships": "regular contact with several friends",
                                   "housing": "own home / tenancy"})
    move_to(clock, date(2026, 9, 15))
    record = s.caseload.get(p2.id, audit_view=False)
    s.caseload.discharge(p2.id, record.version, date(2026, 9, 15), "Moved away (test)")
    # October
    move_to(clock, date(2026, 10, 1))
    complete_assessment(s, p1.id, {"work": "part-time paid work", "volunteering": "volunteering regularly",
                                   "housing": "own home / tenancy", "safety": "feel safe"})
    move_to(clock, date(2026, 10, 5))
    p5 = person("Efa", None, date(2026, 10, 5))
    move_to(clock, date(2026, 10, 12))
    set_goal("G6", p5)
    status("G5", GoalStatus.LET_GO)
    status("T1", GoalStatus.PAUSED)
    # November
    move_to(clock, date(2026, 11, 5))
    agree_plan(s, p1.id, date(2026, 11, 5), date(2027, 5, 5), rowan.id)
    move_to(clock, date(2026, 11, 10))
    complete_assessment(s, p4.id, {"work": "full-time paid work", "friendships": "no regular contact with friends",
                                   "housing": "hospital"})
    move_to(clock, date(2026, 11, 20))
    status("G6", GoalStatus.ACHIEVED)
    status("G2", GoalStatus.WORKING)
    move_to(clock, date(2026, 11, 21))
    return {"rowan": rowan, "sam": sam, "P1": p1, "P2": p2, "P3": p3, "P4": p4, "P5": p5}


def goal_rows(report):
    return [(g.month, g.set, g.achieved, g.paused, g.let_go) for g in report.goals]


def test_recovery_goals_set_achieved_paused_and_let_go_per_month(services, caseload):
    team = services.outcomes.report(Scope(), START, END)
    assert team.end == date(2026, 11, 21)  # never beyond today
    assert goal_rows(team) == [
        # month             set achieved paused let go
        (date(2026, 6, 1), 2, 0, 1, 0),  # G1, G2 set; G1 paused (T1 is a treatment goal)
        (date(2026, 7, 1), 1, 0, 0, 0),  # G3 set; G1 back to working is not counted
        (date(2026, 8, 1), 1, 2, 1, 1),  # G4 set; G1 (08/08) and G3 (30/08) achieved; G4 paused twice = once; G2
        (date(2026, 9, 1), 1, 0, 0, 0),  # G5 set (G3 was recorded in September but achieved in August)
        (date(2026, 10, 1), 1, 0, 0, 1),  # G6 set; G5 let go; T1's pause is not a recovery goal's
        (date(2026, 11, 1), 0, 1, 0, 0),  # G6 achieved
    ]
    rowan = services.outcomes.report(Scope("coordinator", caseload["rowan"].id), START, END)
    assert goal_rows(rowan) == [(date(2026, 6, 1), 2, 0, 1, 0), (date(2026, 7, 1), 0, 0, 0, 0),
                                (date(2026, 8, 1), 0, 1, 0, 1), (date(2026, 9, 1), 0, 0, 0, 0),
                                (date(2026, 10, 1), 0, 0, 0, 0), (date(2026, 11, 1), 0, 0, 0, 0)]
    assert rowan.scope_label == "Rowan Quillon's caseload"
    dai = services.outcomes.report(Scope("person", caseload["P4"].id), START, END)
    assert goal_rows(dai) == [(date(2026, 6, 1), 0, 0, 0, 0), (date(2026, 7, 1), 0, 0, 0, 0),
                              (date(2026, 8, 1), 1, 0, 1, 0), (date(2026, 9, 1), 1, 0, 0, 0),
                              (date(2026, 10, 1), 0, 0, 0, 1), (date(2026, 11, 1), 0, 0, 0, 0)]
    august = services.outcomes.report(Scope(), date(2026, 8, 9), date(2026, 8, 31))
    assert goal_rows(august) == [(date(2026, 8, 1), 1, 1, 1, 1)]  # only from 09/08: G1's 08/08 is outside


def test_share_of_open_people_with_a_current_agreed_crisis_plan_at_each_month_end(services, caseload):
    team = services.outcomes.report(Scope(), START, END)
    assert [(p.on, p.open_people, p.with_current_plan) for p in team.plans] == [
        (date(2026, 6, 30), 3, 1),  # P1 P2 P4 open; P1's plan (P2's agreed 01/07)
        (date(2026, 7, 31), 4, 2),  # P3 opened; P1 P2
        (date(2026, 8, 31), 4, 3),  # P1 P2 P4
        (date(2026, 9, 30), 3, 2),  # P2 discharged; P1 (review due that very day still counts), P4
        (date(2026, 10, 31), 4, 0),  # P5 opened; P1's and P4's reviews have passed
        (date(2026, 11, 21), 4, 1),  # today: P1's new version
    ]
    assert team.plans[2].share == 75.0 and team.plans[4].share == 0.0
    sam = services.outcomes.report(Scope("coordinator", caseload["sam"].id), START, END)
    assert [(p.open_people, p.with_current_plan) for p in sam.plans] == [(1, 0), (2, 0), (2, 1), (2, 1), (2, 0),
                                                                         (2, 0)]
    efa = services.outcomes.report(Scope("person", caseload["P5"].id), START, END)
    assert [p.share for p in efa.plans] == [None, None, None, None, 0.0, 0.0]  # not open before October


def changes(report):
    return {c.indicator.key: (c.change.compared, c.change.gained, c.change.lost, c.change.kept,
                              c.change.still_without) for c in report.indicators}


def test_valued_roles_and_everyday_life_gained_or_lost_since_the_first_assessment(services, caseload):
    team = services.outcomes.report(Scope(), START, END)
    assert team.people_compared == 2  # P1 and P4; P2 and P3 have one completed assessment each
    assert changes(team) == {
        #                    compared gained lost kept still without
        "work": (2, 1, 0, 1, 0),  # P1 not working → part-time; P4 voluntary → full-time (kept)
        "education": (0, 0, 0, 0, 0),
        "volunteering": (1, 1, 0, 0, 0),  # P1; P4 never answered
        "housing": (2, 1, 1, 0, 0),  # P1 homeless → own home; P4 own home → hospital
        "friendships": (1, 0, 1, 0, 0),  # P4 several friends → none
        "close_relationships": (0, 0, 0, 0, 0),
        "income": (0, 0, 0, 0, 0),
        "safety": (0, 0, 0, 0, 0),  # P1's first answer was "prefer not to say": not compared
    }
    october = services.outcomes.report(Scope(), START, date(2026, 10, 31))
    assert changes(october)["work"] == (2, 1, 1, 0, 0)  # by 31/10 P4's latest was "looking for work"
    assert changes(october)["housing"] == (2, 1, 0, 1, 0)
    rowan = services.outcomes.report(Scope("coordinator", caseload["rowan"].id), START, END)
    assert rowan.people_compared == 1 and changes(rowan)["housing"] == (1, 1, 0, 0, 0)


def add_meetings(services, caseload):
    staff = {n: caseload[n].id for n in ("rowan", "sam")}
    people = {n: caseload[n].id for n in ("P1", "P2", "P3", "P4", "P5")}
    chair = services.actor.staff_id
    with services.ctx.db.session() as s:
        for held_on, reviewed, skipped, hat in ((date(2026, 7, 7), ("P1", "P2"), ("P3",), "rowan"),
                                                (date(2026, 8, 4), ("P1", "P4"), (), "sam"),
                                                (date(2026, 11, 3), ("P4", "P5"), (), "rowan")):
            meeting = Meeting(held_on=held_on, status="finished", chair_id=chair,
                              started_at=datetime.combine(held_on, datetime.min.time(), timezone.utc))
            s.add(meeting)
            s.flush()
            for position, name in enumerate((*reviewed, *skipped)):
                s.add(AgendaItem(meeting_id=meeting.id, person_id=people[name], position=position,
                                 status="reviewed" if name in reviewed else "skipped"))
            s.add(HatWearing(meeting_id=meeting.id, staff_id=staff[hat], worn_on=held_on))
        for name, due, done in (("P1", date(2026, 7, 20), date(2026, 7, 18)),  # on time
                                ("P2", date(2026, 7, 31), date(2026, 8, 2)),  # late
                                ("P4", date(2026, 8, 20), None),  # not done
                                ("P4", date(2026, 11, 30), None),  # due after the range's end
                                ("P1", date(2026, 11, 10), date(2026, 11, 10))):  # on the day: on time
            s.add(Action(person_id=people[name], description="An action", owner_id=staff["rowan"], due_on=due,
                         done_on=done))


def meeting_rows(report):
    return [(m.month, m.reviews_held, m.actions_due, m.done_on_time, m.done_late, m.not_done)
            for m in report.meetings.months]


def test_reviews_held_actions_on_time_and_the_hats_rotation(services, caseload):
    team = services.outcomes.report(Scope(), START, END)
    assert team.meetings.recorded
    assert meeting_rows(team) == [
        #                  reviews due on time late not done
        (date(2026, 6, 1), 0, 0, 0, 0, 0),
        (date(2026, 7, 1), 2, 2, 1, 1, 0),  # P3 was skipped, not reviewed
        (date(2026, 8, 1), 2, 1, 0, 0, 1),
        (date(2026, 9, 1), 0, 0, 0, 0, 0),
        (date(2026, 10, 1), 0, 0, 0, 0, 0),
        (date(2026, 11, 1), 2, 1, 1, 0, 0),  # the action due 30/11 is after the range's end (today)
    ]
    assert [(h.staff_name, h.times, h.last_worn) for h in team.meetings.hat] == [
        ("Rowan Quillon", 2, date(2026, 11, 3)), ("Sam Mapleby", 1, date(2026, 8, 4))]
    sam = services.outcomes.report(Scope("coordinator", caseload["sam"].id), START, END)
    assert [(r[1], r[2]) for r in meeting_rows(sam)] == [(0, 0), (0, 0), (1, 1), (0, 0), (0, 0), (1, 0)]


def test_csv_lists_every_figure_and_views_and_exports_are_audited(services, caseload):
    with services.ctx.db.session() as s:
        before = s.scalar(select(func.max(AuditEvent.seq)))
    person = services.outcomes.report(Scope("person", caseload["P1"].id), START, END)
    text = services.outcomes.export_csv(person)
    lines = text.splitlines()
    assert lines[0] == "Scope,Figure,Period,Measure,Value"
    assert "Aoife Outcomeson,Recovery goals,Aug 2026,achieved,1" in lines
    assert "Aoife Outcomeson,Current agreed crisis plan,Oct 2026,percentage,0.0" in lines
    assert ("Aoife Outcomeson,Valued social roles: In work (paid or voluntary),first assessment to latest by "
            "21/11/2026,gained,1") not in lines  # the figure is named by its indicator
    assert "Aoife Outcomeson,In work (paid or voluntary),first assessment to latest by 21/11/2026,gained,1" in lines
    services.outcomes.record_export(person, "chart as PNG")
    services.outcomes.report(Scope(), START, END)  # the team's figures name nobody: not a record view
    with services.ctx.db.session() as s:
        rows = s.execute(select(AuditEvent.action, AuditEvent.person_id, AuditEvent.summary)
                         .where(AuditEvent.entity == "outcomes", AuditEvent.seq > before)
                         .order_by(AuditEvent.seq)).all()
    p1 = caseload["P1"].id
    assert rows == [("view", p1, "outcomes for one person"), ("export", p1, "person outcomes saved: figures as CSV"),
                    ("export", p1, "person outcomes saved: chart as PNG")]


def test_a_range_that_cannot_be_right_is_refused_plainly(services, caseload):
    with pytest.raises(ValidationFailed) as caught:
        services.outcomes.report(Scope(), date(2026, 9, 1), date(2026, 8, 1))
    assert caught.value.problems == {"end": "The end of the range is before its start. Please check the dates."}
    with pytest.raises(ValidationFailed, match="at most 5 years"):
        services.outcomes.report(Scope(), date(2018, 1, 1), date(2026, 11, 1))
    with pytest.raises(ValidationFailed, match="at most 5 years"):
        services.outcomes.report(Scope(), date(1901, 1, 1), date.max)
    with pytest.raises(ValidationFailed) as caught:
        services.outcomes.report(Scope(), date(9999, 12, 31), date(9999, 12, 31))  # typed as 31/12/9999
    assert caught.value.problems == {"start": "The range starts in the future. Please choose a start on or before "
                                              "today."}
    assert len(services.outcomes.report(Scope(), date(2022, 1, 1), date(9999, 12, 31)).goals) == 59
    with pytest.raises(ValidationFailed, match="should start in 1900 or later"):
        services.outcomes.report(Scope(), date(1, 1, 1), date(1, 1, 1))
    assert services.outcomes.default_range() == (date(2025, 12, 1), date(2026, 11, 21))


def test_before_any_team_meeting_the_figures_say_not_yet_recorded(database, clock):
    services = Services.create(ServiceContext(database, clock))
    _team, admin = services.team.create("Test Team", "Test Service", StaffDraft(
        username="admin", display_name="Ada Admin", role=Role.ADMINISTRATOR, secret="correct horse battery"))
    services.become(actor_for(admin))
    report = services.outcomes.report(Scope(), date(2026, 9, 1), date(2026, 11, 21))
    assert not report.meetings.recorded and report.meetings.note.startswith("Not yet recorded")
    assert [(m.reviews_held, m.actions_due) for m in report.meetings.months] == [(0, 0)] * 3
    assert report.meetings.hat == () and report.people_compared == 0
    assert [(p.open_people, p.share) for p in report.plans] == [(0, None)] * 3
