"""Migrations: applied at start-up after a backup, never losing a row on SQLite's batch mode."""
import shutil
import textwrap
from datetime import date

import pytest
from sqlalchemy import text

from recovery_desk.store.datafolder import open_data_folder
from recovery_desk.store.engine import open_sqlite
from recovery_desk.store.errors import MigrationError
from recovery_desk.store.migrate import MIGRATIONS_DIR, current_revision, head_revision, upgrade

# A later migration that re-creates the person table (as batch mode does on SQLite for most
# changes). With foreign keys ON, SQLite would delete every supporter through ON DELETE CASCADE.
BATCH_MIGRATION = '''
"""test: re-create the person table"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("person", recreate="always") as batch:
        batch.add_column(sa.Column("favourite_colour", sa.String(40), nullable=False, server_default=""))


def downgrade():
    with op.batch_alter_table("person", recreate="always") as batch:
        batch.drop_column("favourite_colour")
'''


@pytest.fixture
def scripts_with_batch_migration(tmp_path):
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location, ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "9001_batch.py").write_text(
        textwrap.dedent(BATCH_MIGRATION.format(head=head_revision())), encoding="utf-8")
    return location


def _fill(db, people=30, supporters_each=3):
    with db.engine.begin() as conn:
        for i in range(1, people + 1):
            conn.execute(text("INSERT INTO person (id, given_name, family_name, preferred_name, pronouns, address, "
                              "phone, email, culture, language, faith, opened_on, discharge_reason, created_at, "
                              "updated_at, version) VALUES (:i, 'Zoë', :f, '', '', '', '', '', '', '', '', :d, '', "
                              ":t, :t, 1)"), {"i": i, "f": f"Puddleby{i}", "d": date(2026, 1, 1),
                                               "t": "2026-01-01 00:00:00"})
            for j in range(supporters_each):
                conn.execute(text("INSERT INTO supporter (person_id, name, relationship, kind, phone, email, "
                                  "may_contact_in_crisis, holds_crisis_plan_copy, is_decision_maker, notes, "
                                  "created_at, updated_at, version) VALUES (:p, :n, '', 'family', '', '', 0, 0, 0, "
                                  "'', :t, :t, 1)"), {"p": i, "n": f"S{i}-{j}", "t": "2026-01-01 00:00:00"})


def _counts(db):
    with db.engine.connect() as conn:
        return (conn.execute(text("SELECT count(*) FROM person")).scalar(),
                conn.execute(text("SELECT count(*) FROM supporter")).scalar())


def test_batch_migration_keeps_every_child_row_with_foreign_keys_on(tmp_path, scripts_with_batch_migration):
    db = open_sqlite(tmp_path / "old.db", "cd" * 32)
    upgrade(db)
    _fill(db)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert _counts(db) == (30, 90)
    assert upgrade(db, location=scripts_with_batch_migration) is True
    assert current_revision(db) == "9001"
    assert _counts(db) == (30, 90)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1, "foreign keys must be back on"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("SELECT favourite_colour FROM person LIMIT 1").scalar() == ""
    db.dispose()


def test_the_trap_is_real_without_the_guard(tmp_path, scripts_with_batch_migration):
    """The same migration with foreign keys left ON loses the supporters: the guard matters."""
    from alembic import command
    from alembic.config import Config

    db = open_sqlite(tmp_path / "old.db", "cd" * 32)
    upgrade(db)
    _fill(db)
    cfg = Config()
    cfg.set_main_option("script_location", str(scripts_with_batch_migration))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert _counts(db) == (30, 0)
    db.dispose()


def test_failed_migration_rolls_back_and_names_the_backup(tmp_path, scripts_with_batch_migration):
    broken = scripts_with_batch_migration / "versions" / "9002_broken.py"
    broken.write_text(textwrap.dedent('''
        from alembic import op
        revision = "9002"
        down_revision = "9001"
        branch_labels = None
        depends_on = None
        def upgrade():
            op.execute("DELETE FROM person WHERE id < 5")
            op.execute("THIS IS NOT SQL")
        def downgrade():
            pass
    '''), encoding="utf-8")
    db = open_sqlite(tmp_path / "old.db", "cd" * 32)
    upgrade(db)
    _fill(db)
    with pytest.raises(MigrationError, match="left it exactly as it was.*backed up first"):
        upgrade(db, location=scripts_with_batch_migration, before_upgrade=lambda: tmp_path / "the-backup")
    assert current_revision(db) == head_revision()
    assert _counts(db) == (30, 90)
    db.dispose()


def test_start_up_backs_up_before_migrating(home, monkeypatch, scripts_with_batch_migration):
    folder = open_data_folder(home)
    _fill(folder.db, people=3, supporters_each=1)
    folder.close()
    from recovery_desk.store import datafolder

    calls = []
    real_upgrade = datafolder.upgrade

    def upgrade_with_test_scripts(db, before_upgrade=None):
        calls.append("upgrade")
        return real_upgrade(db, location=scripts_with_batch_migration, before_upgrade=before_upgrade)

    monkeypatch.setattr(datafolder, "upgrade", upgrade_with_test_scripts)
    folder = open_data_folder(home)
    backups = [p.name for p in folder.backups_dir.iterdir()]
    assert any("before-upgrade" in name for name in backups)
    assert current_revision(folder.db) == "9001"
    assert _counts(folder.db) == (3, 3)
    folder.close()


def test_new_database_is_at_head_on_both_backends(database):
    assert current_revision(database) == head_revision()


def test_golden_database_from_release_0001_upgrades_without_losing_a_row(tmp_path):
    """A real file made by the first schema (tests/fixtures/make_golden.py) opens in this release."""
    from tests.fixtures.make_golden import GOLDEN_KEY, HERE

    copy = tmp_path / "recovery-desk.db"
    shutil.copy(HERE / "golden-0001.rdb", copy)
    db = open_sqlite(copy, GOLDEN_KEY)
    assert current_revision(db) == "0001"
    assert _counts(db) == (40, 80)
    assert upgrade(db) is True
    assert current_revision(db) == head_revision()
    assert _counts(db) == (40, 80)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM crisis_plan").scalar() == 0
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    db.dispose()
