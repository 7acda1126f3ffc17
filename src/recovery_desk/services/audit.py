"""Writing, reading and verifying the hash-chained audit trail."""
from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from recovery_desk.services.context import ServiceContext
from recovery_desk.services.records import plain_statements
from recovery_desk.store.models import GENESIS_HASH, AuditEvent, AuditHead, Staff


def _row_hash(prev_hash: str, seq: int, at: datetime, staff_id: int | None, action: str,
              entity: str, entity_id: int | None, person_id: int | None, summary: str) -> str:
    payload = json.dumps(
        [prev_hash, seq, at.isoformat(timespec="microseconds"), staff_id, action, entity,
         entity_id, person_id, summary],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


_ADVANCE_HEAD = (update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq + 1)
                 .returning(AuditHead.seq, AuditHead.last_hash).execution_options(synchronize_session=False))
_APPEND = insert(AuditEvent)
_SET_LAST_HASH = (update(AuditHead).where(AuditHead.id == 1).values(last_hash=bindparam("digest"))
                  .execution_options(synchronize_session=False))


def record(session: Session, ctx: ServiceContext, action: str, entity: str,
           entity_id: int | None = None, *, person_id: int | None = None, summary: str = "",
           staff_id: int | None = None) -> None:
    """Append one row inside the caller's unit of work, so it commits with the change itself.

    ``summary`` must not contain personal data: name fields, not their values.
    """
    # Moving the head on first takes the write lock (SQLite) or row lock (PostgreSQL), so
    # two writers can never both chain onto the same previous row. Plain statements, not the
    # ORM: every view of a record writes a row, and the ORM's bookkeeping was most of the cost.
    connection = plain_statements(session)  # not the ORM's handling of bulk updates and inserts
    head = connection.execute(_ADVANCE_HEAD).one()
    at = ctx.now()
    who = staff_id if staff_id is not None else (ctx.actor.staff_id if ctx.actor else None)
    digest = _row_hash(head.last_hash, head.seq, at, who, action, entity, entity_id, person_id, summary)
    connection.execute(_APPEND, {"seq": head.seq, "at": at, "staff_id": who, "action": action, "entity": entity,
                                 "entity_id": entity_id, "person_id": person_id, "summary": summary,
                                 "prev_hash": head.last_hash, "row_hash": digest})
    connection.execute(_SET_LAST_HASH, {"digest": digest})


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    rows_checked: int
    problems: list[str]


def verify(ctx: ServiceContext) -> VerifyResult:
    """Walk the chain from the first row; report every break (edit, deletion, reordering)."""
    problems: list[str] = []
    prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    with ctx.db.session() as s:
        rows = s.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
        for row in rows:
            count += 1
            if row.seq != expected_seq:
                problems.append(f"Row {row.id}: expected entry number {expected_seq}, found {row.seq} "
                                "(an entry was removed or moved).")
            if row.prev_hash != prev:
                problems.append(f"Row {row.id}: does not follow on from the entry before it.")
            digest = _row_hash(row.prev_hash, row.seq, row.at, row.staff_id, row.action, row.entity,
                               row.entity_id, row.person_id, row.summary)
            if digest != row.row_hash:
                problems.append(f"Row {row.id}: its contents were changed after it was written.")
            prev = row.row_hash
            expected_seq = row.seq + 1
        head = s.get(AuditHead, 1)
        if head is not None and (head.seq != expected_seq - 1 or head.last_hash != prev):
            problems.append("The newest entries are missing from the end of the trail.")
    return VerifyResult(not problems, count, problems)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    staff_name: str
    action: str
    entity: str
    entity_id: int | None
    person_id: int | None
    summary: str


def list_events(ctx: ServiceContext, *, person_id: int | None = None, staff_id: int | None = None,
                action: str | None = None, since: datetime | None = None,
                until: datetime | None = None, limit: int = 5000) -> list[AuditRow]:
    ctx.require_admin()
    query = (select(AuditEvent, Staff.display_name).outerjoin(Staff, Staff.id == AuditEvent.staff_id)
             .order_by(AuditEvent.seq.desc()).limit(limit))
    if person_id is not None:
        query = query.where(AuditEvent.person_id == person_id)
    if staff_id is not None:
        query = query.where(AuditEvent.staff_id == staff_id)
    if action:
        query = query.where(AuditEvent.action == action)
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    if until is not None:
        query = query.where(AuditEvent.at < until)
    with ctx.db.session() as s:
        return [AuditRow(e.seq, e.at, name or "(system)", e.action, e.entity, e.entity_id,
                         e.person_id, e.summary) for e, name in s.execute(query)]


def _cell(text: str) -> str:
    """Stop a spreadsheet reading typed text (e.g. a name starting with "=") as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(ctx: ServiceContext, rows: list[AuditRow]) -> str:
    """The given rows as CSV text; the export itself is audited."""
    ctx.require_admin()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["entry", "when (UTC)", "staff", "action", "record", "record id", "person id", "what"])
    for r in rows:
        writer.writerow([r.seq, r.at.isoformat(timespec="seconds"), _cell(r.staff_name), r.action, r.entity,
                         r.entity_id or "", r.person_id or "", _cell(r.summary)])
    with ctx.db.session() as s:
        record(s, ctx, "export", "audit_trail", summary=f"{len(rows)} audit entries exported")
    return out.getvalue()
