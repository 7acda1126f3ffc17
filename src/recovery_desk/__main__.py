"""``python -m recovery_desk`` and the ``recovery-desk`` command."""
from __future__ import annotations

import sys


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "make-demo":
        from recovery_desk.demo_cli import main as make_demo

        return make_demo(sys.argv[2:])
    if len(sys.argv) > 1 and sys.argv[1] == "bench":
        from recovery_desk.bench.summary import main as bench

        return bench(sys.argv[2:])
    from recovery_desk.app import main as run_app

    return run_app()


if __name__ == "__main__":
    raise SystemExit(main())
