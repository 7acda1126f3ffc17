"""What every service call needs: the database, the clock and who is signed in."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Protocol

from recovery_desk.domain.errors import PermissionDenied
from recovery_desk.domain.staff import Role
from recovery_desk.store.engine import Database


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock:
    """A clock moved by hand (tests, the bench's generated history): never sleep."""

    def __init__(self, now: datetime | None = None):
        self._now = now or datetime(2026, 11, 21, 10, 0, tzinfo=timezone.utc)

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> None:
        self._now += timedelta(**delta)

    def set(self, now: datetime) -> None:
        self._now = now


@dataclass(frozen=True)
class Actor:
    """The signed-in member of staff: the author of every change."""

    staff_id: int
    username: str
    display_name: str
    initials: str
    role: Role


@dataclass
class ServiceContext:
    db: Database
    clock: Clock
    actor: Actor | None = None

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return self.clock.now().astimezone().date()

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise PermissionDenied("Please sign in first.")
        return self.actor

    def require_editor(self) -> Actor:
        actor = self.require_actor()
        if not actor.role.can_edit_records:
            raise PermissionDenied("Your account can view records but not change them.")
        return actor

    def require_admin(self) -> Actor:
        actor = self.require_actor()
        if not actor.role.can_administer:
            raise PermissionDenied("Only an administrator can do this.")
        return actor
