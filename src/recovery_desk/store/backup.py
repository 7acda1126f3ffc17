"""Encrypted backups of the local SQLite database, made with the SQLite backup API.

A backup is a complete SQLCipher database encrypted with the same key as the live one,
so the team's printed recovery key opens backups too. It is written to a temporary name,
checked with ``PRAGMA integrity_check``, and only then given its final name: a crash
mid-backup never leaves something that looks like a good backup.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from recovery_desk.domain.dates import utc_now
from recovery_desk.store.engine import _sqlite_connect

BACKUP_SUFFIX = ".rdbackup"
PAGES_PER_STEP = 512

Progress = Callable[[int, int], None]  # (pages done, pages in all)


class BackupCancelled(Exception):
    pass


def backup_name(when: datetime, reason: str) -> str:
    return f"recovery-desk-{when.strftime('%Y%m%d-%H%M%S-%f')}-{reason}{BACKUP_SUFFIX}"


def copy_database(source: Path, dest: Path, key_hex: str, *, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> None:
    """Copy an open or closed encrypted database page by page into ``dest`` (same key)."""
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    src = _sqlite_connect(source, key_hex)
    dst = _sqlite_connect(tmp, key_hex)
    try:
        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)
            if cancelled is not None and cancelled():
                raise BackupCancelled()

        src.backup(dst, pages=PAGES_PER_STEP, progress=step)
        # The copy is a plain rollback-journal file: it will be read, never written live.
        dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        result = dst.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            raise sqlcipher.DatabaseError("backup failed its integrity check")
    except BaseException:
        dst.close()
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    dst.close()
    os.replace(tmp, dest)


def make_backup(database: Path, key_hex: str, folder: Path, *, reason: str = "manual",
                keep: int | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None, now: datetime | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / backup_name(now or utc_now(), reason)
    copy_database(database, dest, key_hex, progress=progress, cancelled=cancelled)
    if keep is not None:
        prune_backups(folder, keep)
    return dest


def list_backups(folder: Path) -> list[Path]:
    """Newest first. The name holds the time, so sorting names sorts by time."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{BACKUP_SUFFIX}"), reverse=True)


def prune_backups(folder: Path, keep: int) -> list[Path]:
    removed = []
    for old in list_backups(folder)[max(keep, 1):]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed
