"""Joint crisis plans: versions, their sections, and who holds a copy."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recovery_desk.store.models.base import Base, Tracked


class CrisisPlan(Tracked, Base):
    """One version of a person's plan. A draft can change; an agreed version never does."""

    __tablename__ = "crisis_plan"
    __table_args__ = (
        UniqueConstraint("person_id", "version_no", name="uq_crisis_plan_person_version"),
        Index("ix_crisis_plan_person_status", "person_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    version_no: Mapped[int]
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft / agreed / superseded
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("crisis_plan.id", ondelete="SET NULL"), default=None)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    review_by: Mapped[date | None] = mapped_column(default=None)
    agreed_on: Mapped[date | None] = mapped_column(default=None)
    agreed_at: Mapped[datetime | None] = mapped_column(default=None)
    agreed_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    person_took_part: Mapped[bool] = mapped_column(default=False)
    care_coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    supporters_involved: Mapped[str] = mapped_column(Text, default="")
    not_agreed: Mapped[str] = mapped_column(Text, default="")

    sections: Mapped[list["CrisisPlanSection"]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True,
        order_by="CrisisPlanSection.id")
    copies: Mapped[list["CrisisPlanCopy"]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True,
        order_by="CrisisPlanCopy.id")


class CrisisPlanSection(Base):
    """The person's words and the staff notes for one section of one version."""

    __tablename__ = "crisis_plan_section"
    __table_args__ = (UniqueConstraint("plan_id", "section_key", name="uq_crisis_plan_section_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("crisis_plan.id", ondelete="CASCADE"), index=True)
    section_key: Mapped[str] = mapped_column(String(64))
    their_words: Mapped[str] = mapped_column(Text, default="")
    staff_notes: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[CrisisPlan] = relationship(back_populates="sections")


class CrisisPlanCopy(Tracked, Base):
    """Who holds a printed or PDF copy of which version (the distribution list)."""

    __tablename__ = "crisis_plan_copy"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("crisis_plan.id", ondelete="CASCADE"), index=True)
    holder: Mapped[str] = mapped_column(String(200))
    supporter_id: Mapped[int | None] = mapped_column(ForeignKey("supporter.id", ondelete="SET NULL"), default=None)
    given_on: Mapped[date | None] = mapped_column(default=None)

    plan: Mapped[CrisisPlan] = relationship(back_populates="copies")
