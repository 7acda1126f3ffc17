"""Recovery goals (the person's) and treatment goals (the service's), their steps and notes,
and positive risk-taking plans linked to a recovery goal."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recovery_desk.store.models.base import Base, Tracked


class Goal(Tracked, Base):
    __tablename__ = "goal"
    __table_args__ = (Index("ix_goal_person_kind_status", "person_id", "kind", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(16))  # recovery / treatment
    statement: Mapped[str] = mapped_column(Text)  # recovery: in their words; treatment: staff wording
    why_it_matters: Mapped[str] = mapped_column(Text, default="")
    life_area: Mapped[str] = mapped_column(String(64), default="")
    chime: Mapped[str] = mapped_column(String(64), default="")
    target_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(16), default="working")  # working / achieved / paused / let go
    readiness: Mapped[int | None] = mapped_column(default=None)  # 1-10, action point 66
    readiness_why: Mapped[str] = mapped_column(Text, default="")  # "what made it more than 1?"
    achieved_on: Mapped[date | None] = mapped_column(default=None)
    celebration: Mapped[str] = mapped_column(Text, default="")  # action point 71
    # Where the goal came from when it was first named in an assessment (design for the link).
    source: Mapped[str] = mapped_column(String(200), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)

    steps: Mapped[list["GoalStep"]] = relationship(back_populates="goal", cascade="all, delete-orphan",
                                                   passive_deletes=True, order_by="GoalStep.id")
    notes: Mapped[list["GoalNote"]] = relationship(back_populates="goal", cascade="all, delete-orphan",
                                                   passive_deletes=True, order_by="GoalNote.id")
    risk_plans: Mapped[list["RiskPlan"]] = relationship(back_populates="goal", cascade="all, delete-orphan",
                                                        passive_deletes=True, order_by="RiskPlan.id")


class GoalStep(Tracked, Base):
    __tablename__ = "goal_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    who_kind: Mapped[str] = mapped_column(String(16))  # person / staff / supporter
    who_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    who_supporter_id: Mapped[int | None] = mapped_column(ForeignKey("supporter.id", ondelete="SET NULL"),
                                                         default=None)
    who_name: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(default=None)
    done_on: Mapped[date | None] = mapped_column(default=None)

    goal: Mapped[Goal] = relationship(back_populates="steps")


class GoalNote(Base):
    """A dated progress note. Notes are added, never edited: they are the goal's story."""

    __tablename__ = "goal_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    written_on: Mapped[date]
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_at: Mapped[datetime]

    goal: Mapped[Goal] = relationship(back_populates="notes")


class RiskPlan(Tracked, Base):
    """A positive risk-taking plan in the service of a recovery goal (action point 83)."""

    __tablename__ = "risk_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    activity: Mapped[str] = mapped_column(Text)
    why_it_matters: Mapped[str] = mapped_column(Text, default="")
    what_could_go_wrong: Mapped[str] = mapped_column(Text, default="")
    what_makes_it_safer: Mapped[str] = mapped_column(Text, default="")
    who_agreed: Mapped[str] = mapped_column(Text, default="")
    review_on: Mapped[date | None] = mapped_column(default=None)
    review_outcome: Mapped[str] = mapped_column(Text, default="")
    reviewed_on: Mapped[date | None] = mapped_column(default=None)

    goal: Mapped[Goal] = relationship(back_populates="risk_plans")
