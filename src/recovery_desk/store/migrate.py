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
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from recovery_desk.store.engine import Database
from recovery_desk.store.errors import MigrationError, NewerDatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Alembic (with Mako and Pygments) takes about a tenth of a second to import, and reading the
# migration scripts as much again. A database that is already up to date -- every start but
# the first after an upgrade -- is recognised without either (see ``_up_to_date``); Alembic
# is imported only when there is something to do or to explain.

log = logging.getLogger(__name__)
_REVISION = re.compile(r"""^revision\s*(?::[^=]*)?=\s*['"]([^'"]+)['"]\s*$""", re.M)
_DOWN_REVISION = re.compile(r"""^down_revision\s*(?::[^=]*)?=\s*(?:None|['"]([^'"]+)['"])\s*$""", re.M)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config(location: Path) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(location))
    return cfg


def head_revision(location: Path = MIGRATIONS_DIR) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config(location)).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_empty(db: Database) -> bool:
    """True for a brand-new database with no tables at all."""
    with db.engine.connect() as conn:
        return not inspect(conn).get_table_names()


def _quick_head(location: Path) -> str | None:
    """The single head revision, read from the scripts' text without importing them; None
    whenever that is not plain (a file not in Alembic's usual form, a merge, two heads)."""
    graph: dict[str, str | None] = {}
    for path in (location / "versions").glob("*.py"):
        if path.name.startswith("__"):
            continue
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return None
        graph[revision.group(1)] = down.group(1)
    heads = set(graph) - {d for d in graph.values() if d}
    return heads.pop() if len(heads) == 1 else None


def _up_to_date(db: Database, location: Path) -> bool:
    """True when the database's single stored revision is the scripts' head: nothing to do."""
    head = _quick_head(location)
    if head is None:
        return False
    try:
        with db.engine.connect() as conn:
            stored = [r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))]
    except DBAPIError:  # no version table yet: a new database
        return False
    return stored == [head]


def needs_upgrade(db: Database, location: Path = MIGRATIONS_DIR) -> bool:
    if _up_to_date(db, location):
        return False
    from alembic.script import ScriptDirectory

    current = current_revision(db)
    scripts = ScriptDirectory.from_config(_config(location))
    if current is not None and not _known(scripts, current):
        raise NewerDatabaseError(current)
    return current != scripts.get_current_head()


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    from alembic.script.revision import ResolutionError
    from alembic.util.exc import CommandError

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

    from alembic import command

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
