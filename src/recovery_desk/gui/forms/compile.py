"""Compile ``ui/*.ui`` into ``ui_*.py`` modules beside this file (run after editing a form).

Generated modules are committed so that installs and frozen builds need no uic; a test
recompiles every form and fails when a committed module is out of date. The uic banner
(which names the Qt version) is removed so the output does not change with Qt releases.
"""
from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
from pathlib import Path

FORMS_DIR = Path(__file__).resolve().parent
UI_DIR = FORMS_DIR.parents[3] / "ui"


def _uic() -> list[str]:
    scripts = Path(sysconfig.get_path("scripts"))
    exe = scripts / ("pyside6-uic.exe" if sys.platform == "win32" else "pyside6-uic")
    return [str(exe)] if exe.exists() else ["pyside6-uic"]


def module_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    generated = subprocess.run(
        [*_uic(), "--generator", "python", str(ui_file)],
        check=True, capture_output=True, text=True,
    ).stdout
    lines = generated.splitlines()
    first_import = next(i for i, line in enumerate(lines) if line.startswith("from "))
    header = f"# Generated from ui/{ui_file.name} by pyside6-uic. Do not edit: edit the .ui and recompile.\n\n"
    return header + _only_used_imports("\n".join(lines[first_import:]).rstrip()) + "\n"


_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def _only_used_imports(code: str) -> str:
    """Drop the Qt names uic imports but the form never uses.

    uic imports some thirty classes in every form; PySide6 creates each Python type the first
    time it is imported, so the unused ones cost milliseconds on every form and at start-up
    (the main window's form: 28 ms before, see docs/performance.md)."""
    body = _IMPORT.sub("", code)

    def keep(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).replace("\n", " ").split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", body)]
        return f"from {match.group(1)} import {', '.join(used)}\n" if used else ""

    return _IMPORT.sub(keep, code)


def main() -> int:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = FORMS_DIR / module_name(ui_file)
        target.write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target.relative_to(FORMS_DIR.parents[3])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
