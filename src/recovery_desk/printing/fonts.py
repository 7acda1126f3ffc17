"""The one font every printed document uses: the bundled DejaVu Sans, embedded in the PDF.

reportlab's built-in fonts (Helvetica and friends) cover Latin-1 only and are not embedded,
so names such as Siân, Zoë or Łukasz would print wrongly on some machines. DejaVu Sans is a
TrueType font with wide Unicode coverage; it is registered once, under our own names, and
reportlab embeds a subset of it in every PDF.

No font covers everything (emoji, Egyptian hieroglyphs...). A missing character prints as
an empty box; :func:`unprintable_characters` says which characters those are, so the
person can be told before printing instead of finding out on paper.
"""
from __future__ import annotations

import threading
import unicodedata

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from recovery_desk.locations import resource_path

REGULAR = "RDSans"
BOLD = "RDSans-Bold"
FAMILY = "RDSans"

_REGULAR_FILE = "DejaVuSans.ttf"
_BOLD_FILE = "DejaVuSans-Bold.ttf"

_lock = threading.Lock()
_fonts: dict[str, TTFont] = {}

# Characters that never need a glyph of their own: they shape or select other glyphs.
_ZERO_WIDTH_OK = {
    "\u200b",  # zero width space
    "\u200c",  # zero width non-joiner
    "\u200d",  # zero width joiner (emoji sequences)
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark
    "\u00ad",  # soft hyphen
}


def register_fonts() -> None:
    """Register the bundled regular and bold fonts with reportlab (once per process).

    The family is named after the regular face, so a Paragraph styled ``RDSans`` finds
    its bold face for ``<b>``.
    The family has no italic: italic requests fall back to the upright faces.
    """
    if REGULAR in _fonts and BOLD in _fonts:
        return
    with _lock:
        if REGULAR in _fonts and BOLD in _fonts:
            return
        regular = TTFont(REGULAR, str(resource_path("fonts", _REGULAR_FILE)))
        bold = TTFont(BOLD, str(resource_path("fonts", _BOLD_FILE)))
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(bold)
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        _fonts[REGULAR] = regular
        _fonts[BOLD] = bold


def font(name: str = REGULAR) -> TTFont:
    """The registered :class:`TTFont` called ``name`` (``REGULAR`` or ``BOLD``)."""
    register_fonts()
    return _fonts[name]


def _needs_no_glyph(ch: str) -> bool:
    if ch.isspace() or ch in _ZERO_WIDTH_OK:
        return True
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf"):  # control and format characters
        return True
    code = ord(ch)
    # variation selectors (e.g. the U+FE0F after many emoji): they pick a glyph, not add one
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def unprintable_characters(text: str, font_name: str = REGULAR) -> list[str]:
    """The distinct characters of ``text`` that the font has no glyph for, in order of
    first appearance. Whitespace, control and formatting characters are never listed.

    >>> unprintable_characters("Siân 🌈 Zoë")
    ['🌈']
    """
    glyphs = font(font_name).face.charToGlyph
    missing: dict[str, None] = {}
    for ch in text:
        if ch in missing or ord(ch) in glyphs or _needs_no_glyph(ch):
            continue
        missing[ch] = None
    return list(missing)


def describe_characters(chars: list[str]) -> str:
    """A plain description for a message: ``"🌈" (rainbow), "𓀀" (Egyptian hieroglyph a001)``."""
    parts = []
    for ch in chars:
        name = unicodedata.name(ch, "").lower()
        parts.append(f'"{ch}" ({name})' if name else f'"{ch}" (U+{ord(ch):04X})')
    return ", ".join(parts)
