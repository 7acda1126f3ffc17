"""The reference library: the 100 action points, the hope strategies of Table 2 and the question
prompts, in the project's own words with their source numbers (resources/content).

Everything becomes one flat list of :class:`ReferenceItem` that a screen can search and filter.
Action points also say where the app uses them (a recovery-hat prompt, an assessment section),
so the library links back to the prompts that cite it. Problems in the files are reported as a
:class:`ContentError` naming the file, the line and what to change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from recovery_desk.content.loader import ContentError
from recovery_desk.content.located_json import line_of, load_content, problem

ACTION_POINT = "action point"
HOPE_STRATEGY = "hope strategy"
QUESTION = "question"
KINDS = (ACTION_POINT, HOPE_STRATEGY, QUESTION)
ACTION_POINT_COUNT = 100

QUESTION_GROUPS = {  # questions.json's lists, and the heading each is shown under
    "person_centred": "Person-centred questions",
    "coaching": "Coaching questions",
    "motivation": "Questions that build motivation",
}
_RANGE = r"\d+(?:\s*(?:–|-|to)\s*\d+)?"
_CITES = re.compile(rf"action points? ({_RANGE}(?:(?:\s*,\s*|\s*,?\s+and\s+){_RANGE})*)", re.IGNORECASE)


@dataclass(frozen=True)
class ReferenceItem:
    key: str  # "ap:27", "hope:hope_01", "question:pc_alive": unique across the library
    kind: str  # one of KINDS
    number: str  # the source number shown beside it: "27", "Table 2", "Section 4.3"
    heading: str  # the section, group or question list it sits under
    text: str
    note: str = ""  # a line of guidance (some questions have one)
    source: str = ""  # "100 Ways, action point 64"
    tags: tuple[str, ...] = ()
    used_in: tuple[str, ...] = ()  # where the app draws on it: "Recovery hat prompt: …"

    @property
    def action_point(self) -> int | None:
        return int(self.number) if self.kind == ACTION_POINT else None

    @property
    def searchable(self) -> str:
        """Everything a search looks in, folded for case."""
        return " ".join((self.kind, self.number, self.heading, self.text, self.note, self.source,
                         " ".join(self.tags), " ".join(self.used_in))).casefold()


@dataclass(frozen=True)
class ReferenceLibrary:
    items: tuple[ReferenceItem, ...]
    source_notes: tuple[str, ...]  # each file's note on where its wording comes from

    def of_kind(self, kind: str) -> tuple[ReferenceItem, ...]:
        return tuple(i for i in self.items if i.kind == kind)

    def action_point(self, number: int) -> ReferenceItem | None:
        return next((i for i in self.items if i.action_point == number), None)

    def search(self, query: str, kinds: tuple[str, ...] = KINDS) -> tuple[ReferenceItem, ...]:
        """Items of ``kinds`` matching every word of ``query`` (any order, any case).

        A number on its own finds that action point and anything citing it ("64" finds action
        point 64 and the question drawn from it), not every text that happens to contain 64.
        """
        words = query.casefold().split()
        return tuple(i for i in self.items if i.kind in kinds and all(_matches(i, w) for w in words))


def _matches(item: ReferenceItem, word: str) -> bool:
    if word.isdigit():
        return item.number == word or bool(re.search(rf"(?<![\d.]){word}(?![\d.])", " ".join(
            (item.source, " ".join(item.used_in)))))
    return word in item.searchable


def cited_action_points(source: str) -> tuple[int, ...]:
    """The action points a source line names: "action points 64, 65 and 70–71" → (64, 65, 70, 71)."""
    numbers: list[int] = []
    for run in _CITES.findall(source):
        for first, last in re.findall(r"(\d+)(?:\s*(?:–|-|to)\s*(\d+))?", run):
            numbers.extend(range(int(first), int(last or first) + 1))
    return tuple(dict.fromkeys(numbers))


@lru_cache(maxsize=None)
def reference_library() -> ReferenceLibrary:
    """The installed library (read once)."""
    points = load_content("action_points.json")
    hope = load_content("hope_strategies.json")
    questions = load_content("questions.json")
    used_in = _uses()
    items = (*parse_action_points(points, "action_points.json", used_in),
             *parse_hope_strategies(hope, "hope_strategies.json"),
             *parse_questions(questions, "questions.json"))
    notes = tuple(d.get("source_note", "") for d in (points, hope, questions) if isinstance(d, dict))
    return ReferenceLibrary(items, tuple(n for n in notes if n))


def _text(raw: Any, field: str, name: str, line: int, *, required: bool = True) -> str:
    value = raw.get(field, "") if isinstance(raw, dict) else None
    if not isinstance(value, str) or (required and not value.strip()):
        raise problem(name, line_of(raw, field) if isinstance(raw, dict) and field in raw else line,
                      f"\"{field}\" should be some text.")
    return value.strip()


def _list(data: Any, field: str, name: str) -> list:
    values = data.get(field) if isinstance(data, dict) else None
    if not isinstance(values, list) or not values:
        raise problem(name, line_of(data, field), f"there should be a list of \"{field}\".")
    return values


def parse_action_points(data: Any, name: str = "action_points.json",
                        used_in: dict[int, tuple[str, ...]] | None = None) -> tuple[ReferenceItem, ...]:
    """All the action points, each under its section's number and title; exactly 1 to 100, once each."""
    headings: dict[tuple[str, str], str] = {}
    section_titles: dict[str, str] = {}
    for index, section in enumerate(_list(data, "sections", name)):
        line = line_of(data["sections"], index)
        key, title = _text(section, "id", name, line), _text(section, "title", name, line)
        section_titles[key] = f"Section {section.get('number', '')}: {title}".replace("Section : ", "")
        for sub_index, sub in enumerate(section.get("subsections", [])):
            sub_line = line_of(section["subsections"], sub_index)
            headings[(key, _text(sub, "id", name, sub_line))] = _text(sub, "title", name, sub_line)
    items: list[ReferenceItem] = []
    seen: dict[int, int] = {}
    raw_points = _list(data, "action_points", name)
    for index, raw in enumerate(raw_points):
        line = line_of(raw_points, index)
        number = raw.get("number") if isinstance(raw, dict) else None
        if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= ACTION_POINT_COUNT:
            raise problem(name, line, f"each action point needs a \"number\" from 1 to {ACTION_POINT_COUNT}.")
        if number in seen:
            raise problem(name, line, f"action point {number} is already on line {seen[number]}.")
        seen[number] = line
        section = _text(raw, "section", name, line)
        if section not in section_titles:
            raise problem(name, line_of(raw, "section"), f"action point {number} names a section \"{section}\" "
                                                         "that is not in the list of sections.")
        sub = str(raw.get("subsection", ""))
        heading = section_titles[section]
        if headings.get((section, sub)) and headings[(section, sub)] != heading.split(": ", 1)[-1]:
            heading = f"{heading} — {sub} {headings[(section, sub)]}"
        tags = raw.get("tags", [])
        items.append(ReferenceItem(f"ap:{number}", ACTION_POINT, str(number), heading, _text(raw, "text", name, line),
                                   source=f"100 Ways, action point {number}",
                                   tags=tuple(t.replace("-", " ") for t in tags if isinstance(t, str)),
                                   used_in=(used_in or {}).get(number, ())))
    missing = sorted(set(range(1, ACTION_POINT_COUNT + 1)) - set(seen))
    if missing:
        raise ContentError(f"{name} is missing action point{'s' if len(missing) > 1 else ''} "
                           f"{', '.join(map(str, missing))}; the library should hold all {ACTION_POINT_COUNT}.")
    return tuple(sorted(items, key=lambda i: int(i.number)))


def parse_hope_strategies(data: Any, name: str = "hope_strategies.json") -> tuple[ReferenceItem, ...]:
    items = []
    raw_items = _list(data, "strategies", name)
    for index, raw in enumerate(raw_items):
        line = line_of(raw_items, index)
        group = _text(raw, "group", name, line)
        sub = _text(raw, "subgroup", name, line, required=False)
        source = _text(raw, "source", name, line, required=False) or "100 Ways, Table 2"
        items.append(ReferenceItem(f"hope:{_text(raw, 'id', name, line)}", HOPE_STRATEGY,
                                   _source_number(source, "Table 2"), f"{group} — {sub}" if sub else group,
                                   _text(raw, "text", name, line), source=source))
    return tuple(items)


def parse_questions(data: Any, name: str = "questions.json") -> tuple[ReferenceItem, ...]:
    items = []
    for group, heading in QUESTION_GROUPS.items():
        raw_items = _list(data, group, name)
        for index, raw in enumerate(raw_items):
            line = line_of(raw_items, index)
            source = _text(raw, "source", name, line, required=False)
            items.append(ReferenceItem(f"question:{_text(raw, 'id', name, line)}", QUESTION,
                                       _source_number(source, "100 Ways"), heading, _text(raw, "text", name, line),
                                       note=_text(raw, "note", name, line, required=False), source=source))
    return tuple(items)


def _source_number(source: str, fallback: str) -> str:
    """"100 Ways, action point 64" → "Action point 64"; "100 Ways, Section 4.3" → "Section 4.3"."""
    tail = source.split(",", 1)[1].strip() if "," in source else source.strip()
    return (tail[:1].upper() + tail[1:]) if tail else fallback


def _uses() -> dict[int, tuple[str, ...]]:
    """Where the app itself draws on each action point: recovery-hat prompts and assessment sections."""
    uses: dict[int, list[str]] = {}
    try:
        steps = load_content("meeting_steps.json")
        for prompt in steps.get("hat_prompts", []):
            for number in prompt.get("action_points", []) or cited_action_points(prompt.get("source", "")):
                uses.setdefault(number, []).append(f"Recovery hat prompt: “{prompt.get('text', '')}”")
        for step in steps.get("steps", []):
            for number in cited_action_points(step.get("source", "")):
                uses.setdefault(number, []).append(f"Team meeting step: {step.get('title', '')}")
        template = load_content("assessment_template.json")
        for section in template.get("sections", []):
            for number in cited_action_points(section.get("source", "")):
                uses.setdefault(number, []).append(f"Assessment: {section.get('title', '')}")
    except (ContentError, AttributeError, TypeError):
        pass  # links are a help, never a reason for the library not to open
    return {n: tuple(dict.fromkeys(v)) for n, v in uses.items()}


__all__ = ["ReferenceItem", "ReferenceLibrary", "reference_library", "KINDS", "ACTION_POINT", "HOPE_STRATEGY",
           "QUESTION", "cited_action_points", "parse_action_points"]
