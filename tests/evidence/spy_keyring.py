"""A keyring backend that writes down every use (``PYTHON_KEYRING_BACKEND`` in a child process):
the bench must never read or write the computer's credential store."""
from __future__ import annotations

import os

from keyring.backend import KeyringBackend


class SpyKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _note(self, what: str) -> None:
        with open(os.environ["SPY_KEYRING_LOG"], "a", encoding="utf-8") as log:
            log.write(what + "\n")

    def get_password(self, service: str, username: str) -> str | None:
        self._note(f"get {service} {username}")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._note(f"set {service} {username}")

    def delete_password(self, service: str, username: str) -> None:
        self._note(f"delete {service} {username}")
