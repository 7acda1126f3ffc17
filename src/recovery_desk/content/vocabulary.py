"""Shared lists from the assessment template: areas of life and the CHIME processes."""
from __future__ import annotations

from recovery_desk.content.loader import ContentError, load_json


def _items(section_id: str) -> tuple[str, ...]:
    for section in load_json("assessment_template.json")["sections"]:
        if section["id"] == section_id:
            return tuple(item["name"] for item in section["items"])
    raise ContentError(f"assessment_template.json has no section '{section_id}'.")


def life_areas() -> tuple[str, ...]:
    """The areas of life the check-in asks about; goals are filed under one of them."""
    return _items("life_domains")


def chime_processes() -> tuple[str, ...]:
    """Connectedness, Hope and optimism, Identity, Meaning and purpose, Empowerment."""
    return _items("chime")
