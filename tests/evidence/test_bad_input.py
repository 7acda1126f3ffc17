"""Bad input through every service call that takes typed text or dates, on both backends.

Each call gets the hostile strings of tests/bad_input.py in every text field it has (and odd
dates in every date field), then hypothesis-generated text and dates. For every attempt:

* nothing but ``ValidationFailed`` may come out (signing in: ``SignInFailed``), and each
  problem it lists is a non-empty message keyed by a field name;
* a refused attempt writes nothing: the row count (and the sum of the version numbers, so an
  edit shows too) of every table is unchanged; a refused sign-in changes only the audit trail
  and the staff table (its count of failed attempts);
* what was accepted is stored cleanly: no stored text anywhere holds NUL or any other control
  character except line breaks and tabs, and the audit trail still verifies.

The calls covered are ``CASES``, plus ``OPTIONAL_CASES`` for each service the bundle has (the
test ids name them all); tests/db/test_bad_input.py checks the caseload's round trip in more
detail. The normal run uses ``SOME_HOSTILE`` and 8 generated examples per call; the long
version (``-m slow``) every hostile string and 300 examples per call.
"""
from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import String, Text, func, inspect, select

from recovery_desk.domain.dates import DateInputError, parse_uk_date
from recovery_desk.domain.errors import ValidationFailed
from recovery_desk.domain.goals import (
    GoalDraft,
    GoalKind,
    GoalStatus,
    RiskPlanDraft,
    StepDraft,
    StepOwner,
)
from recovery_desk.domain.people import PersonDraft, SupporterDraft
from recovery_desk.domain.timeline import EventDraft
from recovery_desk.services import audit
from recovery_desk.services.assessments import AnswerDraft, AssessmentChanges
from recovery_desk.services.crisis_plans import AgreeDetails
from recovery_desk.services.outcomes import Scope
from recovery_desk.services.staff import SignInFailed, StaffDraft
from recovery_desk.store.models import Base
from tests.bad_input import EVERY_HOSTILE, SOME_HOSTILE, typed_date, typed_text

HYPOTHESIS = settings(max_examples=8, deadline=None, database=None,
                      suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
ALLOWED_CONTROLS = {"\n", "\t"}
AUDITED_REFUSAL_WRITES = {"audit_event", "audit_head", "staff"}


# ---- watching the database -----------------------------------------------------------------------
def _tables(db) -> list:
    present = set(inspect(db.engine).get_table_names())
    return [t for t in Base.metadata.sorted_tables if t.name in present]


def fingerprint_sql(db, tables) -> tuple[str, list[str]]:
    """One statement: rows per table, and the sum of versions where a table has them, so that
    any insert, delete or edit changes its answer; and which table each figure belongs to."""
    parts, labels = [], []
    for t in tables:
        parts.append(select(func.count()).select_from(t).scalar_subquery())
        labels.append(t.name)
        if "version" in t.c:
            parts.append(select(func.coalesce(func.sum(t.c.version), 0)).scalar_subquery())
            labels.append(t.name)
    sql = str(select(*parts).compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True}))
    return sql, labels


def fingerprint(db, sql: str) -> tuple:
    with db.engine.connect() as conn:
        return tuple(conn.exec_driver_sql(sql).one())


def stored_text_problems(db, tables) -> list[str]:
    """Every stored string that holds a control character other than a line break or tab."""
    found = []
    with db.session() as s:
        for t in tables:
            for c in t.c:
                if isinstance(c.type, (String, Text)):
                    for (value,) in s.execute(select(c).where(c.is_not(None))):
                        bad = {ch for ch in value if unicodedata.category(ch) == "Cc" and ch not in ALLOWED_CONTROLS}
                        if bad:
                            found.append(f"{t.name}.{c.name}: {sorted(bad)}")
    return found


@dataclass
class Watch:
    db: object
    tables: list
    accepted: int = 0
    refused: int = 0

    def __post_init__(self) -> None:
        self.sql, self.labels = fingerprint_sql(self.db, self.tables)

    def attempt(self, mutation: Callable[[], object], *, refused_as=ValidationFailed, audited_refusal=False) -> bool:
        """Run one call; True if it was accepted. Anything but the expected refusal fails the test.

        ``audited_refusal``: a refusal that is itself recorded (a failed sign-in): only the audit
        trail and the staff table (the count of failed attempts) may change."""
        before = fingerprint(self.db, self.sql)
        try:
            mutation()
        except refused_as as exc:
            problems = getattr(exc, "problems", {"": str(exc)})
            assert problems, "a refusal without a message"
            assert all(isinstance(k, str) and isinstance(m, str) and m.strip() for k, m in problems.items()), problems
            after = fingerprint(self.db, self.sql)
            may_change = AUDITED_REFUSAL_WRITES if audited_refusal else set()
            changed = {label for label, a, b in zip(self.labels, before, after) if a != b}
            assert changed <= may_change, f"a refused call changed {sorted(changed - may_change)}"
            self.refused += 1
            return False
        self.accepted += 1
        return True


# ---- the calls -------------------------------------------------------------------------------------
def _person(services, **kw):
    return services.caseload.save(PersonDraft(given_name="Siân", family_name="Quillfeather", **kw))


def _draft_plan(services, person_id):
    plan = services.crisis_plans.start_draft(person_id)
    texts = {t.key: ("In my words", "") for t in services.crisis_plans.templates() if t.required_to_agree}
    return services.crisis_plans.save_draft(plan.id, plan.version, texts)


def _agreed_plan(services, person_id):
    plan = _draft_plan(services, person_id)
    return services.crisis_plans.agree(plan.id, plan.version, AgreeDetails(
        agreed_on=services.ctx.today(), person_took_part=True, care_coordinator_id=services.actor.staff_id))


def _goal(services, person_id):
    return services.goals.save_goal(person_id, GoalDraft(kind=GoalKind.RECOVERY, statement="Swim at the lido"))


def _on(day: date | None) -> datetime | None:
    return datetime.combine(day, time(), tzinfo=timezone.utc) if day else None


@dataclass(frozen=True)
class Case:
    """``prepare(services)`` once; ``call(services, state, text, day, watch)`` per attempt."""

    prepare: Callable
    call: Callable


def _edit_person(services, st, t, d, w):
    record = services.caseload.get(st.id, audit_view=False)
    draft = record.as_draft()
    for name in ("given_name", "family_name", "preferred_name", "pronouns", "address", "culture", "language", "faith"):
        setattr(draft, name, t)
    draft.date_of_birth, draft.next_review_on = d, d
    w.attempt(lambda: services.caseload.save(draft))


def _discharge(services, st, t, d, w):
    record = services.caseload.get(st.id, audit_view=False)
    if w.attempt(lambda: services.caseload.discharge(st.id, record.version, d or date.min, t)):
        services.caseload.reopen(st.id, services.caseload.get(st.id, audit_view=False).version)


def _edit_supporter(services, st, t, d, w):
    person, supporter = st
    current = next(x for x in services.caseload.get(person.id, audit_view=False).supporters if x.id == supporter.id)
    draft = current.as_draft()
    draft.name = draft.relationship = draft.phone = draft.notes = t
    w.attempt(lambda: services.caseload.save_supporter(person.id, draft))


def _agree(services, st, t, d, w):
    plan = services.crisis_plans.current(st.id)
    if plan is None or not plan.is_draft:
        plan = _draft_plan(services, st.id)
    details = AgreeDetails(agreed_on=d or date.max, person_took_part=True, care_coordinator_id=services.actor.staff_id,
                           facilitator=t, supporters_involved=t, not_agreed=t, review_by=d)
    w.attempt(lambda: services.crisis_plans.agree(plan.id, plan.version, details))


def _edit_goal(services, st, t, d, w):
    goal = services.goals.get(st[1].id)
    draft = GoalDraft(kind=GoalKind.RECOVERY, statement=t, why_it_matters=t, life_area=t, chime=t, target_date=d,
                      readiness=5, readiness_why=t, id=goal.id, version=goal.version)
    w.attempt(lambda: services.goals.save_goal(st[0].id, draft))


def _set_status(services, st, t, d, w):
    goal = services.goals.get(st.id)
    w.attempt(lambda: services.goals.set_status(goal.id, goal.version, GoalStatus.ACHIEVED, celebration=t, on=d))


def _mark_step(services, st, t, d, w):
    step = services.goals.get(st.id).steps[0]
    w.attempt(lambda: services.goals.mark_step(step.id, step.version, d))


def _review_risk(services, st, t, d, w):
    plan = services.goals.get(st.id).risk_plans[0]
    w.attempt(lambda: services.goals.review_risk_plan(plan.id, plan.version, t, d))


def _goal_with_step_and_risk(services):
    person = _person(services)
    goal = _goal(services, person.id)
    goal = services.goals.save_step(goal.id, StepDraft(description="Ring the lido", who_kind=StepOwner.PERSON))
    return services.goals.save_risk_plan(goal.id, RiskPlanDraft(
        activity="Swim alone", what_makes_it_safer="Lifeguard told", who_agreed="Si and Ngozi",
        review_on=services.ctx.today()))


def _edit_staff(services, st, t, d, w):
    info = services.staff.get(st.id)
    w.attempt(lambda: services.staff.save(StaffDraft(username=info.username, display_name=t, initials=t, job_title=t,
                                                     role=info.role, id=info.id, version=info.version)))


CASES: dict[str, Case] = {
    "caseload.save (new person, every free-text field)": Case(lambda s: None, lambda s, st, t, d, w: w.attempt(
        lambda: s.caseload.save(PersonDraft(given_name=t, family_name=t, preferred_name=t, pronouns=t, address=t,
                                            culture=t, language=t, faith=t, date_of_birth=d, opened_on=d,
                                            next_review_on=d)))),
    "caseload.save (NHS number, phone, email)": Case(lambda s: None, lambda s, st, t, d, w: w.attempt(
        lambda: s.caseload.save(PersonDraft(given_name="Zoë", family_name="Puddleby", nhs_number=t, phone=t,
                                            email=t)))),
    "caseload.save (edit)": Case(_person, _edit_person),
    "caseload.discharge": Case(_person, _discharge),
    "caseload.save_supporter (new)": Case(_person, lambda s, st, t, d, w: w.attempt(
        lambda: s.caseload.save_supporter(st.id, SupporterDraft(name=t, relationship=t, phone=t, email=t, notes=t)))),
    "caseload.save_supporter (edit)": Case(
        lambda s: (p := _person(s), s.caseload.save_supporter(p.id, SupporterDraft(name="Ngozi"))), _edit_supporter),
    "staff.save (edit an account: names, initials, job title)": Case(lambda s: s.staff.save(StaffDraft(
        username=f"u{secrets.token_hex(4)}", display_name="Kit Fennimore", secret="correct horse battery")),
        _edit_staff),
    "staff.save (new account: username and password)": Case(lambda s: None, lambda s, st, t, d, w: w.attempt(
        lambda: s.staff.save(StaffDraft(username=t, display_name="Kit Fennimore", secret=t)))),
    "staff.sign_in": Case(lambda s: None, lambda s, st, t, d, w: w.attempt(
        lambda: s.staff.sign_in(t, t), refused_as=SignInFailed, audited_refusal=True)),
    "staff.find": Case(lambda s: None, lambda s, st, t, d, w: w.attempt(lambda: s.staff.find(t))),
    "team.create (on a database that has a team)": Case(lambda s: None, lambda s, st, t, d, w: w.attempt(
        lambda: s.team.create(t, t, StaffDraft(username="second", display_name=t, secret=t)))),
    "crisis_plans.save_draft (every section, both voices)": Case(
        lambda s: s.crisis_plans.start_draft(_person(s).id), lambda s, st, t, d, w: w.attempt(
            lambda: s.crisis_plans.save_draft(st.id, s.crisis_plans.get(st.id, audit_view=False).version,
                                              {x.key: (t, t) for x in s.crisis_plans.templates()}))),
    "crisis_plans.save_draft (a section key)": Case(
        lambda s: s.crisis_plans.start_draft(_person(s).id), lambda s, st, t, d, w: w.attempt(
            lambda: s.crisis_plans.save_draft(st.id, s.crisis_plans.get(st.id, audit_view=False).version,
                                              {t: ("words", "")}))),
    "crisis_plans.agree": Case(lambda s: _person(s), _agree),
    "crisis_plans.record_copy": Case(lambda s: _agreed_plan(s, _person(s).id), lambda s, st, t, d, w: w.attempt(
        lambda: s.crisis_plans.record_copy(st.id, t, d or date.max))),
    "goals.save_goal (new)": Case(_person, lambda s, st, t, d, w: w.attempt(lambda: s.goals.save_goal(st.id, GoalDraft(
        kind=GoalKind.RECOVERY, statement=t, why_it_matters=t, life_area=t, chime=t, target_date=d, readiness_why=t,
        source=t)))),
    "goals.save_goal (edit)": Case(lambda s: (p := _person(s), _goal(s, p.id)), _edit_goal),
    "goals.set_status": Case(lambda s: _goal(s, _person(s).id), _set_status),
    "goals.add_note": Case(lambda s: _goal(s, _person(s).id), lambda s, st, t, d, w: w.attempt(
        lambda: s.goals.add_note(st.id, t, d))),
    "goals.save_step": Case(lambda s: _goal(s, _person(s).id), lambda s, st, t, d, w: w.attempt(
        lambda: s.goals.save_step(st.id, StepDraft(description=t, who_kind=StepOwner.PERSON, due_on=d)))),
    "goals.mark_step": Case(_goal_with_step_and_risk, _mark_step),
    "goals.save_risk_plan": Case(lambda s: _goal(s, _person(s).id), lambda s, st, t, d, w: w.attempt(
        lambda: s.goals.save_risk_plan(st.id, RiskPlanDraft(activity=t, why_it_matters=t, what_could_go_wrong=t,
                                                            what_makes_it_safer=t, who_agreed=t, review_on=d)))),
    "goals.review_risk_plan": Case(_goal_with_step_and_risk, _review_risk),
    "audit.list_events (dates)": Case(lambda s: None, lambda s, st, t, d, w: w.attempt(
        lambda: audit.list_events(s.ctx, since=_on(d), until=_on(d)))),
}


# ---- services other engineers are building: covered when present --------------------------------------
def _assessment(services):
    return services.assessments.start(_person(services).id)


def _assessment_answers(services, st, t, d, w):
    current = services.assessments.get(st.id, audit_view=False)
    titles = services.assessments.template().answer_titles()
    changes = AssessmentChanges(answers={key: AnswerDraft(their_words=t, staff_notes=t) for key in titles},
                                indicators={key: t for key in _indicator_keys(services)})
    w.attempt(lambda: services.assessments.save_draft(st.id, current.version, changes))


def _indicator_keys(services) -> list[str]:
    from recovery_desk.content.assessment import INDICATORS

    return [i.key for sec in services.assessments.template().of_kind(INDICATORS) for i in sec.items]


def _timeline_event(services, st, t, d, w):
    kinds = services.assessments.event_kinds()
    w.attempt(lambda: services.assessments.save_event(st.id, EventDraft(when=t, kind=kinds[0], title=t, their_words=t)))
    w.attempt(lambda: services.assessments.save_event(st.id, EventDraft(
        when=d.strftime("%d/%m/%Y") if d else "", kind=t, title="Moved to the coast", their_words=t)))


def _meeting_item(services):
    """An agenda item of the meeting in progress (started once, shared by the meeting cases)."""
    from recovery_desk.services.meetings import AgendaEntry

    meeting = services.meetings.unfinished()
    if meeting is None:
        other = next((x for x in services.staff.list_staff() if x.id != services.actor.staff_id), None) or \
            services.staff.save(StaffDraft(username=f"u{secrets.token_hex(4)}", display_name="Kit Fennimore",
                                           secret="correct horse battery"))
        me = services.actor.staff_id
        meeting = services.meetings.start(services.ctx.today(), [me, other.id], me, other.id,
                                          [AgendaEntry(_person(services).id, 5)])
    return meeting.items[0]


def _measure(services):
    definitions = services.measures.definitions()
    return (_person(services), definitions[0] if definitions else None)


def _record_measure(services, st, t, d, w):
    person, measure = st
    if measure is not None:
        w.attempt(lambda: services.measures.record(person.id, measure.key, measure.version, d, {}))


def _discharged(services):
    person = _person(services, opened_on=date(2000, 1, 1))
    return services.caseload.discharge(person.id, person.version, date(2001, 1, 1), "Moved away")


OPTIONAL_CASES: dict[str, tuple[str, Case]] = {
    "assessments.save_draft (every answer, both voices, indicators)": ("assessments", Case(
        _assessment, _assessment_answers)),
    "assessments.save_event (timeline)": ("assessments", Case(_person, _timeline_event)),
    "meetings.request_review": ("meetings", Case(_person, lambda s, st, t, d, w: w.attempt(
        lambda: s.meetings.request_review(st.id, "asked for", t)))),
    "meetings.save_note": ("meetings", Case(_meeting_item, lambda s, st, t, d, w: w.attempt(
        lambda: s.meetings.save_note(st.id, "strengths", t)))),
    "meetings.add_action": ("meetings", Case(_person, lambda s, st, t, d, w: w.attempt(
        lambda: s.meetings.add_action(st.id, t, s.actor.staff_id, d)))),
    "meetings.set_next_review": ("meetings", Case(_meeting_item, lambda s, st, t, d, w: w.attempt(
        lambda: s.meetings.set_next_review(st.id, d or date.max)))),
    "measures.load_definition (a file's text and name)": ("measures", Case(lambda s: None, lambda s, st, t, d, w: w.attempt(
        lambda: s.measures.load_definition(t, t + ".json")))),
    "measures.record (date)": ("measures", Case(_measure, _record_measure)),
    "outcomes.report (dates)": ("outcomes", Case(lambda s: None, lambda s, st, t, d, w: w.attempt(
        lambda: s.outcomes.report(Scope("team"), d or date.min, d or date.max)))),
    "retention.delete_record (second member of staff)": ("retention", Case(_discharged, lambda s, st, t, d, w: w.attempt(
        lambda: s.retention.delete_record(st.id, st.version, second_username=t, second_secret=t)))),
}


def _run(services, case: Case, state, texts_and_dates) -> Watch:
    watch = Watch(services.ctx.db, _tables(services.ctx.db))
    for text, day in texts_and_dates:
        case.call(services, state, text, day, watch)
    return watch


def _check_stored(services, watch: Watch) -> None:
    assert stored_text_problems(services.ctx.db, watch.tables) == []
    verified = audit.verify(services.ctx)
    assert verified.ok, verified.problems


def _available() -> dict[str, Case]:
    """Every case whose service this release has (the optional ones as they arrive)."""
    from recovery_desk.services.bundle import Services

    present = {f.name for f in fields(Services)}
    return {**CASES, **{name: case for name, (service, case) in OPTIONAL_CASES.items() if service in present}}


ALL_CASES = _available()

# Defects this suite found in work still in progress elsewhere, left to their authors. Each is
# a strict expected failure: the test says so the moment one is fixed.
KNOWN_DEFECTS: dict[str, tuple[type[BaseException], str]] = {}


def _cases(*, generated: bool = False) -> list:
    """The case names; a known defect is a strict expected failure (with generated input it is
    not run at all: hypothesis would spend half a minute shrinking the same failure)."""
    return [pytest.param(name, marks=pytest.mark.xfail(raises=KNOWN_DEFECTS[name][0], reason=KNOWN_DEFECTS[name][1],
                                                       strict=True, run=not generated))
            if name in KNOWN_DEFECTS else name for name in ALL_CASES]


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def services(request, tmp_path_factory):
    """One database per backend for the whole module (each call is judged by what it changes,
    so the cases can share it): a team, signed in as its administrator."""
    from recovery_desk.services.context import FixedClock
    from recovery_desk.store.engine import open_postgres, open_sqlite
    from recovery_desk.store.migrate import upgrade
    from tests.conftest import make_pg_schema
    from tests.teams import team_services

    schema = None
    if request.param == "sqlite":
        db = open_sqlite(tmp_path_factory.mktemp("bad-input") / "test.db", secrets.token_hex(32))
    else:
        schema = make_pg_schema()
        db = open_postgres(schema.url, None, search_path=schema.name)
    try:
        upgrade(db)
        yield team_services(db, FixedClock())
    finally:
        db.dispose()
        if schema is not None:
            schema.drop()


def _hostile(services, name: str, strings: list[str]) -> None:
    case = ALL_CASES[name]
    state = case.prepare(services)
    days = [None, date.min, date.max, services.ctx.today(), date(1900, 2, 28)]
    watch = _run(services, case, state, [(text, days[i % len(days)]) for i, text in enumerate(strings)])
    _check_stored(services, watch)


@pytest.mark.parametrize("name", _cases())
def test_hostile_strings_are_stored_cleanly_or_refused_whole(services, name):
    _hostile(services, name, SOME_HOSTILE)


@pytest.mark.slow
@pytest.mark.parametrize("name", _cases())
def test_every_hostile_string(services, name):
    _hostile(services, name, EVERY_HOSTILE)


def _typed(services, name: str, examples: int) -> None:
    case = ALL_CASES[name]
    state = case.prepare(services)

    @settings(HYPOTHESIS, max_examples=examples)
    @given(text=typed_text, day=typed_date)
    def attempt(text, day):
        _run(services, case, state, [(text, day)])

    attempt()
    _check_stored(services, Watch(services.ctx.db, _tables(services.ctx.db)))


@pytest.mark.parametrize("name", _cases(generated=True))
def test_anything_typed_is_stored_cleanly_or_refused_whole(services, name):
    _typed(services, name, HYPOTHESIS.max_examples)


@pytest.mark.slow
@pytest.mark.parametrize("name", _cases(generated=True))
def test_anything_typed_many_examples(services, name):
    _typed(services, name, 300)


@HYPOTHESIS
@given(text=typed_text)
def test_any_typed_date_is_read_or_explained(text):
    """What a date box hands the services: a date, nothing, or a message to show."""
    try:
        parse_uk_date(text)
    except DateInputError as exc:
        assert str(exc).strip()
