"""Team meetings: who came, who wore the recovery hat, the agenda, notes per step, actions."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recovery_desk.store.models.base import Base, Tracked


class Meeting(Tracked, Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(16), default="in progress")  # in progress / finished
    chair_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    hat_per_person: Mapped[bool] = mapped_column(default=False)
    # Where the chair is, so a meeting interrupted by a crash resumes at the same place.
    current_item_id: Mapped[int | None] = mapped_column(default=None)
    current_step: Mapped[str] = mapped_column(String(32), default="")
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None] = mapped_column(default=None)

    attendees: Mapped[list["MeetingAttendee"]] = relationship(cascade="all, delete-orphan", passive_deletes=True,
                                                              order_by="MeetingAttendee.id")
    items: Mapped[list["AgendaItem"]] = relationship(back_populates="meeting", cascade="all, delete-orphan",
                                                     passive_deletes=True, order_by="AgendaItem.position")


class MeetingAttendee(Base):
    __tablename__ = "meeting_attendee"
    __table_args__ = (UniqueConstraint("meeting_id", "staff_id", name="uq_meeting_attendee"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class HatWearing(Base):
    """Each time someone wore the recovery hat: the history the rotation is suggested from."""

    __tablename__ = "hat_wearing"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"),
                                                       default=None)
    worn_on: Mapped[date]


class AgendaItem(Tracked, Base):
    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_person", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    position: Mapped[int]
    reasons: Mapped[str] = mapped_column(Text, default="")  # "; "-joined, as shown when suggested
    minutes: Mapped[int] = mapped_column(default=3)
    status: Mapped[str] = mapped_column(String(16), default="waiting")  # waiting / reviewed / skipped
    hat_wearer_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    next_review_on: Mapped[date | None] = mapped_column(default=None)
    reviewed_at: Mapped[datetime | None] = mapped_column(default=None)

    meeting: Mapped[Meeting] = relationship(back_populates="items")
    notes: Mapped[list["ReviewNote"]] = relationship(cascade="all, delete-orphan", passive_deletes=True,
                                                     order_by="ReviewNote.id")


class ReviewNote(Base):
    __tablename__ = "review_note"
    __table_args__ = (UniqueConstraint("agenda_item_id", "step", name="uq_review_note_step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")


class Action(Tracked, Base):
    """Who does what by when, usually agreed in a review and linked to one of the person's goals."""

    __tablename__ = "action"
    __table_args__ = (Index("ix_action_owner_done", "owner_id", "done_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"),
                                                       default=None)
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    due_on: Mapped[date]
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"), default=None)
    done_on: Mapped[date | None] = mapped_column(default=None)


class ReviewRequest(Base):
    """A clinician asking for someone to be discussed at the next meeting (or noting a recent crisis)."""

    __tablename__ = "review_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # asked for / recent crisis
    note: Mapped[str] = mapped_column(Text, default="")
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    requested_on: Mapped[date]
    handled_in_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"),
                                                              default=None)
