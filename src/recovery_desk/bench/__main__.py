"""``python -m recovery_desk.bench``: the same as ``recovery-desk bench``."""
from recovery_desk.bench.summary import main

if __name__ == "__main__":
    raise SystemExit(main())
