"""Shared set-up for the benchmarks: ``recovery-desk bench`` (this package), the caseload
detail table (``recovery_desk.bench.caseload``, also ``python tests/bench/run.py``) and the
pytest-benchmark tests in ``tests/bench``.

Every measurement of the app is paired with a baseline on the same database in the same
run: plain SQL on a raw DBAPI cursor (``engine.raw_connection()``), selecting the same
columns with the same joins and ORDER BY, ``fetchall()``. The ratio app / plain SQL shows
how much the app adds on top of simply reading the data.

Nothing here touches the computer's real credential store: :func:`use_memory_keyring`
swaps in a keyring that lives only in this process before any data folder is opened.
"""
from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import keyring

from recovery_desk.services.context import FixedClock
from recovery_desk.store.keys import MemoryKeyring

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
    "person.next_review_on, person.discharged_on, plans.review_by, plans.has_agreed, plans.has_draft, "
    "goals.working "
    "FROM person LEFT OUTER JOIN staff ON staff.id = person.care_coordinator_id "
    "LEFT OUTER JOIN (SELECT person_id, max(CASE WHEN status = 'agreed' THEN review_by END) AS review_by, "
    "max(CASE WHEN status = 'agreed' THEN 1 ELSE 0 END) AS has_agreed, "
    "max(CASE WHEN status = 'draft' THEN 1 ELSE 0 END) AS has_draft "
    "FROM crisis_plan GROUP BY person_id) AS plans ON plans.person_id = person.id "
    "LEFT OUTER JOIN (SELECT person_id, count(id) AS working FROM goal "
    "WHERE kind = 'recovery' AND status = 'working' GROUP BY person_id) AS goals ON goals.person_id = person.id"
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
    """Open a new demo data folder in ``home`` and fill it with ``people`` (the slow part).

    Call :func:`use_memory_keyring` first: the folder's key goes to the keyring."""
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
    """Put ``model`` in the state just before keystroke ``upto``: empty box, then the earlier keys
    (typed afresh: nothing remembered from an earlier round)."""
    model.set_search("")
    model.forget_searches()
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
    wait_until_listed(tab, app)
    current = next(r.id for r in demo.rows if r.discharged_on is None
                   and "q" not in f"{r.given_name} {r.family_name} {r.preferred_name}".casefold())
    assert tab.select_person(current)
    app.processEvents()
    return tab


def wait_until_listed(tab, app, timeout_s: float = 120) -> None:
    """Process events until the Caseload tab has its rows (a large caseload loads in the background)."""
    deadline = time.perf_counter() + timeout_s
    app.processEvents()
    while tab.loading:
        assert time.perf_counter() < deadline, "the caseload did not load"
        app.processEvents()
        time.sleep(0.005)


def settle(app) -> None:
    """Run what the last action posted and what that posts in turn: an item view lays itself
    out on a zero-delay timer and only then paints, so one pass of the event loop can miss the
    repaint (and a timing would leave it out)."""
    app.processEvents()
    app.processEvents()


def tab_key(tab, app, text: str) -> None:
    """One keystroke in the search box, as the window sees it: the text changes, then the
    event loop runs what that posted (the table's repaint)."""
    tab.search.setText(text)
    settle(app)


def tab_reload(tab, app) -> None:
    tab.reload()
    settle(app)


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


# ---- timing -----------------------------------------------------------------------------------
def median_ms(target: Callable[[object], object], runs: int, setup: Callable[[], object] | None = None,
              warmup: int = 1) -> float:
    """Median wall time of ``target(setup())`` in milliseconds; ``setup`` is not timed.

    The garbage collector is left alone, as in pytest-benchmark and in the app (a
    ``gc.collect()`` before each run makes sub-millisecond operations look ~0.2 ms slower:
    cold CPU caches)."""
    times = []
    for i in range(warmup + runs):
        state = setup() if setup is not None else None
        started = time.perf_counter()
        target(state)
        elapsed = time.perf_counter() - started
        if i >= warmup:
            times.append(elapsed)
    return statistics.median(times) * 1000


def keystroke_medians(apply: Callable[[str], None], reset: Callable[[], None], runs: int) -> list[float]:
    """Type the whole KEYSTROKES sequence ``runs`` times (plus a warm-up); median per keystroke.
    ``reset`` empties the box and makes the model forget earlier searches."""
    per_step: list[list[float]] = [[] for _ in KEYSTROKES]
    for i in range(runs + 1):
        reset()
        for step, text in enumerate(KEYSTROKES):
            started = time.perf_counter()
            apply(text)
            elapsed = time.perf_counter() - started
            if i:
                per_step[step].append(elapsed)
    return [statistics.median(times) * 1000 for times in per_step]


def format_ms(value: float) -> str:
    return f"{value:.1f}" if value >= 100 else f"{value:.2f}" if value >= 1 else f"{value:.3f}"


# ---- the machine ------------------------------------------------------------------------------
def environment() -> str:
    """One line naming the machine and the versions the figures depend on."""
    from importlib.metadata import PackageNotFoundError, version

    import sqlcipher3.dbapi2 as sqlcipher
    from PySide6.QtCore import qVersion
    from sqlalchemy import __version__ as sqlalchemy

    try:
        pyside = version("PySide6-Essentials")
    except PackageNotFoundError:
        try:
            pyside = version("PySide6")
        except PackageNotFoundError:
            pyside = "?"
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    conn = sqlcipher.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
    return (f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, "
            f"SQLite {sqlcipher.sqlite_version}, SQLCipher {cipher}, SQLAlchemy {sqlalchemy}, "
            f"PySide6 {pyside} (Qt {qVersion()}), {platform.system()} {platform.release()}")


# ---- one person's whole record (plain SQL for the same rows the services read) ---------------
PERSON_RECORD_SQL = (
    PERSON_SQL,
    SUPPORTERS_SQL,
    "SELECT id, display_name FROM staff",
    "SELECT * FROM goal WHERE person_id = ? ORDER BY id",
    "SELECT goal_step.* FROM goal_step JOIN goal ON goal.id = goal_step.goal_id WHERE goal.person_id = ? "
    "ORDER BY goal_step.id",
    "SELECT goal_note.* FROM goal_note JOIN goal ON goal.id = goal_note.goal_id WHERE goal.person_id = ? "
    "ORDER BY goal_note.id",
    "SELECT risk_plan.* FROM risk_plan JOIN goal ON goal.id = risk_plan.goal_id WHERE goal.person_id = ? "
    "ORDER BY risk_plan.id",
    "SELECT * FROM crisis_plan WHERE person_id = ? ORDER BY version_no DESC",
    "SELECT crisis_plan_section.* FROM crisis_plan_section JOIN crisis_plan "
    "ON crisis_plan.id = crisis_plan_section.plan_id WHERE crisis_plan.person_id = ? ORDER BY crisis_plan_section.id",
    "SELECT crisis_plan_copy.*, crisis_plan.version_no FROM crisis_plan_copy JOIN crisis_plan "
    "ON crisis_plan.id = crisis_plan_copy.plan_id WHERE crisis_plan.person_id = ? "
    "ORDER BY crisis_plan_copy.given_on DESC, crisis_plan_copy.id",
)


def sql_person_record(demo: Demo, person_id: int) -> list[list]:
    """Every row the person's record, goals and crisis plans are made of, on one raw cursor."""
    conn = demo.folder.db.engine.raw_connection()
    try:
        cur = conn.cursor()
        out = [cur.execute(sql, (person_id,) if "?" in sql else ()).fetchall() for sql in PERSON_RECORD_SQL]
        cur.close()
        return out
    finally:
        conn.close()


def open_person_record(services, person_id: int) -> None:
    """What choosing a person asks of the services today: their record (audited), their goals,
    their current crisis plan (audited) and its version history."""
    services.caseload.get(person_id)
    services.goals.overview(person_id)
    services.crisis_plans.current(person_id)
    services.crisis_plans.history(person_id)
