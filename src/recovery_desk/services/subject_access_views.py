"""Plain data for a subject access export: everything held about one person, item by item.

Record titles ("Supporter 2", "Crisis plan, version 3") never hold personal data, so that
redacting a field can never leave its text behind in a heading.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

REDACTED = "[redacted]"


@dataclass(frozen=True)
class SarField:
    key: str  # unique in the export: "supporter.3.phone"
    name: str  # machine-readable name: "phone", "care_coordinator"
    label: str  # as printed: "Phone"
    value: object  # str, int, bool, date, datetime; REDACTED once redacted
    text: str  # as printed: dates dd/mm/yyyy, Yes/No
    third_party: bool = False  # may be about someone else: the reviewer should look at it
    redactable: bool = True  # the person's own name, birth date and NHS number are not
    redacted: bool = False


@dataclass(frozen=True)
class SarRecord:
    kind: str  # the table it came from: "supporter"
    id: int
    title: str
    fields: tuple[SarField, ...]


@dataclass(frozen=True)
class SarSection:
    key: str
    title: str
    intro: str
    records: tuple[SarRecord, ...]
    table_like: bool = False  # many short records (the audit trail): printed as one table


@dataclass(frozen=True)
class SubjectAccessPack:
    person_id: int
    person_name: str
    called: str
    gathered_at: datetime
    prepared_by: str
    reviewed_by: str  # the clinician who looked for third-party information; "" until reviewed
    sections: tuple[SarSection, ...]
    chosen: frozenset[str] = frozenset()  # keys the reviewer marked for redaction
    also_removed: int = 0  # fields where the same text was removed because it appeared there too
    reviewed_by_id: int | None = None

    def fields(self) -> Iterator[tuple[SarSection, SarRecord, SarField]]:
        for section in self.sections:
            for record in section.records:
                for f in record.fields:
                    yield section, record, f

    def field(self, key: str) -> SarField:
        return next(f for _s, _r, f in self.fields() if f.key == key)

    @property
    def item_count(self) -> int:
        return sum(1 for _ in self.fields())

    @property
    def prepared_on(self) -> date:
        return self.gathered_at.astimezone().date()


def plain_value(value: object) -> object:
    """A field's value as JSON can hold it."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value
