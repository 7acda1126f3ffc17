"""Bringing a database up to the app's schema with Alembic, safely.

Applied at every start-up. Three promises:

* a database written by a newer Recovery Desk is refused, never "downgraded" by accident;
* a backup is taken (by the caller's ``before_upgrade``) before any migration runs;
* on SQLite, batch migrations re-create tables, and with foreign keys ON that re-creation
  deletes child rows through ``ON DELETE CASCADE``. Foreign keys are therefore switched
  off on the raw connection before the migration's transaction, checked with
  ``PRAGMA foreign_key_check`` before it commits, and switched back on afterwards.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util.exc import CommandError
from sqlalchemy import inspect

from recovery_desk.store.engine import Database
from recovery_desk.store.errors import MigrationError, NewerDatabaseError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config(location: Path) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(location))
    return cfg


def head_revision(location: Path = MIGRATIONS_DIR) -> str:
    head = ScriptDirectory.from_config(_config(location)).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_empty(db: Database) -> bool:
    """True for a brand-new database with no tables at all."""
    with db.engine.connect() as conn:
        return not inspect(conn).get_table_names()


def needs_upgrade(db: Database, location: Path = MIGRATIONS_DIR) -> bool:
    current = current_revision(db)
    scripts = ScriptDirectory.from_config(_config(location))
    if current is not None and not _known(scripts, current):
        raise NewerDatabaseError(current)
    return current != scripts.get_current_head()


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except (CommandError, ResolutionError):
        return False


def check_not_newer(db: Database, location: Path = MIGRATIONS_DIR) -> None:
    needs_upgrade(db, location)


def upgrade(
    db: Database,
    *,
    location: Path = MIGRATIONS_DIR,
    before_upgrade: Callable[[], Path | None] | None = None,
) -> bool:
    """Apply any pending migrations. Returns True when something was applied.

    ``before_upgrade`` runs only when an existing database is about to change (the app
    passes "take a backup"); its returned path is named in the error if the upgrade fails.
    """
    if not needs_upgrade(db, location):
        return False
    backup_path = None
    if before_upgrade is not None and not is_empty(db):
        backup_path = before_upgrade()

    cfg = _config(location)
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")  # must happen outside any transaction
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        tables = sorted({row[0] for row in broken})
                        raise RuntimeError(f"foreign key check failed after migration in {tables}")
        except NewerDatabaseError:
            raise
        except Exception as exc:
            log.exception("Database migration failed and was rolled back")
            raise MigrationError(str(backup_path) if backup_path else None) from exc
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
    return True
