"""Strengths-based assessments (100 Ways, Box 3), written with the person in their words.

An assessment is a draft until it is completed: completing dates it and signs it with the
author, and a completed assessment never changes. A new assessment starts from the last
completed one. The form comes from a template kept as data; each assessment records the
template version it was written with, and words written under a section the template has
since dropped are kept and shown, never lost.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from recovery_desk.content.assessment import (
    CHECKIN,
    INDICATORS,
    REFLECTION,
    TIMELINE,
    AssessmentTemplate,
    Section,
    assessment_template,
)
from recovery_desk.domain.errors import ConflictError, NotFound, ValidationFailed
from recovery_desk.domain.people import display_name
from recovery_desk.domain.text import check_length, clean_text
from recovery_desk.domain.timeline import EventDraft, clean_event
from recovery_desk.services import audit
from recovery_desk.services.assessment_views import (
    COMPLETED,
    DRAFT,
    Answer,
    AssessmentSummary,
    AssessmentView,
    CheckinPoint,
    CheckinSeries,
    Rating,
    Retired,
    TimelineEventView,
)
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.records import changed_fields, flush_or_conflict, load_for_edit
from recovery_desk.store.models import (
    Assessment,
    AssessmentAnswer,
    AssessmentIndicator,
    CheckinRating,
    Person,
    Staff,
    TimelineEvent,
)

ANSWER_LIMIT = 20_000  # about five pages: far more than anyone writes, small enough to print
NEVER_CHANGES = ("This assessment has been completed, and a completed assessment never changes. "
                 "Start a new assessment to bring it up to date.")
NEEDS_ANSWER = "Add the person's words here, or tick “Not discussed” if this was not talked about this time."


@dataclass
class AnswerDraft:
    their_words: str = ""
    staff_notes: str = ""
    not_discussed: bool = False


@dataclass
class RatingDraft:
    rating: int | None = None
    priority: bool = False


@dataclass
class AssessmentChanges:
    """What changed on the form. Keys not given are left as they are."""

    answers: dict[str, AnswerDraft] = field(default_factory=dict)  # "current_strengths", "chime:hope", "chime"
    indicators: dict[str, str] = field(default_factory=dict)  # "work" -> a choice, or "" to clear
    ratings: dict[str, RatingDraft] = field(default_factory=dict)  # area key -> rating and priority


class AssessmentService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @staticmethod
    def template() -> AssessmentTemplate:
        return assessment_template()

    # ---- reading -------------------------------------------------------------------------
    def history(self, person_id: int) -> list[AssessmentSummary]:
        """Every assessment of the person, newest first."""
        with self.ctx.db.session() as s:
            rows = s.scalars(select(Assessment).where(Assessment.person_id == person_id)
                             .order_by(Assessment.version_no.desc())).all()
            names = self._staff_names(s)
            return [AssessmentSummary(a.id, a.version_no, a.status, self._started_on(a), a.completed_on,
                                      names.get(a.completed_by_id, ""), a.template_version) for a in rows]

    def current(self, person_id: int) -> AssessmentView | None:
        """The draft being worked on if there is one, otherwise the latest completed assessment."""
        with self.ctx.db.session() as s:
            found = s.scalar(select(Assessment.id).where(Assessment.person_id == person_id)
                             .order_by((Assessment.status == DRAFT).desc(), Assessment.version_no.desc()).limit(1))
        return self.get(found) if found is not None else None

    def previous_completed(self, assessment_id: int) -> AssessmentView | None:
        """The completed assessment before this one, to show beside it."""
        with self.ctx.db.session() as s:
            this = s.get(Assessment, assessment_id)
            if this is None:
                raise NotFound("assessment")
            found = s.scalar(select(Assessment.id).where(
                Assessment.person_id == this.person_id, Assessment.status == COMPLETED,
                Assessment.version_no < this.version_no).order_by(Assessment.version_no.desc()).limit(1))
        return self.get(found) if found is not None else None

    def get(self, assessment_id: int, *, audit_view: bool = True) -> AssessmentView:
        with self.ctx.db.session() as s:
            row = s.get(Assessment, assessment_id)
            if row is None:
                raise NotFound("assessment")
            view = self._view(s, row)
            if audit_view and self.ctx.actor is not None:
                audit.record(s, self.ctx, "view", "assessment", row.id, person_id=row.person_id,
                             summary=f"assessment {row.version_no}")
            return view

    def _view(self, s: Session, a: Assessment) -> AssessmentView:
        template = self.template()
        titles = template.answer_titles()
        person = s.get(Person, a.person_id)
        answers: dict[str, Answer] = {}
        retired: list[Retired] = []
        for row in a.answers:
            if row.item_key in titles:
                answers[row.item_key] = Answer(row.their_words, row.staff_notes, row.not_discussed)
            elif row.their_words or row.staff_notes:
                retired.append(Retired(row.item_key, row.title or _readable(row.item_key), row.their_words,
                                       row.staff_notes))
        known_indicators = {i.key for sec in template.of_kind(INDICATORS) for i in sec.items}
        indicators = {row.key: row.value for row in a.indicators if row.key in known_indicators}
        retired += [Retired(row.key, row.name or _readable(row.key), row.value)
                    for row in a.indicators if row.key not in known_indicators]
        checkin = template.checkin
        areas = {i.key for i in checkin.items} if checkin else set()
        ratings = {r.area_key: Rating(r.area_key, r.area_name, r.rating, r.priority)
                   for r in a.ratings if r.area_key in areas}
        retired += [Retired(r.area_key, r.area_name or _readable(r.area_key), _rating_text(r))
                    for r in a.ratings if r.area_key not in areas]
        return AssessmentView(
            a.id, a.person_id, display_name(person.given_name, person.family_name, person.preferred_name),
            person.preferred_name or person.given_name, a.version_no, a.status, a.template_version,
            self._started_on(a), a.completed_on, self._staff_names(s).get(a.completed_by_id, ""), a.based_on_id,
            answers, indicators, ratings, tuple(retired), a.version, a.updated_at)

    @staticmethod
    def _started_on(a: Assessment) -> date:
        return a.created_at.astimezone().date()

    @staticmethod
    def _staff_names(s: Session) -> dict[int | None, str]:
        return {i: name for i, name in s.execute(select(Staff.id, Staff.display_name))}

    # ---- drafting --------------------------------------------------------------------------
    def start(self, person_id: int) -> AssessmentView:
        """The assessment to work on: the draft if there is one, otherwise a new one that
        starts from the last completed assessment (its words and indicators; the check-in
        is asked afresh, and each "not discussed" is decided again)."""
        self.ctx.require_editor()
        template = self.template()
        titles = template.answer_titles()
        choices = {i.key: i.choices for sec in template.of_kind(INDICATORS) for i in sec.items}
        try:
            with self.ctx.db.session() as s:
                if s.get(Person, person_id) is None:
                    raise NotFound("person")
                rows = s.scalars(select(Assessment).where(Assessment.person_id == person_id)
                                 .options(selectinload(Assessment.answers), selectinload(Assessment.indicators))
                                 .order_by(Assessment.version_no.desc())).all()
                draft = next((a for a in rows if a.status == DRAFT), None)
                if draft is not None:
                    return self._view(s, draft)
                last = next((a for a in rows if a.status == COMPLETED), None)
                new = Assessment(person_id=person_id, version_no=(rows[0].version_no + 1) if rows else 1,
                                 status=DRAFT, template_version=template.version,
                                 based_on_id=last.id if last else None, created_by_id=self._me(),
                                 created_at=self.ctx.now(), updated_at=self.ctx.now())
                if last is not None:
                    new.answers = [AssessmentAnswer(item_key=x.item_key, title=titles[x.item_key],
                                                    their_words=x.their_words, staff_notes=x.staff_notes)
                                   for x in last.answers if x.item_key in titles and (x.their_words or x.staff_notes)]
                    new.indicators = [AssessmentIndicator(key=x.key, name=x.name, value=x.value)
                                      for x in last.indicators if x.value in choices.get(x.key, ())]
                s.add(new)
                s.flush()
                audit.record(s, self.ctx, "create", "assessment", new.id, person_id=person_id,
                             summary=f"assessment {new.version_no}" + (" from the last completed one" if last else ""))
                return self._view(s, new)
        except IntegrityError:
            # Someone else started one for this person at the same moment: theirs is the draft.
            raise ConflictError("assessment") from None

    def save_draft(self, assessment_id: int, version: int, changes: AssessmentChanges) -> AssessmentView:
        self.ctx.require_editor()
        template = self.template()
        answers, indicators, ratings = self._cleaned(template, changes)
        with self.ctx.db.session() as s:
            a = load_for_edit(s, Assessment, assessment_id, version, "assessment")
            if a.status != DRAFT:
                raise ValidationFailed.single("assessment", NEVER_CHANGES)
            changed = (self._apply_answers(a, answers, template.answer_titles())
                       + self._apply_indicators(a, indicators, template)
                       + self._apply_ratings(a, ratings, template))
            checkin = template.checkin
            if checkin is not None and sum(r.priority for r in a.ratings) > checkin.max_priorities:
                raise ValidationFailed.single("priorities", _too_many(checkin))
            if changed:
                a.updated_at = self.ctx.now()
                flag_modified(a, "updated_at")  # always bumps the version (the clock may not have moved)
                a.template_version = template.version  # a draft follows the template it is edited with
                flush_or_conflict(s, "assessment")
                audit.record(s, self.ctx, "change", "assessment", a.id, person_id=a.person_id,
                             summary="changed: " + ", ".join(changed))
            return self._view(s, a)

    def _cleaned(self, template: AssessmentTemplate, changes: AssessmentChanges):
        titles = template.answer_titles()
        problems: dict[str, str] = {}
        answers: dict[str, AnswerDraft] = {}
        for key, draft in changes.answers.items():
            if key not in titles:
                raise ValidationFailed.single(key, "This part is no longer in the assessment template, so it "
                                                   "cannot be changed.")
            theirs = clean_text(draft.their_words, multiline=True)
            notes = clean_text(draft.staff_notes, multiline=True)
            check_length(problems, key, theirs, ANSWER_LIMIT, f"“{titles[key]}” in their words")
            check_length(problems, f"{key}:staff", notes, ANSWER_LIMIT, f"The staff notes for “{titles[key]}”")
            answers[key] = AnswerDraft(theirs, notes, bool(draft.not_discussed))
        items = {i.key: i for sec in template.of_kind(INDICATORS) for i in sec.items}
        indicators: dict[str, str] = {}
        for key, value in changes.indicators.items():
            value = clean_text(value)
            if key not in items:
                raise ValidationFailed.single(f"indicator:{key}", "This is no longer in the assessment template.")
            if value and value not in items[key].choices:
                problems[f"indicator:{key}"] = f"Please choose one of the answers listed for “{items[key].name}”."
            indicators[key] = value
        checkin = template.checkin
        for key, draft in changes.ratings.items():
            if checkin is None or key not in {i.key for i in checkin.items}:
                raise ValidationFailed.single(f"rating:{key}", "This area is no longer in the check-in.")
            scale = checkin.scale
            if draft.rating is not None and not scale.contains(draft.rating):
                problems[f"rating:{key}"] = (f"Ratings go from {scale.low} ({scale.low_label}) to {scale.high} "
                                             f"({scale.high_label}).")
        if problems:
            raise ValidationFailed(problems)
        return answers, indicators, dict(changes.ratings)

    @staticmethod
    def _apply_answers(a: Assessment, answers: dict[str, AnswerDraft], titles: dict[str, str]) -> list[str]:
        rows = {row.item_key: row for row in a.answers}
        changed = []
        for key, draft in answers.items():
            row = rows.get(key)
            values = {"their_words": draft.their_words, "staff_notes": draft.staff_notes,
                      "not_discussed": draft.not_discussed, "title": titles[key]}
            empty = not (draft.their_words or draft.staff_notes or draft.not_discussed)
            if row is None:
                if not empty:
                    a.answers.append(AssessmentAnswer(item_key=key, **values))
                    changed.append(key)
            elif empty:
                a.answers.remove(row)
                changed.append(key)
            elif changed_fields(row, values, ("their_words", "staff_notes", "not_discussed")):
                row.title = titles[key]
                changed.append(key)
        return changed

    @staticmethod
    def _apply_indicators(a: Assessment, indicators: dict[str, str], template: AssessmentTemplate) -> list[str]:
        names = {i.key: i.name for sec in template.of_kind(INDICATORS) for i in sec.items}
        rows = {row.key: row for row in a.indicators}
        changed = []
        for key, value in indicators.items():
            row = rows.get(key)
            if row is None and value:
                a.indicators.append(AssessmentIndicator(key=key, name=names[key], value=value))
            elif row is not None and not value:
                a.indicators.remove(row)
            elif row is not None and row.value != value:
                row.value, row.name = value, names[key]
            else:
                continue
            changed.append(f"indicator {key}")
        return changed

    @staticmethod
    def _apply_ratings(a: Assessment, ratings: dict[str, RatingDraft], template: AssessmentTemplate) -> list[str]:
        checkin = template.checkin
        names = {i.key: i.name for i in checkin.items} if checkin else {}
        rows = {row.area_key: row for row in a.ratings}
        changed = []
        for key, draft in ratings.items():
            row = rows.get(key)
            priority = bool(draft.priority)
            if row is None and (draft.rating is not None or priority):
                a.ratings.append(CheckinRating(area_key=key, area_name=names[key], rating=draft.rating,
                                               priority=priority))
            elif row is not None and draft.rating is None and not priority:
                a.ratings.remove(row)
            elif row is not None and (row.rating, row.priority) != (draft.rating, priority):
                row.rating, row.priority, row.area_name = draft.rating, priority, names[key]
            else:
                continue
            changed.append(f"check-in {key}")
        return changed

    # ---- completing ----------------------------------------------------------------------------
    def missing_for_completion(self, view: AssessmentView) -> list[tuple[str, str]]:
        """(key, title) of every section with neither the person's words nor "not discussed"."""
        return [(sec.key, sec.title) for sec in self.template().sections
                if sec.needs_answer and not _answered(sec, view)]

    def completion_problems(self, view: AssessmentView) -> dict[str, str]:
        """What stops the assessment being completed: a message per section key, and a summary
        under ``"sections"``. Empty when it can be completed."""
        missing = self.missing_for_completion(view)
        if not missing:
            return {}
        problems = {key: NEEDS_ANSWER for key, _title in missing}
        problems["sections"] = ("Before it can be completed, each section needs the person's words or a tick in "
                                "“Not discussed”. Still to do: "
                                + "; ".join(title for _key, title in missing) + ".")
        return problems

    def complete(self, assessment_id: int, version: int) -> AssessmentView:
        """Date the assessment today and sign it as the signed-in member of staff; it never changes after."""
        actor = self.ctx.require_editor()
        with self.ctx.db.session() as s:
            a = load_for_edit(s, Assessment, assessment_id, version, "assessment")
            if a.status != DRAFT:
                raise ValidationFailed.single("assessment", NEVER_CHANGES)
            problems = self.completion_problems(self._view(s, a))
            if problems:
                raise ValidationFailed(problems)
            a.status, a.completed_on, a.completed_at = COMPLETED, self.ctx.today(), self.ctx.now()
            a.completed_by_id = actor.staff_id
            a.template_version = self.template().version
            flush_or_conflict(s, "assessment")
            audit.record(s, self.ctx, "complete", "assessment", a.id, person_id=a.person_id,
                         summary=f"assessment {a.version_no} completed")
            return self._view(s, a)

    # ---- the check-in over time ------------------------------------------------------------------
    def checkin_series(self, person_id: int) -> CheckinSeries:
        checkin = self.template().checkin
        with self.ctx.db.session() as s:
            rows = s.scalars(select(Assessment).where(Assessment.person_id == person_id)
                             .options(selectinload(Assessment.ratings)).order_by(Assessment.version_no)).all()
            areas = {i.key: i.name for i in checkin.items} if checkin else {}
            points = []
            for a in rows:
                rated = {r.area_key: r.rating for r in a.ratings if r.rating is not None}
                for r in a.ratings:
                    areas.setdefault(r.area_key, r.area_name or _readable(r.area_key))
                if rated:
                    points.append(CheckinPoint(a.id, a.completed_on or self._started_on(a), a.status == DRAFT,
                                               rated, frozenset(r.area_key for r in a.ratings if r.priority)))
        scale = checkin.scale if checkin else None
        return CheckinSeries(tuple(areas.items()), scale.low if scale else 1, scale.high if scale else 7,
                             scale.low_label if scale else "", scale.high_label if scale else "", tuple(points))

    # ---- the life timeline ----------------------------------------------------------------------
    def event_kinds(self) -> tuple[str, ...]:
        sections = self.template().of_kind(TIMELINE)
        return sections[0].event_kinds if sections else ("other",)

    def timeline(self, person_id: int) -> list[TimelineEventView]:
        with self.ctx.db.session() as s:
            rows = s.scalars(select(TimelineEvent).where(TimelineEvent.person_id == person_id)
                             .order_by(TimelineEvent.happened_on, TimelineEvent.id)).all()
            return [_event_view(e) for e in rows]

    def save_event(self, person_id: int, draft: EventDraft) -> TimelineEventView:
        """Add an event to the person's timeline (``draft.id`` None) or change one."""
        self.ctx.require_editor()
        kinds = self.event_kinds()
        if draft.id is not None and draft.kind == self._stored_kind(draft.id):
            kinds = (*kinds, draft.kind)  # a kind the template has since dropped may stay on an old event
        clean = clean_event(draft, kinds, self.ctx.today())
        values = {"happened_on": clean.happened_on, "precision": clean.precision, "kind": clean.kind,
                  "title": clean.title, "their_words": clean.their_words}
        with self.ctx.db.session() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person")
            if draft.id is None:
                event = TimelineEvent(person_id=person_id, created_by_id=self._me(), **values)
                s.add(event)
                changed, action = ["new event"], "create"
            else:
                event = load_for_edit(s, TimelineEvent, draft.id, draft.version, "timeline event")
                if event.person_id != person_id:
                    raise NotFound("timeline event")
                changed, action = changed_fields(event, values), "change"
            flush_or_conflict(s, "timeline event")
            if changed:
                audit.record(s, self.ctx, action, "timeline_event", event.id, person_id=person_id,
                             summary=", ".join(changed))
            return _event_view(event)

    def _stored_kind(self, event_id: int) -> str | None:
        with self.ctx.db.session() as s:
            event = s.get(TimelineEvent, event_id)
            return event.kind if event else None

    def remove_event(self, event_id: int, version: int) -> None:
        self.ctx.require_editor()
        with self.ctx.db.session() as s:
            event = load_for_edit(s, TimelineEvent, event_id, version, "timeline event")
            person_id = event.person_id
            s.delete(event)
            flush_or_conflict(s, "timeline event")
            audit.record(s, self.ctx, "remove", "timeline_event", event_id, person_id=person_id)

    def _me(self) -> int | None:
        return self.ctx.actor.staff_id if self.ctx.actor else None


def _answered(section: Section, view: AssessmentView) -> bool:
    if view.answer(section.key).not_discussed:
        return True
    if section.kind == REFLECTION:
        return any(view.answer(section.item_key(item)).has_words for item in section.items)
    if section.kind == INDICATORS:
        return any(view.indicators.get(item.key) for item in section.items)
    if section.kind == CHECKIN:
        return any(view.ratings[i.key].rating is not None for i in section.items if i.key in view.ratings)
    return view.answer(section.key).has_words


def _too_many(checkin: Section) -> str:
    return (f"Up to {checkin.max_priorities} areas can be chosen to work on. Untick one before choosing "
            "another.")


def _readable(key: str) -> str:
    """A heading for words kept under a key the template has dropped: ``past_coping`` → "Past coping"."""
    text = key.split(":")[-1].replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _rating_text(row: CheckinRating) -> str:
    text = f"rated {row.rating}" if row.rating is not None else "not rated"
    return text + (", chosen to work on" if row.priority else "")


def _event_view(e: TimelineEvent) -> TimelineEventView:
    return TimelineEventView(e.id, e.person_id, e.happened_on, e.precision, e.kind, e.title, e.their_words, e.version)


__all__ = ["AssessmentService", "AssessmentChanges", "AnswerDraft", "RatingDraft", "EventDraft", "ConflictError"]
