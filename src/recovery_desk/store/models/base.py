"""Declarative base, naming convention and the mixins every edited table shares."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from recovery_desk.domain.dates import utc_now
from recovery_desk.store.types import UTCDateTime

# Named constraints make Alembic batch migrations on SQLite predictable (a batch
# migration re-creates the table and needs to know every constraint by name).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}


class Tracked:
    """Created/updated timestamps and an optimistic-locking version counter.

    ``version`` is SQLAlchemy's ``version_id_col``: an UPDATE names the version it read,
    so a save based on an out-of-date copy changes no row and raises ``StaleDataError``
    instead of silently overwriting someone else's work.
    """

    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    version: Mapped[int] = mapped_column(nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}
