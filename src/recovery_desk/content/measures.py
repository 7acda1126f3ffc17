"""Reading and checking a measure's definition file (the format is described in docs/measures.md).

A team writes or receives these files for measures it is licensed to use, so every mistake is
reported as a :class:`ContentError` that names the file, the line and what to change, for
example ``wellbeing.json, line 31: item "q7" uses the scale "agree7", which is not defined
under "scales".`` Shipped definitions live in resources/content/measures/.
"""
from __future__ import annotations

import re
from typing import Any

from recovery_desk.content.loader import ContentError
from recovery_desk.content.located_json import (
    LocatedJSONError,
    line_of,
    load_content,
    loads,
    problem,
)
from recovery_desk.domain.measures import (
    MEAN,
    METHODS,
    MeasureDefinition,
    MeasureItem,
    ResponseOption,
    ResponseScale,
    ScoreRule,
)
from recovery_desk.locations import resource_path

FORMAT = "recovery-desk-measure"
FORMAT_VERSION = 1
MEASURES_FOLDER = "measures"
_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,31}")
TEXT_LIMIT = 2000


def parse_measure_text(text: str, name: str) -> MeasureDefinition:
    """Check and convert a definition file's text; the first problem found is raised, plainly."""
    try:
        data = loads(text)
    except LocatedJSONError as exc:
        raise problem(name, exc.line, exc.problem + ".") from None
    return parse_measure(data, name)


def shipped_measures() -> tuple[MeasureDefinition, ...]:
    """The measures that come with Recovery Desk (the made-up example)."""
    folder = resource_path("content", MEASURES_FOLDER)
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    return tuple(parse_measure(load_content(f"{MEASURES_FOLDER}/{f.name}"), f.name) for f in files)


class _Reader:
    """Field checks that remember the file's name for their messages."""

    def __init__(self, name: str):
        self.name = name

    def fail(self, container: Any, key: Any, message: str) -> ContentError:
        return problem(self.name, line_of(container, key) or line_of(container, 0) or getattr(container, "line", 0),
                       message)

    def text(self, raw: dict, field: str, what: str, *, required: bool = True) -> str:
        value = raw.get(field, "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(raw, field, f"{what} needs \"{field}\" (some text).")
        if len(value) > TEXT_LIMIT:
            raise self.fail(raw, field, f"{what}: \"{field}\" is longer than {TEXT_LIMIT} characters.")
        return value.strip()

    def identifier(self, raw: dict, field: str, what: str) -> str:
        value = self.text(raw, field, what)
        if not _ID.fullmatch(value):
            raise self.fail(raw, field, f"{what}: \"{field}\" should be lower-case letters, digits and _ "
                                        f"(starting with a letter), not \"{value}\".")
        return value

    def whole_number(self, raw: dict, field: str, what: str, default: int) -> int:
        value = raw.get(field, default)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(raw, field, f"{what}: \"{field}\" should be a whole number.")
        return value


def parse_measure(data: Any, name: str) -> MeasureDefinition:
    r = _Reader(name)
    if not isinstance(data, dict):
        raise problem(name, getattr(data, "line", 1), "the file should hold one object describing the measure.")
    if data.get("format") != FORMAT:
        raise r.fail(data, "format", f"this is not a measure definition: \"format\" should be \"{FORMAT}\".")
    if data.get("format_version") != FORMAT_VERSION:
        raise r.fail(data, "format_version", f"\"format_version\" should be {FORMAT_VERSION}; this version of "
                                             "Recovery Desk reads no other.")
    key = r.identifier(data, "id", "The measure")
    version = r.text(data, "version", "The measure")
    if not _VERSION.fullmatch(version):
        raise r.fail(data, "version", "\"version\" should be short, such as \"1.0\" or \"2024-b\".")
    is_example = data.get("example", False)
    higher = data.get("higher_is_better", True)
    for field, value in (("example", is_example), ("higher_is_better", higher)):
        if not isinstance(value, bool):
            raise r.fail(data, field, f"\"{field}\" should be true or false.")
    scales = _scales(data, r)
    items = _items(data, r, scales)
    scoring = data.get("scoring")
    if not isinstance(scoring, dict):
        raise r.fail(data, "scoring", "the measure needs \"scoring\", with a \"total\" and any \"subscales\".")
    total_raw = scoring.get("total")
    if not isinstance(total_raw, dict):
        raise r.fail(scoring, "total", "\"scoring\" needs a \"total\".")
    total = _rule(total_raw, "total", r, items, "The total")
    subscales = []
    raw_subscales = scoring.get("subscales", [])
    if not isinstance(raw_subscales, list):
        raise r.fail(scoring, "subscales", "\"subscales\" should be a list.")
    seen: dict[str, int] = {}
    for index, raw in enumerate(raw_subscales):
        if not isinstance(raw, dict):
            raise r.fail(raw_subscales, index, "each subscale should be an object.")
        sub_key = r.identifier(raw, "id", f"Subscale {index + 1}")
        if sub_key in seen or sub_key == "total":
            raise r.fail(raw, "id", f"the subscale id \"{sub_key}\" is used twice.")
        seen[sub_key] = raw.line
        subscales.append(_rule(raw, sub_key, r, items, f"Subscale \"{sub_key}\""))
    return MeasureDefinition(
        key=key, version=version, title=r.text(data, "title", "The measure"),
        short_title=r.text(data, "short_title", "The measure", required=False) or r.text(data, "title", "The measure"),
        description=r.text(data, "description", "The measure", required=False),
        instructions=r.text(data, "instructions", "The measure", required=False),
        licence=r.text(data, "licence", "The measure"), source=r.text(data, "source", "The measure", required=False),
        is_example=is_example, higher_is_better=higher, items=tuple(items.values()), total=total,
        subscales=tuple(subscales))


def _scales(data: dict, r: _Reader) -> dict[str, ResponseScale]:
    raw_scales = data.get("scales")
    if not isinstance(raw_scales, dict) or not raw_scales:
        raise r.fail(data, "scales", "the measure needs \"scales\": at least one named response scale.")
    scales: dict[str, ResponseScale] = {}
    for scale_key, raw in raw_scales.items():
        what = f"Scale \"{scale_key}\""
        if not _ID.fullmatch(scale_key):
            raise r.fail(raw_scales, scale_key, f"{what}: scale names should be lower-case letters, digits and _.")
        options = raw.get("options") if isinstance(raw, dict) else None
        if not isinstance(options, list) or len(options) < 2:
            raise r.fail(raw_scales, scale_key, f"{what} needs \"options\": a list of at least two answers.")
        parsed: list[ResponseOption] = []
        for index, option in enumerate(options):
            if not isinstance(option, dict):
                raise r.fail(options, index, f"{what}: each option should be an object with a value and a label.")
            value = option.get("value", "missing")
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise r.fail(option, "value" if "value" in option else 0,
                             f"{what}: each option's \"value\" should be a whole number, or null for an answer "
                             "that is not scored (such as \"not important to me\").")
            if any(p.value == value for p in parsed):
                raise r.fail(option, "value", f"{what}: the value {value} is used by two options.")
            parsed.append(ResponseOption(value, r.text(option, "label", f"{what}, option {index + 1}")))
        scale = ResponseScale(scale_key, tuple(parsed))
        if len(scale.scored) < 2:
            raise r.fail(raw_scales, scale_key, f"{what} needs at least two options with a number value.")
        scales[scale_key] = scale
    return scales


def _items(data: dict, r: _Reader, scales: dict[str, ResponseScale]) -> dict[str, MeasureItem]:
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise r.fail(data, "items", "the measure needs \"items\": the list of questions.")
    items: dict[str, MeasureItem] = {}
    for index, raw in enumerate(raw_items):
        if not isinstance(raw, dict):
            raise r.fail(raw_items, index, f"item {index + 1} should be an object with id, text and scale.")
        key = r.identifier(raw, "id", f"Item {index + 1}")
        if key in items:
            raise r.fail(raw, "id", f"the item id \"{key}\" is used twice.")
        scale_key = r.text(raw, "scale", f"Item \"{key}\"")
        if scale_key not in scales:
            raise r.fail(raw, "scale", f"item \"{key}\" uses the scale \"{scale_key}\", which is not defined under "
                                       f"\"scales\" (defined: {', '.join(scales)}).")
        reverse = raw.get("reverse", False)
        if not isinstance(reverse, bool):
            raise r.fail(raw, "reverse", f"item \"{key}\": \"reverse\" should be true or false.")
        items[key] = MeasureItem(key, r.text(raw, "text", f"Item \"{key}\""), scales[scale_key], reverse)
    return items


def _rule(raw: dict, key: str, r: _Reader, items: dict[str, MeasureItem], what: str) -> ScoreRule:
    method = raw.get("method")
    if method not in METHODS:
        raise r.fail(raw, "method", f"{what}: \"method\" should be one of {', '.join(METHODS)}.")
    names = raw.get("items")
    if names == "all":
        names = list(items)
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise r.fail(raw, "items", f"{what}: \"items\" should be a list of item ids, or \"all\".")
    unknown = [n for n in names if n not in items]
    if unknown:
        which = "is not an item" if len(unknown) == 1 else "are not items"
        raise r.fail(names, names.index(unknown[0]), f"{what} names {', '.join(unknown)}, which {which}.")
    if len(set(names)) != len(names):
        raise r.fail(raw, "items", f"{what} names the same item twice.")
    if method == MEAN and len({(items[n].scale.low, items[n].scale.high) for n in names}) > 1:
        raise r.fail(raw, "items", f"{what}: a mean needs items on scales with the same range; use \"percent\".")
    least = r.whole_number(raw, "min_answered", what, len(names))
    if not 1 <= least <= len(names):
        raise r.fail(raw, "min_answered", f"{what}: \"min_answered\" should be from 1 to {len(names)}.")
    label = r.text(raw, "label", what, required=key != "total") or "Total"
    return ScoreRule(key, label, tuple(names), method, least)


__all__ = ["parse_measure", "parse_measure_text", "shipped_measures", "ContentError", "FORMAT"]
