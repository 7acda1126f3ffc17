"""The audit trail: an append-only, hash-chained record of who did what and when.

Rows are only ever inserted. Each row's ``row_hash`` covers its own fields and the
previous row's hash, so editing, deleting or reordering any row breaks the chain and
``services.audit.verify`` finds it. ``AuditHead`` is a single row that writers update
first, which serialises appends on SQLite and PostgreSQL alike (no forked chain).
The ``summary`` never holds personal data: it names fields, not their values.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desk.store.models.base import Base

GENESIS_HASH = "0" * 64


class AuditEvent(Base):
    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_person_at", "person_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(unique=True)
    at: Mapped[datetime]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    # create / change / view / print / export / sign-in / sign-in-failed / sign-out / ...
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None]
    # Deliberately not a foreign key: the trail must outlive any record it mentions.
    person_id: Mapped[int | None]
    summary: Mapped[str] = mapped_column(String(1000), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)
