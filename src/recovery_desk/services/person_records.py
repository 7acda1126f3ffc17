"""Which rows belong to one person, worked out from the schema rather than listed by hand.

A subject access export must contain everything held about a person, and deleting a
record after its retention review must remove everything the person owns. Both read
this one map, so a table added by a later release is exported and deleted with the
person without anyone remembering to add it here.

A row belongs to the person when it refers to the ``person`` table, or when it is owned
by a row that belongs to them: a foreign key that cannot be empty, or one that deletes the
row with its parent (``ON DELETE CASCADE``). A foreign key that can be emptied and is set
to NULL when its parent goes (a goal step naming a supporter, an action linked to a goal)
is a reference, not ownership. The audit trail is deliberately not linked to ``person``
(it must outlive any record), so it is never part of this map.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Column, Date, DateTime, ForeignKey, Select, Table, func, or_, select
from sqlalchemy.orm import Session

from recovery_desk.store.models import Base

PERSON = "person"

# Dates that are planned, or from the person's life story, rather than a contact with the
# service: they never count as the last contact.
NOT_CONTACT_DATES = frozenset({
    "date_of_birth", "happened_on", "next_review_on", "review_by", "review_on", "target_date", "due_on",
})


@dataclass(frozen=True)
class OwnedTable:
    """A table whose rows belong to a person, and the foreign keys that make them theirs."""

    table: Table
    owners: tuple[ForeignKey, ...]  # each points at ``person`` or at another owned table

    @property
    def name(self) -> str:
        return self.table.name


def _owns(fk: ForeignKey) -> bool:
    column = fk.parent
    return fk.column.table.name == PERSON or not column.nullable or (fk.ondelete or "").upper() == "CASCADE"


def owned_tables(metadata=Base.metadata) -> tuple[OwnedTable, ...]:
    """Every table holding rows that belong to a person, parents before their children."""
    found: dict[str, OwnedTable] = {}
    changed = True
    while changed:  # breadth first: a table joins once one of its owners is known
        changed = False
        for table in metadata.sorted_tables:
            if table.name == PERSON or table.name in found:
                continue
            owners = tuple(fk for fk in table.foreign_keys
                           if _owns(fk) and fk.column.table.name != table.name
                           and (fk.column.table.name == PERSON or fk.column.table.name in found))
            if owners:
                found[table.name] = OwnedTable(table, owners)
                changed = True
    return tuple(found.values())


def person_table(metadata=Base.metadata) -> Table:
    return metadata.tables[PERSON]


def owned_ids(session: Session, person_id: int, metadata=Base.metadata) -> dict[str, list[int]]:
    """The primary keys of every row the person owns, by table, the person's own row first."""
    ids: dict[str, list[int]] = {PERSON: [person_id]}
    for owned in owned_tables(metadata):
        table = owned.table
        conditions = [fk.parent.in_(ids[fk.column.table.name]) for fk in owned.owners if ids.get(fk.column.table.name)]
        if not conditions:
            ids[table.name] = []
            continue
        key = _primary_key(table)
        ids[table.name] = list(session.scalars(select(key).where(or_(*conditions)).order_by(key)))
    return ids


def _primary_key(table: Table) -> Column:
    [key] = list(table.primary_key.columns)
    return key


def counts(ids: dict[str, list[int]]) -> dict[str, int]:
    """``{"person": 1, "supporter": 2, ...}`` for the tables that hold any rows."""
    return {name: len(rows) for name, rows in ids.items() if rows}


def delete_owned(session: Session, ids: dict[str, list[int]], metadata=Base.metadata) -> None:
    """Delete every row in ``ids``, children before parents, inside the caller's transaction."""
    for name in reversed(list(ids)):
        rows = ids[name]
        if rows:
            table = metadata.tables[name]
            for start in range(0, len(rows), 500):  # keeps each statement's parameter list short
                session.execute(table.delete().where(_primary_key(table).in_(rows[start:start + 500])))


def contact_columns(table: Table) -> list[Column]:
    """The columns of ``table`` that record when something was done or changed."""
    out = []
    for column in table.columns:
        if column.name in NOT_CONTACT_DATES:
            continue
        if isinstance(column.type, (Date, DateTime)) or isinstance(getattr(column.type, "impl", None), DateTime):
            out.append(column)
    return out


def _path_to_person(owned: OwnedTable, by_name: dict[str, OwnedTable]) -> list[ForeignKey]:
    """One chain of owning foreign keys from ``owned`` up to the person (the shortest found)."""
    best: list[ForeignKey] | None = None
    for fk in owned.owners:
        parent = fk.column.table.name
        chain = [fk] if parent == PERSON else [fk, *_path_to_person(by_name[parent], by_name)]
        if best is None or len(chain) < len(best):
            best = chain
    assert best is not None
    return best


def latest_dates_queries(person_filter, metadata=Base.metadata) -> Iterator[Select]:
    """Queries giving ``(person_id, latest date or moment)`` per person, one per dated column.

    ``person_filter(person_id_column)`` narrows them (for example to discharged people).
    """
    person = person_table(metadata)
    for column in contact_columns(person):
        yield select(person.c.id, func.max(column)).where(person_filter(person.c.id)).group_by(person.c.id)
    tables = owned_tables(metadata)
    by_name = {t.name: t for t in tables}
    for owned in tables:
        columns = contact_columns(owned.table)
        if not columns:
            continue
        chain = _path_to_person(owned, by_name)
        query_from = owned.table
        for fk in chain[:-1]:
            query_from = query_from.join(fk.column.table, fk.parent == fk.column)
        person_id = chain[-1].parent
        for column in columns:
            yield (select(person_id, func.max(column)).select_from(query_from)
                   .where(person_filter(person_id)).group_by(person_id))


def as_local_date(value: date | datetime) -> date:
    if isinstance(value, datetime):
        return value.astimezone().date()
    return value
