"""One member of staff editing the same person, crisis plan draft and goal as everyone else.

Run by test_concurrency.py in several processes at once (``multiprocessing`` forkserver).
Each round, for each of the three records, the worker reads the record (the version it
"opened"), waits until every worker has read it too (on some rounds: the others race
freely), then saves its own change through the real services. It reports each outcome:

* ``("ack", what, worker, round, opened_version, saved_version, mark)``: the save returned;
* ``("conflict", what, worker, round, opened_version)``: the service said someone else had
  saved first (``ConflictError``), and nothing was written;
* ``("error", what, worker, round, description)``: anything else (the test fails on it).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from recovery_desk.domain.errors import ConflictError
from recovery_desk.domain.goals import GoalDraft, GoalKind
from recovery_desk.services.bundle import Services
from recovery_desk.services.context import ServiceContext, SystemClock
from recovery_desk.services.staff import actor_for
from recovery_desk.store.engine import open_postgres, open_sqlite

BARRIER_TIMEOUT_S = 60


@dataclass(frozen=True)
class Target:
    """Where the database is and which records everyone edits."""

    backend: str  # "sqlite" / "postgres"
    location: str  # a file path, or a PostgreSQL URL
    key_or_schema: str  # the SQLCipher key, or the PostgreSQL schema (search_path)
    person_id: int
    plan_id: int
    goal_id: int


def open_services(target: Target) -> Services:
    if target.backend == "sqlite":
        db = open_sqlite(Path(target.location), target.key_or_schema)
    else:
        db = open_postgres(target.location, None, search_path=target.key_or_schema)
    services = Services.create(ServiceContext(db, SystemClock()))
    services.become(actor_for(services.staff.find("admin")))
    return services


def _person(services: Services, target: Target, mark: str):
    record = services.caseload.get(target.person_id, audit_view=False)
    draft = record.as_draft()
    draft.address = mark

    def save():
        return services.caseload.save(draft).version

    return record.version, save


def _plan(services: Services, target: Target, mark: str):
    plan = services.crisis_plans.get(target.plan_id, audit_view=False)

    def save():
        return services.crisis_plans.save_draft(plan.id, plan.version, {"what_helps": (mark, "")}).version

    return plan.version, save


def _goal(services: Services, target: Target, mark: str):
    goal = services.goals.get(target.goal_id)
    draft = GoalDraft(kind=GoalKind(goal.kind), statement=mark, why_it_matters=goal.why_it_matters,
                      life_area=goal.life_area, chime=goal.chime, target_date=goal.target_date,
                      readiness=goal.readiness, readiness_why=goal.readiness_why, id=goal.id, version=goal.version)

    def save():
        return services.goals.save_goal(target.person_id, draft).version

    return goal.version, save


EDITS = {"person": _person, "plan": _plan, "goal": _goal}


def current_text(services: Services, target: Target, what: str) -> tuple[int, str]:
    """The stored version and text of one of the shared records."""
    if what == "person":
        record = services.caseload.get(target.person_id, audit_view=False)
        return record.version, record.address
    if what == "plan":
        plan = services.crisis_plans.get(target.plan_id, audit_view=False)
        return plan.version, plan.section("what_helps").their_words
    goal = services.goals.get(target.goal_id)
    return goal.version, goal.statement


def run(target: Target, worker: int, rounds: int, barrier: threading.Barrier, conn) -> None:
    services = open_services(target)
    try:
        for round_no in range(rounds):
            together = round_no % 3 != 2  # two rounds in three everyone saves at once
            for what, edit in EDITS.items():
                mark = f"w{worker}-r{round_no}-{what}"
                try:
                    opened, save = edit(services, target, mark)
                except Exception as exc:  # reading must never fail either
                    conn.send(("error", what, worker, round_no, f"reading: {type(exc).__name__}: {exc}"))
                    opened, save = None, None
                if together:
                    try:
                        barrier.wait(BARRIER_TIMEOUT_S)
                    except threading.BrokenBarrierError:
                        conn.send(("error", what, worker, round_no, "another worker stopped"))
                        return
                if save is None:
                    continue
                try:
                    saved = save()
                except ConflictError:
                    conn.send(("conflict", what, worker, round_no, opened))
                except Exception as exc:
                    conn.send(("error", what, worker, round_no, f"{type(exc).__name__}: {exc}"))
                else:
                    conn.send(("ack", what, worker, round_no, opened, saved, mark))
    finally:
        conn.send(("done", worker))
        conn.close()
        services.ctx.db.dispose()
