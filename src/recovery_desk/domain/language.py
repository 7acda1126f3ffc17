"""A gentle language check: phrases that label or diminish, and a kinder way to say them.

Pure rules, no Qt. The phrases are data a team can edit (resources/content/language_check.json,
read by :mod:`recovery_desk.content.language`); this module only finds them. It never changes
text: it reports where a phrase is, so the screen can underline it and offer the alternative.

Words inside double quotation marks (“…” or "…") are the person's own and are never flagged:
recording what someone said about themselves, in their words, is exactly what a good note
does (seed 003; 100 Ways, action points 7, 8 and 37). A quotation runs to its closing mark or,
when that is missing, to the end of the paragraph, so one stray mark silences at most the rest
of its own paragraph. Single quotation marks are not treated as quotes, because they double as
apostrophes (“don’t”, “Siân’s”).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

OPENING_QUOTES = {"\u201c": ("\u201d", '"'), '"': ('"', "\u201d")}  # “ closes at ” (or a straight ")


@dataclass(frozen=True)
class LanguageRule:
    """One phrase to look out for, with the kinder alternative and the one-line reason."""

    id: str
    pattern: re.Pattern[str]
    example: str
    alternative: str
    why: str
    source: str = ""


@dataclass(frozen=True)
class Flag:
    """Where a rule matched: ``text[start:end]`` is the phrase."""

    start: int
    end: int
    phrase: str
    rule: LanguageRule

    @property
    def key(self) -> tuple[str, str]:
        """What "ignore here" remembers: the rule and the phrase as written (any case)."""
        return self.rule.id, self.phrase.casefold()


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each quotation, marks included, paragraph by paragraph."""
    spans: list[tuple[int, int]] = []
    opened_at: int | None = None
    closers: tuple[str, ...] = ()
    for index, ch in enumerate(text):
        if ch == "\n":
            if opened_at is not None:  # an unclosed quotation ends with its paragraph
                spans.append((opened_at, index))
                opened_at = None
            continue
        if opened_at is None:
            if ch in OPENING_QUOTES:
                opened_at, closers = index, OPENING_QUOTES[ch]
        elif ch in closers:
            spans.append((opened_at, index + 1))
            opened_at = None
    if opened_at is not None:
        spans.append((opened_at, len(text)))
    return spans


def find_flags(text: str, rules: Iterable[LanguageRule], *,
               ignored: Sequence[tuple[str, str]] = ()) -> list[Flag]:
    """Every phrase a rule matches outside quotation marks, in order, without overlaps.

    ``ignored`` holds :attr:`Flag.key` values dismissed with "ignore here".
    """
    quotes = quoted_spans(text)
    found: list[Flag] = []
    for rule in rules:
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            if start == end or any(q_start < end and start < q_end for q_start, q_end in quotes):
                continue
            flag = Flag(start, end, match.group(0), rule)
            if flag.key not in ignored:
                found.append(flag)
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Flag] = []
    for flag in found:
        if not kept or flag.start >= kept[-1].end:
            kept.append(flag)
    return kept


def flag_at(flags: Iterable[Flag], position: int) -> Flag | None:
    """The flag covering character ``position`` (or ending just before it, as a text cursor sits)."""
    for flag in flags:
        if flag.start <= position <= flag.end:
            return flag
    return None


def compile_pattern(pattern: str, flags: str = "i") -> re.Pattern[str]:
    """A rule's pattern; ``flags`` as in the data file ("i" for any case). Raises ``re.error``."""
    value = 0
    for letter in flags:
        value |= {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}[letter]
    return re.compile(pattern, value)
