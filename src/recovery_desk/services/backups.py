"""Backing up and restoring the local database from the window (administrators only)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from recovery_desk.services import audit
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.team import TeamService
from recovery_desk.store.backup import BackupCancelled as BackupCancelledError
from recovery_desk.store.backup import backup_name, list_backups
from recovery_desk.store.datafolder import DataFolder
from recovery_desk.store.keys import format_recovery_key
from recovery_desk.store.migrate import upgrade
from recovery_desk.store.restore import BackupInfo, BackupProblem, inspect_backup, restore_into

Progress = Callable[[int, int], None]

__all__ = ["BackupService", "BackupProblem", "BackupInfo", "BackupFile", "BackupCancelledError"]


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    size_bytes: int


class BackupService:
    def __init__(self, ctx: ServiceContext, folder: DataFolder):
        self.ctx = ctx
        self.folder = folder

    @property
    def available(self) -> bool:
        """False on a team server, whose backups are the server administrator's job."""
        return self.folder.is_local

    @property
    def folder_path(self) -> Path:
        return self.folder.backups_dir

    def _keep(self) -> int:
        team = TeamService(self.ctx).get()
        return team.backups_to_keep if team else 14

    def back_up_now(self, *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                    reason: str = "manual") -> Path:
        # Audited first, so the backup itself holds the record that it was made.
        with self.ctx.db.session() as s:
            audit.record(s, self.ctx, "backup", "database", summary=f"{reason} backup")
        try:
            return self.folder.backup(reason, keep=self._keep(), progress=progress, cancelled=cancelled,
                                      now=self.ctx.now())
        except Exception:
            with self.ctx.db.session() as s:
                audit.record(s, self.ctx, "backup-failed", "database", summary=f"{reason} backup did not finish")
            raise

    def backups(self) -> list[BackupFile]:
        out = []
        for path in list_backups(self.folder.backups_dir):
            stat = path.stat()
            out.append(BackupFile(path, datetime.fromtimestamp(stat.st_mtime, timezone.utc), stat.st_size))
        return out

    def check(self, path: Path) -> BackupInfo:
        self.ctx.require_admin()
        return inspect_backup(path, self._key())

    def restore(self, path: Path, *, progress: Progress | None = None) -> BackupInfo:
        """Replace the database with a checked backup; the current one is kept aside first."""
        self.ctx.require_admin()
        team = TeamService(self.ctx).get()
        aside = self.folder.backups_dir / backup_name(self.ctx.now(), "before-restore")
        self.folder.backups_dir.mkdir(parents=True, exist_ok=True)
        self.folder.db.dispose()  # no pooled connection may hold the old pages
        info = restore_into(self.folder.database_path, path, self._key(), aside,
                            current_team_uid=team.team_uid if team else None, progress=progress)
        self.folder.db.dispose()
        upgrade(self.folder.db)  # a backup from an older release is brought up to date
        with self.ctx.db.session() as s:
            audit.record(s, self.ctx, "restore", "database",
                         summary=f"restored from a backup; the previous database was kept as {aside.name}")
        return info

    def recovery_key(self) -> str:
        """The database key, grouped for printing. Only administrators; always audited."""
        self.ctx.require_admin()
        with self.ctx.db.session() as s:
            audit.record(s, self.ctx, "view", "recovery_key", summary="recovery key shown")
        return format_recovery_key(self._key())

    def _key(self) -> str:
        if self.folder.key_hex is None:
            raise BackupProblem("This team's database is on a server: backups are made there.")
        return self.folder.key_hex
