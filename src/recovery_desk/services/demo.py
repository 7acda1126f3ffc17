"""Generated, obviously fictional demo data: a team, its staff and the people it supports.

Deterministic from a seed, so a screenshot or a benchmark can be repeated exactly. Family
names are invented words nobody has (Quillfeather, Puddleby), NHS numbers come from the
999 range that the NHS never issues, and the team's name says "demo". Bulk inserts keep
50,000 people to seconds; the generation itself is one audit entry.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import insert, select

from recovery_desk.domain.dates import add_months
from recovery_desk.domain.nhs import synthetic_nhs_number
from recovery_desk.domain.passwords import hash_secret
from recovery_desk.domain.staff import Role
from recovery_desk.services import audit
from recovery_desk.services.context import Actor, ServiceContext
from recovery_desk.services.demo_histories import add_histories
from recovery_desk.store.models import Person, Staff, Supporter, Team

DEMO_PASSWORD = "recovery-demo"
DEMO_HISTORIES = 12
DEMO_TEAM = "Riverside Recovery Team (demo)"

GIVEN_NAMES = [
    "Siân", "Zoë", "Łukasz", "Aoife", "Chidi", "Priya", "Mohammed", "Oluwaseun", "Mei", "Tomasz",
    "Niamh", "Rhys", "Amara", "Kofi", "Hamza", "Eilidh", "Dafydd", "Ngozi", "Sofía", "José",
    "Björn", "Ayşe", "Farah", "Callum", "Imogen", "Tariq", "Hannah", "Declan", "Yusuf", "Grace",
    "Bethan", "Kwame", "Anjali", "Ewan", "Leah", "Marek", "Nadia", "Owen", "Ruth", "Samir",
]
PREFERRED = {"Oluwaseun": "Seun", "Mohammed": "Mo", "Callum": "Cal", "Imogen": "Immy",
             "Bethan": "Beth", "Anjali": "Anj", "Tomasz": "Tom", "Eilidh": "Ellie"}
FAMILY_NAMES = [
    "Quillfeather", "Bramblewick", "Puddleby", "Thistledown", "Mossbottom", "Larkhollow",
    "Fernsby-Twitch", "Pebbleworth", "Honeysett-Vane", "Cloudberry", "Applewhistle", "Dewhollow",
    "Tumblethorn", "Marrowfax", "Wibbleton", "Nettlecombe-Fizz", "Gorseblossom", "Sprocketty",
    "Ottercrumb", "Buttonmoss", "Kettlewhim", "Hazelnook", "Drizzlewick", "Fiddlestone",
]
PRONOUNS = ["she/her", "he/him", "they/them", "", "", "she/they", "he/they"]
STAFF = [
    ("demo.admin", "Avery Demo-Admin", Role.ADMINISTRATOR, "Team manager"),
    ("r.quillon", "Rowan Quillon", Role.CLINICIAN, "Community mental health nurse"),
    ("s.mapleby", "Sam Mapleby", Role.CLINICIAN, "Social worker"),
    ("j.okonkwo-fable", "Jordan Okonkwo-Fable", Role.CLINICIAN, "Occupational therapist"),
    ("t.larkspur", "Taylor Larkspur", Role.CLINICIAN, "Clinical psychologist"),
    ("m.brightwater", "Morgan Brightwater", Role.CLINICIAN, "Consultant psychiatrist"),
    ("k.fennimore", "Kit Fennimore", Role.PEER_SUPPORT, "Peer support worker"),
    ("a.reader", "Alex Readwell", Role.READ_ONLY, "Student nurse (observing)"),
]
RELATIONSHIPS = [
    ("Mum", "family"), ("Dad", "family"), ("Sister", "family"), ("Brother", "family"),
    ("Partner", "family"), ("Best friend", "friend"), ("Neighbour", "friend"),
    ("Carer", "carer"), ("Independent advocate", "advocate"), ("Peer group friend", "peer"),
]
STREETS = ["Imaginary Lane", "Fable Row", "Nowhere Close", "Pretend Street", "Storybook Road"]


@dataclass(frozen=True)
class DemoSummary:
    people: int
    staff: int
    first_clinician: str


def generate(ctx: ServiceContext, *, people: int = 60, seed: int = 7, batch: int = 2000,
             histories: int = DEMO_HISTORIES) -> DemoSummary:
    """Fill an empty database with a fictional team of ``people``.

    The first ``histories`` open people also get strengths, goals and crisis plans, written
    through the services (slower, so only a dozen by default).
    """
    rng = random.Random(seed)
    today = ctx.today()
    secret_hash = hash_secret(DEMO_PASSWORD)  # one hash for every demo account: they share the password
    with ctx.db.session() as s:
        if s.scalar(select(Team.id).limit(1)) is not None:
            raise ValueError("Demo data can only be generated into an empty database.")
        s.add(Team(name=DEMO_TEAM, service="Community mental health (fictional)",
                   team_uid=f"demo-{seed:08d}", is_demo=True, version=1))
        staff_rows = [Staff(username=u, display_name=n, initials="".join(p[0] for p in n.replace("-", " ").split()),
                            role=r.value, job_title=t, password_hash=secret_hash, version=1)
                      for u, n, r, t in STAFF]
        s.add_all(staff_rows)
        s.flush()
        coordinators = [x.id for x in staff_rows if x.role in (Role.CLINICIAN.value, Role.PEER_SUPPORT.value)]
        first_clinician = next(x.username for x in staff_rows if x.role == Role.CLINICIAN.value)
        admin_id = staff_rows[0].id

    next_id = 1
    for start in range(0, people, batch):
        person_rows, supporter_rows = [], []
        for i in range(start, min(people, start + batch)):
            person_rows.append(_person(rng, i, today, coordinators))
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                supporter_rows.append(_supporter(rng, next_id + i - start))
        with ctx.db.session() as s:
            ids = s.scalars(insert(Person).returning(Person.id, sort_by_parameter_order=True),
                            person_rows).all()
            for row in supporter_rows:
                row["person_id"] = ids[row.pop("_local") - next_id]
            if supporter_rows:
                s.execute(insert(Supporter), supporter_rows)
        next_id += len(person_rows)
    with ctx.db.session() as s:
        clinician = s.scalar(select(Staff).where(Staff.username == first_clinician))
        open_ids = list(s.scalars(select(Person.id).where(Person.discharged_on.is_(None)).order_by(Person.id)))
        actor = Actor(clinician.id, clinician.username, clinician.display_name, clinician.initials, Role.CLINICIAN)
    previous, ctx.actor = ctx.actor, actor  # histories are written as the demo team's first clinician
    try:
        add_histories(ctx, open_ids[:histories], rng)
    finally:
        ctx.actor = previous
    with ctx.db.session() as s:
        audit.record(s, ctx, "create", "demo_data", None, staff_id=admin_id,
                     summary=f"generated fictional demo data: {people} people, seed {seed}")
    return DemoSummary(people, len(STAFF), first_clinician)


def _person(rng: random.Random, serial: int, today: date, coordinators: list[int]) -> dict:
    given = rng.choice(GIVEN_NAMES)
    born = today - timedelta(days=rng.randint(18 * 365, 80 * 365))
    opened = today - timedelta(days=rng.randint(20, 10 * 365))
    discharged = rng.random() < 0.08
    return {
        "given_name": given,
        "family_name": rng.choice(FAMILY_NAMES),
        "preferred_name": PREFERRED.get(given, "") if rng.random() < 0.7 else "",
        "pronouns": rng.choice(PRONOUNS),
        "date_of_birth": born,
        "nhs_number": synthetic_nhs_number(serial * 7 + 1),
        "address": f"{rng.randint(1, 200)} {rng.choice(STREETS)}\nMadeupton\nZZ9 {rng.randint(1, 9)}XX",
        "phone": f"07700 900{rng.randint(0, 999):03d}",  # Ofcom's drama range: never a real line
        "email": "",
        "care_coordinator_id": rng.choice(coordinators),
        "culture": "", "language": rng.choice(["English", "English", "English", "Welsh", "Polish", "Yoruba"]),
        "faith": "",
        "opened_on": opened,
        "next_review_on": add_months(today, rng.randint(-2, 6)) + timedelta(days=rng.randint(0, 27)),
        "discharged_on": today - timedelta(days=rng.randint(1, 15)) if discharged else None,
        "discharge_reason": "Moved out of the area (demo)" if discharged else "",
        "version": 1,
    }


def _supporter(rng: random.Random, local_id: int) -> dict:
    relationship, kind = rng.choice(RELATIONSHIPS)
    return {
        "_local": local_id,
        "name": f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}",
        "relationship_": relationship, "kind": kind,
        "phone": f"07700 900{rng.randint(0, 999):03d}", "email": "",
        "may_contact_in_crisis": rng.random() < 0.6,
        "holds_crisis_plan_copy": rng.random() < 0.4,
        "is_decision_maker": False, "notes": "", "version": 1,
    }
