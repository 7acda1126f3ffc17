"""Crash durability: kill a writer with SIGKILL in the middle of saves, again and again.

Each round starts a new writer process (tests/evidence/durability_writer.py) on the same
encrypted SQLite database, lets it save for a random moment (or until a random save has
begun, plus a few milliseconds), kills it with SIGKILL, then reopens the database and checks:

* ``PRAGMA integrity_check`` is ``ok`` and no foreign key is broken;
* the audit trail's hash chain still verifies;
* every save the writer acknowledged (the service call had returned) is there, exactly as
  acknowledged, and nothing is there that no save wrote: the only unacknowledged change
  allowed is the one save that was in flight when the writer died, whole or not at all;
* no half-saved unit of work is visible: each person and supporter has exactly one audit
  entry (and each entry its row); every version of the crisis plan has all of its sections
  or none, all from the same save, and a version number that matches its audited changes; the
  goal's version matches its notes and their audit entries.

The short version runs in the normal test run (25 kills, about 15-30 s). The long version::

    python -m pytest tests/evidence/test_durability.py -m slow -p no:cacheprovider

kills the writer 300 times (a few minutes). ``DURABILITY_KILLS=1000`` sets the count.

SIGKILL ends the process, not the computer: data the process had handed to the operating
system survives. What this proves is that the app never acknowledges a save before SQLite
has committed it, and that no unit of work is ever half-visible after a crash. Power loss
is SQLite's own territory (WAL with ``synchronous=FULL``).
"""
from __future__ import annotations

import multiprocessing
import os
import random
import secrets
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from recovery_desk.domain.goals import GoalDraft, GoalKind
from recovery_desk.domain.people import PersonDraft
from recovery_desk.services import audit
from recovery_desk.services.context import ServiceContext, SystemClock
from recovery_desk.store.engine import open_sqlite
from recovery_desk.store.migrate import upgrade
from recovery_desk.store.models import (
    AuditEvent,
    CrisisPlan,
    CrisisPlanSection,
    Goal,
    GoalNote,
    Person,
    Supporter,
)
from tests.evidence import durability_writer
from tests.evidence.durability_writer import FAMILY, mark_of
from tests.teams import team_services

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and the forkserver are POSIX")

SHORT_KILLS = 25
LONG_KILLS = int(os.environ.get("DURABILITY_KILLS", "300"))


# ---- the database and the writer -------------------------------------------------------------
@dataclass
class Setup:
    path: Path
    key: str
    plan_person: int
    goal_id: int
    sections: int


def make_database(tmp_path: Path) -> Setup:
    path, key = tmp_path / "durable.db", secrets.token_hex(32)
    db = open_sqlite(path, key)
    try:
        upgrade(db)
        services = team_services(db, SystemClock())
        person = services.caseload.save(PersonDraft(given_name="Plan", family_name="Holder"))
        goal = services.goals.save_goal(person.id, GoalDraft(kind=GoalKind.RECOVERY, statement="Keep writing"))
        sections = len(services.crisis_plans.templates())
    finally:
        db.dispose()
    return Setup(path, key, person.id, goal.id, sections)


@pytest.fixture(scope="module")
def forkserver():
    """New processes forked from a server that has the app's modules imported already."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.evidence.durability_writer"])
    return ctx


@dataclass
class Round:
    events: list[tuple] = field(default_factory=list)

    @property
    def in_flight(self) -> tuple | None:
        """The save that had begun but not been acknowledged when the writer died."""
        last = self.events[-1] if self.events else None
        return last if last is not None and last[0] == "begin" else None

    def acks(self, op: str) -> list[tuple]:
        return [e for e in self.events if e[0] == "ack" and e[1] == op]


def run_and_kill(ctx, setup: Setup, seed: int, rng: random.Random) -> Round:
    reader, writer = ctx.Pipe(duplex=False)
    process = ctx.Process(target=durability_writer.run,
                          args=(str(setup.path), setup.key, seed, setup.plan_person, setup.goal_id, writer))
    process.start()
    writer.close()
    got = Round()

    def receive(timeout: float) -> bool:
        if not reader.poll(timeout):
            return False
        try:
            got.events.append(reader.recv())
        except (EOFError, OSError):
            return False
        return True

    deadline = time.monotonic() + 60
    while not (got.events and got.events[0] == ("ready",)):
        assert time.monotonic() < deadline and process.is_alive(), "the writer did not start"
        receive(0.1)
    if rng.random() < 0.5:
        # Kill at a random moment.
        until = time.monotonic() + rng.uniform(0, 0.2)
        while time.monotonic() < until:
            receive(max(0.0, until - time.monotonic()))
    else:
        # Kill just after a random save has begun (most land inside the save or its commit).
        wanted = rng.randint(1, 25)
        while sum(1 for e in got.events if e[0] == "begin") < wanted:
            assert time.monotonic() < deadline, "the writer stopped saving"
            receive(0.5)
        time.sleep(rng.uniform(0, 0.004))
    os.kill(process.pid, signal.SIGKILL)
    process.join(10)
    assert process.exitcode == -signal.SIGKILL
    while receive(0.05):
        pass
    reader.close()
    got.events.pop(0)  # ("ready",)
    return got


# ---- what the database holds ---------------------------------------------------------------
@dataclass
class Snapshot:
    persons: dict[int, str]  # writer's people: id -> family name
    supporters: dict[int, tuple[int, str]]  # id -> (person id, name)
    plans: dict[int, dict]  # the plan holder's versions
    notes: list[str]
    goal_version: int
    audits: Counter  # (action, entity, entity_id) -> rows


def snapshot(setup: Setup) -> Snapshot:
    """Reopen the database (recovering its write-ahead log) and check what must always hold."""
    db = open_sqlite(setup.path, setup.key)
    try:
        raw = db.engine.raw_connection()
        try:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            raw.close()
        ctx = ServiceContext(db, SystemClock())
        verified = audit.verify(ctx)
        assert verified.ok, verified.problems
        with db.session() as s:
            persons = dict(s.execute(select(Person.id, Person.family_name)
                                     .where(Person.family_name.like(f"{FAMILY} %"))).all())
            supporters = {i: (p, n) for i, p, n in s.execute(
                select(Supporter.id, Supporter.person_id, Supporter.name).where(Supporter.person_id.in_(persons)))}
            plans = {}
            for plan in s.scalars(select(CrisisPlan).where(CrisisPlan.person_id == setup.plan_person)):
                rows = s.execute(select(CrisisPlanSection.section_key, CrisisPlanSection.their_words,
                                        CrisisPlanSection.staff_notes)
                                 .where(CrisisPlanSection.plan_id == plan.id)).all()
                plans[plan.id] = {"status": plan.status, "version": plan.version, "based_on": plan.based_on_id,
                                  "sections": {k: (w, n) for k, w, n in rows}}
            notes = list(s.scalars(select(GoalNote.text).where(GoalNote.goal_id == setup.goal_id)))
            goal_version = s.scalar(select(Goal.version).where(Goal.id == setup.goal_id))
            audits = Counter(s.execute(select(AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id)).all())
    finally:
        db.dispose()
    return Snapshot(persons, supporters, plans, notes, goal_version, audits)


def check_whole_units(snap: Snapshot, setup: Setup) -> None:
    """Nothing half-saved: every unit of work is visible entirely or not at all."""
    for pid in snap.persons:
        assert snap.audits[("create", "person", pid)] == 1, f"person {pid} without its audit entry"
    for sid in snap.supporters:
        assert snap.audits[("create", "supporter", sid)] == 1, f"supporter {sid} without its audit entry"
    created = {eid for (action, entity, eid) in snap.audits if (action, entity) == ("create", "person")}
    assert created <= set(snap.persons) | {setup.plan_person}, "an audit entry for a person who is not there"
    created = {eid for (action, entity, eid) in snap.audits if (action, entity) == ("create", "supporter")}
    assert created <= set(snap.supporters), "an audit entry for a supporter who is not there"
    statuses = Counter(p["status"] for p in snap.plans.values())
    assert statuses["draft"] <= 1 and statuses["agreed"] <= 1, statuses
    for plan_id, plan in snap.plans.items():
        sections = plan["sections"]
        assert len(sections) in (0, setup.sections), f"plan {plan_id} has {len(sections)} sections"
        marks = {mark_of(words) for words, _notes in sections.values()}
        assert len(marks) <= 1, f"plan {plan_id} mixes sections from saves {sorted(marks)}"
        assert all(notes == f"{mark_of(words)} notes" for words, notes in sections.values())
        audited = snap.audits[("change", "crisis_plan", plan_id)] + snap.audits[("agree", "crisis_plan", plan_id)]
        superseded = 1 if plan["status"] == "superseded" else 0
        assert plan["version"] == 1 + audited + superseded, f"plan {plan_id}: version and audit entries disagree"
        assert snap.audits[("create", "crisis_plan", plan_id)] == 1
        if plan["version"] == 1 and plan["based_on"] is not None:
            assert sections == snap.plans[plan["based_on"]]["sections"], f"plan {plan_id} is a partial copy"
    assert len(set(snap.notes)) == len(snap.notes)
    assert snap.goal_version == 1 + len(snap.notes), "the goal's version and its notes disagree"
    assert snap.audits[("create", "goal_note", setup.goal_id)] == len(snap.notes)


@dataclass
class Expected:
    """What the acknowledged saves so far say the database holds."""

    persons: dict[int, str] = field(default_factory=dict)
    supporters: dict[int, tuple[int, str]] = field(default_factory=dict)
    plan_marks: dict[int, str] = field(default_factory=dict)
    plan_status: dict[int, str] = field(default_factory=dict)
    notes: set[str] = field(default_factory=set)

    def check(self, got: Round, snap: Snapshot) -> None:
        flying = got.in_flight
        flying_op, flying_mark = (flying[1], flying[2]) if flying else (None, None)
        for _, _, mark, pid in got.acks("person"):
            self.persons[pid] = f"{FAMILY} {mark}"
        for _, _, mark, pid, sid in got.acks("supporter"):
            self.supporters[sid] = (pid, f"Supporter {mark}")
        for _, _, mark, plan_id in got.acks("plan"):
            self.plan_marks[plan_id] = mark
        for _, _, _mark, plan_id in got.acks("agree"):
            self.plan_status[plan_id] = "agreed"
        self.notes |= {f"{mark} a progress note" for _, _, mark, _goal in got.acks("note")}

        # Every acknowledged save is there, as acknowledged.
        for pid, family in self.persons.items():
            assert snap.persons.get(pid) == family, f"acknowledged person {pid} lost"
        for sid, value in self.supporters.items():
            assert snap.supporters.get(sid) == value, f"acknowledged supporter {sid} lost"
        for plan_id, mark in self.plan_marks.items():
            stored = {mark_of(w) for w, _n in snap.plans[plan_id]["sections"].values()}
            allowed = {mark} | ({flying_mark} if flying_op == "plan" and flying[3] == plan_id else set())
            assert stored and stored <= allowed, f"plan {plan_id}: acknowledged save {mark} lost (found {stored})"
        for plan_id, status in self.plan_status.items():
            assert snap.plans[plan_id]["status"] in ("agreed", "superseded"), f"acknowledged agreement of {plan_id} lost"
        assert self.notes <= set(snap.notes), "an acknowledged progress note was lost"

        # Nothing is there that no save wrote, apart from the one in flight.
        extra_people = set(snap.persons) - set(self.persons)
        assert all(flying_op == "person" and snap.persons[p] == f"{FAMILY} {flying_mark}" for p in extra_people)
        assert len(extra_people) <= 1
        extra = set(snap.supporters) - set(self.supporters)
        assert all(flying_op == "supporter" and snap.supporters[s][1] == f"Supporter {flying_mark}" for s in extra)
        assert len(extra) <= 1
        extra_notes = set(snap.notes) - self.notes
        assert extra_notes <= ({f"{flying_mark} a progress note"} if flying_op == "note" else set())
        for plan_id, plan in snap.plans.items():
            if plan["status"] == "agreed" and plan_id not in self.plan_status:
                assert flying_op == "agree" and flying[3] == plan_id, f"plan {plan_id} agreed by no save"

        # The in-flight save is now known either way: adopt what is stored.
        self.persons, self.supporters, self.notes = dict(snap.persons), dict(snap.supporters), set(snap.notes)
        self.plan_marks = {pid: mark_of(next(iter(p["sections"].values()))[0])
                           for pid, p in snap.plans.items() if p["sections"]}
        self.plan_status = {pid: "agreed" for pid, p in snap.plans.items() if p["status"] != "draft"}


def kill_again_and_again(forkserver, tmp_path: Path, kills: int, seed: int) -> None:
    setup = make_database(tmp_path)
    rng = random.Random(seed)
    expected = Expected()
    acked, mid_save = 0, 0
    for round_no in range(kills):
        got = run_and_kill(forkserver, setup, seed * 100_000 + round_no, rng)
        acked += sum(1 for e in got.events if e[0] == "ack")
        mid_save += got.in_flight is not None
        snap = snapshot(setup)
        check_whole_units(snap, setup)
        expected.check(got, snap)
    # The test is only worth something if the kills really land inside saves, and saves happen.
    assert mid_save >= kills // 3, f"only {mid_save} of {kills} kills landed during a save"
    assert acked >= kills, f"only {acked} saves acknowledged in {kills} rounds"
    print(f"\n{kills} kills, {mid_save} during a save, {acked} acknowledged saves: all present, none partial")


def test_killing_the_writer_mid_save_never_loses_or_half_saves_anything(forkserver, tmp_path):
    kill_again_and_again(forkserver, tmp_path, SHORT_KILLS, seed=1)


@pytest.mark.slow
def test_hundreds_of_kills(forkserver, tmp_path):
    kill_again_and_again(forkserver, tmp_path, LONG_KILLS, seed=2)
