"""Opening the database: encrypted SQLite on one laptop, or the team's PostgreSQL server.

Everything above the store uses :class:`Database`: a short unit of work per call
(``with db.session() as s: ...``) that commits on success and rolls back on any error,
so nothing is ever half-saved.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from recovery_desk.store.errors import (
    DatabaseLoginError,
    DatabaseUnreachableError,
    FolderNotWritableError,
    NotADatabaseError,
    PlaintextDatabaseError,
    WrongKeyError,
)

DATABASE_FILE = "recovery-desk.db"
_READ_ONLY = "recovery_desk_read_only"  # execution option: a unit of work that only reads
_SQLITE_HEADER = b"SQLite format 3\x00"


class Database:
    """An open database and the factory for its units of work."""

    def __init__(self, engine: Engine, *, location: str):
        self.engine = engine
        self.location = location  # shown to people; never contains a password
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """One unit of work: committed if the block finishes, rolled back if it raises.

        ``read_only`` (for long reads that write nothing, such as loading the whole caseload):
        on SQLite the unit of work reads a snapshot without taking the write lock, so saves on
        other connections are not held up behind it. It must not write.
        """
        with self._sessions.begin() as session:
            if read_only:
                session.connection(execution_options={_READ_ONLY: True})
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_connect(path: Path, key_hex: str):
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False, timeout=15)
    # The key must be the first statement on every new connection.
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    # SQLCipher otherwise prints decryption failures (a wrong key) to stderr.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 15000")
    # 32 MB of decrypted pages: a 50,000-person caseload then loads without re-decrypting.
    conn.execute("PRAGMA cache_size = -32768")
    return conn


def check_database_file(path: Path) -> None:
    """Refuse a plain (unencrypted) SQLite file before asking for any key."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        if fh.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER:
            raise PlaintextDatabaseError()


def _check_folder_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FolderNotWritableError(str(folder)) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FolderNotWritableError(str(folder))


def open_sqlite(path: Path, key_hex: str) -> Database:
    """Open (or create) the encrypted database file at ``path`` with a raw 256-bit key.

    Raises a :class:`~recovery_desk.store.errors.StoreError` with a plain message when
    the folder cannot be written, the file is not ours, or the key does not fit. Nothing
    is written to an existing file until the key has been proved to open it.
    """
    _check_folder_writable(path.parent)
    check_database_file(path)
    probe = None
    try:
        probe = _sqlite_connect(path, key_hex)
        probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # WAL is a property of the file; it can only be switched outside a transaction.
        probe.execute("PRAGMA journal_mode = WAL").fetchone()
    except sqlcipher.DatabaseError as exc:
        if "not a database" in str(exc):
            raise WrongKeyError() from None
        raise NotADatabaseError() from None
    finally:
        if probe is not None:
            probe.close()

    engine = create_engine(
        f"sqlite:///{path}",
        creator=lambda: _sqlite_connect(path, key_hex),
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    # The driver runs in autocommit mode (isolation_level=None) so PRAGMAs work; SQLAlchemy
    # then opens every transaction itself, which makes SAVEPOINT and rollback reliable.
    # IMMEDIATE: a unit of work takes the write lock when it begins (waiting up to
    # busy_timeout for another connection's to end). With a plain (deferred) BEGIN, a unit
    # of work that read first and then wrote after another connection had committed failed
    # at once with "database is locked" (SQLite cannot move an old snapshot forward; the
    # busy timeout does not apply), which a second copy of the app or a background job could
    # cause. Units of work are short, so serialising them costs nothing a person notices;
    # readers outside a unit of work (backups) are not held up (WAL).
    @event.listens_for(engine, "begin")
    def _begin(conn):  # pragma: no branch - tiny hook
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(_READ_ONLY) else "BEGIN IMMEDIATE")

    return Database(engine, location=str(path))


def describe_url(url: str) -> str:
    """``host:port/database`` for messages: never the user name or password."""
    parsed = make_url(url)
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


def open_postgres(url: str, password: str | None, *, connect_timeout: int = 5,
                  search_path: str | None = None) -> Database:
    """Open the team's PostgreSQL database. The password comes from keyring, not the URL."""
    parsed = make_url(url)
    if parsed.password:
        parsed = parsed.set(password=None)
    connect_args: dict[str, object] = {"connect_timeout": connect_timeout}
    if password:
        connect_args["password"] = password
    if search_path:
        connect_args["options"] = f"-csearch_path={search_path}"
    engine = create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)
    where = describe_url(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        engine.dispose()
        detail = str(exc.orig).lower() if exc.orig else ""
        if "password authentication failed" in detail or "no password supplied" in detail:
            raise DatabaseLoginError(where) from None
        raise DatabaseUnreachableError(where) from None
    except DBAPIError:
        engine.dispose()
        raise DatabaseUnreachableError(where) from None
    return Database(engine, location=where)
