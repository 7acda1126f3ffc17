"""The joint crisis plan's sections, from resources/content/crisis_plan_sections.json."""
from __future__ import annotations

import re
from dataclasses import dataclass

from recovery_desk.content.loader import ContentError, load_json


@dataclass(frozen=True)
class SectionTemplate:
    key: str
    title: str
    help: str
    prompts: tuple[str, ...]
    required_to_agree: bool
    source: str


def crisis_plan_sections() -> tuple[SectionTemplate, ...]:
    data = load_json("crisis_plan_sections.json")
    try:
        sections = tuple(
            SectionTemplate(s["id"], s["title"], s.get("help", ""),
                            tuple(s.get("prompts", [])) + tuple(
                                f"{p['label']}: {p['prompt']}" if isinstance(p, dict) else str(p)
                                for p in s.get("sub_prompts", [])),
                            bool(s.get("required_to_agree", False)), s.get("source", ""))
            for s in data["sections"])
    except (KeyError, TypeError) as exc:
        raise ContentError(f"crisis_plan_sections.json is missing a field: {exc}.") from None
    keys = [s.key for s in sections]
    if len(set(keys)) != len(keys):
        raise ContentError("crisis_plan_sections.json names the same section twice.")
    # Ids are stored with each plan and joined with commas when versions are compared.
    odd = next((k for k in keys if not isinstance(k, str) or not _SECTION_ID.fullmatch(k)), None)
    if odd is not None:
        raise ContentError(f"crisis_plan_sections.json: the section id {odd!r} should be lower-case letters, "
                           "digits and underscores (at most 64).")
    return sections


_SECTION_ID = re.compile(r"[a-z0-9_]{1,64}")
