"""Caseload benchmarks at 5,000 and 50,000 people, each beside a plain-SQL baseline.

Run on their own (about a minute and a half)::

    QT_QPA_PLATFORM=offscreen python -m pytest tests/bench --benchmark-only

Every test is in a group ``<operation>, <N> people`` holding the app's timing (``app``) and
the baseline on the same database (``sql``: a raw DBAPI cursor, same columns, join and
ORDER BY, fetchall). Two extras join the groups: ``test_tab_reload`` (the real Caseload
tab's reload) and ``test_tab_keystroke`` (a keystroke in the real tab, repaint included). The normal test run passes ``--benchmark-skip`` (pyproject addopts), and
tests/bench/conftest.py then deselects these, so no database is built there.
``python tests/bench/run.py`` makes the same measurements without pytest and prints a table.
"""
from __future__ import annotations

import itertools

import pytest

from recovery_desk.bench.harness import (
    CASELOAD_SELECT,
    KEYSTROKES,
    SIZES,
    build_demo,
    close_tab,
    keystroke_label,
    new_model,
    open_tab,
    sort_cases,
    tab_key,
    tab_reload,
    type_into,
    use_memory_keyring,
)

pytestmark = pytest.mark.bench

SORTS = sort_cases()
STEPS = range(len(KEYSTROKES))
STEP_IDS = [f"{i + 1:02d}-" + keystroke_label(i).replace(" ", "-").replace("'", "") for i in STEPS]


def rounds(demo, *, cheap: bool = False) -> int:
    if cheap:
        return 25
    return 5 if demo.people > 10_000 else 15


# ---- fixtures: each demo database is built once per session ---------------------------------
@pytest.fixture(scope="session", params=SIZES, ids=lambda n: f"{n}people")
def demo(request, tmp_path_factory):
    restore = use_memory_keyring()
    built = build_demo(tmp_path_factory.mktemp(f"demo-{request.param}"), request.param)
    yield built
    built.close()
    restore()


@pytest.fixture(scope="session")
def loaded_model(demo, qapp):
    """A model holding the whole caseload (no filter), for the keystroke timings."""
    return new_model(demo)


@pytest.fixture(scope="session")
def tab(demo, qapp):
    shown = open_tab(demo, qapp)
    yield shown
    close_tab(shown, qapp)


# ---- 1. opening the caseload ----------------------------------------------------------------
@pytest.mark.parametrize("side", ["app", "sql"])
def test_open_caseload(benchmark, demo, qapp, side):
    from recovery_desk.gui.caseload_model import CaseloadModel

    benchmark.group = f"open caseload, {demo.people:,} people"
    if side == "app":
        model = CaseloadModel(demo.today)
        caseload = demo.services.caseload
        benchmark.pedantic(lambda: model.set_rows(caseload.list_rows()), rounds=rounds(demo), warmup_rounds=1)
        assert model.total == demo.people
    else:
        rows = benchmark.pedantic(demo.sql_caseload, rounds=rounds(demo), warmup_rounds=1)
        assert [r[0] for r in rows] == [r.id for r in demo.rows]


# ---- 2. search, one keystroke at a time -----------------------------------------------------
@pytest.mark.parametrize("step", STEPS, ids=STEP_IDS)
@pytest.mark.parametrize("side", ["app", "sql"])
def test_search_keystroke(benchmark, demo, loaded_model, side, step):
    text = KEYSTROKES[step]
    benchmark.group = f"search {STEP_IDS[step]}, {demo.people:,} people"
    if side == "app":
        benchmark.pedantic(loaded_model.set_search, args=(text,), setup=lambda: type_into(loaded_model, step),
                           rounds=rounds(demo, cheap=True), warmup_rounds=1)
        assert loaded_model.rowCount() == len(demo.sql_search(text))
    else:
        benchmark.pedantic(demo.sql_search, args=(text,), rounds=rounds(demo), warmup_rounds=1)


# ---- 3. sorting -----------------------------------------------------------------------------
@pytest.mark.parametrize("case", SORTS, ids=[c.label.replace(" ", "-") for c in SORTS])
@pytest.mark.parametrize("side", ["app", "sql"])
def test_sort(benchmark, demo, qapp, side, case):
    benchmark.group = f"{case.label}, {demo.people:,} people"
    if side == "app":
        models = []

        def setup():
            models.append(case.prepare(demo))
            return (models[-1],), {}

        benchmark.pedantic(lambda m: m.sort(case.column, case.order()), setup=setup,
                           rounds=rounds(demo), warmup_rounds=1)
        assert models[-1].rowCount() == demo.people
    else:
        rows = benchmark.pedantic(demo.sql, args=(CASELOAD_SELECT + case.sql_order,),
                                  rounds=rounds(demo), warmup_rounds=1)
        assert len(rows) == demo.people


# ---- 4. opening a person --------------------------------------------------------------------
@pytest.mark.parametrize("side", ["app", "app-no-audit", "sql"])
def test_open_person(benchmark, demo, side):
    benchmark.group = f"open a person, {demo.people:,} people"
    ids = itertools.cycle(demo.person_ids)
    caseload = demo.services.caseload
    if side == "app":
        record = benchmark.pedantic(lambda: caseload.get(next(ids)), rounds=50, warmup_rounds=2)
    elif side == "app-no-audit":
        record = benchmark.pedantic(lambda: caseload.get(next(ids), audit_view=False), rounds=50, warmup_rounds=2)
    else:
        person, _supporters = benchmark.pedantic(lambda: demo.sql_person(next(ids)), rounds=50, warmup_rounds=2)
        assert person is not None
        return
    assert record.id in demo.person_ids


# ---- extras: the whole Caseload tab (reload; keystroke including the table's repaint) -------
def test_tab_reload(benchmark, demo, tab, qapp):
    """Shown in the ``open caseload`` group, beside test_open_caseload's app and sql."""
    benchmark.group = f"open caseload, {demo.people:,} people"
    benchmark.pedantic(tab_reload, args=(tab, qapp), rounds=rounds(demo), warmup_rounds=1)


@pytest.mark.parametrize("step", STEPS, ids=STEP_IDS)
def test_tab_keystroke(benchmark, demo, tab, qapp, step):
    """Shown in the step's ``search`` group, beside test_search_keystroke's app and sql."""
    benchmark.group = f"search {STEP_IDS[step]}, {demo.people:,} people"

    def setup():
        tab_key(tab, qapp, "")
        for earlier in KEYSTROKES[:step]:
            tab_key(tab, qapp, earlier)

    benchmark.pedantic(tab_key, args=(tab, qapp, KEYSTROKES[step]), setup=setup,
                       rounds=rounds(demo, cheap=True), warmup_rounds=1)
