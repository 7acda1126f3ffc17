"""Password and PIN rules, hashing and the sign-in rate limit.

Hashes use the standard library's scrypt with a random salt per password. The format
records its parameters, so they can be raised later without breaking old hashes.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

_N, _R, _P = 2**14, 8, 1
MIN_PASSWORD = 10
MIN_PIN = 6
FREE_ATTEMPTS = 5
MAX_LOCKOUT = timedelta(minutes=30)


def check_secret(secret: str, kind: str) -> str | None:
    """A message when the new password or PIN is not acceptable, otherwise None."""
    if kind == "pin":
        if not secret.isascii() or not secret.isdigit() or len(secret) < MIN_PIN:
            return f"A PIN is at least {MIN_PIN} digits, numbers only."
        if len(set(secret)) == 1 or secret in "0123456789012345" or secret in "9876543210987":
            return "This PIN is too easy to guess. Please avoid repeated or running digits."
        return None
    if len(secret) < MIN_PASSWORD:
        return f"A password is at least {MIN_PASSWORD} characters. A short sentence is easy to remember."
    if secret.strip() != secret or not secret.strip():
        return "A password cannot start or end with a space."
    return None


def hash_secret(secret: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_secret(secret: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(secret.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                                   r=int(r), p=int(p), dklen=len(digest) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def lockout_after(failures: int, now: datetime) -> datetime | None:
    """After five free attempts each failure doubles the wait: 30 s, 1 min, 2 min … 30 min."""
    if failures < FREE_ATTEMPTS:
        return None
    doublings = min(failures - FREE_ATTEMPTS, 10)  # 30 s × 2**10 is already past the cap
    return now + min(timedelta(seconds=30) * (2**doublings), MAX_LOCKOUT)
