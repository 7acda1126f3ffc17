"""The strengths-based assessment, from resources/content/assessment_template.json.

The form is built from this template, so a team can change its wording, add a prompt or
a section without code. Every problem in the file is reported as a :class:`ContentError`
naming the file, the section and what is wrong.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from recovery_desk.content.loader import ContentError, load_json

TEMPLATE_FILE = "assessment_template.json"

DOMAIN = "domain"  # a Box 3 domain: the person's words, staff notes, the traditional heading
QUESTIONS = "questions"  # the person-centred questions of Section 4.3, answered together
REFLECTION = "reflection"  # a short answer in their words for each item (recovery tasks, CHIME)
INDICATORS = "indicators"  # one choice from a list for each item (housing, work, ...)
CHECKIN = "checkin"  # a rating on a scale for each area of life, and up to N to work on
TIMELINE = "timeline"  # dated life events; they belong to the person, not to one assessment
KINDS = (DOMAIN, QUESTIONS, REFLECTION, INDICATORS, CHECKIN, TIMELINE)
WRITTEN = (DOMAIN, QUESTIONS)  # sections answered with one block of the person's words

_KEY = re.compile(r"[a-z][a-z0-9_]{0,63}")
_ACTION_POINT = re.compile(r"action points? (\d+)(?:\s*(?:–|-|to)\s*(\d+))?", re.IGNORECASE)


@dataclass(frozen=True)
class Prompt:
    text: str
    source: str = ""  # "100 Ways, Section 4.3" where the prompt comes from questions.json


@dataclass(frozen=True)
class Item:
    key: str  # unique within its section
    name: str
    help: str = ""
    choices: tuple[str, ...] = ()  # indicators only


@dataclass(frozen=True)
class Scale:
    low: int
    high: int
    low_label: str
    high_label: str

    def contains(self, value: int) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class Section:
    key: str
    kind: str
    title: str
    help: str
    source: str
    traditional_heading: str = ""  # Box 3: the history-taking heading this domain replaces
    prompts: tuple[Prompt, ...] = ()
    items: tuple[Item, ...] = ()
    scale: Scale | None = None  # check-in only
    max_priorities: int = 0  # check-in only
    event_kinds: tuple[str, ...] = ()  # timeline only
    action_points: tuple[int, ...] = ()  # named in ``source``; their text is in action_points.json

    @property
    def needs_answer(self) -> bool:
        """Completing an assessment needs an answer, or a deliberate "not discussed", here."""
        return self.kind != TIMELINE

    def item_key(self, item: Item) -> str:
        """The key an item's answer is stored under: ``chime:hope``."""
        return f"{self.key}:{item.key}"

    def item(self, key: str) -> Item:
        return next(i for i in self.items if i.key == key)


@dataclass(frozen=True)
class AssessmentTemplate:
    version: str  # recorded on every assessment made with it
    sections: tuple[Section, ...]

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def of_kind(self, kind: str) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.kind == kind)

    @property
    def checkin(self) -> Section | None:
        return next(iter(self.of_kind(CHECKIN)), None)

    def answer_titles(self) -> dict[str, str]:
        """Every key an answer may be stored under, with the title it is shown with."""
        titles: dict[str, str] = {}
        for section in self.sections:
            if section.needs_answer:
                titles[section.key] = section.title
            if section.kind == REFLECTION:
                titles.update({section.item_key(item): item.name for item in section.items})
        return titles


def assessment_template() -> AssessmentTemplate:
    """The installed template (read once; the file is cached by :func:`load_json`)."""
    return parse_template(load_json(TEMPLATE_FILE), TEMPLATE_FILE, _question_sources())


def action_point_texts(numbers: tuple[int, ...]) -> tuple[tuple[int, str], ...]:
    """The app's wording of the given action points, for help beside the sections that cite them."""
    points = {p["number"]: p["text"] for p in load_json("action_points.json").get("action_points", [])}
    return tuple((n, points[n]) for n in numbers if n in points)


def _question_sources() -> dict[str, Prompt]:
    data = load_json("questions.json")
    return {q["id"]: Prompt(q["text"], q.get("source", "")) for group in data.values() if isinstance(group, list)
            for q in group if isinstance(q, dict) and "id" in q and "text" in q}


def parse_template(data: Any, name: str = TEMPLATE_FILE,
                   questions: dict[str, Prompt] | None = None) -> AssessmentTemplate:
    """Check and convert the template's JSON; the first problem found is raised, plainly."""
    if not isinstance(data, dict):
        raise ContentError(f"{name} should hold one object with a list of sections.")
    version = data.get("template_version")
    if not isinstance(version, str) or not version.strip():
        raise ContentError(f"{name} has no template_version; add one (for example \"2026.1\") and change it "
                           "whenever the sections change.")
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise ContentError(f"{name} has no sections.")
    sections = tuple(_section(raw, i, name, questions or {}) for i, raw in enumerate(raw_sections, start=1))
    keys = [s.key for s in sections]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise ContentError(f"{name} names the same section twice: {', '.join(duplicates)}.")
    for kind in (CHECKIN, TIMELINE):
        if sum(s.kind == kind for s in sections) > 1:
            raise ContentError(f"{name} has more than one section of kind \"{kind}\"; there can be one at most.")
    return AssessmentTemplate(version.strip(), sections)


def _text(raw: dict, field: str, where: str, *, required: bool = True) -> str:
    value = raw.get(field, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ContentError(f"{where} needs a \"{field}\" (text).")
    return value.strip()


def _texts(raw: dict, field: str, where: str) -> tuple[str, ...]:
    values = raw.get(field, [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise ContentError(f"{where}: \"{field}\" should be a list of texts.")
    return tuple(v.strip() for v in values)


def _key(raw: Any, what: str) -> str:
    """The ``id`` of a section or item: stored with every answer, so it must stay simple."""
    if not isinstance(raw, dict):
        raise ContentError(f"{what} is not an object.")
    key = raw.get("id")
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise ContentError(f"{what} needs an \"id\" of lower-case letters, digits and _.")
    return key


def _section(raw: Any, number: int, name: str, questions: dict[str, Prompt]) -> Section:
    key = _key(raw, f"{name}: section {number}")
    where = f"{name}, section \"{key}\""
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ContentError(f"{where} has kind {kind!r}; it must be one of: {', '.join(KINDS)}.")
    source = _text(raw, "source", where, required=False)
    section = dict(key=key, kind=kind, title=_text(raw, "title", where), help=_text(raw, "help", where, required=False),
                   source=source, action_points=_action_points(source))
    if kind == DOMAIN:
        section["traditional_heading"] = _text(raw, "traditional_heading", where)
    if kind in WRITTEN:
        section["prompts"] = _prompts(raw, where, questions)
    if kind in (REFLECTION, INDICATORS, CHECKIN):
        section["items"] = _items(raw, where, with_choices=kind == INDICATORS)
    if kind == CHECKIN:
        section["scale"] = _scale(raw.get("scale"), where)
        limit = raw.get("max_priorities")
        if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= len(section["items"]):
            raise ContentError(f"{where}: \"max_priorities\" should be a whole number from 1 to the number of areas.")
        section["max_priorities"] = limit
    if kind == TIMELINE:
        section["event_kinds"] = _texts(raw, "event_kinds", where)
        if not section["event_kinds"]:
            raise ContentError(f"{where} needs at least one of \"event_kinds\".")
    return Section(**section)


def _prompts(raw: dict, where: str, questions: dict[str, Prompt]) -> tuple[Prompt, ...]:
    texts = _texts(raw, "prompts", where)
    ids = _texts(raw, "question_ids", where)
    if ids and len(ids) != len(texts):
        raise ContentError(f"{where}: \"question_ids\" should name one question for each prompt.")
    section_source = raw.get("source", "")
    return tuple(Prompt(text, questions[qid].source if qid in questions else section_source)
                 for text, qid in zip(texts, ids or [""] * len(texts)))


def _items(raw: dict, where: str, *, with_choices: bool) -> tuple[Item, ...]:
    values = raw.get("items")
    if not isinstance(values, list) or not values:
        raise ContentError(f"{where} needs a list of \"items\".")
    items = []
    for i, value in enumerate(values, start=1):
        key = _key(value, f"{where}: item {i}")
        item_where = f"{where}, item \"{key}\""
        choices = _texts(value, "choices", item_where) if with_choices else ()
        if with_choices and not choices:
            raise ContentError(f"{item_where} needs a list of \"choices\".")
        items.append(Item(key, _text(value, "name", item_where), _text(value, "help", item_where, required=False),
                          choices))
    keys = [i.key for i in items]
    if len(set(keys)) != len(keys):
        raise ContentError(f"{where} names the same item twice.")
    return tuple(items)


def _scale(raw: Any, where: str) -> Scale:
    if not isinstance(raw, dict):
        raise ContentError(f"{where} needs a \"scale\" with min, max, low_label and high_label.")
    low, high = raw.get("min"), raw.get("max")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (low, high)) or not 0 <= low < high <= 10:
        raise ContentError(f"{where}: the scale's min and max should be whole numbers, min below max, "
                           "between 0 and 10.")
    return Scale(low, high, _text(raw, "low_label", f"{where}, scale"), _text(raw, "high_label", f"{where}, scale"))


def _action_points(source: str) -> tuple[int, ...]:
    numbers: list[int] = []
    for first, last in _ACTION_POINT.findall(source):
        numbers.extend(range(int(first), int(last or first) + 1))
    return tuple(dict.fromkeys(numbers))
