"""Shared set-up for the caseload benchmarks: ``test_caseload_bench.py`` (pytest-benchmark)
and ``run.py`` (plain ``time.perf_counter``, prints a table for notes).

Every measurement of the app is paired with a baseline on the same database in the same
run: plain SQL on a raw DBAPI cursor (``engine.raw_connection()``), selecting the same
columns with the same join and ORDER BY, ``fetchall()``. The ratio app / plain SQL shows
how much the app adds on top of simply reading the data.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

SIZES = (5_000, 50_000)
SEED = 7

# What a person types into the search box, one entry per keystroke: four letters that
# narrow the list, one that matches nobody, then backspacing to an empty box.
KEYSTROKES: tuple[str, ...] = ("q", "qu", "qui", "quil", "quilz", "quil", "qui", "qu", "q", "")


def keystroke_label(step: int) -> str:
    text = KEYSTROKES[step]
    previous = KEYSTROKES[step - 1] if step else ""
    if len(text) < len(previous):
        return f"backspace to '{text}'" if text else "backspace to empty box"
    extra = " (no match)" if text == "quilz" else ""
    return f"type '{text}'{extra}"


# ---- plain SQL baselines ------------------------------------------------------------------
# The same columns and joins as CaseloadService.list_rows() (which leaves sorting to the model).
CASELOAD_SELECT = (
    "SELECT person.id, person.given_name, person.family_name, person.preferred_name, "
    "person.nhs_number, person.care_coordinator_id, staff.display_name, person.date_of_birth, "
    "person.next_review_on, person.discharged_on, plans.review_by, plans.has_agreed, plans.has_draft "
    "FROM person LEFT OUTER JOIN staff ON staff.id = person.care_coordinator_id "
    "LEFT OUTER JOIN (SELECT person_id, max(CASE WHEN status = 'agreed' THEN review_by END) AS review_by, "
    "max(CASE WHEN status = 'agreed' THEN 1 ELSE 0 END) AS has_agreed, "
    "max(CASE WHEN status = 'draft' THEN 1 ELSE 0 END) AS has_draft "
    "FROM crisis_plan GROUP BY person_id) AS plans ON plans.person_id = person.id"
)
ORDER_BY_NAME = " ORDER BY person.family_name, person.given_name, person.id"
SEARCH_WHERE = (
    " WHERE lower(person.given_name || ' ' || person.family_name || ' ' || person.preferred_name"
    " || ' ' || coalesce(person.nhs_number, '')) LIKE ?"
)
# Sort baselines. Ties are broken by the name order, as the app's stable sort does.
ORDER_BY_REVIEW = " ORDER BY person.next_review_on, person.family_name, person.given_name, person.id"
ORDER_BY_NAME_DESC = " ORDER BY person.family_name DESC, person.given_name DESC, person.id DESC"
PERSON_SQL = (
    "SELECT person.*, staff.display_name FROM person "
    "LEFT OUTER JOIN staff ON staff.id = person.care_coordinator_id WHERE person.id = ?"
)
SUPPORTERS_SQL = "SELECT * FROM supporter WHERE supporter.person_id = ? ORDER BY supporter.id"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives only in this process (as in tests/conftest.py)."""

    priority = 100  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


class FixedClock:
    """The same day every run, so the generated data (and its dates) are identical."""

    def __init__(self, now: datetime | None = None):
        self._now = now or datetime(2026, 11, 21, 10, 0, tzinfo=timezone.utc)

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> None:
        self._now += timedelta(**delta)


def use_memory_keyring() -> Callable[[], None]:
    """Switch to an in-memory keyring; returns the function that switches back."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    return lambda: keyring.set_keyring(previous)


@dataclass
class Demo:
    """One demo data folder, filled once, signed in as the demo team's first clinician."""

    people: int
    folder: object  # recovery_desk.store.datafolder.DataFolder
    services: object  # recovery_desk.services.bundle.Services
    build_seconds: float
    rows: list = field(default_factory=list)  # list_rows() once: input for the model-only timings
    person_ids: list[int] = field(default_factory=list)  # people to open, spread over the caseload

    @property
    def today(self):
        return self.services.ctx.today()

    def close(self) -> None:
        self.folder.close()

    # ---- plain SQL ------------------------------------------------------------------------
    def sql(self, statement: str, params: tuple = ()) -> list:
        """Run one statement on a raw DBAPI cursor and fetch everything (the baseline)."""
        conn = self.folder.db.engine.raw_connection()
        try:
            cur = conn.cursor()
            cur.execute(statement, params)
            rows = cur.fetchall()
            cur.close()
            return rows
        finally:
            conn.close()

    def sql_caseload(self) -> list:
        return self.sql(CASELOAD_SELECT)

    def sql_search(self, needle: str) -> list:
        if not needle:
            return self.sql_caseload()
        return self.sql(CASELOAD_SELECT + SEARCH_WHERE + ORDER_BY_NAME, (f"%{needle}%",))

    def sql_person(self, person_id: int) -> tuple:
        conn = self.folder.db.engine.raw_connection()
        try:
            cur = conn.cursor()
            person = cur.execute(PERSON_SQL, (person_id,)).fetchone()
            supporters = cur.execute(SUPPORTERS_SQL, (person_id,)).fetchall()
            cur.close()
            return person, supporters
        finally:
            conn.close()

    def database_bytes(self) -> int:
        """The database file and its write-ahead log (much of a new database is still in the log)."""
        path = self.folder.database_path
        wal = path.with_name(path.name + "-wal")
        return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def build_demo(home: Path, people: int) -> Demo:
    """Open a new demo data folder in ``home`` and fill it with ``people`` (the slow part)."""
    import time

    from recovery_desk.services import demo as demo_data
    from recovery_desk.services.bundle import Services
    from recovery_desk.services.context import ServiceContext
    from recovery_desk.services.staff import actor_for
    from recovery_desk.store.datafolder import open_data_folder

    started = time.perf_counter()
    folder = open_data_folder(home, demo=True)
    try:
        services = Services.create(ServiceContext(folder.db, FixedClock()))
        summary = demo_data.generate(services.ctx, people=people, seed=SEED)
        staff = services.staff.find(summary.first_clinician)
        assert staff is not None
        services.become(actor_for(staff))
    except BaseException:
        folder.close()
        raise
    built = Demo(people, folder, services, time.perf_counter() - started)
    built.rows = services.caseload.list_rows()
    assert len(built.rows) == people, (len(built.rows), people)
    step = max(1, people // 25)
    built.person_ids = [built.rows[i].id for i in range(0, people, step)]
    return built


def new_model(demo: Demo, *, sort: tuple[int, object] | None = None, rows: list | None = None):
    """A caseload model holding ``rows`` (default: the demo's), optionally sorted first."""
    from recovery_desk.gui.caseload_model import CaseloadModel

    model = CaseloadModel(demo.today)
    if sort is not None:
        model.sort(*sort)  # on an empty model: makes set_rows compute (and cache) this order
    model.set_rows(demo.rows if rows is None else rows)
    return model


def type_into(model, upto: int) -> None:
    """Put ``model`` in the state just before keystroke ``upto``: empty box, then the earlier keys."""
    model.set_search("")
    for text in KEYSTROKES[:upto]:
        model.set_search(text)


# ---- the sort cases ---------------------------------------------------------------------
@dataclass(frozen=True)
class SortCase:
    label: str
    column: int
    descending: bool
    cached: bool
    sql_order: str

    def order(self):
        from PySide6.QtCore import Qt

        return Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder

    def prepare(self, demo: Demo):
        """A model in the state just before the timed ``model.sort(...)``."""
        from PySide6.QtCore import Qt

        from recovery_desk.gui.caseload_model import NAME, REVIEW

        other = REVIEW if self.column == NAME else NAME
        if self.cached:
            # Sorted by this column once before, then by another: the order is cached.
            model = new_model(demo)
            model.sort(self.column, self.order())
            model.sort(other, Qt.SortOrder.AscendingOrder)
            return model
        # Freshly loaded while sorted by another column: this column's order is not cached.
        return new_model(demo, sort=(other, Qt.SortOrder.AscendingOrder))


def sort_cases() -> list[SortCase]:
    from recovery_desk.gui.caseload_model import NAME, REVIEW

    return [
        SortCase("sort by Next review, first time", REVIEW, False, False, ORDER_BY_REVIEW),
        SortCase("sort by Next review, again (cached)", REVIEW, False, True, ORDER_BY_REVIEW),
        SortCase("sort by Name descending, first time", NAME, True, False, ORDER_BY_NAME_DESC),
        SortCase("sort by Name descending, again (cached)", NAME, True, True, ORDER_BY_NAME_DESC),
    ]


# ---- the whole Caseload tab (extras) -------------------------------------------------------
def open_tab(demo: Demo, app):
    """The real Caseload tab with the app's theme, shown (offscreen) at a laptop-window size,
    with someone selected who does not match the search (as after looking at one person and
    then searching for another). The tab loads the caseload itself (list_rows)."""
    from recovery_desk.gui.caseload_tab import CaseloadTab
    from recovery_desk.gui.theme import apply_theme

    apply_theme(app)
    tab = CaseloadTab(demo.services)
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()
    current = next(r.id for r in demo.rows if r.discharged_on is None
                   and "q" not in f"{r.given_name} {r.family_name} {r.preferred_name}".casefold())
    assert tab.select_person(current)
    app.processEvents()
    return tab


def tab_key(tab, app, text: str) -> None:
    """One keystroke in the search box, as the window sees it: the text changes, then the
    event loop runs what that posted (the table's repaint)."""
    tab.search.setText(text)
    app.processEvents()


def tab_reload(tab, app) -> None:
    tab.reload()
    app.processEvents()


def close_tab(tab, app) -> None:
    tab.close()
    tab.deleteLater()
    app.processEvents()


def check_same_answers(demo: Demo) -> None:
    """The app and the baselines must agree on what they return (checked once, not timed)."""
    assert sorted(r[0] for r in demo.sql_caseload()) == sorted(r.id for r in demo.rows), "caseload rows differ"
    model = new_model(demo)
    for text in KEYSTROKES:
        type_into(model, 0)
        model.set_search(text)
        assert model.rowCount() == len(demo.sql_search(text)), f"search {text!r}: counts differ"
    for person_id in demo.person_ids[:3]:
        person, supporters = demo.sql_person(person_id)
        record = demo.services.caseload.get(person_id, audit_view=False)
        assert person[0] == record.id and len(supporters) == len(record.supporters)
