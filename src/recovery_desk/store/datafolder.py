"""Opening a data folder: settings, key, database, start-up backup and migrations.

This is the one place that decides which database the app uses and how it is unlocked,
so the app's start-up, the embedding API, the demo generator and the tests all agree.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import keyring
import keyring.errors
from sqlalchemy.engine import make_url

from recovery_desk.domain.dates import utc_now
from recovery_desk.settings import Settings
from recovery_desk.store import keys
from recovery_desk.store.backup import list_backups, make_backup
from recovery_desk.store.engine import (
    DATABASE_FILE,
    Database,
    check_database_file,
    open_postgres,
    open_sqlite,
)
from recovery_desk.store.errors import FolderNotWritableError, MissingKeyError, WrongKeyError
from recovery_desk.store.migrate import upgrade

log = logging.getLogger(__name__)

BACKUPS_FOLDER = "backups"
DAILY = timedelta(hours=24)
DEFAULT_BACKUPS_TO_KEEP = 14


# Demo folders hold only generated, fictional people. On a computer with no keyring they are
# still encrypted, with this published key, so the demo works anywhere without a passphrase.
DEMO_KEY = "de" * 32


class PassphraseNeeded(Exception):
    """This data folder's key comes from a passphrase, and none was given."""


@dataclass
class DataFolder:
    """An open data folder: where things are, and the database they lead to."""

    home: Path
    settings: Settings
    db: Database
    key_hex: str | None  # the SQLCipher key; None on a PostgreSQL team server

    @property
    def is_local(self) -> bool:
        return self.key_hex is not None

    @property
    def database_path(self) -> Path:
        return self.home / DATABASE_FILE

    @property
    def backups_dir(self) -> Path:
        return self.home / BACKUPS_FOLDER

    def backup(self, reason: str = "manual", keep: int = DEFAULT_BACKUPS_TO_KEEP, **kwargs) -> Path:
        if self.key_hex is None:
            raise RuntimeError("Backups of a team server are made on the server")
        return make_backup(self.database_path, self.key_hex, self.backups_dir, reason=reason,
                           keep=keep, **kwargs)

    def close(self) -> None:
        self.db.dispose()


def _resolve_key(home: Path, settings: Settings, *, passphrase: str | None,
                 recovery_key: str | None) -> tuple[str, bool]:
    """The key for this folder, and whether it is new (no database yet)."""
    exists = (home / DATABASE_FILE).exists()
    if recovery_key is not None:
        parsed = keys.parse_recovery_key(recovery_key)
        if parsed is None:
            raise WrongKeyError()
        return parsed, False
    if settings.key_source == "demo":
        return DEMO_KEY, not exists
    if settings.key_source == "recovery":
        raise MissingKeyError()  # no keyring here: the team's recovery key opens this folder
    if settings.key_source == "passphrase":
        if passphrase is None:
            raise PassphraseNeeded()
        if not settings.passphrase_salt:
            settings.passphrase_salt = keys.new_salt()
            settings.save(home)
        return keys.derive_key_from_passphrase(passphrase, settings.passphrase_salt), not exists
    key = keys.load_key(settings.install_id)
    if key is not None:
        return key, False
    if exists:
        raise MissingKeyError()
    key = keys.new_key()
    # Saved before the database exists, so a crash can never leave a database without its key.
    keys.save_key(settings.install_id, key)
    return key, True


def open_local(home: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
               settings: Settings | None = None, demo: bool = False) -> DataFolder:
    """Open (creating if needed) the encrypted SQLite database in ``home``."""
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FolderNotWritableError(str(home)) from exc
    settings = settings or Settings.load(home)
    if not (home / DATABASE_FILE).exists() and settings.key_source == "keyring":
        if demo and not keys.keyring_available():
            settings.key_source = "demo"
    if not (home / "settings.json").exists() or settings.key_source == "demo":
        try:
            settings.save(home)
        except OSError as exc:
            raise FolderNotWritableError(str(home)) from exc
    path = home / DATABASE_FILE
    check_database_file(path)
    key, _new = _resolve_key(home, settings, passphrase=passphrase, recovery_key=recovery_key)
    db = open_sqlite(path, key)
    if recovery_key is not None and settings.key_source in ("keyring", "recovery"):
        # Proved to open the file: remember it in the keyring, or, on a computer without one,
        # note that the recovery key is what opens this folder (it is asked for at each start).
        if keys.keyring_available():
            keys.save_key(settings.install_id, key)
            settings.key_source = "keyring"
        else:
            settings.key_source = "recovery"
        settings.save(home)
    folder = DataFolder(home, settings, db, key)
    try:
        upgrade(db, before_upgrade=lambda: folder.backup("before-upgrade"))
        _daily_backup(folder)
    except Exception:
        db.dispose()
        raise
    return folder


def _daily_backup(folder: DataFolder) -> None:
    latest = list_backups(folder.backups_dir)
    if latest and utc_now() - _backup_time(latest[0]) < DAILY:
        return
    folder.backup("daily")


def _backup_time(path: Path) -> datetime:
    stamp = "-".join(path.name.split("-")[2:5])  # 20261121-115448-541194
    try:
        return datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f").replace(tzinfo=timezone.utc)
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)


def postgres_password_entry(url: str) -> str:
    parsed = make_url(url)
    return f"postgres:{parsed.username or ''}@{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


def open_team_server(home: Path, settings: Settings, *, search_path: str | None = None) -> DataFolder:
    """Open the team's PostgreSQL database named in settings; its password is in keyring."""
    try:
        password = keyring.get_password(keys.SERVICE, postgres_password_entry(settings.database_url))
    except keyring.errors.KeyringError:
        password = None
    db = open_postgres(settings.database_url, password, search_path=search_path)
    try:
        upgrade(db)  # the server's own backups are its administrator's job
    except Exception:
        db.dispose()
        raise
    return DataFolder(home, settings, db, None)


def open_data_folder(home: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
                     demo: bool = False) -> DataFolder:
    settings = Settings.load(home)
    if settings.database_url:
        return open_team_server(home, settings)
    return open_local(home, passphrase=passphrase, recovery_key=recovery_key, settings=settings,
                      demo=demo)
