"""The team: set up once on first run, and its shared settings."""
from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from recovery_desk.domain.errors import ConflictError, ValidationFailed
from recovery_desk.domain.text import check_length, clean_text, require
from recovery_desk.services import audit
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.staff import StaffDraft, StaffInfo, StaffService
from recovery_desk.store.models import Team

# The NHS Records Management Code of Practice keeps adult health records for at least 8 years,
# and mental health records for 20 years after the last contact.
MIN_RETENTION_YEARS = 8
MAX_RETENTION_YEARS = 100


@dataclass(frozen=True)
class TeamInfo:
    id: int
    name: str
    service: str
    team_uid: str
    lock_after_minutes: int
    crisis_plan_review_months: int
    backups_to_keep: int
    sign_in_secret: str
    is_demo: bool
    version: int
    retention_years: int = 20


def _info(t: Team) -> TeamInfo:
    return TeamInfo(t.id, t.name, t.service, t.team_uid, t.lock_after_minutes,
                    t.crisis_plan_review_months, t.backups_to_keep, t.sign_in_secret, t.is_demo,
                    t.version, t.retention_years)


class TeamService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def get(self) -> TeamInfo | None:
        with self.ctx.db.session() as s:
            team = s.scalar(select(Team).order_by(Team.id).limit(1))
            return _info(team) if team else None

    def create(self, name: str, service: str, admin: StaffDraft, *, sign_in_secret: str = "password",
               is_demo: bool = False) -> tuple[TeamInfo, StaffInfo]:
        """First run: the team and its first administrator, in one go or not at all."""
        name, service = clean_text(name), clean_text(service)
        problems: dict[str, str] = {}
        require(problems, "team_name", name, "The team's name")
        check_length(problems, "team_name", name, 200, "The team's name")
        check_length(problems, "service", service, 200, "The service")
        if sign_in_secret not in ("password", "pin"):
            problems["sign_in_secret"] = "Choose passwords or PINs."
        if self.get() is not None:
            raise ValidationFailed.single("team_name", "This database already has a team.")
        if problems:
            raise ValidationFailed(problems)
        with self.ctx.db.session() as s:
            team = Team(name=name, service=service, team_uid=secrets.token_hex(16),
                        sign_in_secret=sign_in_secret, is_demo=is_demo)
            s.add(team)
        try:
            admin_info = StaffService(self.ctx).save(admin, bootstrap=True)
        except ValidationFailed:
            with self.ctx.db.session() as s:  # undo: the team is only made with its administrator
                s.delete(s.get(Team, team.id))
            raise
        with self.ctx.db.session() as s:
            audit.record(s, self.ctx, "create", "team", team.id, staff_id=admin_info.id,
                         summary="team set up")
        return self.get(), admin_info  # type: ignore[return-value]

    def update_settings(self, *, lock_after_minutes: int, crisis_plan_review_months: int,
                        backups_to_keep: int, version: int, retention_years: int | None = None) -> TeamInfo:
        """Change the team's settings; ``retention_years`` left as ``None`` stays as it is."""
        self.ctx.require_admin()
        problems = {}
        if not 1 <= lock_after_minutes <= 60:
            problems["lock_after_minutes"] = "Choose between 1 and 60 minutes."
        if not 1 <= crisis_plan_review_months <= 24:
            problems["crisis_plan_review_months"] = "Choose between 1 and 24 months."
        if not 1 <= backups_to_keep <= 365:
            problems["backups_to_keep"] = "Keep between 1 and 365 backups."
        if retention_years is not None and not MIN_RETENTION_YEARS <= retention_years <= MAX_RETENTION_YEARS:
            problems["retention_years"] = (f"Choose between {MIN_RETENTION_YEARS} and {MAX_RETENTION_YEARS} years. "
                                           "NHS guidance keeps mental health records for 20 years after the last "
                                           "contact.")
        if problems:
            raise ValidationFailed(problems)
        with self.ctx.db.session() as s:
            team = s.scalar(select(Team).order_by(Team.id).limit(1))
            if team is None or team.version != version:
                raise ConflictError("team settings")
            team.lock_after_minutes = lock_after_minutes
            team.crisis_plan_review_months = crisis_plan_review_months
            team.backups_to_keep = backups_to_keep
            if retention_years is not None:
                team.retention_years = retention_years
            try:
                s.flush()
            except StaleDataError:
                raise ConflictError("team settings") from None
            audit.record(s, self.ctx, "change", "team", team.id, summary="team settings")
            return _info(team)
