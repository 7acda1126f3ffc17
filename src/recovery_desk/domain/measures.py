"""Questionnaires a team brings ("measures"): their shape, and how answers become scores.

A measure is defined in a data file (see :mod:`recovery_desk.content.measures` and
docs/measures.md) so a team can use one it is licensed for without code: the items, their
response scales, which items are reverse-scored, and how the total and any subscales are
worked out. Recovery Desk ships no copyrighted wording; the example measure is made up.

Scoring rules, designed around the structures of recovery measures such as QPR (items on one
agreement scale, summed, with subscales) and INSPIRE (a "not important to me" answer that is
left out, and scores shown from 0 to 100):

* ``sum``: the total of the item values. When some items are unanswered but at least
  ``min_answered`` are, the sum is *prorated* (the mean of the answered items times the number
  of items), the usual way to keep totals comparable.
* ``mean``: the average of the answered item values (its items must share one range).
* ``percent``: each answered item placed on 0–100 between its scale's lowest and highest value,
  then averaged.

An option whose ``value`` is ``None`` ("not important to me", "does not apply") is a real
answer that is not scored: it counts neither for nor against. A reverse-scored item's value is
flipped within its scale (lowest + highest − value) before scoring.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SUM = "sum"
MEAN = "mean"
PERCENT = "percent"
METHODS = (SUM, MEAN, PERCENT)


@dataclass(frozen=True)
class ResponseOption:
    value: int | None  # None: an answer that is not scored ("not important to me")
    label: str


@dataclass(frozen=True)
class ResponseScale:
    key: str
    options: tuple[ResponseOption, ...]

    @property
    def scored(self) -> tuple[int, ...]:
        return tuple(o.value for o in self.options if o.value is not None)

    @property
    def low(self) -> int:
        return min(self.scored)

    @property
    def high(self) -> int:
        return max(self.scored)

    def label_for(self, value: int | None) -> str:
        return next((o.label for o in self.options if o.value == value), "")


@dataclass(frozen=True)
class MeasureItem:
    key: str
    text: str
    scale: ResponseScale
    reverse: bool = False

    def scored_value(self, value: int) -> int:
        return self.scale.low + self.scale.high - value if self.reverse else value


@dataclass(frozen=True)
class ScoreRule:
    """How one score (the total, or a subscale) is worked out from some of the items."""

    key: str  # "total", or the subscale's id
    label: str
    items: tuple[str, ...]
    method: str
    min_answered: int

    def lowest_and_highest(self, definition: "MeasureDefinition") -> tuple[float, float]:
        """The range the score can take: what a chart's axis should show."""
        items = [definition.item(k) for k in self.items]
        if self.method == PERCENT:
            return 0.0, 100.0
        if self.method == MEAN:
            return float(items[0].scale.low), float(items[0].scale.high)
        return float(sum(i.scale.low for i in items)), float(sum(i.scale.high for i in items))


@dataclass(frozen=True)
class MeasureDefinition:
    key: str  # stable id, "example_wellbeing_check"
    version: str  # the definition's version: completions record it
    title: str
    short_title: str
    description: str
    instructions: str
    licence: str
    source: str
    is_example: bool
    higher_is_better: bool
    items: tuple[MeasureItem, ...]
    total: ScoreRule
    subscales: tuple[ScoreRule, ...] = ()

    def item(self, key: str) -> MeasureItem:
        return next(i for i in self.items if i.key == key)

    @property
    def rules(self) -> tuple[ScoreRule, ...]:
        return (self.total, *self.subscales)


@dataclass(frozen=True)
class Score:
    key: str
    label: str
    value: float | None  # None when too few items were answered to score it
    why_not: str = ""  # the reason it could not be scored, in plain words


@dataclass(frozen=True)
class Scores:
    total: Score
    subscales: tuple[Score, ...]
    answered: int  # items with any answer (including "not important to me")


def check_answers(definition: MeasureDefinition, answers: Mapping[str, int | None]) -> dict[str, str]:
    """Problems with ``answers`` (item key → chosen value, ``None`` for an unscored option), by item key.

    Items left out of ``answers`` are simply unanswered.
    """
    problems: dict[str, str] = {}
    keys = {i.key for i in definition.items}
    for key, value in answers.items():
        if key not in keys:
            problems[key] = "This question is not part of this version of the measure."
            continue
        item = definition.item(key)
        if value not in {o.value for o in item.scale.options}:
            problems[key] = "Please choose one of the answers listed."
    return problems


def score(definition: MeasureDefinition, answers: Mapping[str, int | None]) -> Scores:
    """The total and subscales for ``answers`` (already checked with :func:`check_answers`)."""
    return Scores(_score(definition, definition.total, answers),
                  tuple(_score(definition, rule, answers) for rule in definition.subscales),
                  sum(1 for i in definition.items if i.key in answers))


def _score(definition: MeasureDefinition, rule: ScoreRule, answers: Mapping[str, int | None]) -> Score:
    items = [definition.item(k) for k in rule.items]
    scored = [(item, item.scored_value(answers[item.key])) for item in items if answers.get(item.key) is not None]
    if len(scored) < rule.min_answered:
        least = rule.min_answered
        return Score(rule.key, rule.label, None,
                     f"{len(scored)} of {len(items)} questions {'has' if len(scored) == 1 else 'have'} a scored "
                     f"answer; at least {least} {'is' if least == 1 else 'are'} needed to score it.")
    if not scored:
        return Score(rule.key, rule.label, None, "No question has a scored answer.")
    values = [v for _item, v in scored]
    if rule.method == SUM:
        value = float(sum(values)) if len(scored) == len(items) else sum(values) / len(values) * len(items)
    elif rule.method == MEAN:
        value = sum(values) / len(values)
    else:
        value = sum((v - i.scale.low) / (i.scale.high - i.scale.low) * 100 for i, v in scored) / len(scored)
    return Score(rule.key, rule.label, round(value, 2))


def format_score(value: float | None) -> str:
    """``18``, ``17.5``, ``66.67``; a dash when not scored."""
    if value is None:
        return "–"
    return f"{value:.2f}".rstrip("0").rstrip(".")
