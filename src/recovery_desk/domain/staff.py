"""Staff roles and what each may do."""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    CLINICIAN = "clinician"
    PEER_SUPPORT = "peer support worker"
    READ_ONLY = "read-only"

    @property
    def label(self) -> str:
        return self.value[0].upper() + self.value[1:]

    @property
    def can_edit_records(self) -> bool:
        return self is not Role.READ_ONLY

    @property
    def can_administer(self) -> bool:
        return self is Role.ADMINISTRATOR


def initials_for(display_name: str) -> str:
    parts = [p for p in display_name.replace("-", " ").split() if p[:1].isalpha()]
    return "".join(p[0].upper() for p in parts[:3]) or "?"
