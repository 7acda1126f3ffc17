"""Settings that belong to this computer's copy of Recovery Desk (not the team's).

Plain JSON values only, in ``settings.json`` in the data folder, written atomically.
Secrets are never here: the database key and the PostgreSQL password live in keyring.
Team-wide settings (lock time, review intervals) live in the database instead.
"""
from __future__ import annotations

import json
import os
import secrets
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

FILE_NAME = "settings.json"


@dataclass
class Settings:
    # Identifies this data folder's key in keyring, so the demo and real folders never share one.
    install_id: str = field(default_factory=lambda: secrets.token_hex(8))
    # Empty: the local encrypted SQLite file. Otherwise a PostgreSQL URL with no password,
    # e.g. postgresql+psycopg://rd_user@teamserver.trust.nhs.uk:5432/recovery_desk
    database_url: str = ""
    # "keyring" (default) or "passphrase" when this computer has no usable keyring.
    key_source: str = "keyring"
    passphrase_salt: str = ""
    shared_screen_name: str = ""
    large_print: bool = False

    @classmethod
    def load(cls, home: Path) -> "Settings":
        path = home / FILE_NAME
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            # A damaged settings file must not stop the app; the database holds the records.
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def save(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        path = home / FILE_NAME
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, path)
