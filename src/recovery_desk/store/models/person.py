"""The people open to the team, and their supporters."""
from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recovery_desk.store.models.base import Base, Tracked


class Person(Tracked, Base):
    __tablename__ = "person"
    __table_args__ = (Index("ix_person_family_given", "family_name", "given_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    pronouns: Mapped[str] = mapped_column(String(60), default="")
    date_of_birth: Mapped[date | None] = mapped_column(default=None)
    nhs_number: Mapped[str | None] = mapped_column(String(10), unique=True, default=None)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    care_coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True, default=None
    )
    # In the person's own framing; all optional.
    culture: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(200), default="")
    faith: Mapped[str] = mapped_column(Text, default="")
    opened_on: Mapped[date]
    next_review_on: Mapped[date | None] = mapped_column(default=None, index=True)
    discharged_on: Mapped[date | None] = mapped_column(default=None, index=True)
    discharge_reason: Mapped[str] = mapped_column(Text, default="")

    supporters: Mapped[list["Supporter"]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Supporter.id",
    )


class Supporter(Tracked, Base):
    """Family, friends, carers, advocates and peers the person names."""

    __tablename__ = "supporter"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relationship_: Mapped[str] = mapped_column("relationship", String(200), default="")
    # family / friend / carer / advocate / peer / other (domain.people.SupporterKind)
    kind: Mapped[str] = mapped_column(String(32), default="family")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    may_contact_in_crisis: Mapped[bool] = mapped_column(default=False)
    holds_crisis_plan_copy: Mapped[bool] = mapped_column(default=False)
    is_decision_maker: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="supporters")
