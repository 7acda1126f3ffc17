"""Cleaning and checking free text typed by staff or the person."""
from __future__ import annotations

import unicodedata

# Control characters other than tab and newlines are never meaningful in a record and
# break printing and exports; they usually arrive by pasting from other systems.
_ALLOWED_CONTROLS = {"\n", "\t"}


def clean_text(value: str | None, *, multiline: bool = False) -> str:
    """Normalise what was typed: NFC, trimmed, no stray control characters.

    Single-line fields lose line breaks (pasted names often carry them); multi-line
    fields keep them but use ``\\n`` throughout.
    """
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = " ".join(text.split())
    kept = []
    for ch in text:
        if ch in _ALLOWED_CONTROLS and multiline:
            kept.append(ch)
        elif unicodedata.category(ch) == "Cc":
            continue
        else:
            kept.append(ch)
    return "".join(kept).strip()


def check_length(problems: dict[str, str], field: str, value: str, limit: int, label: str) -> None:
    """Record a problem when ``value`` is longer than ``limit`` characters."""
    if len(value) > limit:
        problems[field] = (
            f"{label} is {len(value):,} characters long; the most it can hold is {limit:,}. "
            "Please shorten it."
        )


def require(problems: dict[str, str], field: str, value: str, label: str) -> None:
    if not value:
        problems[field] = f"Please enter {label[0].lower() + label[1:]}."
