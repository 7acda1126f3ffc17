"""Which assessment answers count as having a valued role or an everyday-life good
(resources/content/outcome_indicators.json), for the Outcomes view."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from recovery_desk.content.located_json import line_of, load_content, problem
from recovery_desk.domain.outcomes import Indicator

INDICATORS_FILE = "outcome_indicators.json"
GROUPS = ("role", "quality of life")


@lru_cache(maxsize=None)
def outcome_indicators() -> tuple[Indicator, ...]:
    return parse_indicators(load_content(INDICATORS_FILE), INDICATORS_FILE)


def parse_indicators(data: Any, name: str = INDICATORS_FILE) -> tuple[Indicator, ...]:
    raw_list = data.get("indicators") if isinstance(data, dict) else None
    if not isinstance(raw_list, list) or not raw_list:
        raise problem(name, line_of(data, "indicators"), "there should be a list of \"indicators\".")
    out: list[Indicator] = []
    for index, raw in enumerate(raw_list):
        line = line_of(raw_list, index)
        if not isinstance(raw, dict):
            raise problem(name, line, "each indicator should be an object.")
        texts = {}
        for field in ("key", "label", "group"):
            value = raw.get(field)
            if not isinstance(value, str) or not value.strip():
                raise problem(name, line_of(raw, field) or line, f"each indicator needs \"{field}\" (some text).")
            texts[field] = value.strip()
        if texts["group"] not in GROUPS:
            raise problem(name, line_of(raw, "group"), f"\"group\" should be one of: {', '.join(GROUPS)}.")
        lists = {}
        for field in ("counts_as_having", "not_known"):
            values = raw.get(field, [])
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise problem(name, line_of(raw, field) or line, f"\"{field}\" should be a list of answers.")
            lists[field] = tuple(values)
        if not lists["counts_as_having"]:
            raise problem(name, line_of(raw, "counts_as_having"), "\"counts_as_having\" needs at least one answer.")
        if any(k.key == texts["key"] for k in out):
            raise problem(name, line, f"the indicator \"{texts['key']}\" is listed twice.")
        out.append(Indicator(texts["key"], texts["label"], texts["group"], lists["counts_as_having"],
                             lists["not_known"]))
    return tuple(out)
