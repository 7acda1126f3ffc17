"""Caseload benchmark without pytest: ``python tests/bench/run.py`` (same options).

The measurements live in the app (``recovery_desk.bench.caseload``) so that IT can run
them from an installed copy too: ``python -m recovery_desk.bench.caseload``. The summary
across the whole app (start-up, a person's history, printing, memory) is ``recovery-desk bench``.
"""
from __future__ import annotations

from recovery_desk.bench.caseload import main

if __name__ == "__main__":
    raise SystemExit(main())
