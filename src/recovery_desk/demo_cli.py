"""``recovery-desk make-demo``: fill a data folder with fictional demo data, no window.

Used by benchmarks and tests to build large databases (``--people 50000``).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from recovery_desk.services import demo
from recovery_desk.services.context import ServiceContext, SystemClock
from recovery_desk.store.datafolder import open_data_folder


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="recovery-desk make-demo", description=__doc__.splitlines()[0])
    parser.add_argument("home", type=Path, help="an empty data folder to fill")
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    folder = open_data_folder(args.home, demo=True)
    try:
        summary = demo.generate(ServiceContext(folder.db, SystemClock()), people=args.people, seed=args.seed)
    except ValueError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    finally:
        folder.close()
    sys.stdout.write(f"{summary.people} fictional people and {summary.staff} staff in {args.home} "
                     f"({time.perf_counter() - started:.1f} s). Demo password: {demo.DEMO_PASSWORD}\n")
    return 0
