"""The caseload in detail: every keystroke, sort and load at 5,000 and 50,000 people.

``python -m recovery_desk.bench.caseload`` (or ``python tests/bench/run.py``) builds a demo
data folder of each size in a temporary folder (in-memory keyring), times each caseload
operation with ``time.perf_counter`` (median of several runs, after one warm-up run)
beside a plain-SQL baseline on the same database, and prints a Markdown table. About a
minute. ``recovery-desk bench`` prints the summary table; this is the long version.

Options: ``--people 5000 --people 50000`` (sizes), ``--runs N`` (timed runs of the fast
operations; slow ones use fewer), ``--no-tab`` (skip the whole-Caseload-tab extras).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from recovery_desk.bench.harness import (
    CASELOAD_SELECT,
    KEYSTROKES,
    SIZES,
    Demo,
    build_demo,
    check_same_answers,
    close_tab,
    environment,
    format_ms,
    keystroke_label,
    keystroke_medians,
    median_ms,
    new_model,
    open_tab,
    sort_cases,
    tab_key,
    tab_reload,
    use_memory_keyring,
)

Results = dict[str, dict[int, tuple[float, float]]]


def measure(demo: Demo, results: Results, *, runs: int, tab: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from recovery_desk.gui.caseload_model import CaseloadModel

    app = QApplication.instance() or QApplication([])
    n = demo.people
    slow_runs = max(3, runs // 2) if n > 10_000 else runs
    caseload = demo.services.caseload
    check_same_answers(demo)

    def add(operation: str, app_ms: float, sql_ms: float) -> None:
        results.setdefault(operation, {})[n] = (app_ms, sql_ms)

    # 1. Open the caseload.
    sql_open = median_ms(lambda _s: demo.sql_caseload(), slow_runs)
    model = CaseloadModel(demo.today)
    add("open caseload: list_rows() + model.set_rows()",
        median_ms(lambda _s: model.set_rows(caseload.list_rows()), slow_runs), sql_open)
    add("  of which CaseloadService.list_rows()", median_ms(lambda _s: caseload.list_rows(), slow_runs), sql_open)
    add("  of which CaseloadModel.set_rows()", median_ms(lambda _s: model.set_rows(demo.rows), slow_runs), sql_open)

    # 2. Search, one keystroke at a time (the model holds everyone, no filter).
    model = new_model(demo)
    app_keys = keystroke_medians(model.set_search, lambda: (model.set_search(""), model.forget_searches()), runs)
    sql_keys = [median_ms(lambda _s, t=text: demo.sql_search(t), runs) for text in KEYSTROKES]
    for step, (a, s) in enumerate(zip(app_keys, sql_keys)):
        add(f"search {step + 1:>2}: {keystroke_label(step)}", a, s)

    # 3. Sort.
    for case in sort_cases():
        sql_ms = median_ms(lambda _s, c=case: demo.sql(CASELOAD_SELECT + c.sql_order), slow_runs)
        app_ms = median_ms(lambda m, c=case: m.sort(c.column, c.order()), slow_runs,
                           setup=lambda c=case: c.prepare(demo))
        add(case.label, app_ms, sql_ms)

    # 4. Open a person (one of 25 people spread over the caseload, in turn).
    ids = iter(demo.person_ids * 100)
    sql_person = median_ms(lambda _s: demo.sql_person(next(ids)), runs * 2)
    add("open person: CaseloadService.get() (with audit 'view' row)",
        median_ms(lambda _s: caseload.get(next(ids)), runs * 2), sql_person)
    add("  same, get(audit_view=False)",
        median_ms(lambda _s: caseload.get(next(ids), audit_view=False), runs * 2), sql_person)

    if tab:
        measure_tab(demo, app, add, runs=runs, slow_runs=slow_runs, sql_open=sql_open, sql_keys=sql_keys)


def measure_tab(demo: Demo, app, add, *, runs: int, slow_runs: int, sql_open: float,
                sql_keys: list[float]) -> None:
    """Extras: the real Caseload tab (see harness.open_tab); each keystroke is
    QLineEdit.setText plus processing the events it posts, repaint included."""
    tab = open_tab(demo, app)
    try:
        add("extra: Caseload tab reload() (+ filter, repaint)",
            median_ms(lambda _s: tab_reload(tab, app), slow_runs), sql_open)
        app_keys = keystroke_medians(lambda text: tab_key(tab, app, text),
                                 lambda: (tab_key(tab, app, ""), tab.model.forget_searches()), runs)
        for step, (a, s) in enumerate(zip(app_keys, sql_keys)):
            add(f"extra: tab search {step + 1:>2}: {keystroke_label(step)}", a, s)
    finally:
        close_tab(tab, app)


def table(results: Results, sizes: list[int]) -> str:
    lines = ["| operation | people | app median ms | plain SQL median ms | ratio |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for operation, by_size in results.items():
        for n in sizes:
            if n not in by_size:
                continue
            app_ms, sql_ms = by_size[n]
            ratio = app_ms / sql_ms if sql_ms else float("nan")
            lines.append(f"| {operation.replace('|', '/')} | {n:,} | {format_ms(app_ms)} | {format_ms(sql_ms)} | {ratio:.3g} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description="Time the caseload at 5,000 and 50,000 people.")
    parser.add_argument("--people", type=int, action="append", help="a size to measure (repeatable)")
    parser.add_argument("--runs", type=int, default=9, help="timed runs of the fast operations")
    parser.add_argument("--no-tab", action="store_true", help="skip the whole-Caseload-tab extras")
    args = parser.parse_args(argv)
    sizes = args.people or list(SIZES)

    from PySide6.QtWidgets import QApplication

    from recovery_desk.gui.theme import before_application

    if QApplication.instance() is None:
        before_application()
    app = QApplication.instance() or QApplication([])
    restore_keyring = use_memory_keyring()
    started = time.perf_counter()
    results: Results = {}
    notes = []
    try:
        with tempfile.TemporaryDirectory(prefix="rd-bench-") as tmp:
            for n in sizes:
                demo = build_demo(Path(tmp) / f"demo-{n}", n)
                try:
                    notes.append(f"{n:,} people: demo built in {demo.build_seconds:.1f} s, "
                                 f"database {demo.database_bytes() / 1e6:.1f} MB")
                    measure(demo, results, runs=args.runs, tab=not args.no_tab)
                finally:
                    demo.close()
                print(f"[{n:,} people measured, {time.perf_counter() - started:.0f} s so far]", file=sys.stderr)
    finally:
        restore_keyring()
    del app
    print(f"Caseload benchmark, {time.strftime('%Y-%m-%d %H:%M')}: {environment()}")
    for note in notes:
        print(f"- {note}")
    print(f"- medians of {args.runs} runs (fast operations) / {max(3, args.runs // 2)} runs "
          f"(open caseload and sorts at 50,000), after one warm-up; total {time.perf_counter() - started:.0f} s")
    print()
    print(table(results, sizes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
