"""The caseload: everyone open to the team, each person's details and supporters."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import NamedTuple

from sqlalchemy import bindparam, func, select
from sqlalchemy.exc import IntegrityError

from recovery_desk.domain.dates import age_on
from recovery_desk.domain.errors import NotFound, ValidationFailed
from recovery_desk.domain.people import (
    PersonDraft,
    display_name,
    SupporterDraft,
    SupporterKind,
    clean_person,
    clean_supporter,
)
from recovery_desk.domain.text import clean_text
from recovery_desk.services import audit
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.crisis_plan_status import plan_status, status_query
from recovery_desk.services.records import changed_fields, flush_or_conflict, load_for_edit, plain_statements
from recovery_desk.store.models import Goal, Person, Staff, Supporter

NHS_TAKEN = "Another person on the caseload already has this NHS number. Please check it."


class CaseloadRow(NamedTuple):
    """One line of the caseload list: plain values, cheap to hold 50,000 of.

    A named tuple rather than a frozen dataclass: making 50,000 of them at start-up costs a
    quarter of the time (a frozen dataclass sets each field through ``object.__setattr__``).
    """

    id: int
    name: str
    given_name: str
    family_name: str
    preferred_name: str
    nhs_number: str
    care_coordinator_id: int | None
    care_coordinator: str
    date_of_birth: date | None
    age: int | None
    next_review_on: date | None
    discharged_on: date | None
    crisis_plan_status: str  # none / draft / agreed / review overdue
    goals_in_progress: int


@dataclass(frozen=True)
class SupporterInfo:
    id: int
    name: str
    relationship: str
    kind: SupporterKind
    phone: str
    email: str
    may_contact_in_crisis: bool
    holds_crisis_plan_copy: bool
    is_decision_maker: bool
    notes: str
    version: int

    def as_draft(self) -> SupporterDraft:
        values = asdict(self)
        return SupporterDraft(**values)


@dataclass(frozen=True)
class PersonRecord:
    id: int
    version: int
    given_name: str
    family_name: str
    preferred_name: str
    pronouns: str
    date_of_birth: date | None
    nhs_number: str
    address: str
    phone: str
    email: str
    care_coordinator_id: int | None
    care_coordinator: str
    culture: str
    language: str
    faith: str
    opened_on: date
    next_review_on: date | None
    discharged_on: date | None
    discharge_reason: str
    supporters: tuple[SupporterInfo, ...]

    @property
    def name(self) -> str:
        return display_name(self.given_name, self.family_name, self.preferred_name)

    @property
    def called(self) -> str:
        """What to call them: their preferred name, else their given name."""
        return self.preferred_name or self.given_name

    def as_draft(self) -> PersonDraft:
        names = {f.name for f in fields(PersonDraft)}
        return PersonDraft(**{k: v for k, v in asdict(self).items() if k in names})


_PERSON_FIELDS = [f.name for f in fields(PersonDraft) if f.name not in ("id", "version")]


def _supporter_info(s: Supporter) -> SupporterInfo:
    return SupporterInfo(s.id, s.name, s.relationship_, SupporterKind(s.kind), s.phone, s.email,
                         s.may_contact_in_crisis, s.holds_crisis_plan_copy, s.is_decision_maker,
                         s.notes, s.version)


# A person's record as PersonRecord lists it (the coordinator's name in its place), and their
# supporters as SupporterInfo lists them.
_RECORD = (select(Person.id, Person.version, Person.given_name, Person.family_name, Person.preferred_name,
                  Person.pronouns, Person.date_of_birth, Person.nhs_number, Person.address, Person.phone,
                  Person.email, Person.care_coordinator_id, Staff.display_name, Person.culture, Person.language,
                  Person.faith, Person.opened_on, Person.next_review_on, Person.discharged_on,
                  Person.discharge_reason)
           .outerjoin(Staff, Staff.id == Person.care_coordinator_id)
           .where(Person.id == bindparam("person_id")))
_SUPPORTERS = (select(Supporter.id, Supporter.name, Supporter.relationship_, Supporter.kind, Supporter.phone,
                      Supporter.email, Supporter.may_contact_in_crisis, Supporter.holds_crisis_plan_copy,
                      Supporter.is_decision_maker, Supporter.notes, Supporter.version)
               .where(Supporter.person_id == bindparam("person_id")).order_by(Supporter.id))


class CaseloadService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ---- the list -------------------------------------------------------------------
    def list_rows(self, person_id: int | None = None) -> list[CaseloadRow]:
        """Everyone, open and discharged, in one query (the view filters and sorts in memory).

        With ``person_id``, just that person's row, to refresh one line after a save.
        """
        today = self.ctx.today()
        plans = status_query().subquery()
        goals = (select(Goal.person_id, func.count(Goal.id).label("working"))
                 .where(Goal.kind == "recovery", Goal.status == "working").group_by(Goal.person_id).subquery())
        query = (
            select(Person.id, Person.given_name, Person.family_name, Person.preferred_name,
                   Person.nhs_number, Person.care_coordinator_id, Staff.display_name,
                   Person.date_of_birth, Person.next_review_on, Person.discharged_on,
                   plans.c[1], plans.c[2], plans.c[3], goals.c.working)
            .outerjoin(Staff, Staff.id == Person.care_coordinator_id)
            .outerjoin(plans, plans.c.person_id == Person.id)
            .outerjoin(goals, goals.c.person_id == Person.id)
        )
        if person_id is not None:
            query = query.where(Person.id == person_id)
        # Core, not ORM rows, and no ORDER BY: the caseload model sorts, and at 50,000 people
        # both cost more than the query itself (docs/performance.md).
        with self.ctx.db.session(read_only=True) as s:  # never holds up a save elsewhere
            result = s.connection().execute(query).all()
        return [
            CaseloadRow(pid, display_name(given, family, preferred), given, family, preferred,
                        nhs or "", cc_id, cc_name or "", dob, age_on(dob, today), review, discharged,
                        plan_status(plan_review, bool(has_agreed), bool(has_draft), today), working or 0)
            for (pid, given, family, preferred, nhs, cc_id, cc_name, dob, review, discharged,
                 plan_review, has_agreed, has_draft, working) in result
        ]

    # ---- one person -----------------------------------------------------------------
    def get(self, person_id: int, *, audit_view: bool = True) -> PersonRecord:
        """The whole record; opening it to look at is written to the audit trail. Plain rows from
        statements built once: this runs each time someone is chosen on the caseload."""
        with self.ctx.db.session() as s:
            read = plain_statements(s)
            row = read.execute(_RECORD, {"person_id": person_id}).first()
            if row is None:
                raise NotFound("person")
            supporters = tuple(SupporterInfo(*sup[:3], SupporterKind(sup[3]), *sup[4:])
                               for sup in read.execute(_SUPPORTERS, {"person_id": person_id}))
            record = PersonRecord(*row[:7], row[7] or "", *row[8:12], row[12] or "", *row[13:], supporters)
            if audit_view and self.ctx.actor is not None:
                audit.record(s, self.ctx, "view", "person", person_id, person_id=person_id)
            return record

    def save(self, draft: PersonDraft) -> PersonRecord:
        """Add or edit a person. Everything is checked first; on any problem nothing is saved."""
        self.ctx.require_editor()
        clean = clean_person(draft, self.ctx.today())
        values = {name: getattr(clean, name) for name in _PERSON_FIELDS}
        values["nhs_number"] = values["nhs_number"] or None
        with self.ctx.db.session() as s:
            if values["nhs_number"]:
                clash = s.scalar(select(Person.id).where(Person.nhs_number == values["nhs_number"]))
                if clash is not None and clash != draft.id:
                    raise ValidationFailed.single("nhs_number", NHS_TAKEN)
            if values["care_coordinator_id"] is not None and s.get(Staff, values["care_coordinator_id"]) is None:
                raise ValidationFailed.single("care_coordinator_id", "Please choose a care coordinator from the list.")
            if draft.id is None:
                person = Person(**values)
                s.add(person)
                changed = ["new record"]
                action = "create"
            else:
                person = load_for_edit(s, Person, draft.id, draft.version, "person's record")
                changed = changed_fields(person, values)
                action = "change"
            try:
                flush_or_conflict(s, "person's record")
            except IntegrityError:
                raise ValidationFailed.single("nhs_number", NHS_TAKEN) from None
            if changed:
                audit.record(s, self.ctx, action, "person", person.id, person_id=person.id,
                             summary=", ".join(changed))
            person_id = person.id
        return self.get(person_id, audit_view=False)

    def discharge(self, person_id: int, version: int, on: date, reason: str) -> PersonRecord:
        self.ctx.require_editor()
        reason = clean_text(reason, multiline=True)
        problems = {}
        if not reason:
            problems["discharge_reason"] = "Please say why the person is being discharged."
        if on > self.ctx.today():
            problems["discharged_on"] = "The discharge date cannot be in the future."
        with self.ctx.db.session() as s:
            person = load_for_edit(s, Person, person_id, version, "person's record")
            if on < person.opened_on:
                problems["discharged_on"] = "The discharge date is before the date the record was opened."
            if person.discharged_on is not None:
                problems["discharged_on"] = "This person has already been discharged."
            if problems:
                raise ValidationFailed(problems)
            person.discharged_on, person.discharge_reason = on, reason
            flush_or_conflict(s, "person's record")
            audit.record(s, self.ctx, "discharge", "person", person.id, person_id=person.id)
        return self.get(person_id, audit_view=False)

    def reopen(self, person_id: int, version: int) -> PersonRecord:
        self.ctx.require_editor()
        with self.ctx.db.session() as s:
            person = load_for_edit(s, Person, person_id, version, "person's record")
            if person.discharged_on is None:
                raise ValidationFailed.single("discharged_on", "This person's record is already open.")
            person.discharged_on, person.discharge_reason = None, ""
            person.opened_on = max(person.opened_on, self.ctx.today())
            flush_or_conflict(s, "person's record")
            audit.record(s, self.ctx, "reopen", "person", person.id, person_id=person.id)
        return self.get(person_id, audit_view=False)

    # ---- supporters -----------------------------------------------------------------
    def save_supporter(self, person_id: int, draft: SupporterDraft) -> SupporterInfo:
        self.ctx.require_editor()
        clean = clean_supporter(draft)
        values = {
            "name": clean.name, "relationship_": clean.relationship, "kind": clean.kind.value,
            "phone": clean.phone, "email": clean.email,
            "may_contact_in_crisis": clean.may_contact_in_crisis,
            "holds_crisis_plan_copy": clean.holds_crisis_plan_copy,
            "is_decision_maker": clean.is_decision_maker, "notes": clean.notes,
        }
        with self.ctx.db.session() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person")
            if draft.id is None:
                row = Supporter(person_id=person_id, **values)
                s.add(row)
                changed, action = ["new supporter"], "create"
            else:
                row = load_for_edit(s, Supporter, draft.id, draft.version, "supporter")
                if row.person_id != person_id:
                    raise NotFound("supporter")
                changed, action = changed_fields(row, values), "change"
            if clean.is_decision_maker:
                others = s.scalars(select(Supporter).where(Supporter.person_id == person_id,
                                                           Supporter.is_decision_maker.is_(True)))
                for other in others:
                    if other is not row:
                        other.is_decision_maker = False  # one chosen decision-maker at a time
            flush_or_conflict(s, "supporter")
            if changed:
                audit.record(s, self.ctx, action, "supporter", row.id, person_id=person_id,
                             summary=", ".join(c.rstrip("_") for c in changed))
            return _supporter_info(row)

    def remove_supporter(self, person_id: int, supporter_id: int, version: int) -> None:
        self.ctx.require_editor()
        with self.ctx.db.session() as s:
            row = load_for_edit(s, Supporter, supporter_id, version, "supporter")
            if row.person_id != person_id:
                raise NotFound("supporter")
            s.delete(row)
            flush_or_conflict(s, "supporter")
            audit.record(s, self.ctx, "remove", "supporter", supporter_id, person_id=person_id)

    def count_open(self) -> int:
        with self.ctx.db.session() as s:
            return s.scalar(select(func.count(Person.id)).where(Person.discharged_on.is_(None))) or 0
