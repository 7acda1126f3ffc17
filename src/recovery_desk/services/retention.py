"""Records retention: when each discharged person's record falls due for review, and deletion
by two members of staff when the team decides a record is no longer needed.

NHS guidance keeps mental health records for 20 years after the last contact (a team
setting). The last contact is the latest of the discharge date and every date on which
anything in the person's record was written, changed, agreed, given, done or reviewed,
including changes the audit trail shows for rows since removed. Planned dates (review
dates, target dates) and dates from the person's life story never count.

Nothing is ever deleted automatically. Deleting a record needs an administrator and a
second, different, active administrator or clinician who signs in with their own password
inside the dialog; it removes the person and everything they own in one transaction, and
leaves an audit entry holding only the record number and how many rows of each kind went.
The person's earlier audit entries stay: they name fields and actions, never personal data.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from recovery_desk.domain.dates import add_months
from recovery_desk.domain.errors import NotFound, ValidationFailed
from recovery_desk.domain.people import display_name
from recovery_desk.domain.staff import Role
from recovery_desk.services import audit
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.person_records import (
    as_local_date,
    counts,
    delete_owned,
    latest_dates_queries,
    owned_ids,
)
from recovery_desk.services.staff import SignInFailed, StaffService
from recovery_desk.store.models import AuditEvent, Person, Team

DEFAULT_YEARS = 20
# Audit actions that are not a contact: looking at, printing or exporting a record.
NOT_CONTACT_ACTIONS = ("view", "print", "export")


def review_due_on(last_contact: date, years: int) -> date:
    """The day the record falls due for review: ``years`` after the last contact (29 Feb → 28 Feb)."""
    return add_months(last_contact, 12 * years)


@dataclass(frozen=True)
class RetentionRow:
    person_id: int
    name: str
    date_of_birth: date | None
    discharged_on: date
    last_contact: date
    review_due_on: date
    due: bool
    version: int


@dataclass(frozen=True)
class DeletionSummary:
    person_id: int
    counts: dict[str, int]  # table name -> rows removed

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _describe(rows: dict[str, int]) -> str:
    return ", ".join(f"{table} {n}" for table, n in rows.items())


class RetentionService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def years(self) -> int:
        with self.ctx.db.session() as s:
            team = s.scalar(select(Team).order_by(Team.id).limit(1))
            return team.retention_years if team else DEFAULT_YEARS

    def last_contacts(self, person_ids: list[int] | None = None) -> dict[int, date]:
        """Each discharged person's last contact (or only those in ``person_ids``)."""
        discharged = select(Person.id).where(Person.discharged_on.is_not(None))
        if person_ids is not None:
            discharged = discharged.where(Person.id.in_(person_ids))
        latest: dict[int, date] = {}

        def keep(pid: int, value) -> None:
            if value is not None:
                day = as_local_date(value)
                if pid not in latest or day > latest[pid]:
                    latest[pid] = day

        with self.ctx.db.session() as s:
            subquery = discharged.scalar_subquery()
            for query in latest_dates_queries(lambda column: column.in_(subquery)):
                for pid, value in s.execute(query):
                    keep(pid, value)
            changes = (select(AuditEvent.person_id, func.max(AuditEvent.at))
                       .where(AuditEvent.person_id.in_(subquery), AuditEvent.action.not_in(NOT_CONTACT_ACTIONS))
                       .group_by(AuditEvent.person_id))
            for pid, value in s.execute(changes):
                keep(pid, value)
        return latest

    def list_discharged(self, *, due_only: bool = False) -> list[RetentionRow]:
        """Discharged records with their retention review date, soonest first (administrators only)."""
        self.ctx.require_admin()
        years, today = self.years(), self.ctx.today()
        latest = self.last_contacts()
        with self.ctx.db.session() as s:
            people = s.execute(select(Person.id, Person.given_name, Person.family_name, Person.preferred_name,
                                      Person.date_of_birth, Person.discharged_on, Person.version)
                               .where(Person.discharged_on.is_not(None))).all()
            rows = []
            for pid, given, family, preferred, born, discharged, version in people:
                last = max(latest.get(pid, discharged), discharged)
                due_on = review_due_on(last, years)
                rows.append(RetentionRow(pid, display_name(given, family, preferred), born, discharged, last,
                                         due_on, due_on <= today, version))
            shown = [r for r in rows if r.due or not due_only]
            audit.record(s, self.ctx, "view", "retention_list",
                         summary=f"{len(shown)} discharged records listed, {sum(r.due for r in rows)} due")
        return sorted(shown, key=lambda r: (r.review_due_on, r.person_id))

    def row(self, person_id: int) -> RetentionRow:
        """One discharged record's retention dates, checked afresh."""
        self.ctx.require_admin()
        with self.ctx.db.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound("person")
            if person.discharged_on is None:
                raise ValidationFailed.single("person", "This person's record is open, so it is not due for a "
                                                        "retention review.")
            name = display_name(person.given_name, person.family_name, person.preferred_name)
            discharged, born, version = person.discharged_on, person.date_of_birth, person.version
        last = max(self.last_contacts([person_id]).get(person_id, discharged), discharged)
        due_on = review_due_on(last, self.years())
        return RetentionRow(person_id, name, born, discharged, last, due_on, due_on <= self.ctx.today(), version)

    def preview(self, person_id: int) -> DeletionSummary:
        """What deleting the record would remove, row counts by table."""
        self.ctx.require_admin()
        with self.ctx.db.session() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person")
            return DeletionSummary(person_id, counts(owned_ids(s, person_id)))

    def delete_record(self, person_id: int, version: int, *, second_username: str, second_secret: str) -> DeletionSummary:
        """Delete a record that is due for review, confirmed by a second member of staff.

        Raises ``ValidationFailed`` (fields ``person``, ``second_username``, ``second_secret``)
        and deletes nothing when any condition is not met.
        """
        actor = self.ctx.require_admin()
        row = self.row(person_id)
        if row.version != version:
            raise ValidationFailed.single("person", "This record changed after the list was opened. Please look "
                                                    "at the list again before deleting it.")
        if not row.due:
            raise ValidationFailed.single("person", "This record is not due for a retention review until "
                                                    f"{row.review_due_on.strftime('%d/%m/%Y')}, so it cannot be deleted.")
        problems: dict[str, str] = {}
        if not second_username.strip():
            problems["second_username"] = "A second member of staff must confirm: please enter their username."
        if not second_secret:
            problems["second_secret"] = "They need to enter their own password."
        if problems:
            raise ValidationFailed(problems)
        try:
            second = StaffService(self.ctx).sign_in(second_username, second_secret)
        except SignInFailed as exc:
            raise ValidationFailed.single("second_secret", str(exc)) from None
        if second.id == actor.staff_id:
            raise ValidationFailed.single("second_username", "The second member of staff must be someone other "
                                                             "than you.")
        if second.role not in (Role.ADMINISTRATOR, Role.CLINICIAN):
            raise ValidationFailed.single("second_username", "The second member of staff must be an administrator "
                                                             "or a clinician.")
        with self.ctx.db.session() as s:
            person = s.get(Person, person_id)
            if person is None or person.version != version or person.discharged_on is None:
                raise ValidationFailed.single("person", "This record changed while it was being confirmed. "
                                                        "Nothing has been deleted.")
            ids = owned_ids(s, person_id)
            removed = counts(ids)
            s.expunge(person)
            delete_owned(s, ids)
            audit.record(s, self.ctx, "delete", "person", person_id, person_id=person_id,
                         summary=f"deleted after retention review, confirmed by staff {second.id}: "
                                 f"{_describe(removed)}")
        return DeletionSummary(person_id, removed)
