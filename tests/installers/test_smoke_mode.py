"""``recovery-desk --demo --smoke-test``, from source: the same checks the frozen build runs in CI
(tests/installers/test_frozen_build.py), so the mode cannot rot between builds."""
from __future__ import annotations

import json
import shutil

import keyring
import pytest

from recovery_desk import smoke
from recovery_desk.app import parse_args
from recovery_desk.store.engine import DATABASE_FILE, open_sqlite
from recovery_desk.store.keys import format_recovery_key
from recovery_desk.store.migrate import current_revision, head_revision
from tests.fixtures.make_golden import GOLDEN_KEY, HERE as FIXTURES


@pytest.mark.parametrize("argv", [["--smoke-test"], ["--recovery-key", "ABCD"], ["--demo", "--recovery-key", "ABCD"]])
def test_smoke_test_options_are_refused_without_demo(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        parse_args(argv)
    assert exit_.value.code == 2
    assert "only together with --demo" in capsys.readouterr().err


def test_smoke_test_on_a_fresh_folder_uses_no_keyring(qapp, tmp_path, memory_keyring, capsys):
    home = tmp_path / "fresh"
    assert smoke.run(home, people=8) == smoke.EXIT_OK
    report = json.loads((home / smoke.REPORT_FILE).read_text(encoding="utf-8"))
    assert report == json.loads(capsys.readouterr().out)
    assert report["ok"] and report["key_source"] == "demo" and report["encrypted"]
    assert report["revision"] == head_revision() and report["people"] == 8 and report["people_listed"] > 0
    assert memory_keyring.store == {}  # the test's keyring stands for the computer's: never touched
    assert keyring.get_keyring() is not memory_keyring


def test_smoke_test_without_home_leaves_nothing_behind(qapp, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(smoke.tempfile, "mkdtemp", lambda prefix: str(tmp_path / "throwaway"))
    assert smoke.run(None, people=3) == smoke.EXIT_OK
    assert json.loads(capsys.readouterr().out)["ok"]
    assert not (tmp_path / "throwaway").exists()


def test_smoke_test_upgrades_a_database_from_the_previous_release(qapp, tmp_path, memory_keyring):
    home = tmp_path / "old"
    home.mkdir()
    shutil.copy(FIXTURES / "golden-0001.rdb", home / DATABASE_FILE)
    assert smoke.run(home, people=5, user="old.admin", recovery_key=format_recovery_key(GOLDEN_KEY)) == 0
    report = json.loads((home / smoke.REPORT_FILE).read_text(encoding="utf-8"))
    assert report["people"] == report["people_listed"] == 40  # no demo people added to real data
    assert any("before-upgrade" in name for name in report["backups"])
    assert memory_keyring.store == {}
    db = open_sqlite(home / DATABASE_FILE, GOLDEN_KEY)
    assert current_revision(db) == head_revision()
    db.dispose()


def test_smoke_test_fails_plainly_with_the_wrong_recovery_key(qapp, tmp_path, capsys):
    home = tmp_path / "old"
    home.mkdir()
    shutil.copy(FIXTURES / "golden-0001.rdb", home / DATABASE_FILE)
    assert smoke.run(home, people=5, recovery_key=format_recovery_key("ab" * 32)) == smoke.EXIT_FAILED
    report = json.loads(capsys.readouterr().out)
    assert not report["ok"] and report["error"].startswith("WrongKeyError")


def test_recovery_key_needs_a_database_to_open(qapp, tmp_path, capsys):
    assert smoke.run(tmp_path / "empty", people=5, recovery_key=format_recovery_key(GOLDEN_KEY)) == 1
    assert "needs a database" in json.loads(capsys.readouterr().out)["error"]
