"""The team meeting's review steps and the recovery-hat prompts, from resources/content."""
from __future__ import annotations

from dataclasses import dataclass

from recovery_desk.content.loader import ContentError, load_json


@dataclass(frozen=True)
class ReviewStep:
    key: str
    title: str
    prompt: str
    source: str


@dataclass(frozen=True)
class HatPrompt:
    key: str
    text: str
    action_points: tuple[int, ...]
    source: str


def review_steps() -> tuple[ReviewStep, ...]:
    data = load_json("meeting_steps.json")
    try:
        return tuple(ReviewStep(s["id"], s["title"], s["prompt"], s.get("source", "")) for s in data["steps"])
    except (KeyError, TypeError) as exc:
        raise ContentError(f"meeting_steps.json is missing a field: {exc}.") from None


def hat_prompts() -> tuple[HatPrompt, ...]:
    data = load_json("meeting_steps.json")
    try:
        return tuple(HatPrompt(p["id"], p["text"], tuple(p.get("action_points", [])), p.get("source", ""))
                     for p in data["hat_prompts"])
    except (KeyError, TypeError) as exc:
        raise ContentError(f"meeting_steps.json is missing a field: {exc}.") from None
