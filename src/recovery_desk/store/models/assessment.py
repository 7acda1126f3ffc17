"""Strengths-based assessments (dated versions), their answers and check-ins, and a
person's life timeline (which belongs to the person, not to one assessment)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recovery_desk.store.models.base import Base, Tracked


class Assessment(Tracked, Base):
    """One dated version. A draft can change; a completed assessment never does."""

    __tablename__ = "assessment"
    __table_args__ = (
        UniqueConstraint("person_id", "version_no", name="uq_assessment_person_version"),
        Index("ix_assessment_person_status", "person_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    version_no: Mapped[int]
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft / completed
    # The assessment template's own version (resources/content/assessment_template.json).
    template_version: Mapped[str] = mapped_column(String(32))
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("assessment.id", ondelete="SET NULL"), default=None)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    completed_on: Mapped[date | None] = mapped_column(default=None)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)

    answers: Mapped[list["AssessmentAnswer"]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True,
        order_by="AssessmentAnswer.id")
    indicators: Mapped[list["AssessmentIndicator"]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True,
        order_by="AssessmentIndicator.id")
    ratings: Mapped[list["CheckinRating"]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True,
        order_by="CheckinRating.id")


class AssessmentAnswer(Base):
    """The person's words, staff notes and "not discussed" for one section or one item
    (``current_strengths``, ``chime:hope``). ``title`` keeps the heading it was written
    under, so words from a section later dropped from the template still read properly."""

    __tablename__ = "assessment_answer"
    __table_args__ = (UniqueConstraint("assessment_id", "item_key", name="uq_assessment_answer_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), index=True)
    item_key: Mapped[str] = mapped_column(String(128))
    title: Mapped[str] = mapped_column(String(200), default="")
    their_words: Mapped[str] = mapped_column(Text, default="")
    staff_notes: Mapped[str] = mapped_column(Text, default="")
    not_discussed: Mapped[bool] = mapped_column(default=False)

    assessment: Mapped[Assessment] = relationship(back_populates="answers")


class AssessmentIndicator(Base):
    """A structured quality-of-life answer (``work`` = "voluntary work"), countable as an outcome."""

    __tablename__ = "assessment_indicator"
    __table_args__ = (UniqueConstraint("assessment_id", "key", name="uq_assessment_indicator_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    value: Mapped[str] = mapped_column(String(200))

    assessment: Mapped[Assessment] = relationship(back_populates="indicators")


class CheckinRating(Base):
    """How satisfied the person is with one area of life (on the template's scale, 1–7),
    and whether it is one of the (up to three) areas they want to work on."""

    __tablename__ = "checkin_rating"
    __table_args__ = (UniqueConstraint("assessment_id", "area_key", name="uq_checkin_rating_area"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), index=True)
    area_key: Mapped[str] = mapped_column(String(64))
    area_name: Mapped[str] = mapped_column(String(200), default="")
    rating: Mapped[int | None] = mapped_column(default=None)
    priority: Mapped[bool] = mapped_column(default=False)

    assessment: Mapped[Assessment] = relationship(back_populates="ratings")


class TimelineEvent(Tracked, Base):
    """A dated event in the person's life (action point 35), kept across assessments.

    ``happened_on`` is a date; ``precision`` says how much of it the person gave
    ("day", "month" or "year": 1998 is stored as 1 January 1998 with precision "year").
    """

    __tablename__ = "timeline_event"
    __table_args__ = (Index("ix_timeline_event_person_date", "person_id", "happened_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    happened_on: Mapped[date]
    precision: Mapped[str] = mapped_column(String(8), default="day")
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    their_words: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
