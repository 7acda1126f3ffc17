"""The database key: made once, kept in the operating system's credential store.

The SQLCipher key is 32 random bytes given to SQLCipher as a raw hex key, so opening a
connection costs no key derivation. When the computer has no usable keyring, the key is
derived once from a passphrase the person chooses (scrypt, salt kept in settings). It is
never written to a file in plain text, and ``keyrings.alt`` (which does exactly that) is
never accepted as a keyring.
"""
from __future__ import annotations

import hashlib
import re
import secrets

import keyring
import keyring.errors
from jaraco.classes import properties
from keyring.backend import KeyringBackend

from recovery_desk.store.errors import KeyringUnavailableError

SERVICE = "Recovery Desk"
KEY_BYTES = 32
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")


def _is_usable(backend: object) -> bool:
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or module.startswith("keyring.backends.fail"):
        return False
    if module.startswith("keyring.backends.null"):
        return False
    if module.startswith("keyring.backends.chainer"):
        return any(_is_usable(b) for b in getattr(backend, "backends", []))
    return True


class MemoryKeyring(KeyringBackend):
    """A credential store that lives only in this process: the bench, the smoke test and the
    tests set it with ``keyring.set_keyring(MemoryKeyring())`` so they never touch the real one.

    keyring never picks it by itself: every subclass of ``KeyringBackend`` becomes a candidate
    for keyring's own choice, and one with a priority would beat "no keyring" on a computer
    without one, so the app would keep its database key only until it quits. Raising in
    ``priority`` is keyring's way of saying "not viable" (``recovery-desk --demo --smoke-test`` checks).
    """

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty
        raise RuntimeError("only ever set explicitly, never chosen by keyring")

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def keyring_available() -> bool:
    """True when a real credential store (Windows Credential Manager, Keychain, Secret Service) is there."""
    return _is_usable(keyring.get_keyring())


def new_key() -> str:
    return secrets.token_hex(KEY_BYTES)


def _entry(install_id: str) -> str:
    return f"database-key:{install_id}"


def load_key(install_id: str) -> str | None:
    try:
        value = keyring.get_password(SERVICE, _entry(install_id))
    except keyring.errors.KeyringError:
        return None
    return value if value and _HEX_KEY.match(value) else None


def save_key(install_id: str, key_hex: str) -> None:
    if not keyring_available():
        raise KeyringUnavailableError()
    keyring.set_password(SERVICE, _entry(install_id), key_hex)


def derive_key_from_passphrase(passphrase: str, salt_hex: str) -> str:
    """A raw key from a passphrase; slow on purpose (~0.1 s), done once per start."""
    raw = hashlib.scrypt(
        passphrase.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=2**15, r=8, p=1,
        maxmem=64 * 1024 * 1024, dklen=KEY_BYTES,
    )
    return raw.hex()


def new_salt() -> str:
    return secrets.token_hex(16)


def format_recovery_key(key_hex: str) -> str:
    """Group a key for printing: ``1A2B-3C4D-…`` (16 groups of 4), easy to read aloud."""
    upper = key_hex.upper()
    return "-".join(upper[i : i + 4] for i in range(0, len(upper), 4))


def parse_recovery_key(text: str) -> str | None:
    """Accept a recovery key as printed (any case, with or without dashes and spaces)."""
    cleaned = re.sub(r"[\s\-]", "", text).lower()
    return cleaned if _HEX_KEY.match(cleaned) else None
