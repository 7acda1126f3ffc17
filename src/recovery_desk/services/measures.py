"""Measures a team brings: load a licensed measure's definition, record completions, chart totals.

The shipped example lives in resources; definitions a team loads are kept in the database, so
every laptop on a team server has them and a completion can always be read against the exact
version it was recorded with. Scores are worked out when a completion is recorded and stored
with it (see :mod:`recovery_desk.domain.measures` for the rules).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from recovery_desk.content.loader import ContentError
from recovery_desk.content.measures import parse_measure_text, shipped_measures
from recovery_desk.domain.errors import NotFound, ValidationFailed
from recovery_desk.domain.measures import (
    MeasureDefinition,
    Scores,
    check_answers,
    score,
)
from recovery_desk.services import audit
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.records import flush_or_conflict
from recovery_desk.store.models import (
    MeasureCompletion,
    MeasureDefinitionFile,
    Person,
    Staff,
)

FILE_LIMIT = 500_000  # characters: far more than any questionnaire needs


@dataclass(frozen=True)
class MeasureInfo:
    definition: MeasureDefinition
    shipped: bool  # came with Recovery Desk (rather than loaded by the team)
    loaded_on: date | None = None

    @property
    def key(self) -> str:
        return self.definition.key

    @property
    def version(self) -> str:
        return self.definition.version

    @property
    def label(self) -> str:
        d = self.definition
        return f"{d.title} (version {d.version})"


@dataclass(frozen=True)
class CompletionView:
    id: int
    person_id: int
    measure_key: str
    measure_version: str
    completed_on: date
    answers: dict[str, int | None]
    total: float | None
    subscales: dict[str, float | None]
    recorded_by: str
    version: int


class MeasureService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ---- definitions --------------------------------------------------------------------------
    def definitions(self) -> list[MeasureInfo]:
        """Every measure available to record: the shipped example, then the team's own, by title."""
        infos = [MeasureInfo(d, True) for d in shipped_measures()]
        with self.ctx.db.session() as s:
            rows = s.scalars(select(MeasureDefinitionFile).order_by(MeasureDefinitionFile.id)).all()
            for row in rows:
                try:
                    definition = parse_measure_text(row.definition, row.file_name or row.measure_key)
                except ContentError:
                    continue  # it was checked when loaded; never let one bad row hide the others
                infos.append(MeasureInfo(definition, False, row.loaded_at.astimezone().date()))
        return infos[:1] + sorted(infos[1:], key=lambda i: (i.definition.title.casefold(), i.version))

    def definition(self, key: str, version: str) -> MeasureDefinition:
        found = next((i.definition for i in self.definitions() if (i.key, i.version) == (key, version)), None)
        if found is None:
            raise NotFound("measure")
        return found

    def load_definition(self, text: str, file_name: str) -> MeasureInfo:
        """Check a definition file and keep it for the whole team. Only an administrator can add one,
        because it is the team's statement that it is licensed to use the measure."""
        actor = self.ctx.require_admin()
        if len(text) > FILE_LIMIT:
            raise ValidationFailed.single("file", "This file is far larger than a measure definition should be. "
                                                  "Please check you chose the right file.")
        try:
            definition = parse_measure_text(text, file_name)
        except ContentError as exc:
            raise ValidationFailed.single("file", f"{exc} Nothing has been loaded; correct the file and load it "
                                                  "again.") from None
        taken = {(i.key, i.version): i for i in self.definitions()}
        if (definition.key, definition.version) in taken:
            raise ValidationFailed.single("file", f"Version {definition.version} of “{definition.key}” is already "
                                                  "loaded. To change it, give the file a new \"version\" and load "
                                                  "it again; completions keep the version they were recorded with.")
        with self.ctx.db.session() as s:
            row = MeasureDefinitionFile(measure_key=definition.key, measure_version=definition.version,
                                        title=definition.title, file_name=file_name[-260:], definition=text,
                                        loaded_by_id=actor.staff_id, loaded_at=self.ctx.now())
            s.add(row)
            s.flush()
            audit.record(s, self.ctx, "create", "measure_definition", row.id,
                         summary=f"measure {definition.key} version {definition.version} loaded")
        return MeasureInfo(definition, False, self.ctx.today())

    # ---- completions --------------------------------------------------------------------------
    def preview(self, key: str, version: str, answers: dict[str, int | None]) -> Scores:
        """The scores these answers would make, for showing as the form is filled in."""
        definition = self.definition(key, version)
        return score(definition, {k: v for k, v in answers.items() if k in {i.key for i in definition.items}})

    def record(self, person_id: int, key: str, version: str, completed_on: date | None,
               answers: dict[str, int | None]) -> CompletionView:
        """Record a completion: ``answers`` maps item id to the chosen value (``None``: an unscored answer
        such as "not important to me"); items left out were not answered."""
        self.ctx.require_editor()
        definition = self.definition(key, version)
        problems = {f"item:{k}": v for k, v in check_answers(definition, answers).items()}
        if completed_on is None:
            problems["completed_on"] = "Please give the date it was completed, for example 21/11/2026."
        elif completed_on > self.ctx.today():
            problems["completed_on"] = "The date completed cannot be in the future."
        if not answers:
            problems["answers"] = "Please record at least one answer."
        if problems:
            raise ValidationFailed(problems)
        scores = score(definition, answers)
        with self.ctx.db.session() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person")
            row = MeasureCompletion(
                person_id=person_id, measure_key=key, measure_version=version, completed_on=completed_on,
                answers=json.dumps({i.key: answers[i.key] for i in definition.items if i.key in answers}),
                total=scores.total.value, subscales=json.dumps({sc.key: sc.value for sc in scores.subscales}),
                recorded_by_id=self.ctx.actor.staff_id if self.ctx.actor else None)
            s.add(row)
            flush_or_conflict(s, "completion")
            audit.record(s, self.ctx, "create", "measure_completion", row.id, person_id=person_id,
                         summary=f"{key} version {version}: {scores.answered} answers")
            return self._view(row, self._names(s))

    def completions(self, person_id: int, key: str | None = None) -> list[CompletionView]:
        """A person's completions, oldest first (of one measure when ``key`` is given). Viewing is audited."""
        self.ctx.require_actor()
        with self.ctx.db.session() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person")
            query = select(MeasureCompletion).where(MeasureCompletion.person_id == person_id)
            if key is not None:
                query = query.where(MeasureCompletion.measure_key == key)
            rows = s.scalars(query.order_by(MeasureCompletion.completed_on, MeasureCompletion.id)).all()
            names = self._names(s)
            views = [self._view(r, names) for r in rows]
            audit.record(s, self.ctx, "view", "measure_completions", person_id=person_id,
                         summary=f"{len(views)} completions" + (f" of {key}" if key else ""))
            return views

    @staticmethod
    def _names(s) -> dict[int, str]:
        return dict(s.execute(select(Staff.id, Staff.display_name)).all())

    @staticmethod
    def _view(row: MeasureCompletion, names: dict[int, str]) -> CompletionView:
        return CompletionView(row.id, row.person_id, row.measure_key, row.measure_version, row.completed_on,
                              json.loads(row.answers), row.total, json.loads(row.subscales),
                              names.get(row.recorded_by_id, ""), row.version)
