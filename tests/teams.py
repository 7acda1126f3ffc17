"""A fresh team on a migrated database, signed in as its administrator (for fixtures and the
evidence tests, which build their own databases)."""
from __future__ import annotations

from recovery_desk.domain.staff import Role
from recovery_desk.services.bundle import Services
from recovery_desk.services.context import Clock, ServiceContext
from recovery_desk.services.staff import StaffDraft, actor_for


def team_services(db, clock: Clock, *, name: str = "Test Team") -> Services:
    """Services on ``db`` (already migrated, with no team yet), signed in as the administrator
    ``admin`` (password ``correct horse battery``)."""
    bundle = Services.create(ServiceContext(db, clock))
    _team, admin = bundle.team.create(
        name, "Test Service",
        StaffDraft(username="admin", display_name="Ada Admin", role=Role.ADMINISTRATOR,
                   secret="correct horse battery"))
    bundle.become(actor_for(admin))
    return bundle
