"""Helpers shared by services that edit versioned records."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import Connection
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from recovery_desk.domain.errors import ConflictError, NotFound

T = TypeVar("T")


def load_for_edit(session: Session, model: type[T], record_id: int, version: int | None, what: str) -> T:
    """The stored row, provided it is still the version the editor opened.

    The check here gives an early, clear conflict; ``version_id_col`` on the UPDATE
    itself catches a save that races in between.
    """
    row = session.get(model, record_id)
    if row is None:
        raise NotFound(what)
    if version is not None and getattr(row, "version") != version:
        raise ConflictError(what)
    return row


def plain_statements(session: Session) -> Connection:
    """The unit of work's own connection (same transaction), for plain statements run often:
    each time someone is chosen, a plan is opened, or a view is audited. Through the session
    itself, each statement also passes the ORM's handling of results, about twice the time of
    a small read. Anything pending is flushed first, as the session would before a query."""
    session.flush()
    return session.connection()


def flush_or_conflict(session: Session, what: str) -> None:
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(what) from None


def changed_fields(row: object, values: dict[str, object], names: Iterable[str] | None = None) -> list[str]:
    """Set ``values`` on ``row``; return the names of the fields that really changed."""
    changed = []
    for name in names if names is not None else values:
        if getattr(row, name) != values[name]:
            setattr(row, name, values[name])
            changed.append(name)
    return changed
