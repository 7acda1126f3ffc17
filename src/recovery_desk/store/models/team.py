"""The team and its staff."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from recovery_desk.store.models.base import Base, Tracked


class Team(Tracked, Base):
    """The one team this database belongs to, and the settings the whole team shares."""

    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    service: Mapped[str] = mapped_column(String(200), default="")
    # Randomly made when the team is created; a backup from another team is refused.
    team_uid: Mapped[str] = mapped_column(String(64), unique=True)
    lock_after_minutes: Mapped[int] = mapped_column(default=5)
    crisis_plan_review_months: Mapped[int] = mapped_column(default=6)
    backups_to_keep: Mapped[int] = mapped_column(default=14)
    # "password" or "pin": what staff sign in with (a PIN is at least 6 digits).
    sign_in_secret: Mapped[str] = mapped_column(String(16), default="password")
    # How long a discharged person's record is kept after the last contact before it is
    # due for a retention review (NHS guidance for mental health records: 20 years).
    retention_years: Mapped[int] = mapped_column(default=20, server_default="20")
    is_demo: Mapped[bool] = mapped_column(default=False)


class Staff(Tracked, Base):
    """A member of staff. Never deleted: their name stays on what they wrote."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(8))
    # administrator / clinician / peer support worker / read-only (domain.staff.Role)
    role: Mapped[str] = mapped_column(String(32))
    job_title: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
    password_hash: Mapped[str | None] = mapped_column(String(400), default=None)
    failed_sign_ins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
