"""The frozen (PyInstaller one-folder) build, run as a trust's computer would run it.

Skipped unless ``RECOVERY_DESK_FROZEN_DIST`` names a built ``dist/RecoveryDesk`` folder
(``bash installers/linux/build.sh`` makes one; CI builds it and sets the variable). When it
is set, a missing or broken build fails these tests rather than skipping them.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from recovery_desk.store.datafolder import DEMO_KEY
from recovery_desk.store.engine import DATABASE_FILE, open_sqlite
from recovery_desk.store.keys import format_recovery_key
from recovery_desk.store.migrate import MIGRATIONS_DIR, current_revision, head_revision
from tests.fixtures.make_golden import GOLDEN_KEY, HERE as FIXTURES

DIST_ENV = "RECOVERY_DESK_FROZEN_DIST"
DIST = Path(os.environ[DIST_ENV]) if os.environ.get(DIST_ENV) else None
TIMEOUT_S = 300
SQLITE_HEADER = b"SQLite format 3\x00"

pytestmark = pytest.mark.skipif(DIST is None, reason=f"{DIST_ENV} does not name a built dist/RecoveryDesk folder")


@pytest.fixture(scope="module")
def app() -> Path:
    assert DIST is not None
    exe = DIST / ("RecoveryDesk.exe" if sys.platform == "win32" else "RecoveryDesk")
    assert exe.is_file(), f"{DIST_ENV}={DIST} holds no {exe.name}: build it first (installers/linux/build.sh)"
    return exe


def smoke_test(app: Path, tmp_path: Path, home: Path, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    """Run the frozen app's smoke test on ``home``; no display, no keyring, nothing outside tmp_path."""
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env.update(QT_QPA_PLATFORM="offscreen", RECOVERY_DESK_HOME=str(tmp_path / "home-from-env"))
    done = subprocess.run([str(app), "--demo", "--smoke-test", "--home", str(home), *args], env=env,
                          capture_output=True, text=True, timeout=TIMEOUT_S)
    report_file = home / "smoke-test.json"
    assert report_file.is_file(), f"no report (exit {done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done, json.loads(report_file.read_text(encoding="utf-8"))


def counts(db) -> tuple[int, int]:
    with db.engine.connect() as conn:
        return (conn.exec_driver_sql("SELECT count(*) FROM person").scalar(),
                conn.exec_driver_sql("SELECT count(*) FROM supporter").scalar())


def test_bundle_ships_migrations_as_source_and_no_plain_text_keyring(app):
    internal = app.parent / "_internal"
    shipped = internal / "recovery_desk" / "store" / "migrations"
    for script in [MIGRATIONS_DIR / "env.py", *sorted((MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))]:
        copy = shipped / script.relative_to(MIGRATIONS_DIR)
        assert copy.read_bytes() == script.read_bytes(), f"{copy} is missing or differs from the source"
    everything = [p.relative_to(internal).as_posix() for p in internal.rglob("*")]
    assert not [p for p in everything if "keyrings" in p.lower()]
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert not [p for p in everything if p.endswith(".qm")], "Qt translations should be left out"
    unused_qt = ("QtQml", "QtQuick", "QtWebEngine", "Qt3D", "QtMultimedia", "QtNetwork", "QtSql", "QtTest",
                 "QtDesigner", "QtOpenGL", "QtCharts", "QtBluetooth")
    assert not [p for p in everything if p.startswith("PySide6/") and any(m in p for m in unused_qt)]


def test_frozen_app_creates_an_encrypted_migrated_demo_database_without_a_keyring(app, tmp_path):
    home = tmp_path / "fresh"
    done, report = smoke_test(app, tmp_path, home, "--people", "20")

    assert done.returncode == 0, report.get("traceback") or done.stderr
    assert report["ok"] and report["frozen"] and report["keyrings_alt"] is False
    assert {"Windows", "macOS", "SecretService", "libsecret", "KWallet"} <= set(report["keyring_backends"])
    assert report["people_listed"] > 0 and report["window_title"].startswith("Recovery Desk")
    assert report["key_source"] == "demo"  # the published demo key: no keyring was needed
    database = home / DATABASE_FILE
    assert database.read_bytes()[:16] != SQLITE_HEADER
    db = open_sqlite(database, DEMO_KEY)
    try:
        assert current_revision(db) == head_revision()  # the source tree's newest migration
        assert counts(db)[0] == 20
    finally:
        db.dispose()
    assert not (tmp_path / "home-from-env").exists(), "the smoke test wrote outside --home"


def test_database_from_the_previous_release_opens_in_the_frozen_build(app, tmp_path):
    """A file made by release 0001's schema (tests/fixtures/make_golden.py), opened with its recovery key."""
    home = tmp_path / "old-laptop"
    home.mkdir()
    shutil.copy(FIXTURES / "golden-0001.rdb", home / DATABASE_FILE)

    done, report = smoke_test(app, tmp_path, home, "--recovery-key", format_recovery_key(GOLDEN_KEY),
                              "--user", "old.admin")

    assert done.returncode == 0, report.get("traceback") or done.stderr
    assert report["revision"] == report["head"] == head_revision()
    assert report["people_listed"] == 40
    assert any("before-upgrade" in name for name in report["backups"])  # backed up before migrating
    db = open_sqlite(home / DATABASE_FILE, GOLDEN_KEY)
    try:
        assert current_revision(db) == head_revision()
        assert counts(db) == (40, 80)  # every row kept, no demo people added
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        db.dispose()
    before = next((home / "backups").glob("*before-upgrade*"))
    old = open_sqlite(before, GOLDEN_KEY)  # the backup is the untouched 0001 database
    try:
        assert current_revision(old) == "0001" and counts(old) == (40, 80)
    finally:
        old.dispose()
    # Nothing was written into the installed folder (Program Files is read-only to staff, and an
    # uninstall must leave nothing behind there): no bytecode caches beside the migrations.
    assert not list(app.parent.rglob("__pycache__"))
