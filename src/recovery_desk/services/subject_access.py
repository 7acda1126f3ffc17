"""Subject access: everything held about one person, reviewed for third-party information,
then exported as a readable PDF (printing.subject_access_pdf) and a machine-readable JSON file.

Each kind of record is gathered by one small function, registered in ``RECORD_TYPES``. Any
table that belongs to the person (``services.person_records``) but that no function reads
is still exported, field by field, under "Other records", so a table added later is never
left out. The audit trail of who viewed or changed the record comes last, with staff names.

The reviewer marks fields for redaction one by one. A redacted field prints as
"[redacted]", and the same text is removed wherever else it appears in the export (the
same staff note carried into a newer crisis plan version, a supporter's name as a step's
owner), so redacted words are absent from both files.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import Table, Text, select
from sqlalchemy.orm import Session

from recovery_desk.content.crisis_plan import crisis_plan_sections
from recovery_desk.domain.dates import uk_date, uk_datetime
from recovery_desk.domain.errors import NotFound, ValidationFailed
from recovery_desk.domain.nhs import format_nhs_number
from recovery_desk.domain.people import display_name
from recovery_desk.domain.staff import Role
from recovery_desk.services import audit
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.person_records import owned_ids, owned_tables
from recovery_desk.services.subject_access_views import (
    REDACTED,
    SarField,
    SarRecord,
    SarSection,
    SubjectAccessPack,
    plain_value,
)
from recovery_desk.store.models import AuditEvent, Base, Staff

FORMAT = "Recovery Desk subject access export"
FORMAT_VERSION = 1
MIN_SPREAD = 3  # shorter redacted text ("Mo", "Al") is removed from its own field only

COMMON_LABELS = {
    "created_at": "Written", "updated_at": "Last changed", "created_by": "Written by", "status": "Status",
    "notes": "Notes", "their_words": "In your words", "staff_notes": "Notes from the team",
}
ACTION_WORDS = {
    "view": "Looked at", "create": "Added", "change": "Changed", "remove": "Removed", "print": "Printed",
    "export": "Saved or exported", "agree": "Agreed", "discharge": "Discharged", "reopen": "Re-opened",
    "review": "Reviewed", "complete": "Completed",
}


# ---- gathering -------------------------------------------------------------------------------
@dataclass
class _Gather:
    """What every gathering function needs: the session, the rows the person owns, names."""

    session: Session
    person_id: int
    ids: dict[str, list[int]]
    staff: dict[int, str]
    supporters: dict[int, str] = field(default_factory=dict)
    _rows: dict[tuple[str, str], list[Mapping]] = field(default_factory=dict)

    def table(self, name: str) -> Table | None:
        return Base.metadata.tables.get(name)

    def rows(self, name: str, order_by: str = "id") -> list[Mapping]:
        """The person's rows of table ``name`` (none when the table does not exist), read once."""
        if (name, order_by) in self._rows:
            return self._rows[(name, order_by)]
        table = self.table(name)
        ids = self.ids.get(name)
        if table is None or not ids:
            return []
        rows = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows.extend(self.session.execute(select(table).where(table.c.id.in_(chunk))).mappings())
        self._rows[(name, order_by)] = sorted(rows, key=lambda r: (r[order_by] is None, r[order_by], r["id"]))
        return self._rows[(name, order_by)]

    def children(self, name: str, parent_column: str, parent_id: int, order_by: str = "id") -> list[Mapping]:
        return [r for r in self.rows(name, order_by) if r[parent_column] == parent_id]


def _humanise(name: str) -> str:
    return name.removesuffix("_id").replace("_", " ").capitalize()


_WORD_COLUMNS = {"kind", "status", "who_kind", "precision"}  # stored as lower-case words


def _text(value: object, name: str = "") -> str:
    if name == "nhs_number" and isinstance(value, str):
        return format_nhs_number(value)
    if name in _WORD_COLUMNS and isinstance(value, str):
        return value[:1].upper() + value[1:]
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime):
        return uk_datetime(value)
    if isinstance(value, date):
        return uk_date(value)
    return str(value)


def _fields(g: _Gather, table_name: str, row: Mapping, *, labels: Mapping[str, str] | None = None,
            third_party: Iterable[str] = (), skip: Iterable[str] = (), fixed: Iterable[str] = (),
            text_is_third_party: bool = False) -> list[SarField]:
    """Every filled-in column of ``row`` as a field, in the table's column order.

    Links to staff and supporters are shown as their names; other links between records
    are shown by where the record sits in the export, so they are left out.
    """
    labels = {**COMMON_LABELS, **(labels or {})}
    third_party, skip, fixed = set(third_party), set(skip), set(fixed)
    table = Base.metadata.tables[table_name]
    out = []
    for column in table.columns:
        name = column.name
        if name in ("id", "version") or name in skip:
            continue
        value = row[name]
        foreign = next(iter(column.foreign_keys), None)
        shown_name, is_third = name, name in third_party
        if foreign is not None:
            target = foreign.column.table.name
            if target == "staff":
                value = g.staff.get(value) if value is not None else None
            elif target == "supporter":
                value = g.supporters.get(value, "a supporter no longer listed") if value is not None else None
                is_third = True
            else:
                continue
            shown_name = name.removesuffix("_id")
        if value is None or value == "":
            continue
        if text_is_third_party and isinstance(value, str) and isinstance(column.type, Text):
            is_third = True
        label = labels.get(name) or labels.get(shown_name) or _humanise(name)
        out.append(SarField(f"{table_name}.{row['id']}.{name}", shown_name, label, value, _text(value, name),
                            third_party=is_third, redactable=name not in fixed))
    return out


def _record(kind: str, row: Mapping, title: str, fields: list[SarField]) -> SarRecord:
    return SarRecord(kind, row["id"], title, tuple(fields))


def _person(g: _Gather) -> SarSection:
    person = Base.metadata.tables["person"]
    [row] = g.session.execute(select(person).where(person.c.id == g.person_id)).mappings().all()
    fields = _fields(g, "person", row, labels={
        "care_coordinator_id": "Care coordinator", "opened_on": "Record opened",
        "next_review_on": "Next review", "discharged_on": "Discharged", "discharge_reason": "Why discharged",
        "nhs_number": "NHS number", "culture": "Culture", "faith": "Faith or spirituality",
        "created_at": "Record made", "updated_at": "Last changed",
    }, fixed=("given_name", "family_name", "preferred_name", "date_of_birth", "nhs_number"))
    return SarSection("person", "Your details", "What is recorded about you, as on your record.",
                      (_record("person", row, "Your record", fields),))


def _supporters(g: _Gather) -> SarSection:
    labels = {"kind": "Who they are", "relationship": "Relationship", "may_contact_in_crisis":
              "May be contacted in a crisis", "holds_crisis_plan_copy": "Holds a copy of your crisis plan",
              "is_decision_maker": "Chosen to make decisions for you if you cannot"}
    records = [_record("supporter", row, f"Supporter {n}",
                       _fields(g, "supporter", row, labels=labels, third_party=("name", "phone", "email", "notes")))
               for n, row in enumerate(g.rows("supporter"), start=1)]
    return SarSection("supporters", "People who support you",
                      "Family, friends, carers and others you named, and what they may be told.", tuple(records))


_WHO_SECTIONS = {"who_to_contact", "who_not_to_contact", "decision_maker"}


def _crisis_plans(g: _Gather) -> SarSection:
    templates = crisis_plan_sections()
    titles = {t.key: t.title for t in templates}
    order = {t.key: i for i, t in enumerate(templates)}
    labels = {"care_coordinator_id": "Care coordinator", "agreed_on": "Agreed on", "agreed_at": "Agreement recorded",
              "agreed_recorded_by_id": "Agreement recorded by", "person_took_part": "You took part",
              "review_by": "Review by", "facilitator": "Facilitator", "supporters_involved": "Supporters involved",
              "not_agreed": "What could not be agreed, and why", "version_no": "Version"}
    records = []
    for plan in g.rows("crisis_plan", order_by="version_no"):
        fields = _fields(g, "crisis_plan", plan, labels=labels, third_party=("facilitator", "supporters_involved"),
                         skip=("based_on_id", "person_id"))
        sections = sorted(g.children("crisis_plan_section", "plan_id", plan["id"]),
                          key=lambda r: (order.get(r["section_key"], len(order)), r["id"]))
        for row in sections:
            title = titles.get(row["section_key"], _humanise(row["section_key"]))
            fields += _fields(g, "crisis_plan_section", row, skip=("section_key", "plan_id"),
                              labels={"their_words": f"{title} — in your words",
                                      "staff_notes": f"{title} — notes from the team"},
                              third_party=("staff_notes", *(("their_words",) if row["section_key"] in _WHO_SECTIONS
                                                            else ())))
        records.append(_record("crisis_plan", plan, f"Crisis plan, version {plan['version_no']} ({plan['status']})",
                               fields))
        for n, copy in enumerate(g.children("crisis_plan_copy", "plan_id", plan["id"]), start=1):
            records.append(_record("crisis_plan_copy", copy, f"Crisis plan, version {plan['version_no']}: copy {n}",
                                   _fields(g, "crisis_plan_copy", copy, third_party=("holder",),
                                           labels={"holder": "Given to", "given_on": "Given on",
                                                   "supporter_id": "Supporter"})))
    return SarSection("crisis_plans", "Your joint crisis plans",
                      "Every version, including drafts and versions replaced by a newer one, and who has a copy.",
                      tuple(records))


def _goals(g: _Gather) -> SarSection:
    goal_labels = {"statement": "The goal", "why_it_matters": "Why it matters", "life_area": "Area of life",
                   "chime": "What it builds (CHIME)", "target_date": "Target date", "readiness": "Readiness to act (1 to 10)",
                   "readiness_why": "What made it more than 1", "achieved_on": "Achieved on",
                   "celebration": "Celebration", "source": "Where the goal came from", "kind": "Kind of goal"}
    records = []
    counters = {"recovery": 0, "treatment": 0}
    for goal in g.rows("goal"):
        counters[goal["kind"]] = counters.get(goal["kind"], 0) + 1
        name = f"{goal['kind'].capitalize()} goal {counters[goal['kind']]}"
        records.append(_record("goal", goal, name, _fields(g, "goal", goal, labels=goal_labels, skip=("person_id",))))
        for n, step in enumerate(g.children("goal_step", "goal_id", goal["id"]), start=1):
            third = ("who_name",) if step["who_kind"] == "supporter" else ()
            records.append(_record("goal_step", step, f"{name}, step {n}", _fields(
                g, "goal_step", step, skip=("goal_id",), third_party=third,
                labels={"description": "The step", "who_kind": "Who does it", "who_staff_id": "Member of staff",
                        "who_supporter_id": "Supporter", "who_name": "Name", "due_on": "By when", "done_on": "Done on"})))
        for n, note in enumerate(g.children("goal_note", "goal_id", goal["id"], order_by="written_on"), start=1):
            records.append(_record("goal_note", note, f"{name}, progress note {n}", _fields(
                g, "goal_note", note, skip=("goal_id",), third_party=("text",),
                labels={"written_on": "Date", "text": "Note", "author_id": "Written by"})))
        for n, plan in enumerate(g.children("risk_plan", "goal_id", goal["id"]), start=1):
            records.append(_record("risk_plan", plan, f"{name}, positive risk-taking plan {n}", _fields(
                g, "risk_plan", plan, skip=("goal_id",), third_party=("who_agreed",),
                labels={"activity": "What you want to do", "what_could_go_wrong": "What could go wrong",
                        "what_makes_it_safer": "What would make it safer", "who_agreed": "Who agreed it",
                        "review_on": "Review date", "review_outcome": "How it went", "reviewed_on": "Reviewed on",
                        "why_it_matters": "Why it matters"})))
    return SarSection("goals", "Your goals", "Recovery goals in your words and the service's treatment goals, "
                      "with their steps, progress notes and positive risk-taking plans.", tuple(records))


def _assessments(g: _Gather) -> SarSection:
    records = []
    for assessment in g.rows("assessment", order_by="version_no"):
        fields = _fields(g, "assessment", assessment, skip=("person_id", "based_on_id"),
                         labels={"version_no": "Version", "template_version": "Form version",
                                 "completed_on": "Completed on", "completed_at": "Completion recorded",
                                 "completed_by_id": "Completed by"})
        for answer in g.children("assessment_answer", "assessment_id", assessment["id"]):
            title = answer["title"] or _humanise(answer["item_key"])
            fields += _fields(g, "assessment_answer", answer, skip=("assessment_id", "item_key", "title"),
                              third_party=("staff_notes",),
                              labels={"their_words": f"{title} — in your words",
                                      "staff_notes": f"{title} — notes from the team",
                                      "not_discussed": f"{title} — not discussed"})
        for indicator in g.children("assessment_indicator", "assessment_id", assessment["id"]):
            fields += _fields(g, "assessment_indicator", indicator, skip=("assessment_id", "key", "name"),
                              labels={"value": indicator["name"] or _humanise(indicator["key"])})
        for rating in g.children("checkin_rating", "assessment_id", assessment["id"]):
            area = rating["area_name"] or _humanise(rating["area_key"])
            fields += _fields(g, "checkin_rating", rating, skip=("assessment_id", "area_key", "area_name"),
                              labels={"rating": f"{area} — how satisfied", "priority": f"{area} — one to work on"})
        records.append(_record("assessment", assessment,
                               f"Assessment, version {assessment['version_no']} ({assessment['status']})", fields))
    return SarSection("assessments", "Your assessments",
                      "Every version of your strengths-based assessment and life-area check-ins.", tuple(records))


def _timeline(g: _Gather) -> SarSection:
    records = [_record("timeline_event", row, f"Event {n}", _fields(
        g, "timeline_event", row, skip=("person_id",),
        labels={"happened_on": "When", "precision": "Date given as", "kind": "Kind", "title": "What happened"}))
        for n, row in enumerate(g.rows("timeline_event", order_by="happened_on"), start=1)]
    return SarSection("timeline", "Your life timeline", "Events in your life you chose to record.", tuple(records))


def _measures(g: _Gather) -> SarSection:
    records = [_record("measure_completion", row, f"Measure completed {n}", _fields(
        g, "measure_completion", row, skip=("person_id",),
        labels={"measure_key": "Measure", "measure_version": "Measure version", "completed_on": "Completed on",
                "answers": "Answers given", "total": "Total score", "subscales": "Part scores",
                "recorded_by_id": "Recorded by"}))
        for n, row in enumerate(g.rows("measure_completion", order_by="completed_on"), start=1)]
    return SarSection("measures", "Measures completed with you", "Questionnaires and other measures you "
                      "completed with the team, with your answers and scores.", tuple(records))


def _meeting_reviews(g: _Gather) -> SarSection:
    meetings = g.table("meeting")
    records = []
    for n, item in enumerate(g.rows("agenda_item"), start=1):
        held = g.session.scalar(select(meetings.c.held_on).where(meetings.c.id == item["meeting_id"])) \
            if meetings is not None else None
        fields = []
        if held is not None:
            fields.append(SarField(f"agenda_item.{item['id']}.held_on", "held_on", "Meeting date", held, _text(held)))
        fields += _fields(g, "agenda_item", item, skip=("person_id", "meeting_id", "position"),
                          labels={"reasons": "Why you were discussed", "minutes": "Time set aside (minutes)",
                                  "hat_wearer_id": "Wore the recovery hat", "next_review_on": "Next review",
                                  "reviewed_at": "Reviewed at"})
        for note in g.children("review_note", "agenda_item_id", item["id"]):
            fields += _fields(g, "review_note", note, skip=("agenda_item_id", "step"), third_party=("text",),
                              labels={"text": f"Notes: {_humanise(note['step'])}"})
        for wore in g.children("hat_wearing", "agenda_item_id", item["id"]):
            fields += _fields(g, "hat_wearing", wore, skip=("meeting_id", "agenda_item_id"),
                              labels={"staff_id": "Wore the recovery hat", "worn_on": "Hat worn on"})
        records.append(_record("agenda_item", item, f"Team meeting review {n}", fields))
    return SarSection("meeting_reviews", "Team meeting reviews",
                      "When the team discussed you at its meeting, and the notes made.", tuple(records))


def _actions(g: _Gather) -> SarSection:
    records = [_record("action", row, f"Action {n}", _fields(
        g, "action", row, skip=("person_id",),
        labels={"description": "What will be done", "owner_id": "Who will do it", "due_on": "By when",
                "done_on": "Done on"}))
        for n, row in enumerate(g.rows("action"), start=1)]
    return SarSection("actions", "Actions agreed for you", "What the team agreed to do, who and by when.",
                      tuple(records))


def _review_requests(g: _Gather) -> SarSection:
    records = [_record("review_request", row, f"Request {n}", _fields(
        g, "review_request", row, skip=("person_id", "handled_in_meeting_id"), third_party=("note",),
        labels={"requested_by_id": "Asked for by", "requested_on": "Asked for on", "note": "Note"}))
        for n, row in enumerate(g.rows("review_request"), start=1)]
    return SarSection("review_requests", "Requests to discuss you at a team meeting", "", tuple(records))


def _other_records(g: _Gather) -> SarSection:
    """Any table that belongs to the person and that no function above reads."""
    claimed = {name for kind in RECORD_TYPES for name in kind.tables}
    records = []
    for owned in owned_tables():
        if owned.name in claimed:
            continue
        for n, row in enumerate(g.rows(owned.name), start=1):
            records.append(_record(owned.name, row, f"{_humanise(owned.name)} {n}",
                                   _fields(g, owned.name, row, text_is_third_party=True)))
    return SarSection("other", "Other records", "Further records that hold information about you.", tuple(records))


def _audit_trail(g: _Gather) -> SarSection:
    rows = g.session.execute(select(AuditEvent).where(AuditEvent.person_id == g.person_id)
                             .order_by(AuditEvent.seq)).scalars()
    records = []
    for event in rows:
        what = event.entity.replace("_", " ").capitalize() + (f" {event.entity_id}" if event.entity_id else "")
        values = [("at", "When", event.at), ("staff", "Who", g.staff.get(event.staff_id, "(system)")),
                  ("action", "What they did", ACTION_WORDS.get(event.action, event.action.capitalize())),
                  ("record", "Which record", what), ("summary", "Details", event.summary)]
        records.append(SarRecord("audit_event", event.id, f"Entry {event.seq}", tuple(
            SarField(f"audit_event.{event.id}.{name}", name, label, value, _text(value))
            for name, label, value in values if value not in ("", None))))
    return SarSection("audit", "Who has looked at or changed your record",
                      "Every time a member of staff opened, changed, printed or exported your record.",
                      tuple(records), table_like=True)


@dataclass(frozen=True)
class RecordType:
    """One kind of record: the tables it reads, and the function that gathers it."""

    tables: tuple[str, ...]
    gather: Callable[[_Gather], SarSection]


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType(("person",), _person),
    RecordType(("supporter",), _supporters),
    RecordType(("assessment", "assessment_answer", "assessment_indicator", "checkin_rating"), _assessments),
    RecordType(("timeline_event",), _timeline),
    RecordType(("goal", "goal_step", "goal_note", "risk_plan"), _goals),
    RecordType(("crisis_plan", "crisis_plan_section", "crisis_plan_copy"), _crisis_plans),
    RecordType(("measure_completion",), _measures),
    RecordType(("agenda_item", "review_note", "hat_wearing"), _meeting_reviews),
    RecordType(("action",), _actions),
    RecordType(("review_request",), _review_requests),
    RecordType((), _other_records),
    RecordType(("audit_event",), _audit_trail),
)


# ---- redaction ----------------------------------------------------------------------------------
def redact(pack: SubjectAccessPack, keys: Iterable[str]) -> SubjectAccessPack:
    """The pack with the chosen fields, and the same text anywhere else, replaced by "[redacted]"."""
    chosen = frozenset(keys)
    known = {f.key: f for _s, _r, f in pack.fields()}
    unknown = [k for k in chosen if k not in known]
    fixed = [known[k].label for k in chosen if k in known and not known[k].redactable]
    if unknown:
        raise ValidationFailed.single("redact", "Some of the items chosen are no longer in the record. "
                                                "Please gather the record again.")
    if fixed:
        raise ValidationFailed.single("redact", "The person's own name, date of birth and NHS number are "
                                                "theirs to see and cannot be redacted: " + ", ".join(fixed) + ".")
    # Only typed text spreads: redacting a date or a Yes/No removes that field alone.
    texts = sorted({known[k].value.strip() for k in chosen if isinstance(known[k].value, str)},
                   key=len, reverse=True)
    texts = [t for t in texts if len(t) >= MIN_SPREAD]
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t in texts), re.IGNORECASE) if texts else None
    spread = 0

    def clean(text: str) -> str:
        return pattern.sub(REDACTED, text) if pattern is not None else text

    def redact_field(f: SarField) -> SarField:
        nonlocal spread
        if f.key in chosen:
            return replace(f, value=REDACTED, text=REDACTED, redacted=True)
        if not f.redactable or pattern is None or not isinstance(f.value, str):
            return f
        text = clean(f.text)
        if text == f.text:
            return f
        spread += 1
        return replace(f, value=clean(f.value), text=text, redacted=True)

    sections = tuple(replace(s, records=tuple(replace(r, fields=tuple(redact_field(f) for f in r.fields))
                                              for r in s.records)) for s in pack.sections)
    return replace(pack, sections=sections, chosen=chosen, also_removed=spread,
                   prepared_by=clean(pack.prepared_by), reviewed_by=clean(pack.reviewed_by))


def to_json(pack: SubjectAccessPack) -> str:
    """The machine-readable copy: the same sections, records and fields as the PDF."""
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "record_id": pack.person_id,
        "name": pack.person_name,
        "gathered_at": plain_value(pack.gathered_at),
        "prepared_by": pack.prepared_by,
        "reviewed_for_third_party_information_by": pack.reviewed_by,
        "redaction_marker": REDACTED,
        "items_redacted": len(pack.chosen) + pack.also_removed,
        "sections": [{
            "key": s.key, "title": s.title,
            "records": [{
                "type": r.kind, "id": r.id, "title": r.title,
                "fields": [{"name": f.name, "label": f.label, "value": plain_value(f.value),
                            **({"redacted": True} if f.redacted else {})} for f in r.fields],
            } for r in s.records],
        } for s in pack.sections],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


# ---- the service ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Reviewer:
    id: int
    name: str


class SubjectAccessService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def gather(self, person_id: int) -> SubjectAccessPack:
        """Everything held about the person, unredacted, for the reviewer to go through."""
        actor = self.ctx.require_admin()
        with self.ctx.db.session() as s:
            person = Base.metadata.tables["person"]
            row = s.execute(select(person).where(person.c.id == person_id)).mappings().first()
            if row is None:
                raise NotFound("person")
            ids = owned_ids(s, person_id)
            staff = dict(s.execute(select(Staff.id, Staff.display_name)).all())
            g = _Gather(s, person_id, ids, staff)
            g.supporters = {r["id"]: r["name"] for r in g.rows("supporter")}
            sections = tuple(section for kind in RECORD_TYPES if (section := kind.gather(g)).records)
            audit.record(s, self.ctx, "view", "subject_access", person_id, person_id=person_id,
                         summary="gathered for a subject access review")
        return SubjectAccessPack(
            person_id, display_name(row["given_name"], row["family_name"], row["preferred_name"]),
            row["preferred_name"] or row["given_name"], self.ctx.now(), actor.display_name, "", sections)

    def reviewers(self) -> list[Reviewer]:
        """Who may review an export for third-party information: active clinicians and administrators."""
        with self.ctx.db.session() as s:
            rows = s.execute(select(Staff.id, Staff.display_name).where(
                Staff.active.is_(True), Staff.role.in_((Role.CLINICIAN.value, Role.ADMINISTRATOR.value)))
                .order_by(Staff.display_name)).all()
        return [Reviewer(i, n) for i, n in rows]

    def prepare(self, pack: SubjectAccessPack, redact_keys: Iterable[str], reviewed_by_id: int | None) -> SubjectAccessPack:
        """The pack as it will be exported: reviewed by a clinician, with the chosen redactions."""
        self.ctx.require_admin()
        reviewer = next((r for r in self.reviewers() if r.id == reviewed_by_id), None)
        if reviewer is None:
            raise ValidationFailed.single("reviewed_by", "Please choose the clinician who reviewed the record "
                                                         "for information about other people.")
        return redact(replace(pack, reviewed_by=reviewer.name, reviewed_by_id=reviewer.id), redact_keys)

    def to_json(self, pack: SubjectAccessPack) -> str:
        return to_json(pack)

    def record_export(self, pack: SubjectAccessPack) -> None:
        """The export is audited: counts and staff numbers only, never what was exported."""
        self.ctx.require_admin()
        with self.ctx.db.session() as s:
            audit.record(s, self.ctx, "export", "subject_access", pack.person_id, person_id=pack.person_id,
                         summary=f"PDF and JSON: {pack.item_count} items, {len(pack.chosen)} redacted "
                                 f"(+{pack.also_removed} where repeated); reviewed by staff {pack.reviewed_by_id}")
