"""Staff accounts and signing in."""
from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from recovery_desk.domain.errors import ConflictError, NotFound, ValidationFailed
from recovery_desk.domain.passwords import check_secret, hash_secret, lockout_after, verify_secret
from recovery_desk.domain.staff import Role, initials_for
from recovery_desk.domain.text import check_length, clean_text, require
from recovery_desk.services import audit
from recovery_desk.services.context import Actor, ServiceContext
from recovery_desk.store.models import Staff, Team


@dataclass(frozen=True)
class StaffInfo:
    id: int
    username: str
    display_name: str
    initials: str
    role: Role
    job_title: str
    active: bool
    version: int


@dataclass
class StaffDraft:
    username: str = ""
    display_name: str = ""
    initials: str = ""
    role: Role = Role.CLINICIAN
    job_title: str = ""
    active: bool = True
    secret: str = ""  # a new password or PIN; empty keeps the current one
    id: int | None = None
    version: int | None = None


class SignInFailed(Exception):
    """Wrong name or secret, a locked-out or deactivated account. The message says which."""


def _info(s: Staff) -> StaffInfo:
    return StaffInfo(s.id, s.username, s.display_name, s.initials, Role(s.role), s.job_title,
                     s.active, s.version)


def actor_for(info: StaffInfo) -> Actor:
    return Actor(info.id, info.username, info.display_name, info.initials, info.role)


class StaffService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def list_staff(self, *, include_inactive: bool = False) -> list[StaffInfo]:
        query = select(Staff).order_by(Staff.display_name)
        if not include_inactive:
            query = query.where(Staff.active.is_(True))
        with self.ctx.db.session() as s:
            return [_info(x) for x in s.scalars(query)]

    def get(self, staff_id: int) -> StaffInfo:
        with self.ctx.db.session() as s:
            row = s.get(Staff, staff_id)
            if row is None:
                raise NotFound("staff member")
            return _info(row)

    def find(self, username: str) -> StaffInfo | None:
        with self.ctx.db.session() as s:
            row = s.scalar(select(Staff).where(func.lower(Staff.username) == _username(username)))
            return _info(row) if row else None

    def _secret_kind(self, s) -> str:
        team = s.scalar(select(Team).limit(1))
        return team.sign_in_secret if team else "password"

    def save(self, draft: StaffDraft, *, bootstrap: bool = False) -> StaffInfo:
        """Add or edit a staff member. ``bootstrap`` is only for the team's first administrator."""
        if not bootstrap:
            self.ctx.require_admin()
        username = clean_text(draft.username).lower()
        display = clean_text(draft.display_name)
        initials = clean_text(draft.initials).upper() or initials_for(display)
        title = clean_text(draft.job_title)
        problems: dict[str, str] = {}
        require(problems, "username", username, "A username")
        require(problems, "display_name", display, "The name shown on records")
        if username and (not username.replace(".", "").replace("-", "").replace("_", "").isalnum()
                         or not username.isascii()):
            problems["username"] = "Use letters, numbers, dots, hyphens or underscores only."
        check_length(problems, "username", username, 64, "The username")
        check_length(problems, "display_name", display, 200, "The name")
        check_length(problems, "initials", initials, 8, "Initials")
        check_length(problems, "job_title", title, 200, "The job title")
        with self.ctx.db.session() as s:
            kind = self._secret_kind(s)
            if draft.id is None and not draft.secret:
                problems["secret"] = f"Please choose a {kind} for the new account."
            if draft.secret:
                message = check_secret(draft.secret, kind)
                if message:
                    problems["secret"] = message
            clash = s.scalar(select(Staff.id).where(func.lower(Staff.username) == username))
            if username and clash is not None and clash != draft.id:
                problems["username"] = "Another member of staff already has this username."
            if problems:
                raise ValidationFailed(problems)
            if draft.id is None:
                row = Staff(username=username, display_name=display, initials=initials,
                            role=Role(draft.role).value, job_title=title, active=draft.active)
                s.add(row)
                action = "create"
            else:
                row = s.get(Staff, draft.id)
                if row is None:
                    raise NotFound("staff member")
                if draft.version is not None and row.version != draft.version:
                    raise ConflictError("staff account")
                if self.ctx.actor and row.id == self.ctx.actor.staff_id and not draft.active:
                    raise ValidationFailed.single("active", "You cannot deactivate your own account.")
                row.username, row.display_name, row.initials = username, display, initials
                row.role, row.job_title, row.active = Role(draft.role).value, title, draft.active
                action = "change"
            if draft.secret:
                row.password_hash = hash_secret(draft.secret)
                row.failed_sign_ins, row.locked_until = 0, None
            try:
                s.flush()
            except StaleDataError:
                raise ConflictError("staff account") from None
            audit.record(s, self.ctx, action, "staff", row.id,
                         summary="account details" + (" and sign-in secret" if draft.secret else ""),
                         staff_id=self.ctx.actor.staff_id if self.ctx.actor else row.id)
            return _info(row)

    def sign_in(self, username: str, secret: str) -> StaffInfo:
        """Check a sign-in; failures are counted and slowed down, and all are audited."""
        now = self.ctx.now()
        with self.ctx.db.session() as s:
            row = s.scalar(select(Staff).where(func.lower(Staff.username) == _username(username)))
            if row is None:
                audit.record(s, self.ctx, "sign-in-failed", "staff", None, summary="unknown username")
                raise_after = SignInFailed("That username and password do not match. Please try again.")
            elif not row.active:
                audit.record(s, self.ctx, "sign-in-failed", "staff", row.id, staff_id=row.id,
                             summary="account deactivated")
                raise_after = SignInFailed("This account has been deactivated. Please ask your team's "
                                           "administrator if you need it again.")
            elif row.locked_until is not None and row.locked_until > now:
                wait = math.ceil((row.locked_until - now).total_seconds())
                audit.record(s, self.ctx, "sign-in-failed", "staff", row.id, staff_id=row.id,
                             summary="while locked out")
                raise_after = SignInFailed(
                    f"Too many wrong attempts. Please wait {_wait_text(wait)} and try again.")
            elif verify_secret(secret, row.password_hash):
                row.failed_sign_ins, row.locked_until = 0, None
                audit.record(s, self.ctx, "sign-in", "staff", row.id, staff_id=row.id)
                return _info(row)
            else:
                row.failed_sign_ins += 1
                row.locked_until = lockout_after(row.failed_sign_ins, now)
                audit.record(s, self.ctx, "sign-in-failed", "staff", row.id, staff_id=row.id,
                             summary="wrong password or PIN")
                message = "That username and password do not match. Please try again."
                if row.locked_until is not None:
                    wait = math.ceil((row.locked_until - now).total_seconds())
                    message += f" After several wrong attempts, please wait {_wait_text(wait)}."
                raise_after = SignInFailed(message)
        # Raised after the unit of work has committed, so the failure is counted and audited.
        raise raise_after

    def record_embedded_sign_in(self) -> None:
        """A script or test opened the window as a named user, without a password."""
        actor = self.ctx.require_actor()
        with self.ctx.db.session() as s:
            audit.record(s, self.ctx, "sign-in", "staff", actor.staff_id, summary="opened by a script (no password)")

    def record_print(self, what: str, person_id: int | None = None) -> None:
        self.ctx.require_actor()
        with self.ctx.db.session() as s:
            audit.record(s, self.ctx, "print", what.replace(" ", "_"), person_id=person_id, summary=f"printed {what}")

    def record_lock(self, *, locked: bool) -> None:
        actor = self.ctx.require_actor()
        with self.ctx.db.session() as s:
            audit.record(s, self.ctx, "lock" if locked else "unlock", "staff", actor.staff_id)

    def unlock_check(self, staff_id: int, secret: str) -> bool:
        """Re-entering the password at the lock screen: same rules as signing in."""
        info = self.get(staff_id)
        self.sign_in(info.username, secret)
        return True

    def sign_out(self) -> None:
        actor = self.ctx.require_actor()
        with self.ctx.db.session() as s:
            audit.record(s, self.ctx, "sign-out", "staff", actor.staff_id)


def _username(typed: str) -> str:
    """A typed username as saved ones are: cleaned the same way (so a pasted NUL or other
    control character, which PostgreSQL refuses even in a query, never reaches the database)."""
    return clean_text(typed).lower()


def _wait_text(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} seconds"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"
