"""A person's details and supporters as typed into a form, and the rules they must meet."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from recovery_desk.domain.dates import check_date_of_birth
from recovery_desk.domain.errors import ValidationFailed
from recovery_desk.domain.nhs import InvalidNhsNumber, normalise_nhs_number
from recovery_desk.domain.text import check_length, clean_text, require

NAME_LIMIT = 200
SHORT_LIMIT = 200
LONG_LIMIT = 4000


class SupporterKind(StrEnum):
    FAMILY = "family"
    FRIEND = "friend"
    CARER = "carer"
    ADVOCATE = "advocate"
    PEER = "peer"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass
class PersonDraft:
    """What the person form holds. ``id``/``version`` are set when editing a saved record."""

    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    pronouns: str = ""
    date_of_birth: date | None = None
    nhs_number: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    care_coordinator_id: int | None = None
    culture: str = ""
    language: str = ""
    faith: str = ""
    opened_on: date | None = None
    next_review_on: date | None = None
    id: int | None = None
    version: int | None = None


_SINGLE_LINE = ("given_name", "family_name", "preferred_name", "pronouns", "phone", "email", "language")
_MULTI_LINE = ("address", "culture", "faith")


def clean_person(draft: PersonDraft, today: date) -> PersonDraft:
    """A cleaned copy, or :class:`ValidationFailed` listing every problem by field."""
    values = {name: clean_text(getattr(draft, name)) for name in _SINGLE_LINE}
    values.update({name: clean_text(getattr(draft, name), multiline=True) for name in _MULTI_LINE})
    problems: dict[str, str] = {}
    require(problems, "given_name", values["given_name"], "Given name")
    require(problems, "family_name", values["family_name"], "Family name")
    for name, label in (("given_name", "The given name"), ("family_name", "The family name"),
                        ("preferred_name", "The preferred name")):
        check_length(problems, name, values[name], NAME_LIMIT, label)
    check_length(problems, "pronouns", values["pronouns"], 60, "Pronouns")
    check_length(problems, "phone", values["phone"], 60, "The phone number")
    check_length(problems, "email", values["email"], 254, "The email address")
    check_length(problems, "language", values["language"], SHORT_LIMIT, "Language")
    for name in _MULTI_LINE:
        check_length(problems, name, values[name], LONG_LIMIT, name.capitalize())
    if values["email"] and ("@" not in values["email"] or " " in values["email"]):
        problems["email"] = "This does not look like an email address (it needs an @)."
    try:
        nhs = normalise_nhs_number(draft.nhs_number)
    except InvalidNhsNumber as exc:
        problems["nhs_number"] = str(exc)
        nhs = None
    dob_problem = check_date_of_birth(draft.date_of_birth, today)
    if dob_problem:
        problems["date_of_birth"] = dob_problem
    opened = draft.opened_on or today
    if opened > today:
        problems["opened_on"] = "The date opened cannot be in the future."
    if draft.date_of_birth and not dob_problem and opened < draft.date_of_birth:
        problems["opened_on"] = "The date opened is before the date of birth."
    if problems:
        raise ValidationFailed(problems)
    return replace(draft, **values, nhs_number=nhs or "", opened_on=opened)


@dataclass
class SupporterDraft:
    name: str = ""
    relationship: str = ""
    kind: SupporterKind = SupporterKind.FAMILY
    phone: str = ""
    email: str = ""
    may_contact_in_crisis: bool = False
    holds_crisis_plan_copy: bool = False
    is_decision_maker: bool = False
    notes: str = ""
    id: int | None = None
    version: int | None = None


def clean_supporter(draft: SupporterDraft) -> SupporterDraft:
    values = {k: clean_text(getattr(draft, k)) for k in ("name", "relationship", "phone", "email")}
    notes = clean_text(draft.notes, multiline=True)
    problems: dict[str, str] = {}
    require(problems, "name", values["name"], "The supporter's name")
    check_length(problems, "name", values["name"], NAME_LIMIT, "The name")
    check_length(problems, "relationship", values["relationship"], SHORT_LIMIT, "The relationship")
    check_length(problems, "phone", values["phone"], 60, "The phone number")
    check_length(problems, "email", values["email"], 254, "The email address")
    check_length(problems, "notes", notes, LONG_LIMIT, "Notes")
    try:
        kind = SupporterKind(draft.kind)
    except ValueError:
        problems["kind"] = "Please choose who this supporter is to the person."
        kind = SupporterKind.OTHER
    if problems:
        raise ValidationFailed(problems)
    return replace(draft, **values, notes=notes, kind=kind)


def display_name(given: str, family: str, preferred: str) -> str:
    """Preferred name first: ``Jo Bramblewick (Joanna)``; just ``Joanna Bramblewick`` otherwise."""
    if preferred and preferred != given:
        return f"{preferred} {family} ({given})"
    return f"{given} {family}"
