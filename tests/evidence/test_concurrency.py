"""Concurrent editing: several processes edit the same person, crisis plan draft and goal at once.

Each worker process (tests/evidence/concurrency_worker.py) is a member of staff with the three
records open: every round it reads each record, and on two rounds in three waits until all
the others have read it too, so that they all save at the same moment; on the third the
saves race freely. Checked afterwards, for each record:

* every failed save failed with ``ConflictError`` (what the window shows as "someone else
  saved this while you were editing it"), never with a database error;
* no update was lost: each save that returned made exactly the next version from the one
  its editor opened, no two saves made the same version, the stored versions run without a
  gap from the first to the last, and the stored text is the last save's;
* every conflict was real: another worker's save had started from the same version;
* when everyone opened the same version and saved at once, exactly one save won;
* each successful save has exactly one audit entry and a conflict none, and the audit trail's
  hash chain verifies.

PostgreSQL (the team server; 4 processes) runs whenever ``RECOVERY_DESK_TEST_POSTGRES_URL``
is set, as in CI. SQLite (one laptop's encrypted file; 2 processes, as when the app is opened
twice) always runs. The long version (200 rounds)::

    python -m pytest tests/evidence/test_concurrency.py -m slow -p no:cacheprovider
"""
from __future__ import annotations

import multiprocessing
import secrets
import sys
from collections import Counter, defaultdict
from multiprocessing.connection import wait

import pytest
from sqlalchemy import select

from recovery_desk.domain.goals import GoalDraft, GoalKind
from recovery_desk.domain.people import PersonDraft
from recovery_desk.services import audit
from recovery_desk.services.context import SystemClock
from recovery_desk.store.engine import open_postgres, open_sqlite
from recovery_desk.store.migrate import upgrade
from recovery_desk.store.models import AuditEvent
from tests.conftest import make_pg_schema
from tests.evidence import concurrency_worker
from tests.evidence.concurrency_worker import EDITS, Target, current_text, open_services
from tests.teams import team_services

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the forkserver is POSIX")

WORKERS = {"postgres": 4, "sqlite": 2}
SHORT_ROUNDS = 6
LONG_ROUNDS = 200
AUDITED_AS = {"person": "person", "plan": "crisis_plan", "goal": "goal"}


@pytest.fixture(scope="module")
def forkserver():
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.evidence.concurrency_worker"])
    return ctx


def _fill(db) -> tuple[int, int, int]:
    upgrade(db)
    services = team_services(db, SystemClock())
    person = services.caseload.save(PersonDraft(given_name="Shared", family_name="Record"))
    plan = services.crisis_plans.start_draft(person.id)
    goal = services.goals.save_goal(person.id, GoalDraft(kind=GoalKind.RECOVERY, statement="Start"))
    return person.id, plan.id, goal.id


@pytest.fixture(params=["postgres", "sqlite"])
def target(request, tmp_path):
    if request.param == "postgres":
        schema = make_pg_schema()
        db = open_postgres(schema.url, None, search_path=schema.name)
        try:
            ids = _fill(db)
        finally:
            db.dispose()
        yield Target("postgres", schema.url, schema.name, *ids)
        schema.drop()
    else:
        path, key = tmp_path / "shared.db", secrets.token_hex(32)
        db = open_sqlite(path, key)
        try:
            ids = _fill(db)
        finally:
            db.dispose()
        yield Target("sqlite", str(path), key, *ids)


def edit_at_once(ctx, target: Target, workers: int, rounds: int) -> list[tuple]:
    barrier = ctx.Barrier(workers)
    readers, processes = [], []
    for worker in range(workers):
        reader, writer = ctx.Pipe(duplex=False)
        process = ctx.Process(target=concurrency_worker.run, args=(target, worker, rounds, barrier, writer))
        process.start()
        writer.close()
        readers.append(reader)
        processes.append(process)
    events: list[tuple] = []
    open_readers = list(readers)
    while open_readers:
        ready = wait(open_readers, timeout=120)
        assert ready, "the workers stopped answering"
        for reader in ready:
            try:
                event = reader.recv()
            except EOFError:
                open_readers.remove(reader)
                continue
            if event[0] == "done":
                open_readers.remove(reader)
            else:
                events.append(event)
    for process in processes:
        process.join(30)
        assert process.exitcode == 0, f"a worker ended with {process.exitcode}"
    return events


def check(events: list[tuple], target: Target, workers: int, rounds: int) -> Counter:
    errors = [e for e in events if e[0] == "error"]
    assert not errors, f"saves that failed other than as a conflict: {errors[:5]}"
    assert len(events) == workers * rounds * len(EDITS), "every attempt has an outcome"
    services = open_services(target)
    outcomes: Counter = Counter()
    try:
        with services.ctx.db.session() as s:
            audits = Counter(s.execute(select(AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id)).all())
        for what in EDITS:
            acks = [e for e in events if e[0] == "ack" and e[1] == what]
            conflicts = [e for e in events if e[0] == "conflict" and e[1] == what]
            outcomes[f"{what} saved"] += len(acks)
            outcomes[f"{what} conflict"] += len(conflicts)
            # No update lost: each save made the version after the one it opened, and no two saves
            # started from the same version (that would be one overwriting the other unseen). What a
            # save returns may be newer still: the caseload re-reads the record after committing.
            assert all(saved >= opened + 1 for _, _, _, _, opened, saved, _ in acks), f"{what}: a save went back"
            versions = sorted(opened + 1 for _, _, _, _, opened, _, _ in acks)
            assert len(set(versions)) == len(versions), f"{what}: two saves made the same version (one overwrote the other)"
            final_version, final_text = current_text(services, target, what)
            assert versions == list(range(versions[0], final_version + 1)), f"{what}: a version came from no save"
            last = max(acks, key=lambda e: e[4])
            assert final_text == last[6], f"{what}: the stored text is not the last save's"
            # Every conflict was real: another worker's save started from the same version.
            for _, _, worker, round_no, opened in conflicts:
                assert any(a[4] == opened and a[2] != worker for a in acks), (
                    f"{what}: worker {worker} told of a conflict in round {round_no} that no save caused")
            # Everyone opened the same version and saved at once: exactly one wins.
            by_round = defaultdict(list)
            for e in acks + conflicts:
                by_round[e[3]].append(e)
            for round_no, attempts in by_round.items():
                if round_no % 3 != 2 and len({e[4] for e in attempts}) == 1:
                    assert sum(1 for e in attempts if e[0] == "ack") == 1, f"{what}, round {round_no}: {attempts}"
            entity = AUDITED_AS[what]
            entity_id = {"person": target.person_id, "plan": target.plan_id, "goal": target.goal_id}[what]
            assert audits[("change", entity, entity_id)] == len(acks), f"{what}: audit entries and saves disagree"
        verified = audit.verify(services.ctx)
        assert verified.ok, verified.problems
    finally:
        services.ctx.db.dispose()
    assert sum(v for k, v in outcomes.items() if k.endswith("conflict")) > 0, "no two saves ever met"
    return outcomes


def test_conflicts_are_reported_and_no_update_is_lost(forkserver, target):
    workers = WORKERS[target.backend]
    events = edit_at_once(forkserver, target, workers, SHORT_ROUNDS)
    outcomes = check(events, target, workers, SHORT_ROUNDS)
    print(f"\n{target.backend}, {workers} processes: {dict(outcomes)}")


@pytest.mark.slow
def test_many_rounds_of_concurrent_editing(forkserver, target):
    workers = WORKERS[target.backend]
    events = edit_at_once(forkserver, target, workers, LONG_ROUNDS)
    outcomes = check(events, target, workers, LONG_ROUNDS)
    print(f"\n{target.backend}, {workers} processes, {LONG_ROUNDS} rounds: {dict(outcomes)}")
