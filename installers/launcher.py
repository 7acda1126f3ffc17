"""The frozen app's entry script (PyInstaller needs a script, not a module).

It does exactly what ``python -m recovery_desk`` does, sub-commands included.
"""
from recovery_desk.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
