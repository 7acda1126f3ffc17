"""Backups restore exactly what was saved, and bad backup files never replace anything."""
import sqlite3
from datetime import date

import pytest
from sqlalchemy import MetaData, select

from recovery_desk.domain.people import PersonDraft, SupporterDraft
from recovery_desk.domain.staff import Role
from recovery_desk.services.backups import BackupProblem, BackupService
from recovery_desk.services.bundle import Services
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.staff import StaffDraft, actor_for
from recovery_desk.store.datafolder import open_data_folder


def make_team(home, clock, name="Backup Team"):
    folder = open_data_folder(home)
    services = Services.create(ServiceContext(folder.db, clock))
    _t, admin = services.team.create(name, "S", StaffDraft(username="admin", display_name="Ada Admin",
                                                           role=Role.ADMINISTRATOR, secret="correct horse battery"))
    services.become(actor_for(admin))
    return folder, services, BackupService(services.ctx, folder)


def snapshot(db):
    """Every row of every table, for row-by-row comparison."""
    meta = MetaData()
    meta.reflect(db.engine)
    with db.engine.connect() as conn:
        return {t.name: sorted(map(tuple, conn.execute(select(t)).all()), key=repr)
                for t in meta.sorted_tables if t.name != "alembic_version"}


def test_restore_brings_back_exactly_what_was_backed_up(home, clock):
    folder, services, backups = make_team(home, clock)
    for i in range(5):
        p = services.caseload.save(PersonDraft(given_name=f"Zoë{i}", family_name="Gorseblossom",
                                               date_of_birth=date(1970 + i, 3, 4)))
        services.caseload.save_supporter(p.id, SupporterDraft(name=f"Friend {i}"))
    path = backups.back_up_now()
    before = snapshot(folder.db)
    # Life goes on after the backup...
    services.caseload.save(PersonDraft(given_name="After", family_name="Backup"))
    info = backups.restore(path)
    assert info.people == 5
    after = snapshot(folder.db)
    audit_before, audit_after = before.pop("audit_event"), after.pop("audit_event")
    before.pop("audit_head"), after.pop("audit_head")
    assert after == before
    assert set(audit_before) < set(audit_after)  # the restore itself is then audited
    assert {row[4] for row in set(audit_after) - set(audit_before)} == {"restore"}
    assert [r.family_name for r in services.caseload.list_rows()].count("Backup") == 0
    assert any(p.name.endswith("before-restore.rdbackup") for p in backups.folder_path.iterdir())
    folder.close()


def test_backup_file_holds_no_plaintext(home, clock):
    folder, services, backups = make_team(home, clock)
    services.caseload.save(PersonDraft(given_name="Plaintextcheck", family_name="Honeysett-Vane"))
    data = backups.back_up_now().read_bytes()
    assert b"Plaintextcheck" not in data and b"Honeysett" not in data and b"SQLite format" not in data
    folder.close()


def _assert_refused(backups, folder, path, match):
    before = snapshot(folder.db)
    with pytest.raises(BackupProblem, match=match):
        backups.restore(path)
    assert snapshot(folder.db) == before


def test_truncated_backup_is_refused(home, clock):
    folder, services, backups = make_team(home, clock)
    services.caseload.save(PersonDraft(given_name="A", family_name="B"))
    good = backups.back_up_now()
    cut = good.with_name("cut.rdbackup")
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _assert_refused(backups, folder, cut, "damaged|not a backup")
    folder.close()


def test_other_teams_backup_is_refused(tmp_path, clock):
    theirs, _s, their_backups = make_team(tmp_path / "theirs", clock, name="Another Team")
    their_file = their_backups.back_up_now()
    their_key = theirs.key_hex
    theirs.close()
    ours, _s2, our_backups = make_team(tmp_path / "ours", clock)
    # Same key (e.g. a copied laptop) but a different team: still refused by team id.
    our_backups.folder.key_hex = their_key
    with pytest.raises(BackupProblem, match="another team"):
        our_backups.restore(their_file)
    ours.close()


def test_backup_made_with_another_key_is_refused(tmp_path, clock):
    theirs, _s, their_backups = make_team(tmp_path / "theirs", clock, name="Another Team")
    their_file = their_backups.back_up_now()
    theirs.close()
    ours, _s2, our_backups = make_team(tmp_path / "ours", clock)
    _assert_refused(our_backups, ours, their_file, "another team or laptop")
    ours.close()


@pytest.mark.parametrize("content", [b"", b"hello, not a backup" * 200, "plain-sqlite"])
def test_not_a_backup_is_refused(home, clock, tmp_path, content):
    folder, _services, backups = make_team(home, clock)
    path = tmp_path / "not-a-backup.rdbackup"
    if content == "plain-sqlite":
        conn = sqlite3.connect(path)
        conn.execute("create table team(name, team_uid)")
        conn.commit()
        conn.close()
    else:
        path.write_bytes(content)
    _assert_refused(backups, folder, path, "not|unencrypted|no team")
    folder.close()


def test_only_the_newest_backups_are_kept(home, clock):
    folder, services, backups = make_team(home, clock)
    team = services.team.get()
    services.team.update_settings(lock_after_minutes=5, crisis_plan_review_months=6, backups_to_keep=3,
                                  version=team.version)
    for _ in range(5):
        clock.advance(minutes=1)
        backups.back_up_now()
    assert len(backups.backups()) == 3
    folder.close()


def test_recovery_key_is_admin_only_and_audited(home, clock):
    folder, services, backups = make_team(home, clock)
    key = backups.recovery_key()
    assert len(key.replace("-", "")) == 64 and key.count("-") == 15
    from recovery_desk.services import audit

    assert audit.list_events(services.ctx, action="view")[0].entity == "recovery_key"
    clinician = services.staff.save(StaffDraft(username="c", display_name="Cee", role=Role.CLINICIAN,
                                               secret="clinician pass"))
    services.become(actor_for(clinician))
    from recovery_desk.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        backups.recovery_key()
    folder.close()
