"""Hostile and odd input, shared by every bad-input test: a fixed list and hypothesis strategies.

Used by tests/db/test_bad_input.py (the caseload in detail) and tests/evidence/test_bad_input.py
(every service that takes typed text or dates).
"""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

# What people paste and type: control characters (and NUL, which PostgreSQL refuses to store),
# emoji and joiners, right-to-left scripts and overrides, very long text, SQL-like and
# HTML-like text, and the characters LIKE and the shell treat specially.
HOSTILE = [
    "Zoë 🌈", "مريم", "שָׁלוֹם", "\u202eevil\u202c", "Robert'); DROP TABLE person;--", "<b>bold</b><script>x</script>",
    "a\x00b", "tab\there", "  spaced  ", "line\nbreak", "🧑🏽‍🦱" * 20, "ǅemal", "Ꭰ", "\ufeffBOM", "x" * 10_000,
    "%_%", "\\", "NULL", "é" * 200,
]
# More of the same for the evidence suite: lone combining marks, escape sequences, invisible
# joiners and marks, formula-like text, emoji past every length limit, blanks.
MORE_HOSTILE = [
    "\x00", "\x07\x08\x1b[31mred\x1b[0m", "\r\n\r\n", "\u0301", "\u0301\u0308\u20dd", "e\u0301" * 300,
    "\u200b\u200d\u2060", "\u061c\u200f", "' OR '1'='1", "1; DELETE FROM audit_event", "&lt;&amp;&#0;",
    "<img src=x onerror=alert(1)>", "=HYPERLINK(\"http://x\")", "\U0001f600" * 2_000, "",
    " ", "\t\n", "ﷺ" * 50, "𝕳𝖊𝖑𝖑𝖔",
]
EVERY_HOSTILE = HOSTILE + MORE_HOSTILE
# For every service in the normal run: the caseload's list plus one of each further kind (the
# rest run in the long version).
SOME_HOSTILE = HOSTILE + [MORE_HOSTILE[i] for i in (0, 1, 3, 5, 6, 11, 13, 14)]

# Text as anything could type or paste it: any code point hypothesis will give (control
# characters included; not surrogates, which never arrive from Qt), short and long.
typed_text = st.one_of(
    st.sampled_from(EVERY_HOSTILE),
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=150, max_size=5_000),
)

# Dates anyone could type in dd/mm/yyyy: from year 1 to 9999, weighted towards the edges
# and towards around now, or none at all.
AROUND = date(2026, 11, 21)
typed_date = st.one_of(
    st.none(),
    st.sampled_from([date.min, date.max, date(1900, 1, 1), date(9999, 1, 1), AROUND, AROUND + timedelta(days=1),
                     AROUND - timedelta(days=1), date(2024, 2, 29)]),
    st.dates(min_value=AROUND - timedelta(days=365 * 130), max_value=AROUND + timedelta(days=365 * 10)),
    st.dates(),
)
