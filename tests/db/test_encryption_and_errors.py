"""The local database is encrypted, and every way of failing to open it says what to do."""
import os
import sqlite3
from datetime import date

import pytest

from recovery_desk.domain.people import PersonDraft, SupporterDraft
from recovery_desk.domain.staff import Role
from recovery_desk.services.bundle import Services
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.staff import StaffDraft, actor_for
from recovery_desk.store import keys
from recovery_desk.store.datafolder import open_data_folder
from recovery_desk.store.errors import (
    FolderNotWritableError,
    MissingKeyError,
    NewerDatabaseError,
    PlaintextDatabaseError,
    WrongKeyError,
)

SECRET_NAME = "Quillfeather-Zebedee"


def fill(home, clock):
    folder = open_data_folder(home)
    services = Services.create(ServiceContext(folder.db, clock))
    _t, admin = services.team.create("Plaintext Check Team", "S", StaffDraft(
        username="admin", display_name="Ada Admin", role=Role.ADMINISTRATOR, secret="correct horse battery"))
    services.become(actor_for(admin))
    person = services.caseload.save(PersonDraft(given_name="Zebedee", family_name=SECRET_NAME,
                                                date_of_birth=date(1980, 1, 2)))
    services.caseload.save_supporter(person.id, SupporterDraft(name="Supporter Marrowfax-Unique"))
    return folder


def test_no_plaintext_in_database_wal_or_backups(home, clock):
    folder = fill(home, clock)
    backup = folder.backup("manual")
    files = [p for p in home.rglob("*") if p.is_file() and p.name != "settings.json"]
    assert any(p.name.endswith("-wal") for p in files), "WAL mode should leave a -wal file while open"
    assert backup in files
    for path in files:
        data = path.read_bytes()
        for needle in (SECRET_NAME, "Marrowfax-Unique", "Plaintext Check Team", "CREATE TABLE", "person",
                       "supporter", "SQLite format 3"):
            assert needle.encode() not in data, f"{needle!r} found in {path.name}"
    folder.close()


def test_key_lives_in_keyring_not_in_the_folder(home, clock, memory_keyring):
    folder = fill(home, clock)
    key = folder.key_hex
    folder.close()
    assert key in memory_keyring.store.values()
    for path in home.rglob("*"):
        if path.is_file():
            assert key.encode() not in path.read_bytes()


def test_wrong_key_gives_a_clear_message_and_changes_nothing(home, clock, memory_keyring):
    fill(home, clock).close()
    before = (home / "recovery-desk.db").read_bytes()
    for entry in list(memory_keyring.store):
        memory_keyring.store[entry] = "ab" * 32
    with pytest.raises(WrongKeyError, match="could not be unlocked"):
        open_data_folder(home)
    assert (home / "recovery-desk.db").read_bytes() == before


def test_missing_key_asks_for_the_recovery_key_and_it_works(home, clock, memory_keyring):
    folder = fill(home, clock)
    printed = keys.format_recovery_key(folder.key_hex)
    folder.close()
    memory_keyring.store.clear()
    with pytest.raises(MissingKeyError, match="recovery key"):
        open_data_folder(home)
    reopened = open_data_folder(home, recovery_key=printed.lower())
    services = Services.create(ServiceContext(reopened.db, clock))
    assert [r.family_name for r in services.caseload.list_rows()] == [SECRET_NAME]
    reopened.close()
    open_data_folder(home).close()  # the key was remembered in the keyring


def test_plaintext_sqlite_file_is_refused_untouched(home):
    path = home / "recovery-desk.db"
    conn = sqlite3.connect(path)
    conn.execute("create table t(x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(PlaintextDatabaseError, match="unencrypted"):
        open_data_folder(home)
    assert path.read_bytes() == before


def test_foreign_or_corrupt_file_is_refused_untouched(home, memory_keyring):
    path = home / "recovery-desk.db"
    path.write_bytes(os.urandom(8192))
    before = path.read_bytes()
    memory_keyring.store[("Recovery Desk", "database-key:x")] = "ab" * 32
    from recovery_desk.settings import Settings

    Settings(install_id="x").save(home)
    with pytest.raises(WrongKeyError, match="damaged"):
        open_data_folder(home)
    assert path.read_bytes() == before


def test_unwritable_folder_as_any_user(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(FolderNotWritableError, match="cannot write to its data folder"):
        open_data_folder(blocker / "home")


def test_database_from_a_newer_version_is_refused(home, clock):
    folder = fill(home, clock)
    with folder.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    folder.close()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_data_folder(home)


def test_no_keyring_means_a_plain_message_and_a_passphrase(home, clock, monkeypatch):
    import keyring
    from keyring.backends import fail

    from recovery_desk.settings import Settings
    from recovery_desk.store.datafolder import PassphraseNeeded
    from recovery_desk.store.errors import KeyringUnavailableError

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailableError, match="passphrase"):
        open_data_folder(home)
    assert not (home / "recovery-desk.db").exists()
    settings = Settings.load(home)
    settings.key_source = "passphrase"
    settings.save(home)
    with pytest.raises(PassphraseNeeded):
        open_data_folder(home)
    open_data_folder(home, passphrase="a long team passphrase").close()
    with pytest.raises(WrongKeyError):
        open_data_folder(home, passphrase="the wrong passphrase!")
    reopened = open_data_folder(home, passphrase="a long team passphrase")
    reopened.close()
    assert b"a long team passphrase" not in (home / "settings.json").read_bytes()


def test_recovery_key_on_a_computer_without_a_keyring_keeps_working(home, clock, memory_keyring):
    """Restoring onto a laptop with no credential store: the recovery key opens it, every time."""
    import keyring
    from keyring.backends import fail

    folder = fill(home, clock)
    printed = keys.format_recovery_key(folder.key_hex)
    folder.close()
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(MissingKeyError):
        open_data_folder(home)
    open_data_folder(home, recovery_key=printed).close()
    with pytest.raises(MissingKeyError, match="recovery key"):
        open_data_folder(home)  # asked for again at the next start, never a different key
    reopened = open_data_folder(home, recovery_key=printed)
    assert Services.create(ServiceContext(reopened.db, clock)).caseload.list_rows()[0].family_name == SECRET_NAME
    reopened.close()
