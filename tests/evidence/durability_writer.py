"""The writer that test_durability.py kills: saves through the real services, forever.

Started in a fresh process (``multiprocessing`` forkserver: a new process each time, with the
app's modules already imported so each start is quick). It opens the encrypted database
itself and loops over the kinds of save a clinician makes, each its own unit of work:

* a new person, then a supporter for them;
* every section of a crisis plan draft at once (the sections and the plan's version
  belong together: half a plan must never be visible);
* a progress note on a goal (the note and the goal's version together);
* now and then agreeing the draft and starting the next version, which copies every section.

Before each save it sends ``("begin", op, mark, ...)`` and after the service call has
returned ``("ack", op, mark, ...)``: an acknowledged save is one the app has told the
clinician is saved. ``Connection.send`` writes straight to the pipe (no feeder thread), so
an acknowledgement sent before the SIGKILL reaches the test.
"""
from __future__ import annotations

import random
from pathlib import Path

from recovery_desk.domain.people import PersonDraft, SupporterDraft
from recovery_desk.services.bundle import Services
from recovery_desk.services.context import ServiceContext, SystemClock
from recovery_desk.services.crisis_plans import AgreeDetails
from recovery_desk.services.staff import actor_for
from recovery_desk.store.engine import open_sqlite

FAMILY = "Writer"  # every person the writer adds: given name "Durable", family "Writer <mark>"
FILLER = "I would like a quiet room and someone I know. " * 4


def section_texts(keys: list[str], mark: str) -> dict[str, tuple[str, str]]:
    """Every section's words carry the save's mark, so a half-saved plan shows as mixed marks."""
    return {key: (f"{mark} {key}: {FILLER}", f"{mark} notes") for key in keys}


def mark_of(their_words: str) -> str:
    return their_words.split(" ", 1)[0]


def run(db_path: str, key_hex: str, seed: int, plan_person: int, goal_id: int, conn) -> None:
    db = open_sqlite(Path(db_path), key_hex)
    services = Services.create(ServiceContext(db, SystemClock()))
    admin = services.staff.find("admin")
    services.become(actor_for(admin))
    keys = [t.key for t in services.crisis_plans.templates()]
    rng = random.Random(seed)
    conn.send(("ready",))
    n = 0
    while True:
        n += 1
        mark = f"m{seed}-{n}"
        op = rng.choices(["person", "plan", "note", "agree"], weights=[4, 4, 2, 1])[0]
        if op == "person":
            conn.send(("begin", "person", mark))
            person = services.caseload.save(PersonDraft(given_name="Durable", family_name=f"{FAMILY} {mark}",
                                                        address=f"{n} Imaginary Lane\nMadeupton"))
            conn.send(("ack", "person", mark, person.id))
            conn.send(("begin", "supporter", mark, person.id))
            supporter = services.caseload.save_supporter(person.id, SupporterDraft(name=f"Supporter {mark}"))
            conn.send(("ack", "supporter", mark, person.id, supporter.id))
        elif op == "plan":
            conn.send(("begin", "draft", mark))
            plan = services.crisis_plans.start_draft(plan_person)  # the draft, or a new one from the agreed plan
            conn.send(("ack", "draft", mark, plan.id))
            conn.send(("begin", "plan", mark, plan.id))
            saved = services.crisis_plans.save_draft(plan.id, plan.version, section_texts(keys, mark))
            conn.send(("ack", "plan", mark, saved.id))
        elif op == "note":
            conn.send(("begin", "note", mark, goal_id))
            services.goals.add_note(goal_id, f"{mark} a progress note")
            conn.send(("ack", "note", mark, goal_id))
        else:
            plan = services.crisis_plans.current(plan_person)
            if plan is None or not plan.is_draft or services.crisis_plans.missing_for_agreement(plan):
                continue
            conn.send(("begin", "agree", mark, plan.id))
            services.crisis_plans.agree(plan.id, plan.version, AgreeDetails(
                agreed_on=services.ctx.today(), person_took_part=True, care_coordinator_id=admin.id))
            conn.send(("ack", "agree", mark, plan.id))
