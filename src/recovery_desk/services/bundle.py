"""Everything the window needs from the services, built once per signed-in session."""
from __future__ import annotations

from dataclasses import dataclass

from recovery_desk.services.caseload import CaseloadService
from recovery_desk.services.context import Actor, ServiceContext
from recovery_desk.services.staff import StaffService
from recovery_desk.services.team import TeamService


@dataclass
class Services:
    ctx: ServiceContext
    caseload: CaseloadService
    staff: StaffService
    team: TeamService

    @classmethod
    def create(cls, ctx: ServiceContext) -> "Services":
        return cls(ctx, CaseloadService(ctx), StaffService(ctx), TeamService(ctx))

    @property
    def actor(self) -> Actor | None:
        return self.ctx.actor

    def become(self, actor: Actor | None) -> None:
        """Sign in as (or out from) ``actor``; every later change is theirs."""
        self.ctx.actor = actor
