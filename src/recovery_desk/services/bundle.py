"""Everything the window needs from the services, built once per signed-in session."""
from __future__ import annotations

from dataclasses import dataclass, field

from recovery_desk.services.assessments import AssessmentService
from recovery_desk.services.backups import BackupService
from recovery_desk.services.caseload import CaseloadService
from recovery_desk.services.context import Actor, ServiceContext
from recovery_desk.services.crisis_plans import CrisisPlanService
from recovery_desk.services.goals import GoalService
from recovery_desk.services.measures import MeasureService
from recovery_desk.services.outcomes import OutcomeService
from recovery_desk.services.meetings import MeetingService
from recovery_desk.services.staff import StaffService
from recovery_desk.services.team import TeamService
from recovery_desk.store.datafolder import DataFolder


@dataclass
class Services:
    ctx: ServiceContext
    caseload: CaseloadService
    staff: StaffService
    team: TeamService
    crisis_plans: CrisisPlanService
    goals: GoalService
    assessments: AssessmentService
    meetings: MeetingService
    measures: MeasureService
    outcomes: OutcomeService
    # Only for a local database; a team server's backups are its administrator's job.
    backups: BackupService | None = field(default=None)

    @classmethod
    def create(cls, ctx: ServiceContext, folder: DataFolder | None = None) -> "Services":
        backups = BackupService(ctx, folder) if folder is not None and folder.is_local else None
        # Keyword arguments, one per line, so adding a service is a one-line change.
        return cls(
            ctx=ctx,
            caseload=CaseloadService(ctx),
            staff=StaffService(ctx),
            team=TeamService(ctx),
            crisis_plans=CrisisPlanService(ctx),
            goals=GoalService(ctx),
            assessments=AssessmentService(ctx),
            meetings=MeetingService(ctx),
            measures=MeasureService(ctx),
            outcomes=OutcomeService(ctx),
            backups=backups,
        )

    @property
    def actor(self) -> Actor | None:
        return self.ctx.actor

    def become(self, actor: Actor | None) -> None:
        """Sign in as (or out from) ``actor``; every later change is theirs."""
        self.ctx.actor = actor
