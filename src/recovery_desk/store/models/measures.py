"""Measures a team brings: the definitions it has loaded, and completions recorded with a person."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desk.store.models.base import Base, Tracked


class MeasureDefinitionFile(Base):
    """A definition file a team loaded, kept whole so every laptop on a team server sees it and
    old completions can always be read against the version they were recorded with."""

    __tablename__ = "measure_definition"
    __table_args__ = (UniqueConstraint("measure_key", "measure_version", name="uq_measure_definition_key_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_key: Mapped[str] = mapped_column(String(64))
    measure_version: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(2000))
    file_name: Mapped[str] = mapped_column(String(260), default="")
    definition: Mapped[str] = mapped_column(Text)  # the file's text, exactly as loaded
    loaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    loaded_at: Mapped[datetime]


class MeasureCompletion(Tracked, Base):
    """One completion of a measure with a person: the answers given and the scores they made."""

    __tablename__ = "measure_completion"
    __table_args__ = (Index("ix_measure_completion_person_measure", "person_id", "measure_key", "completed_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    measure_key: Mapped[str] = mapped_column(String(64))
    measure_version: Mapped[str] = mapped_column(String(32))
    completed_on: Mapped[date]
    answers: Mapped[str] = mapped_column(Text)  # JSON: item id -> the value chosen (null: an unscored answer)
    total: Mapped[float | None] = mapped_column(Float, default=None)
    subscales: Mapped[str] = mapped_column(Text, default="{}")  # JSON: subscale id -> score (null: not scored)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
