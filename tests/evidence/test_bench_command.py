"""``recovery-desk bench`` runs from the installed package and prints its table, without ever
touching the computer's credential store; and an up-to-date database opens without Alembic.

The bench here is a miniature (300 people, one year of history, one run of each): it proves
the command works, not how fast anything is. ``recovery-desk bench --quick`` (5,000 people)
and ``recovery-desk bench`` (5,000 and 50,000) give the figures; see docs/performance.md.
"""
from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

from recovery_desk.store.migrate import MIGRATIONS_DIR, _quick_head, head_revision

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RECOVERY_DESK_HOME=str(tmp_path / "not-used"), **extra)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return env


def test_the_bench_command_prints_its_table_and_never_touches_the_keyring(tmp_path):
    spy_log = tmp_path / "keyring-uses.txt"
    report = tmp_path / "bench.md"
    done = subprocess.run(
        [sys.executable, "-m", "recovery_desk", "bench", "--people", "300", "--years", "1", "--runs", "1",
         "--starts", "1", "--output", str(report)],
        env=_env(tmp_path, PYTHON_KEYRING_BACKEND="tests.evidence.spy_keyring.SpyKeyring",
                 SPY_KEYRING_LOG=str(spy_log)),
        capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    assert out.startswith("Recovery Desk bench, ") and report.read_text(encoding="utf-8") in out
    assert "| measurement | people | Recovery Desk | baseline | ratio | target |" in out
    for measurement in ("cold start to the main window on screen", "cold start until signed in", "search as you type",
                        "sort by next review", "save one person's details", "open a person with 1 years of history",
                        "print a crisis plan", "next person in meeting mode", "peak memory",
                        "caseload held in memory"):
        rows = [line for line in out.splitlines() if line.startswith(f"| {measurement}")]
        assert rows, f"no row for {measurement!r}"
        for row in rows:  # a figure and its baseline, or a plain "not available yet"
            cells = [c.strip() for c in row.strip("|").split("|")]
            assert re.match(r"^[\d,.]+ (ms|MB)", cells[2]) or cells[2].startswith("not available"), row
    assert not spy_log.exists(), f"the bench used the computer's keyring: {spy_log.read_text()}"


def test_the_migration_head_read_from_the_scripts_is_alembics():
    assert _quick_head(MIGRATIONS_DIR) == head_revision()


def test_an_up_to_date_database_opens_without_importing_alembic(tmp_path):
    """Every start but the first after an upgrade: Alembic (a tenth of a second) is not loaded."""
    from recovery_desk.store.engine import open_sqlite
    from recovery_desk.store.migrate import upgrade

    path, key = tmp_path / "db.db", secrets.token_hex(32)
    db = open_sqlite(path, key)
    upgrade(db)
    db.dispose()
    probe = ("import sys\nfrom pathlib import Path\nfrom recovery_desk.store.engine import open_sqlite\n"
             "from recovery_desk.store.migrate import upgrade\n"
             f"db = open_sqlite(Path({str(path)!r}), {key!r})\nassert upgrade(db) is False\n"
             "print('alembic' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", probe], env=_env(tmp_path), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "False"
