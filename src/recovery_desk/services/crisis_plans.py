"""Joint crisis plans: drafted with the person, agreed, never changed once agreed.

A change to an agreed plan makes a new draft version from it; agreeing that draft
supersedes the old one, and copies people hold of older versions are flagged out of date.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import Row, and_, bindparam, func, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from recovery_desk.content.crisis_plan import SectionTemplate, crisis_plan_sections
from recovery_desk.domain.dates import add_months
from recovery_desk.domain.errors import ConflictError, NotFound, ValidationFailed
from recovery_desk.domain.people import display_name
from recovery_desk.domain.text import check_length, clean_text
from recovery_desk.services import audit
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.crisis_plan_views import (
    AGREED,
    DRAFT,
    SUPERSEDED,
    CrisisPlanView,
    PlanCopy,
    PlanSection,
)
from recovery_desk.services.records import flush_or_conflict, load_for_edit, plain_statements
from recovery_desk.store.models import CrisisPlan, CrisisPlanCopy, CrisisPlanSection, Person, Staff, Team

SECTION_LIMIT = 20_000
NEVER_CHANGES = ("This version of the plan has been agreed, and an agreed plan never changes. "
                 "Make a new version to change it.")


@dataclass
class AgreeDetails:
    agreed_on: date
    person_took_part: bool
    care_coordinator_id: int | None
    facilitator: str = ""
    supporters_involved: str = ""
    not_agreed: str = ""
    review_by: date | None = None  # default: agreed_on plus the team's review interval


@dataclass(frozen=True)
class PlanVersionSummary:
    id: int
    version_no: int
    status: str
    agreed_on: date | None
    review_by: date | None
    changed_sections: tuple[str, ...]  # titles that differ from the version it was made from


# A plan as an ORM object, or a plain row of its columns (read where no change follows).
PlanRow = CrisisPlan | Row


@dataclass(frozen=True)
class PersonPlans:
    plan: CrisisPlanView | None  # the draft being worked on, else the agreed plan, else none yet
    history: list[PlanVersionSummary]  # every version, newest first (empty unless asked for)


class CrisisPlanService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @staticmethod
    def templates() -> tuple[SectionTemplate, ...]:
        return _templates()

    # ---- reading ----------------------------------------------------------------------
    def history(self, person_id: int) -> list[PlanVersionSummary]:
        """Every version, newest first, with the sections each changed."""
        with self.ctx.db.session(read_only=True) as s:
            return self._history(s, person_id)

    def _history(self, s: Session, person_id: int) -> list[PlanVersionSummary]:
        read = plain_statements(s)
        plans = read.execute(_VERSIONS, {"person_id": person_id}).all()
        # The database compares the texts: a plan reviewed for ten years has hundreds of
        # section rows, and reading them all to compare here took most of the time of opening the tab.
        changed: dict[int, set[str]] = {plan.id: set() for plan in plans}
        for plan_id, keys in read.execute(_CHANGED_SECTIONS, {"person_id": person_id}):
            changed[plan_id] = set(keys.split(","))
        return [PlanVersionSummary(plan.id, plan.version_no, plan.status, plan.agreed_on, plan.review_by,
                                   _titles_in_plan_order(changed[plan.id]))
                for plan in plans]

    def current(self, person_id: int) -> CrisisPlanView | None:
        """The draft being worked on if there is one, otherwise the agreed plan."""
        return self.open_for_person(person_id, with_history=False).plan

    def open_for_person(self, person_id: int, *, with_history: bool = True) -> PersonPlans:
        """The plan to show (as :meth:`current`) and every version: one read, one audit entry."""
        with self.ctx.db.session() as s:
            plan = plain_statements(s).execute(_PLAN_TO_SHOW, {"person_id": person_id}).first()
            history = self._history(s, person_id) if with_history else []
            if plan is None:
                return PersonPlans(None, history)
            view = self._view(s, plan)
            self._record_view(s, plan)
            return PersonPlans(view, history)

    def get(self, plan_id: int, *, audit_view: bool = True) -> CrisisPlanView:
        with self.ctx.db.session() as s:
            plan = s.get(CrisisPlan, plan_id)
            if plan is None:
                raise NotFound("crisis plan")
            view = self._view(s, plan)
            if audit_view:
                self._record_view(s, plan)
            return view

    def _record_view(self, s: Session, plan: PlanRow) -> None:
        if self.ctx.actor is not None:
            audit.record(s, self.ctx, "view", "crisis_plan", plan.id, person_id=plan.person_id,
                         summary=f"version {plan.version_no}")

    def _view(self, s: Session, plan: PlanRow) -> CrisisPlanView:
        """What the screen and the printed copy show of ``plan`` (a plan object or a plain row of
        one). Plain statements, not the ORM: this runs each time someone opens a plan."""
        read = plain_statements(s)
        person = read.execute(_PERSON, {"person_id": plan.person_id, "coordinator_id": plan.care_coordinator_id}).one()
        texts = {key: (their_words, staff_notes)
                 for key, their_words, staff_notes in read.execute(_SECTION_TEXTS, {"plan_id": plan.id})}
        sections = tuple(PlanSection(t.key, t.title, t.help, t.prompts, *texts.get(t.key, ("", "")),
                                     t.required_to_agree)
                         for t in self.templates())
        # The plan's own coordinator if it names one, else the person's (no plan id: no name).
        coordinator = person.plan_coordinator if person.plan_coordinator is not None else person.their_coordinator
        copies = tuple(PlanCopy(copy.id, copy.holder, copy.given_on, copy.version_no,
                                copy.version_no < (copy.latest_agreed or 0), copy.version)
                       for copy in _newest_copy_each(read.execute(_COPIES, {"person_id": plan.person_id})))
        return CrisisPlanView(
            plan.id, plan.person_id, display_name(person.given_name, person.family_name, person.preferred_name),
            person.preferred_name or person.given_name, person.date_of_birth,
            person.nhs_number or "", plan.version_no, plan.status, plan.review_by, plan.agreed_on,
            plan.person_took_part, coordinator or "", plan.facilitator,
            plan.supporters_involved, plan.not_agreed, sections, copies, plan.version, plan.updated_at)

    # ---- drafting ----------------------------------------------------------------------
    def start_draft(self, person_id: int) -> CrisisPlanView:
        """A draft to work on: the existing one, a copy of the agreed plan, or a blank plan."""
        self.ctx.require_editor()
        with self.ctx.db.session() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person")
            plans = s.scalars(select(CrisisPlan).where(CrisisPlan.person_id == person_id)
                              .order_by(CrisisPlan.version_no.desc())).all()
            draft = next((p for p in plans if p.status == DRAFT), None)
            if draft is not None:
                return self._view(s, draft)
            agreed = next((p for p in plans if p.status == AGREED), None)
            plan = CrisisPlan(person_id=person_id, version_no=(plans[0].version_no + 1) if plans else 1,
                              status=DRAFT, based_on_id=agreed.id if agreed else None,
                              created_by_id=self.ctx.actor.staff_id if self.ctx.actor else None)
            if agreed is not None:
                plan.care_coordinator_id = agreed.care_coordinator_id
                plan.facilitator, plan.supporters_involved = agreed.facilitator, agreed.supporters_involved
                plan.sections = [CrisisPlanSection(section_key=x.section_key, their_words=x.their_words,
                                                   staff_notes=x.staff_notes) for x in agreed.sections]
            s.add(plan)
            s.flush()
            audit.record(s, self.ctx, "create", "crisis_plan", plan.id, person_id=person_id,
                         summary=f"draft version {plan.version_no}" + (" from the agreed plan" if agreed else ""))
            return self._view(s, plan)

    def save_draft(self, plan_id: int, version: int, texts: Mapping[str, tuple[str, str]]) -> CrisisPlanView:
        """Save the sections of a draft: ``texts[key] = (their words, staff notes)``."""
        self.ctx.require_editor()
        known = {t.key: t.title for t in self.templates()}
        cleaned: dict[str, tuple[str, str]] = {}
        problems: dict[str, str] = {}
        for key, (theirs, notes) in texts.items():
            if key not in known:
                raise ValidationFailed.single(key, "This section is not part of the plan.")
            theirs, notes = clean_text(theirs, multiline=True), clean_text(notes, multiline=True)
            check_length(problems, key, theirs, SECTION_LIMIT, f"“{known[key]}”")
            check_length(problems, f"{key}:staff", notes, SECTION_LIMIT, f"The staff notes for “{known[key]}”")
            cleaned[key] = (theirs, notes)
        if problems:
            raise ValidationFailed(problems)
        with self.ctx.db.session() as s:
            plan = load_for_edit(s, CrisisPlan, plan_id, version, "crisis plan")
            if plan.status != DRAFT:
                raise ValidationFailed.single("plan", NEVER_CHANGES)
            rows = {row.section_key: row for row in plan.sections}
            changed = []
            for key, (theirs, notes) in cleaned.items():
                row = rows.get(key)
                if row is None:
                    if theirs or notes:
                        plan.sections.append(CrisisPlanSection(section_key=key, their_words=theirs, staff_notes=notes))
                        changed.append(key)
                elif (row.their_words, row.staff_notes) != (theirs, notes):
                    row.their_words, row.staff_notes = theirs, notes
                    changed.append(key)
            if changed:
                plan.updated_at = self.ctx.now()  # bumps the plan's version: the sections are its content
                flush_or_conflict(s, "crisis plan")
                audit.record(s, self.ctx, "change", "crisis_plan", plan.id, person_id=plan.person_id,
                             summary="sections: " + ", ".join(changed))
            return self._view(s, plan)

    # ---- agreeing ----------------------------------------------------------------------
    def missing_for_agreement(self, view: CrisisPlanView) -> list[str]:
        return [sec.title for sec in view.sections if sec.required_to_agree and not sec.their_words.strip()]

    def agree(self, plan_id: int, version: int, details: AgreeDetails) -> CrisisPlanView:
        self.ctx.require_editor()
        today = self.ctx.today()
        problems: dict[str, str] = {}
        facilitator = clean_text(details.facilitator)
        supporters = clean_text(details.supporters_involved, multiline=True)
        not_agreed = clean_text(details.not_agreed, multiline=True)
        check_length(problems, "facilitator", facilitator, 200, "The facilitator's name")
        check_length(problems, "supporters_involved", supporters, 4000, "Supporters involved")
        check_length(problems, "not_agreed", not_agreed, SECTION_LIMIT, "What could not be agreed")
        if details.agreed_on > today:
            problems["agreed_on"] = "The date agreed cannot be in the future."
        if not details.person_took_part:
            problems["person_took_part"] = ("A joint crisis plan is agreed with the person. Tick this once "
                                            "they have taken part and signed it.")
        if details.care_coordinator_id is None:
            problems["care_coordinator_id"] = "Please choose the care coordinator who agreed the plan."
        with self.ctx.db.session() as s:
            plan = load_for_edit(s, CrisisPlan, plan_id, version, "crisis plan")
            if plan.status != DRAFT:
                raise ValidationFailed.single("plan", NEVER_CHANGES)
            missing = self.missing_for_agreement(self._view(s, plan))
            if missing:
                problems["sections"] = ("Before the plan can be agreed, these sections need the person's "
                                        "words: " + "; ".join(missing) + ".")
            team = s.scalar(select(Team).limit(1))
            review_by = details.review_by
            if review_by is None and "agreed_on" not in problems:  # a date in the future may be year 9999
                review_by = add_months(details.agreed_on, team.crisis_plan_review_months if team else 6)
            if review_by is not None and review_by <= details.agreed_on:
                problems["review_by"] = "The review date must be after the date the plan was agreed."
            if details.care_coordinator_id is not None and s.get(Staff, details.care_coordinator_id) is None:
                problems["care_coordinator_id"] = "Please choose the care coordinator from the list."
            if problems:
                raise ValidationFailed(problems)
            for old in s.scalars(select(CrisisPlan).where(CrisisPlan.person_id == plan.person_id,
                                                          CrisisPlan.status == AGREED)):
                old.status = SUPERSEDED
            plan.status, plan.agreed_on, plan.review_by = AGREED, details.agreed_on, review_by
            plan.agreed_at = self.ctx.now()
            plan.agreed_recorded_by_id = self.ctx.actor.staff_id if self.ctx.actor else None
            plan.person_took_part = details.person_took_part
            plan.care_coordinator_id = details.care_coordinator_id
            plan.facilitator, plan.supporters_involved, plan.not_agreed = facilitator, supporters, not_agreed
            flush_or_conflict(s, "crisis plan")
            audit.record(s, self.ctx, "agree", "crisis_plan", plan.id, person_id=plan.person_id,
                         summary=f"version {plan.version_no} agreed")
            return self._view(s, plan)

    # ---- copies and printing -------------------------------------------------------------
    def record_copy(self, plan_id: int, holder: str, given_on: date, supporter_id: int | None = None) -> CrisisPlanView:
        self.ctx.require_editor()
        holder = clean_text(holder)
        problems: dict[str, str] = {}
        if not holder:
            problems["holder"] = "Please say who has the copy."
        check_length(problems, "holder", holder, 200, "The name")
        if given_on > self.ctx.today():
            problems["given_on"] = "The date given cannot be in the future."
        if problems:
            raise ValidationFailed(problems)
        with self.ctx.db.session() as s:
            plan = s.get(CrisisPlan, plan_id)
            if plan is None:
                raise NotFound("crisis plan")
            if plan.status == DRAFT:
                raise ValidationFailed.single("holder", "Copies are given of an agreed plan. Agree this draft first.")
            s.add(CrisisPlanCopy(plan_id=plan_id, holder=holder, given_on=given_on, supporter_id=supporter_id))
            s.flush()
            audit.record(s, self.ctx, "create", "crisis_plan_copy", plan_id, person_id=plan.person_id,
                         summary=f"copy of version {plan.version_no} given")
            return self._view(s, plan)

    def remove_copy(self, copy_id: int, version: int) -> None:
        self.ctx.require_editor()
        with self.ctx.db.session() as s:
            row = load_for_edit(s, CrisisPlanCopy, copy_id, version, "copy")
            person_id = row.plan.person_id
            s.delete(row)
            flush_or_conflict(s, "copy")
            audit.record(s, self.ctx, "remove", "crisis_plan_copy", copy_id, person_id=person_id)

    def record_print(self, view: CrisisPlanView, *, how: str) -> None:
        """Every print and PDF export of a plan is audited (``how``: "printed" / "saved as PDF")."""
        self.ctx.require_actor()
        with self.ctx.db.session() as s:
            audit.record(s, self.ctx, "print" if how == "printed" else "export", "crisis_plan", view.id,
                         person_id=view.person_id, summary=f"version {view.version_no} {how}")

    def due_for_review(self, within_days: int = 0) -> list[int]:
        """Ids of agreed plans whose review date has passed (or falls within ``within_days``)."""
        limit = self.ctx.today().toordinal() + within_days
        with self.ctx.db.session() as s:
            rows = s.execute(select(CrisisPlan.id, CrisisPlan.review_by).join(Person)
                             .where(CrisisPlan.status == AGREED, Person.discharged_on.is_(None))
                             .order_by(CrisisPlan.review_by)).all()
        return [pid for pid, review in rows if review is not None and review.toordinal() <= limit]


@cache
def _templates() -> tuple[SectionTemplate, ...]:
    return crisis_plan_sections()  # the content files do not change while the app runs


@cache
def _section_places() -> tuple[dict[str, int], dict[str, str]]:
    templates = _templates()
    return {t.key: index for index, t in enumerate(templates)}, {t.key: t.title for t in templates}


def _titles_in_plan_order(keys: set[str]) -> tuple[str, ...]:
    place, titles = _section_places()
    return tuple(titles.get(k, k) for k in sorted(keys, key=lambda k: (place.get(k, len(place)), k)))


def _newest_copy_each(copies) -> list[Row]:
    """The newest copy each holder was given, most recently given first. Someone given every
    version over the years holds the newest: their older copies are not "out of date" copies
    still to replace, and listing them would fill the plan (sixty lines after ten years).
    A holder is the supporter recorded, or else the name as written, ignoring case and spacing.
    ``copies`` come newest first (``_COPIES``): the first seen of each holder is kept."""
    newest: dict[object, Row] = {}
    for copy in copies:
        newest.setdefault(copy.supporter_id or " ".join(copy.holder.casefold().split()), copy)
    return sorted(newest.values(), key=lambda copy: (copy.given_on or date.min, -copy.id), reverse=True)


def _changed_sections_statement():
    """(plan id, its section keys joined by commas) for each of a person's versions, naming the
    sections whose words differ from the version it was made from; for a first version, every
    section with any words. A section missing on one side counts as empty. One row per version:
    a version reviewed with every section rewritten would otherwise be eighteen rows."""
    after, before = aliased(CrisisPlanSection), aliased(CrisisPlanSection)
    person = bindparam("person_id")
    edited = (select(CrisisPlan.id, after.section_key)
              .join(after, after.plan_id == CrisisPlan.id)
              .outerjoin(before, and_(before.plan_id == CrisisPlan.based_on_id, before.section_key == after.section_key))
              .where(CrisisPlan.person_id == person,
                     or_(func.coalesce(before.their_words, "") != after.their_words,
                         func.coalesce(before.staff_notes, "") != after.staff_notes)))
    dropped = (select(CrisisPlan.id, before.section_key)
               .join(before, before.plan_id == CrisisPlan.based_on_id)
               .outerjoin(after, and_(after.plan_id == CrisisPlan.id, after.section_key == before.section_key))
               .where(CrisisPlan.person_id == person, after.id.is_(None),
                      or_(before.their_words != "", before.staff_notes != "")))
    changed = union_all(edited, dropped).subquery()
    return select(changed.c.id, func.aggregate_strings(changed.c.section_key, ",")).group_by(changed.c.id)


_CHANGED_SECTIONS = _changed_sections_statement()
# Read each time a plan is opened: built once (plain columns, no ORM objects).
_VERSIONS = (select(CrisisPlan.id, CrisisPlan.version_no, CrisisPlan.status, CrisisPlan.agreed_on, CrisisPlan.review_by)
             .where(CrisisPlan.person_id == bindparam("person_id")).order_by(CrisisPlan.version_no.desc()))
_PLAN_TO_SHOW = (select(*CrisisPlan.__table__.c)
                 .where(CrisisPlan.person_id == bindparam("person_id"), CrisisPlan.status.in_((DRAFT, AGREED)))
                 .order_by(CrisisPlan.version_no.desc()).limit(1))
_PERSON = select(Person.given_name, Person.family_name, Person.preferred_name, Person.date_of_birth,
                 Person.nhs_number,
                 select(Staff.display_name).where(Staff.id == bindparam("coordinator_id"))
                 .scalar_subquery().label("plan_coordinator"),
                 select(Staff.display_name).where(Staff.id == Person.care_coordinator_id)
                 .scalar_subquery().label("their_coordinator")).where(Person.id == bindparam("person_id"))
_SECTION_TEXTS = (select(CrisisPlanSection.section_key, CrisisPlanSection.their_words, CrisisPlanSection.staff_notes)
                  .where(CrisisPlanSection.plan_id == bindparam("plan_id")))
_LATEST_AGREED = select(func.max(CrisisPlan.version_no)).where(
    CrisisPlan.person_id == bindparam("person_id"), CrisisPlan.status.in_((AGREED, SUPERSEDED)))
_COPIES = (select(CrisisPlanCopy.id, CrisisPlanCopy.holder, CrisisPlanCopy.supporter_id, CrisisPlanCopy.given_on,
                  CrisisPlan.version_no, CrisisPlanCopy.version,
                  _LATEST_AGREED.correlate(None).scalar_subquery().label("latest_agreed"))
           .join(CrisisPlan, CrisisPlan.id == CrisisPlanCopy.plan_id)
           .where(CrisisPlan.person_id == bindparam("person_id"))
           .order_by(CrisisPlan.version_no.desc(), CrisisPlanCopy.given_on.desc().nulls_last(),
                     CrisisPlanCopy.id.desc()))  # newest first, the same on SQLite and PostgreSQL


__all__ = ["CrisisPlanService", "AgreeDetails", "PlanVersionSummary", "ConflictError"]
