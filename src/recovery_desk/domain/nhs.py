"""NHS numbers: validated with the maintained ``nhs-number`` package, plus one rule it lacks.

``0000000000`` and other all-one-digit numbers pass the modulus-11 check but are never
issued; they are usually typed as a placeholder, so they are rejected here.
"""
from __future__ import annotations


class InvalidNhsNumber(ValueError):
    pass


def normalise_nhs_number(raw: str | None) -> str | None:
    """Return the ten digits of a valid NHS number, ``None`` when blank.

    Spaces and hyphens are allowed in what is typed (``943 476 5919``). Raises
    :class:`InvalidNhsNumber` with a message a clinician can act on.
    """
    if raw is None:
        return None
    digits = "".join(ch for ch in raw if ch not in " -")
    if not digits:
        return None
    if not digits.isascii() or not digits.isdigit() or len(digits) != 10:
        raise InvalidNhsNumber("An NHS number has exactly 10 digits, for example 943 476 5919.")
    if len(set(digits)) == 1:
        raise InvalidNhsNumber("This is not a real NHS number (all the digits are the same).")
    import nhs_number  # on first use: importing it builds tables (about 25 ms at start-up)

    if not nhs_number.is_valid(digits):
        raise InvalidNhsNumber(
            "This NHS number's check digit does not match: please check it for a typing mistake."
        )
    return digits


def format_nhs_number(digits: str | None) -> str:
    """``9434765919`` → ``943 476 5919`` (the NHS's own display format)."""
    if not digits:
        return ""
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def synthetic_nhs_number(serial: int) -> str:
    """A valid number in the 999 range that the NHS never issues (for demo data).

    Serials whose check digit would be 10 are skipped by moving to the next serial.
    """
    import nhs_number

    while True:
        stem = f"999{serial % 1_000_000:06d}"
        check = nhs_number.calculate_checksum(stem)
        if check is not None and check < 10 and len(set(stem + str(check))) > 1:
            return stem + str(check)
        serial += 1
