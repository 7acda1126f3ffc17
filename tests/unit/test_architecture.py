"""DESIGN.md's dependency direction, enforced by import-linter, and forms kept in step with ui/."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from recovery_desk.gui.forms.compile import FORMS_DIR, UI_DIR, compile_form, module_name

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is a test dependency"
    result = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken" in result.stdout


@pytest.mark.parametrize("ui_file", sorted(UI_DIR.glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_is_up_to_date(ui_file):
    committed = (FORMS_DIR / module_name(ui_file)).read_text(encoding="utf-8")
    assert committed == compile_form(ui_file), (
        f"{module_name(ui_file)} is stale: run python -m recovery_desk.gui.forms.compile")


def test_every_generated_form_has_its_ui():
    generated = {p.name for p in FORMS_DIR.glob("ui_*.py")}
    assert generated == {module_name(p) for p in UI_DIR.glob("*.ui")}
