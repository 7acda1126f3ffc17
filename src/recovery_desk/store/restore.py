"""Checking a backup file and restoring it into the live database.

Restoring never starts until the backup has been proved good: it opens with this
database's key, passes ``PRAGMA integrity_check``, holds a Recovery Desk team, and that
team is this one (unless this database has no team yet, as on a new laptop). The current
database is first copied aside, then the backup is copied page by page into the live
database with the SQLite backup API, and migrations bring it up to date.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from recovery_desk.store.backup import Progress, copy_database
from recovery_desk.store.engine import _sqlite_connect, check_database_file
from recovery_desk.store.errors import PlaintextDatabaseError, StoreError


class BackupProblem(StoreError):
    """The chosen file cannot be restored; nothing has been replaced."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    team_name: str
    team_uid: str
    people: int


def inspect_backup(path: Path, key_hex: str) -> BackupInfo:
    """What a backup holds, or :class:`BackupProblem` saying why it cannot be used."""
    nothing = " Nothing has been replaced."
    if not path.is_file():
        raise BackupProblem("That backup file cannot be found." + nothing)
    try:
        check_database_file(path)
    except PlaintextDatabaseError:
        raise BackupProblem("That file is an unencrypted SQLite database, not a Recovery Desk backup." + nothing) from None
    conn = None
    try:
        conn = _sqlite_connect(path, key_hex)
        conn.execute("PRAGMA query_only = ON")
        ok = conn.execute("PRAGMA integrity_check").fetchone()
        if not ok or ok[0] != "ok":
            raise BackupProblem("That backup is damaged (it may have been cut short while copying)." + nothing)
        team = conn.execute("SELECT name, team_uid FROM team ORDER BY id LIMIT 1").fetchone()
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    except sqlcipher.DatabaseError as exc:
        text = str(exc)
        if "not a database" in text:
            raise BackupProblem(
                "That file is not a backup of this database: it may be from another team or laptop, "
                "damaged, or not a backup at all." + nothing) from None
        if "no such table" in text:
            raise BackupProblem("That file is not a Recovery Desk backup." + nothing) from None
        raise BackupProblem("That backup could not be read: it is damaged or was cut short while "
                            "copying." + nothing) from None
    finally:
        if conn is not None:
            conn.close()
    if team is None:
        raise BackupProblem("That backup holds no team, so it cannot be restored." + nothing)
    return BackupInfo(path, team[0], team[1], people)


def restore_into(live: Path, backup: Path, key_hex: str, aside: Path, *, current_team_uid: str | None,
                 progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> BackupInfo:
    """Replace the live database's contents with ``backup``; the old contents go to ``aside``."""
    info = inspect_backup(backup, key_hex)
    if current_team_uid is not None and info.team_uid != current_team_uid:
        raise BackupProblem(f"That backup belongs to another team ({info.team_name}). Nothing has been replaced.")
    copy_database(live, aside, key_hex)  # keep what is here now, whatever happens next
    src = _sqlite_connect(backup, key_hex)
    dst = _sqlite_connect(live, key_hex)
    try:
        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        src.backup(dst, pages=512, progress=step)
        ok = dst.execute("PRAGMA integrity_check").fetchone()
        if not ok or ok[0] != "ok":  # pragma: no cover - the source passed the same check
            raise BackupProblem("The restored database failed its check. The previous one is kept at "
                                f"{aside}.")
    finally:
        src.close()
        dst.close()
    return info
