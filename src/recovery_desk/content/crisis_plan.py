"""The joint crisis plan's sections, from resources/content/crisis_plan_sections.json."""
from __future__ import annotations

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
    return sections
