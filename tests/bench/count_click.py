"""Instructions one click costs, counted by callgrind: for changes too small for a wall clock.

On a shared or small machine one click's time wanders by a few milliseconds from run to run,
so a 1 ms change cannot be seen; the instructions it runs vary by about 0.1%. Run::

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=click.out \\
        python tests/bench/count_click.py crisis-plan

and read "Collected" (all clicks together) or ``callgrind_annotate --inclusive=yes click.out``.
The click is the bench's (``recovery_desk.bench.summary.measure_person``): the person with ten
years of history chosen after someone else, then one of their tabs clicked, the tab having
shown the other person; or ``choose``, choosing them on the caseload. Counting is switched on
only around the clicks (``callgrind_control``). Compare two versions with the same
``--people`` and ``--clicks``: about a minute each.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

TABS = {"choose": 0, "assessment": 1, "goals": 2, "crisis-plan": 3}


def counting(on: bool) -> None:
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
                   check=False, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("click", choices=sorted(TABS))
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--clicks", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from recovery_desk.bench.harness import build_demo, settle, use_memory_keyring, wait_until_listed
    from recovery_desk.bench.history import build_history
    from recovery_desk.bench.summary import open_window
    from recovery_desk.gui.theme import before_application

    before_application()
    app = QApplication([])
    use_memory_keyring()
    with tempfile.TemporaryDirectory(prefix="rd-count-") as tmp:
        demo = build_demo(Path(tmp) / "demo", args.people)
        history = build_history(demo.services, demo.services.ctx.clock, years=10)
        window = open_window(demo)
        app.processEvents()
        wait_until_listed(window.caseload_tab, app)
        tabs, caseload = window.ui.tabs, window.caseload_tab
        other = next(r.id for r in demo.services.caseload.list_rows()
                     if r.discharged_on is None and r.id != history.person_id)
        index = TABS[args.click]

        def choose(person_id: int) -> None:
            tabs.setCurrentIndex(0)
            assert caseload.select_person(person_id)
            settle(app)

        def before() -> None:
            choose(other)
            if index:
                tabs.setCurrentIndex(index)
                settle(app)
                choose(history.person_id)

        def click() -> None:
            if index:
                tabs.setCurrentIndex(index)
                settle(app)
            else:
                choose(history.person_id)

        for n in range(args.clicks + 2):  # two clicks first, uncounted: every tab built and warm
            before()
            counting(n >= 2)
            click()
            counting(False)
        print(f"{args.clicks} clicks counted: {args.click}, {args.people:,} people", file=sys.stderr)
        demo.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
