"""The team meeting: set-up with a fair recovery-hat rotation, the agenda, and each review.

Everything the chair types is saved as it happens, and where the chair is in the meeting
is saved too, so a meeting interrupted by a crash or a flat battery resumes where it was.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, case, func, select
from sqlalchemy.orm import Session, selectinload

from recovery_desk.content.meeting import review_steps
from recovery_desk.domain import meetings as rules
from recovery_desk.domain.errors import NotFound, ValidationFailed
from recovery_desk.domain.people import display_name
from recovery_desk.domain.text import check_length, clean_text
from recovery_desk.services import audit
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.crisis_plan_status import plan_status, status_query
from recovery_desk.services.meeting_views import (
    ActionView,
    AgendaSuggestion,
    FinishedMeeting,
    GoalLine,
    HatSuggestion,
    ItemView,
    MeetingMinutes,
    MeetingView,
    MinutesAction,
    MinutesNotReviewed,
    MinutesReview,
    MinutesStep,
    ReviewContext,
    ReviewHistoryEntry,
    SharedView,
)
from recovery_desk.services.records import flush_or_conflict, load_for_edit, plain_statements
from recovery_desk.store.models import (
    Action,
    AgendaItem,
    Assessment,
    AssessmentAnswer,
    CrisisPlan,
    CrisisPlanSection,
    Goal,
    GoalNote,
    HatWearing,
    Meeting,
    MeetingAttendee,
    Person,
    ReviewNote,
    ReviewRequest,
    RiskPlan,
    Staff,
    Team,
)

NOTE_LIMIT = 8000
STRENGTH_KEYS = ("current_strengths", "personal_gifts")
ROLE_KEYS = ("valued_social_roles",)


@dataclass(frozen=True)
class AgendaEntry:
    person_id: int
    minutes: int
    reasons: tuple[str, ...] = ()


class MeetingService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ---- set-up -------------------------------------------------------------------------------
    def _hat_records(self, s: Session) -> dict[int, rules.HatRecord]:
        rows = s.execute(select(HatWearing.staff_id, func.max(HatWearing.worn_on), func.count(HatWearing.id))
                         .group_by(HatWearing.staff_id)).all()
        return {staff_id: rules.HatRecord(staff_id, last, count) for staff_id, last, count in rows}

    def suggest_hat(self, attendee_ids: Sequence[int], on: date) -> HatSuggestion:
        with self.ctx.db.session() as s:
            records = self._hat_records(s)
        chosen = rules.suggest_hat_wearer(list(attendee_ids), records, on)
        record = records.get(chosen) if chosen is not None else None
        return HatSuggestion(chosen, record.last_worn if record else None, record.times_worn if record else 0)

    def hat_history(self, limit: int = 50) -> list[tuple[date, str]]:
        with self.ctx.db.session() as s:
            rows = s.execute(select(HatWearing.worn_on, Staff.display_name).join(Staff, Staff.id == HatWearing.staff_id)
                             .order_by(HatWearing.worn_on.desc(), HatWearing.id.desc()).limit(limit)).all()
        return [(on, name) for on, name in rows]

    def suggest_agenda(self, on: date) -> list[AgendaSuggestion]:
        """Everyone open who has a reason to be discussed, most pressing first."""
        plans = status_query().subquery()
        with self.ctx.db.session() as s:
            people = s.execute(
                select(Person.id, Person.given_name, Person.family_name, Person.preferred_name, Person.next_review_on,
                       Staff.display_name, plans.c[1], plans.c[2], plans.c[3])
                .outerjoin(Staff, Staff.id == Person.care_coordinator_id)
                .outerjoin(plans, plans.c.person_id == Person.id)
                .where(Person.discharged_on.is_(None))).all()
            late_goals = set(s.scalars(select(Goal.person_id).where(
                Goal.kind == "recovery", Goal.status == "working", Goal.target_date < on)).all())
            requests: dict[int, set[str]] = {}
            for person_id, kind in s.execute(select(ReviewRequest.person_id, ReviewRequest.kind)
                                             .where(ReviewRequest.handled_in_meeting_id.is_(None))):
                requests.setdefault(person_id, set()).add(kind)
        out = []
        for pid, given, family, preferred, review, coordinator, plan_review, has_agreed, has_draft in people:
            asked = requests.get(pid, set())
            facts = rules.PersonFacts(pid, review, pid in late_goals,
                                      plan_status(plan_review, bool(has_agreed), bool(has_draft), on),
                                      rules.RECENT_CRISIS in asked, rules.ASKED_FOR in asked)
            reasons = rules.agenda_reasons(facts, on)
            if rules.should_suggest(reasons):
                out.append(AgendaSuggestion(pid, display_name(given, family, preferred), coordinator or "",
                                            tuple(reasons)))
        out.sort(key=lambda a: (rules.agenda_order(a.reasons), a.name.casefold()))
        return out

    def request_review(self, person_id: int, kind: str, note: str = "") -> None:
        """Ask for someone to be discussed at the next meeting (or note a recent crisis)."""
        actor = self.ctx.require_editor()
        if kind not in (rules.ASKED_FOR, rules.RECENT_CRISIS):
            raise ValidationFailed.single("kind", "Choose why they should be discussed.")
        note = clean_text(note, multiline=True)
        problems: dict[str, str] = {}
        check_length(problems, "note", note, NOTE_LIMIT, "The note")
        if problems:
            raise ValidationFailed(problems)
        with self.ctx.db.session() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person")
            s.add(ReviewRequest(person_id=person_id, kind=kind, note=note, requested_by_id=actor.staff_id,
                                requested_on=self.ctx.today()))
            audit.record(s, self.ctx, "create", "review_request", person_id, person_id=person_id, summary=kind)

    def start(self, held_on: date, attendee_ids: Sequence[int], chair_id: int | None, hat_id: int | None,
              agenda: Sequence[AgendaEntry], *, hat_per_person: bool = False) -> MeetingView:
        self.ctx.require_editor()
        problems: dict[str, str] = {}
        attendees = list(dict.fromkeys(attendee_ids))
        if not attendees:
            problems["attendees"] = "Tick who is here first: a meeting needs at least one person present."
        if chair_id is None or chair_id not in attendees:
            problems["chair"] = "Choose a chair from the people present."
        if hat_id is None or hat_id not in attendees:
            problems["hat"] = "Choose who wears the recovery hat from the people present."
        if not agenda:
            problems["agenda"] = "The agenda is empty: add at least one person to review."
        for entry in agenda:
            if not 1 <= entry.minutes <= 60:
                problems["agenda"] = "Give each person between 1 and 60 minutes."
        if len({e.person_id for e in agenda}) != len(agenda):
            problems["agenda"] = "Someone is on the agenda twice."
        if problems:
            raise ValidationFailed(problems)
        with self.ctx.db.session() as s:
            if s.scalar(select(Meeting.id).where(Meeting.status == "in progress").limit(1)) is not None:
                raise ValidationFailed.single("meeting", "A meeting is already in progress: resume or finish it first.")
            found = set(s.scalars(select(Staff.id).where(Staff.id.in_(attendees), Staff.active.is_(True))))
            if found != set(attendees):
                raise ValidationFailed.single("attendees", "One of the people ticked no longer has an active account.")
            open_people = set(s.scalars(select(Person.id).where(Person.id.in_([e.person_id for e in agenda]),
                                                                Person.discharged_on.is_(None))))
            if open_people != {e.person_id for e in agenda}:
                raise ValidationFailed.single("agenda", "Someone on the agenda has been discharged: take them off.")
            meeting = Meeting(held_on=held_on, chair_id=chair_id, hat_per_person=hat_per_person,
                              started_at=self.ctx.now(), status="in progress")
            meeting.attendees = [MeetingAttendee(staff_id=i) for i in attendees]
            meeting.items = [AgendaItem(person_id=e.person_id, position=n, minutes=e.minutes,
                                        reasons="; ".join(e.reasons), hat_wearer_id=hat_id)
                             for n, e in enumerate(agenda)]
            s.add(meeting)
            s.flush()
            meeting.current_item_id = meeting.items[0].id
            meeting.current_step = review_steps()[0].key
            s.add(HatWearing(meeting_id=meeting.id, staff_id=hat_id, worn_on=held_on))
            audit.record(s, self.ctx, "create", "meeting", meeting.id,
                         summary=f"{len(attendees)} present, {len(agenda)} people on the agenda")
            return self._view(s, meeting)

    # ---- reading ----------------------------------------------------------------------------------
    def unfinished(self) -> MeetingView | None:
        with self.ctx.db.session() as s:
            meeting = s.scalar(select(Meeting).where(Meeting.status == "in progress").order_by(Meeting.id.desc()))
            return self._view(s, meeting) if meeting else None

    def get(self, meeting_id: int) -> MeetingView:
        with self.ctx.db.session() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("meeting")
            return self._view(s, meeting)

    def _view(self, s: Session, meeting: Meeting) -> MeetingView:
        staff = dict(s.execute(select(Staff.id, Staff.display_name)).all())
        items = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
                          .options(selectinload(AgendaItem.notes)).order_by(AgendaItem.position)).all()
        people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_([i.person_id for i in items])))}
        views = tuple(
            ItemView(i.id, i.person_id,
                     display_name(people[i.person_id].given_name, people[i.person_id].family_name,
                                  people[i.person_id].preferred_name),
                     people[i.person_id].preferred_name or people[i.person_id].given_name,
                     people[i.person_id].family_name, i.position,
                     tuple(r for r in i.reasons.split("; ") if r), i.minutes, i.status, i.hat_wearer_id,
                     i.next_review_on, {n.step: n.text for n in i.notes}, i.version)
            for i in items)
        current = next((i for i in views if i.id == meeting.current_item_id), None)
        hat = current.hat_wearer_id if current else (views[0].hat_wearer_id if views else None)
        attendees = tuple((a.staff_id, staff.get(a.staff_id, "")) for a in meeting.attendees)
        return MeetingView(meeting.id, meeting.held_on, meeting.status, meeting.chair_id, staff.get(meeting.chair_id, ""),
                           attendees, hat, meeting.hat_per_person, views, meeting.current_item_id,
                           meeting.current_step, meeting.started_at, meeting.version)

    # ---- during the meeting ---------------------------------------------------------------------------
    def move_to(self, meeting_id: int, item_id: int, step: str) -> None:
        """Remember where the chair is (saved, so a crash resumes here)."""
        with self.ctx.db.session() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("meeting")
            meeting.current_item_id, meeting.current_step = item_id, step

    def save_note(self, item_id: int, step: str, text: str) -> None:
        self.ctx.require_editor()
        text = clean_text(text, multiline=True)
        problems: dict[str, str] = {}
        check_length(problems, "note", text, NOTE_LIMIT, "The note")
        if problems:
            raise ValidationFailed(problems)
        with self.ctx.db.session() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFound("agenda item")
            row = s.scalar(select(ReviewNote).where(ReviewNote.agenda_item_id == item_id, ReviewNote.step == step))
            if row is None:
                s.add(ReviewNote(agenda_item_id=item_id, step=step, text=text))
            elif row.text != text:
                row.text = text
            else:
                return
            audit.record(s, self.ctx, "change", "review", item_id, person_id=item.person_id, summary=f"notes: {step}")

    def pass_hat(self, item_id: int, staff_id: int) -> None:
        """Pass the recovery hat to someone else for this person's review."""
        self.ctx.require_editor()
        with self.ctx.db.session() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFound("agenda item")
            present = set(s.scalars(select(MeetingAttendee.staff_id).where(MeetingAttendee.meeting_id == item.meeting_id)))
            if staff_id not in present:
                raise ValidationFailed.single("hat", "The hat can only go to someone who is here.")
            item.hat_wearer_id = staff_id
            meeting = s.get(Meeting, item.meeting_id)
            s.add(HatWearing(meeting_id=item.meeting_id, staff_id=staff_id, agenda_item_id=item.id,
                             worn_on=meeting.held_on))

    def set_next_review(self, item_id: int, on: date) -> None:
        self.ctx.require_editor()
        with self.ctx.db.session() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFound("agenda item")
            meeting = s.get(Meeting, item.meeting_id)
            if on <= meeting.held_on:
                raise ValidationFailed.single("next_review_on", "The next review should be after this meeting.")
            person = s.get(Person, item.person_id)
            item.next_review_on = on
            person.next_review_on = on
            audit.record(s, self.ctx, "change", "person", person.id, person_id=person.id, summary="next_review_on")

    def finish_item(self, item_id: int, *, skipped: bool = False) -> None:
        self.ctx.require_editor()
        with self.ctx.db.session() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFound("agenda item")
            item.status = "skipped" if skipped else "reviewed"
            item.reviewed_at = self.ctx.now()
            audit.record(s, self.ctx, "review" if not skipped else "change", "review", item_id,
                         person_id=item.person_id, summary="reviewed in the team meeting" if not skipped else "skipped")

    def finish(self, meeting_id: int) -> MeetingView:
        """Close the meeting: requests it dealt with are marked handled; the record stays with each person."""
        self.ctx.require_editor()
        with self.ctx.db.session() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("meeting")
            meeting.status, meeting.finished_at = "finished", self.ctx.now()
            reviewed = [i.person_id for i in meeting.items if i.status == "reviewed"]
            for request in s.scalars(select(ReviewRequest).where(ReviewRequest.person_id.in_(reviewed),
                                                                 ReviewRequest.handled_in_meeting_id.is_(None))):
                request.handled_in_meeting_id = meeting.id
            audit.record(s, self.ctx, "change", "meeting", meeting.id, summary=f"finished; {len(reviewed)} reviewed")
            return self._view(s, meeting)

    # ---- the person under review ---------------------------------------------------------------------
    def review_context(self, person_id: int) -> ReviewContext:
        today = self.ctx.today()
        with self.ctx.db.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound("person")
            strengths, roles = self._strengths(s, person_id)
            # The latest progress note of every goal in one query, not one query per goal.
            latest: dict[int, str] = {}
            for goal_id, text in s.execute(
                    select(GoalNote.goal_id, GoalNote.text).join(Goal, Goal.id == GoalNote.goal_id)
                    .where(Goal.person_id == person_id).order_by(GoalNote.written_on, GoalNote.id)):
                latest[goal_id] = text
            goals = [GoalLine(goal.id, goal.statement, goal.status, goal.target_date, latest.get(goal.id, ""))
                     for goal in s.scalars(select(Goal).where(Goal.person_id == person_id, Goal.kind == "recovery",
                                                              Goal.status.in_(("working", "paused", "achieved")))
                                           .order_by(Goal.status, Goal.target_date))]
            plan_text, warning_signs = self._plan(s, person_id, today)
            risks = tuple(f"{r.activity} (review {r.review_on.strftime('%d/%m/%Y')})"
                          for r in s.scalars(select(RiskPlan).join(Goal).where(Goal.person_id == person_id,
                                                                                 RiskPlan.review_on <= today)))
            last = s.scalar(select(func.max(Meeting.held_on)).join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
                            .where(AgendaItem.person_id == person_id, AgendaItem.status == "reviewed"))
            audit.record(s, self.ctx, "view", "person", person_id, person_id=person_id, summary="team meeting review")
            return ReviewContext(person_id, person.preferred_name or person.given_name, person.family_name,
                                 person.pronouns, strengths, roles, tuple(goals), plan_text, warning_signs, risks,
                                 tuple(self._actions(s, person_id, open_only=True)), person.next_review_on, last)

    def _strengths(self, s: Session, person_id: int) -> tuple[str, str]:
        latest = s.scalar(select(Assessment.id).where(Assessment.person_id == person_id)
                          .order_by((Assessment.status == "completed").desc(), Assessment.version_no.desc()).limit(1))
        if latest is None:
            return "", ""
        answers = dict(s.execute(select(AssessmentAnswer.item_key, AssessmentAnswer.their_words)
                                 .where(AssessmentAnswer.assessment_id == latest)).all())
        join = lambda keys: "\n".join(answers[k] for k in keys if answers.get(k))  # noqa: E731
        return join(STRENGTH_KEYS), join(ROLE_KEYS)

    def _plan(self, s: Session, person_id: int, today: date) -> tuple[str, str]:
        plan = s.scalar(select(CrisisPlan).where(CrisisPlan.person_id == person_id, CrisisPlan.status == "agreed"))
        if plan is None:
            draft = s.scalar(select(CrisisPlan.id).where(CrisisPlan.person_id == person_id, CrisisPlan.status == "draft"))
            return ("No agreed crisis plan yet (a draft is being written)." if draft else "No crisis plan yet."), ""
        signs = s.scalar(select(CrisisPlanSection.their_words).where(
            CrisisPlanSection.plan_id == plan.id, CrisisPlanSection.section_key == "early_warning_signs")) or ""
        review = plan.review_by.strftime("%d/%m/%Y") if plan.review_by else "no date"
        overdue = plan.review_by is not None and plan.review_by < today
        text = f"Agreed crisis plan, version {plan.version_no}; review {'was due' if overdue else 'due'} {review}."
        return text, signs

    # ---- actions -----------------------------------------------------------------------------------------
    def add_action(self, person_id: int, description: str, owner_id: int | None, due_on: date | None, *,
                   item_id: int | None = None, goal_id: int | None = None) -> ActionView:
        self.ctx.require_editor()
        description = clean_text(description, multiline=True)
        problems: dict[str, str] = {}
        if not description:
            problems["description"] = "Please say what the action is."
        check_length(problems, "description", description, NOTE_LIMIT, "The action")
        if owner_id is None:
            problems["owner"] = "Please choose who will do it."
        if due_on is None:
            problems["due_on"] = "Please say by when."
        elif due_on < self.ctx.today():
            problems["due_on"] = "The date is in the past: choose today or later."
        if problems:
            raise ValidationFailed(problems)
        with self.ctx.db.session() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person")
            if goal_id is not None:
                goal = s.get(Goal, goal_id)
                if goal is None or goal.person_id != person_id:
                    raise ValidationFailed.single("goal", "Choose one of this person's goals.")
            action = Action(person_id=person_id, agenda_item_id=item_id, description=description, owner_id=owner_id,
                            due_on=due_on, goal_id=goal_id)
            s.add(action)
            s.flush()
            audit.record(s, self.ctx, "create", "action", action.id, person_id=person_id)
            return next(a for a in self._actions(s, person_id, open_only=False) if a.id == action.id)

    def complete_action(self, action_id: int, version: int, done_on: date | None) -> ActionView:
        self.ctx.require_editor()
        if done_on is not None and done_on > self.ctx.today():
            raise ValidationFailed.single("done_on", "An action cannot be done in the future.")
        with self.ctx.db.session() as s:
            action = load_for_edit(s, Action, action_id, version, "action")
            action.done_on = done_on
            flush_or_conflict(s, "action")
            audit.record(s, self.ctx, "change", "action", action.id, person_id=action.person_id,
                         summary="done" if done_on else "reopened")
            return next(a for a in self._actions(s, action.person_id, open_only=False) if a.id == action.id)

    def actions_for(self, person_id: int, *, open_only: bool = False) -> list[ActionView]:
        with self.ctx.db.session() as s:
            return self._actions(s, person_id, open_only=open_only)

    def _actions(self, s: Session, person_id: int, *, open_only: bool) -> list[ActionView]:
        # Plain rows in ActionView's order: the person card reads these each time someone is chosen.
        query = _OPEN_ACTIONS if open_only else _ACTIONS
        return [ActionView(*row) for row in plain_statements(s).execute(query, {"person_id": person_id})]

    def people_with_my_open_actions(self) -> set[int]:
        """For the caseload: whose record has an action waiting for the signed-in member of staff."""
        if self.ctx.actor is None:
            return set()
        with self.ctx.db.session() as s:
            return set(s.scalars(select(Action.person_id).where(Action.owner_id == self.ctx.actor.staff_id,
                                                                Action.done_on.is_(None))))

    def reviews_for(self, person_id: int, *, latest: int | None = None) -> list[ReviewHistoryEntry]:
        """The person's team meeting reviews, newest first (shown in their record); only the
        ``latest`` few if asked (a person known for years has dozens). Plain rows: the card on
        the caseload reads these each time someone is chosen."""
        with self.ctx.db.session() as s:
            read = plain_statements(s)
            items = read.execute(_REVIEWS.limit(latest) if latest is not None else _REVIEWS,
                                 {"person_id": person_id}).all()
            notes: dict[int, dict[str, str]] = {item_id: {} for item_id, *_rest in items}
            for item_id, step, text in read.execute(_REVIEW_NOTES, {"item_ids": list(notes)}):
                notes[item_id][step] = text
            return [ReviewHistoryEntry(held_on, notes[item_id], hat_wearer or "", next_review_on)
                    for item_id, held_on, hat_wearer, next_review_on in items]
    # ---- the minutes ---------------------------------------------------------------------------------------
    def finished_meetings(self) -> list[FinishedMeeting]:
        """Finished meetings, newest first: the ones whose minutes can be printed again."""
        self.ctx.require_actor()
        reviewed = func.sum(case((AgendaItem.status == "reviewed", 1), else_=0))
        with self.ctx.db.session() as s:
            rows = s.execute(select(Meeting.id, Meeting.held_on, Staff.display_name, reviewed,
                                    func.count(AgendaItem.id))
                             .join(Staff, Staff.id == Meeting.chair_id)
                             .outerjoin(AgendaItem, AgendaItem.meeting_id == Meeting.id)
                             .where(Meeting.status == "finished")
                             .group_by(Meeting.id, Meeting.held_on, Staff.display_name)
                             .order_by(Meeting.held_on.desc(), Meeting.id.desc())).all()
        return [FinishedMeeting(mid, held_on, chair, int(done or 0), total)
                for mid, held_on, chair, done, total in rows]

    def minutes(self, meeting_id: int) -> MeetingMinutes:
        """The meeting's minutes: who came, and for each person reviewed the notes, actions and next review.

        Not audited as a view: every print or PDF of them is, once for each person named
        (:meth:`record_minutes_print`).
        """
        self.ctx.require_actor()
        steps = review_steps()
        with self.ctx.db.session() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("meeting")
            view = self._view(s, meeting)
            first_hat = s.scalar(select(HatWearing.staff_id).where(HatWearing.meeting_id == meeting_id,
                                                                   HatWearing.agenda_item_id.is_(None))
                                 .order_by(HatWearing.id).limit(1))
            agreed: dict[int, list[MinutesAction]] = {}
            for item_id, description, owner, due_on, goal in s.execute(
                    select(Action.agenda_item_id, Action.description, Staff.display_name, Action.due_on,
                           Goal.statement)
                    .join(Staff, Staff.id == Action.owner_id).outerjoin(Goal, Goal.id == Action.goal_id)
                    .where(Action.agenda_item_id.in_([i.id for i in view.items]))
                    .order_by(Action.due_on, Action.id)):
                agreed.setdefault(item_id, []).append(MinutesAction(description, owner, due_on, goal or ""))
            team = s.scalar(select(Team.name).order_by(Team.id).limit(1)) or ""
        known = {step.key for step in steps}
        reviews, not_reviewed = [], []
        for item in view.items:
            if item.status != "reviewed":
                not_reviewed.append(MinutesNotReviewed(item.person_id, item.name, item.reasons,
                                                       item.status == "skipped"))
                continue
            # Notes from a step the team has since taken out of meeting_steps.json are kept too.
            written = [MinutesStep(st.key, st.title, item.notes.get(st.key, "")) for st in steps]
            written += [MinutesStep(key, key.replace("_", " ").capitalize(), text)
                        for key, text in item.notes.items() if key not in known and text]
            reviews.append(MinutesReview(item.person_id, item.name, item.reasons, view.staff_name(item.hat_wearer_id),
                                         tuple(written), tuple(agreed.get(item.id, ())), item.next_review_on))
        hat = first_hat if first_hat is not None else (view.items[0].hat_wearer_id if view.items else None)
        return MeetingMinutes(view.id, team, view.held_on, view.status == "finished", view.chair,
                              tuple(name for _id, name in view.attendees), view.staff_name(hat), view.hat_per_person,
                              tuple(reviews), tuple(not_reviewed))

    def record_minutes_print(self, minutes: MeetingMinutes, how: str) -> None:
        """Audit a print or PDF of the minutes (``how``: "printed" / "saved as PDF"), once per person named."""
        self.ctx.require_actor()
        named = dict.fromkeys([*(r.person_id for r in minutes.reviews), *(n.person_id for n in minutes.not_reviewed)])
        with self.ctx.db.session() as s:
            for person_id in named:
                audit.record(s, self.ctx, "print" if how == "printed" else "export", "meeting", minutes.meeting_id,
                             person_id=person_id, summary=f"team meeting minutes {how}")


def shared_view(meeting: MeetingView, item: ItemView, step_key: str, context: ReviewContext, *,
                initials_only: bool) -> SharedView:
    """What the wall screen may show: built only from the person under review, never identifiers.

    No NHS number, address, phone, date of birth, staff notes or other people's names ever
    reach it; with ``initials_only`` not even this person's name.
    """
    steps = {s.key: s for s in review_steps()}
    step = steps.get(step_key) or next(iter(steps.values()))
    label = rules.initials(context.called, context.family_name) if initials_only else \
        f"{context.called} {context.family_name}"
    lines: tuple[str, ...]
    if step.key == "who":
        lines = tuple(x for x in (context.strengths, context.valued_roles) if x) or (
            "Their strengths and valued roles are not recorded yet: what do we know?",)
    elif step.key == "what_they_want":
        lines = tuple(f"“{g.statement}”" + (" — achieved" if g.status == "achieved" else "")
                      for g in context.goals) or ("No recovery goals recorded yet: what do they want?",)
    elif step.key == "recovery_hat":
        lines = (step.prompt,)
    elif step.key == "safety_positive_risk":
        lines = (context.crisis_plan, *((f"Early warning signs: {context.early_warning_signs}",)
                                        if context.early_warning_signs else ()), *context.risk_plans_due)
    elif step.key == "actions":
        lines = tuple(f"{a.description} — by {a.due_on.strftime('%d/%m/%Y')}" for a in context.open_actions) or (
            "No open actions yet.",)
    else:
        lines = (f"Next review: {item.next_review_on.strftime('%d/%m/%Y')}" if item.next_review_on
                 else "When shall we next talk about how things are going?",)
    if initials_only:
        lines = tuple(line.replace(context.called, rules.initials(context.called, "")).replace(
            context.family_name, rules.initials(context.family_name, "")) for line in lines)
    position = f"{item.position + 1} of {len(meeting.items)}"
    return SharedView(label, step.title, lines, meeting.staff_name(item.hat_wearer_id), position, item.minutes)


# Read each time someone is chosen on the caseload (their card): built once.
_ACTIONS = (select(Action.id, Action.person_id, Action.description, Action.owner_id, Staff.display_name,
                   Action.due_on, Action.goal_id, func.coalesce(Goal.statement, ""), Action.done_on,
                   Meeting.held_on, Action.version)
            .join(Staff, Staff.id == Action.owner_id)
            .outerjoin(Goal, Goal.id == Action.goal_id)
            .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
            .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Action.person_id == bindparam("person_id")).order_by(Action.due_on, Action.id))
_OPEN_ACTIONS = _ACTIONS.where(Action.done_on.is_(None))
_REVIEWS = (select(AgendaItem.id, Meeting.held_on, Staff.display_name, AgendaItem.next_review_on)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .outerjoin(Staff, Staff.id == AgendaItem.hat_wearer_id)
            .where(AgendaItem.person_id == bindparam("person_id"), AgendaItem.status == "reviewed")
            .order_by(Meeting.held_on.desc(), AgendaItem.id.desc()))
_REVIEW_NOTES = (select(ReviewNote.agenda_item_id, ReviewNote.step, ReviewNote.text)
                 .where(ReviewNote.agenda_item_id.in_(bindparam("item_ids", expanding=True)))
                 .order_by(ReviewNote.id))
