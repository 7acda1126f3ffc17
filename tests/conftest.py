"""Fixtures that isolate every test: an in-memory keyring, a temporary data folder,
a fixed clock, and a fresh database on SQLite and (when available) PostgreSQL."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")  # paint as the app does (gui/theme.py before_application)

import keyring
import pytest

from recovery_desk.services.context import FixedClock  # a clock tests move by hand; never sleep
from recovery_desk.store.keys import MemoryKeyring  # a keyring that lives only as long as the test

PG_URL_ENV = "RECOVERY_DESK_TEST_POSTGRES_URL"
REQUIRE_PG_ENV = "RECOVERY_DESK_REQUIRE_POSTGRES"


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch, tmp_path) -> MemoryKeyring:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("RECOVERY_DESK_HOME", str(tmp_path / "home-from-env"))
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


def postgres_url() -> str | None:
    url = os.environ.get(PG_URL_ENV)
    if not url and os.environ.get(REQUIRE_PG_ENV) == "1":
        pytest.fail(f"{REQUIRE_PG_ENV}=1 but {PG_URL_ENV} is not set: PostgreSQL tests must run here")
    return url


@dataclass
class PgSchema:
    """A throwaway schema on the test server: every test gets an empty database."""

    url: str
    name: str

    def drop(self) -> None:
        import psycopg

        with psycopg.connect(self.url.replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{self.name}" CASCADE')


def make_pg_schema() -> PgSchema:
    import psycopg

    url = postgres_url()
    if not url:
        pytest.skip(f"set {PG_URL_ENV} to run PostgreSQL tests")
    name = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
    return PgSchema(url, name)


@pytest.fixture(params=["sqlite", "postgres"])
def database(request, tmp_path):
    """A migrated, empty :class:`Database` on each backend."""
    from recovery_desk.store.engine import open_postgres, open_sqlite
    from recovery_desk.store.migrate import upgrade

    if request.param == "sqlite":
        db = open_sqlite(tmp_path / "test.db", secrets.token_hex(32))
        upgrade(db)
        yield db
        db.dispose()
    else:
        schema = make_pg_schema()
        db = open_postgres(schema.url, None, search_path=schema.name)
        upgrade(db)
        yield db
        db.dispose()
        schema.drop()


@pytest.fixture
def services(database, clock):
    """Services on a fresh team, signed in as its administrator."""
    from tests.teams import team_services

    return team_services(database, clock)


@pytest.fixture
def home(tmp_path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path
