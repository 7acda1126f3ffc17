"""``recovery-desk bench``: how quick Recovery Desk is, each figure beside a baseline.

Builds fictional demo data folders of 5,000 and 50,000 people in a temporary folder (with
an in-memory keyring: the computer's credential store is never touched), adds one person
with ten years of history to each, and prints a Markdown table. Every figure has a
baseline measured in the same run, on the same machine and data:

* cold start to the main window on screen (the records still opening), and until signed in
  with the caseload listed, beside a bare PySide6 ``QMainWindow``;
* the caseload (search per keystroke, sorting, saving one person), beside plain SQL for the
  same rows on a raw database cursor;
* opening the person with ten years of history, beside plain SQL for the same rows;
* printing their crisis plan, beside bare reportlab setting the same text in the same font;
* the next person in meeting mode (when this release has it);
* peak memory, beside the bare window (and the caseload's rows as plain SQL tuples).

Times are medians of several runs after a warm-up run. ``--quick`` measures 5,000 people
only, with fewer runs (for CI: under a minute). ``python -m recovery_desk.bench.caseload``
has the caseload in more detail.
"""
from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

from recovery_desk.bench import startup
from recovery_desk.bench.harness import (
    CASELOAD_SELECT,
    KEYSTROKES,
    SIZES,
    Demo,
    build_demo,
    environment,
    format_ms,
    keystroke_label,
    keystroke_medians,
    median_ms,
    open_person_record,
    settle,
    sql_person_record,
    use_memory_keyring,
    wait_until_listed,
)
from recovery_desk.bench.history import History, build_history

FRAME_MS = 16.0
START_RATIO = 1.5


@dataclass
class Row:
    what: str
    people: int | None
    app: float | None  # None: not available in this release
    baseline: float | None
    unit: str = "ms"
    target: str = ""
    ok: bool | None = None
    note: str = ""
    detail: str = ""  # shown after the figure, e.g. which keystroke was the slowest

    @property
    def ratio(self) -> float | None:
        if self.app is None or not self.baseline:
            return None
        return self.app / self.baseline


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{format_ms(value)} ms"


def table(rows: list[Row]) -> str:
    lines = ["| measurement | people | Recovery Desk | baseline | ratio | target |",
             "| --- | ---: | ---: | ---: | ---: | --- |"]
    for r in rows:
        if r.app is None:
            app, ratio = r.note or "not available yet", ""
        else:
            app = _value(r.app, r.unit) + (f" ({r.detail})" if r.detail else "")
            ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
        target = r.target
        if r.ok is not None and target:
            target += " ✓" if r.ok else " ✗"
        people = f"{r.people:,}" if r.people else "—"
        lines.append(f"| {r.what} | {people} | {app} | {_value(r.baseline, r.unit)} | {ratio} | {target} |")
    return "\n".join(lines)


def frame_row(what: str, people: int | None, app: float, baseline: float | None, detail: str = "") -> Row:
    return Row(what, people, app, baseline, target=f"≤ {FRAME_MS:.0f} ms", ok=app <= FRAME_MS, detail=detail)


# ---- the measurements ---------------------------------------------------------------------------
def open_window(demo: Demo):
    """The real main window on the demo folder, signed in as its first clinician, shown."""
    from recovery_desk.app import open_main_window

    window = open_main_window(demo.folder.home, user=demo.services.actor.username, folder=demo.folder,
                              clock=demo.services.ctx.clock)
    window.resize(*startup.WINDOW_SIZE)
    window.show()
    return window


def measure_caseload(demo: Demo, window, app, runs: int) -> list[Row]:
    """Search per keystroke, sort, and save one person, in the window's Caseload tab."""
    from PySide6.QtCore import Qt

    from recovery_desk.gui.caseload_model import NAME, REVIEW

    n = demo.people
    tab = window.caseload_tab
    wait_until_listed(tab, app)
    rows = demo.services.caseload.list_rows()
    # Someone chosen who does not match the search, as after looking at one person and then
    # searching for another.
    current = next(r.id for r in rows if r.discharged_on is None
                   and "q" not in f"{r.given_name} {r.family_name} {r.preferred_name}".casefold())
    assert tab.select_person(current)
    app.processEvents()

    def key(text: str) -> None:
        tab.search.setText(text)
        settle(app)

    keys = keystroke_medians(key, lambda: (key(""), tab.model.forget_searches()), runs)
    sql_keys = [median_ms(lambda _s, t=text: demo.sql_search(t), runs) for text in KEYSTROKES]
    slowest = max(range(len(keys)), key=keys.__getitem__)
    out = [
        frame_row("search as you type, slowest of 10 keystrokes (whole tab, repaint included)", n,
                  keys[slowest], sql_keys[slowest], detail=keystroke_label(slowest)),
        frame_row("search as you type, median keystroke", n, statistics.median(keys), statistics.median(sql_keys)),
    ]
    key("")

    def sort_by(column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        tab.table.horizontalHeader().setSortIndicator(column, order)  # what a click on the header does
        settle(app)

    slow_runs = max(3, runs // 2)
    sql_sort = median_ms(lambda _s: demo.sql(CASELOAD_SELECT + " ORDER BY person.next_review_on, "
                                             "person.family_name, person.given_name, person.id"), slow_runs)

    def fresh(_=None) -> None:  # a newly loaded caseload, sorted by name, settled
        sort_by(NAME)
        tab.reload()
        settle(app)
        # A large caseload's other column orders are worked out on a worker after loading, well before
        # anyone could click a heading; the first click is timed once that has finished.
        while tab.warming:
            app.processEvents()
            time.sleep(0.002)

    first = median_ms(lambda _s: sort_by(REVIEW), slow_runs, setup=fresh)
    again = median_ms(lambda _s: sort_by(REVIEW), runs, setup=lambda: sort_by(NAME))
    sort_by(NAME)
    out += [frame_row("sort by next review, first click after loading (whole tab)", n, first, sql_sort),
            frame_row("sort by next review, again", n, again, sql_sort)]

    # Save one person's details: the service, then their line in the list (as after the dialog).
    record = demo.services.caseload.get(current, audit_view=False)
    phones = iter(f"07700 900{i % 1000:03d}" for i in range(10_000))

    def save(_s) -> None:
        nonlocal record
        draft = record.as_draft()
        draft.phone = next(phones)
        record = demo.services.caseload.save(draft)
        tab.refresh_person(record.id)
        settle(app)

    def sql_save(_s) -> None:
        conn = demo.folder.db.engine.raw_connection()
        try:
            cur = conn.cursor()
            cur.execute("BEGIN")
            cur.execute("UPDATE person SET phone = ?, version = version + 1 WHERE id = ?", (next(phones), current))
            cur.execute("COMMIT")
            cur.close()
        finally:
            conn.close()

    out.append(frame_row("save one person's details and refresh their line", n,
                         median_ms(save, runs), median_ms(sql_save, runs)))
    return out


def measure_person(demo: Demo, window, app, history: History, runs: int) -> list[Row]:
    """Open the person with ten years of history: the services, choosing them on the caseload, and
    then each of their tabs as it is clicked (a tab loads the person it shows when it is looked at)."""
    n = demo.people
    services = demo.services
    pid = history.person_id
    sql = median_ms(lambda _s: sql_person_record(demo, pid), runs)
    in_services = median_ms(lambda _s: open_person_record(services, pid), runs)
    tab = window.caseload_tab
    tabs = window.ui.tabs
    other = next(r.id for r in services.caseload.list_rows() if r.discharged_on is None and r.id != pid)

    def choose(person_id: int) -> None:
        tabs.setCurrentIndex(0)
        assert tab.select_person(person_id), person_id
        settle(app)

    def show_tab(index: int) -> None:
        tabs.setCurrentIndex(index)
        settle(app)

    rows = [
        # Not one interaction since the tabs load when looked at: what all of them together ask of the services.
        Row(f"open a person with {history.years} years of history: services for every tab at once", n,
            in_services, sql),
        frame_row(f"open a person with {history.years} years of history: choose them on the caseload", n,
                  median_ms(lambda _s: choose(pid), runs, setup=lambda: choose(other)), sql),
    ]
    for index in range(1, tabs.count()):
        def after_someone_else(index: int = index) -> None:  # the tab built, showing someone else
            choose(other)
            show_tab(index)
            choose(pid)

        label = tabs.tabText(index).replace("&", "")
        rows.append(frame_row(f"open a person with {history.years} years of history: then their {label} tab", n,
                              median_ms(lambda _s, index=index: show_tab(index), runs, setup=after_someone_else),
                              sql))
    return rows


def measure_pdf(demo: Demo, history: History, runs: int) -> Row:
    from recovery_desk.bench.pdf import bare_reportlab
    from recovery_desk.printing.crisis_plan_pdf import render_crisis_plan
    from recovery_desk.printing.fonts import register_fonts

    services = demo.services
    agreed = next(v for v in services.crisis_plans.history(history.person_id) if v.status == "agreed")
    plan = services.crisis_plans.get(agreed.id, audit_view=False)
    register_fonts()  # once per process in the app too
    today = services.ctx.today()
    app_ms = median_ms(lambda _s: render_crisis_plan(plan, io.BytesIO(), printed_on=today), runs)
    base_ms = median_ms(lambda _s: bare_reportlab(plan, io.BytesIO()), runs)
    return Row(f"print a crisis plan (version {plan.version_no}, {len(plan.copies)} copies listed) to PDF",
               None, app_ms, base_ms, target="(off the GUI thread)")


def measure_meeting(demo: Demo, runs: int, history: History) -> list[Row]:
    """The next person in meeting mode: measured when this release has meeting mode."""
    from recovery_desk.bench import meeting

    try:
        return meeting.measure(demo, runs, history.person_id, history.years)
    except Exception as exc:  # meeting mode still being built: say so rather than stop the bench
        return [Row("next person in meeting mode", demo.people, None, None,
                    note=f"could not be measured ({type(exc).__name__}: {exc})"[:160])]


def measure_memory(demo: Demo) -> Row:
    """Python heap at its peak while the caseload is loaded into the model, beside the same rows
    fetched as plain tuples (``tracemalloc``; the process's own memory is in the cold-start rows)."""
    from recovery_desk.gui.caseload_model import CaseloadModel

    tracemalloc.start()
    try:
        rows = demo.sql_caseload()
        _now, sql_peak = tracemalloc.get_traced_memory()
        del rows
        tracemalloc.reset_peak()
        tracemalloc.clear_traces()
        base = tracemalloc.get_traced_memory()[0]
        model = CaseloadModel(demo.today)
        model.set_rows(demo.services.caseload.list_rows())
        _now, app_peak = tracemalloc.get_traced_memory()
        del model
    finally:
        tracemalloc.stop()
    return Row("caseload held in memory (Python heap, peak while loading)", demo.people,
               (app_peak - base) / 1e6, sql_peak / 1e6, unit="MB")


def cold_start_rows(n: int, cold, bare) -> list[Row]:
    rows = [Row("cold start to the main window on screen and answering (records still opening)", n,
                cold.ready_ms, bare.ready_ms, target=f"≤ {START_RATIO}× bare window",
                ok=cold.ready_ms <= START_RATIO * bare.ready_ms)]
    rows.append(Row("cold start until signed in with the caseload listed (ready for work)", n,
                    cold.listed_ms, bare.ready_ms))
    if cold.peak_rss and bare.peak_rss:
        rows.append(Row("peak memory of the whole app after start-up (max RSS)", n, cold.peak_rss / 1e6,
                        bare.peak_rss / 1e6, unit="MB"))
    return rows


# ---- the command --------------------------------------------------------------------------------
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="recovery-desk bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5,000 people only, fewer runs (for CI)")
    parser.add_argument("--people", type=int, action="append", help="a size to measure (repeatable)")
    parser.add_argument("--runs", type=int, default=None, help="timed runs of each operation (default 9; quick 5)")
    parser.add_argument("--starts", type=int, default=None, help="cold starts of each kind (default 5; quick 3)")
    parser.add_argument("--years", type=int, default=10, help=argparse.SUPPRESS)  # the history's length (tests)
    parser.add_argument("--output", type=Path, default=None, help="also write the report to this file")
    parser.add_argument("--on-screen", action="store_true",
                        help="use the real display instead of Qt's offscreen platform (windows will flash up)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = args.people or ([SIZES[0]] if args.quick else list(SIZES))
    runs = args.runs or (5 if args.quick else 9)
    starts = args.starts or (3 if args.quick else 5)
    if not args.on_screen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from recovery_desk.gui.theme import before_application

    if QApplication.instance() is None:
        before_application()  # as the app does: the figures are the app's
    app = QApplication.instance() or QApplication(sys.argv[:1])
    platform_name = app.platformName()
    restore_keyring = use_memory_keyring()
    started = time.perf_counter()
    rows: list[Row] = []
    notes: list[str] = []

    def progress(message: str) -> None:
        if sys.stderr is not None:  # None when started without a console (Windows)
            print(f"[{time.perf_counter() - started:5.0f} s] {message}", file=sys.stderr, flush=True)

    try:
        with tempfile.TemporaryDirectory(prefix="rd-bench-") as tmp:
            progress("cold starts of a bare PySide6 window")
            bare = startup.measure("bare", starts)
            for n in sizes:
                progress(f"building {n:,} fictional people")
                demo = build_demo(Path(tmp) / f"demo-{n}", n)
                try:
                    built = time.perf_counter()
                    history = build_history(demo.services, demo.services.ctx.clock, years=args.years)
                    notes.append(
                        f"{n:,} people: demo built in {demo.build_seconds:.1f} s; the person with {history.years} years of "
                        f"history ({history.plan_versions} crisis plan versions, {history.copies} copies given, "
                        f"{history.goals} goals, {history.steps} steps, {history.notes} notes, "
                        f"{history.risk_plans} risk plans, {history.reviews} team meeting reviews, "
                        f"{history.supporters} supporters over the years) through "
                        f"{history.service_calls} service calls in {time.perf_counter() - built:.1f} s; "
                        f"database {demo.database_bytes() / 1e6:.1f} MB")
                    progress(f"{n:,} people: measuring in the window")
                    window = open_window(demo)
                    try:
                        app.processEvents()
                        size_rows = measure_caseload(demo, window, app, runs)
                        size_rows += measure_person(demo, window, app, history, runs)
                    finally:
                        window.close()
                        window.deleteLater()
                        app.processEvents()
                    size_rows += measure_meeting(demo, runs, history)
                    size_rows.append(measure_memory(demo))
                    if n == sizes[0]:
                        size_rows.append(measure_pdf(demo, history, runs))
                    user = demo.services.actor.username
                    key, install_id, home = demo.folder.key_hex, demo.folder.settings.install_id, demo.folder.home
                finally:
                    demo.close()
                progress(f"{n:,} people: cold starts of the app")
                cold = startup.measure("app", starts, home=home, user=user, install_id=install_id, key_hex=key)
                rows += cold_start_rows(n, cold, bare) + size_rows
                notes.append(f"{n:,} people: app start-up stages (child's clock, median): " + ", ".join(
                    f"{k} {v:.0f} ms" for k, v in cold.marks.items()))
    finally:
        restore_keyring()
    first_seen = {what: i for i, what in reversed(list(enumerate(r.what for r in rows)))}
    rows.sort(key=lambda r: (first_seen[r.what], r.people or 0))  # each measurement's sizes together
    lines = [f"Recovery Desk bench, {time.strftime('%Y-%m-%d %H:%M')}: {environment()}; Qt platform "
             f"'{platform_name}'"]
    lines += [f"- {note}" for note in notes]
    lines += [f"- medians of {runs} runs after a warm-up run ({max(3, runs // 2)} for the first click on a column "
              f"after loading); {starts} cold starts of each kind; total {time.perf_counter() - started:.0f} s",
              "", table(rows), "", LEGEND]
    report = "\n".join(lines) + "\n"
    output = args.output
    if output is None and sys.stdout is None:  # the windowed ``recovery-desk`` command has no console
        output = Path.home() / f"recovery-desk-bench-{time.strftime('%Y%m%d-%H%M')}.md"
    if output is not None:
        output.write_text(report, encoding="utf-8")
    if sys.stdout is not None:
        sys.stdout.write(report)
        if output is not None:
            sys.stdout.write(f"\n(also written to {output})\n")
    return 0


LEGEND = """Baselines: cold start and peak memory — a bare PySide6 QMainWindow of the same size started the
same way (a new Python process until the window is exposed, painted and the event loop idle);
search, sort and opening a person — plain SQL on a raw database cursor for the same rows (LIKE per
keystroke; ORDER BY; every row of the person's record, goals and crisis plans); saving — a plain
UPDATE of the same row, committed; the PDF — bare reportlab setting the same text in the same
font; the caseload in memory — the same rows fetched as plain SQL tuples. ✓/✗: within the target."""
