"""The language check's phrases, from resources/content/language_check.json.

A team can edit the file: add a phrase, change an alternative or the reason. Every mistake
is reported as a :class:`ContentError` naming the line and what to change, and each phrase's
``example`` must be caught by its own ``pattern``, so a pattern that can never match is found
when the file is loaded rather than by nobody ever seeing an underline.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from recovery_desk.content.loader import ContentError
from recovery_desk.content.located_json import line_of, load_content, problem
from recovery_desk.domain.language import LanguageRule, compile_pattern

LANGUAGE_FILE = "language_check.json"
FLAG_LETTERS = "imsx"
_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")


@lru_cache(maxsize=None)
def language_rules() -> tuple[LanguageRule, ...]:
    """The installed phrases (read once)."""
    return parse_rules(load_content(LANGUAGE_FILE), LANGUAGE_FILE)


def parse_rules(data: Any, name: str = LANGUAGE_FILE) -> tuple[LanguageRule, ...]:
    if not isinstance(data, dict):
        raise problem(name, line_of(data, 0), "the file should hold one object with a list of \"phrases\".")
    flags = data.get("flags", "i")
    if not isinstance(flags, str) or any(ch not in FLAG_LETTERS for ch in flags):
        raise problem(name, line_of(data, "flags"), f"\"flags\" should be letters from \"{FLAG_LETTERS}\" "
                                                    "(\"i\" matches any case).")
    phrases = data.get("phrases")
    if not isinstance(phrases, list) or not phrases:
        raise problem(name, line_of(data, "phrases"), "there should be a list of \"phrases\", with at least one.")
    rules: list[LanguageRule] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(phrases):
        rule = _rule(raw, line_of(phrases, index), name, flags)
        if rule.id in seen:
            raise problem(name, line_of(phrases, index),
                          f"the id \"{rule.id}\" is already used on line {seen[rule.id]}; give each phrase its own id.")
        seen[rule.id] = line_of(phrases, index)
        rules.append(rule)
    return tuple(rules)


def _rule(raw: Any, line: int, name: str, flags: str) -> LanguageRule:
    if not isinstance(raw, dict):
        raise problem(name, line, "each phrase should be an object with id, pattern, example, alternative and why.")

    def text(field: str, *, required: bool = True) -> str:
        value = raw.get(field, "")
        if not isinstance(value, str) or (required and not value.strip()):
            where = line_of(raw, field) if field in raw else line
            raise problem(name, where, f"the phrase needs \"{field}\" (some text).")
        return value.strip()

    rule_id = text("id")
    if not _ID.fullmatch(rule_id):
        raise problem(name, line_of(raw, "id"), f"the id \"{rule_id}\" should be lower-case letters, digits and _.")
    pattern_text = text("pattern")
    try:
        pattern = compile_pattern(pattern_text, flags)
    except re.error as exc:
        raise problem(name, line_of(raw, "pattern"),
                      f"the pattern of \"{rule_id}\" is not a valid regular expression ({exc.msg}).") from None
    if pattern.fullmatch(""):
        raise problem(name, line_of(raw, "pattern"), f"the pattern of \"{rule_id}\" matches empty text; "
                                                     "it would underline nothing everywhere.")
    example = text("example")
    if not pattern.search(example):
        raise problem(name, line_of(raw, "example"),
                      f"the example \"{example}\" is not caught by the pattern of \"{rule_id}\"; check the pattern.")
    return LanguageRule(rule_id, pattern, example, text("alternative"), text("why"), text("source", required=False))


__all__ = ["language_rules", "parse_rules", "ContentError", "LANGUAGE_FILE"]
