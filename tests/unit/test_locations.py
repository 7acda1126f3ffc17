"""One resource locator for a source checkout, an editable install, a wheel and a frozen build."""
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from recovery_desk import locations

ROOT = Path(__file__).resolve().parents[2]
PROBE = "from recovery_desk.locations import resource_path; print(resource_path('fonts', 'DejaVuSans.ttf'))"


def test_source_checkout_finds_resources():
    assert locations.resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert locations.resource_path("content", "action_points.json").is_file()


def test_home_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(locations.HOME_ENV, str(tmp_path / "portable"))
    assert locations.default_home() == tmp_path / "portable"
    assert locations.default_demo_home() == tmp_path / "portable" / "demo"


def test_demo_home_is_never_the_real_home(monkeypatch):
    monkeypatch.delenv(locations.HOME_ENV, raising=False)
    assert locations.default_demo_home() != locations.default_home()


def test_frozen_build_uses_the_bundle_folder(tmp_path):
    bundle = tmp_path / "_internal"
    (bundle / "resources" / "content").mkdir(parents=True)
    (bundle / "resources" / "fonts").mkdir()
    code = f"import sys; sys.frozen = True; sys._MEIPASS = {str(bundle)!r}; " + PROBE
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert Path(out.strip()) == bundle / "resources" / "fonts" / "DejaVuSans.ttf"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True)
    return next(out.glob("recovery_desk-*.whl"))


def test_wheel_carries_resources_forms_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("recovery_desk/_resources/fonts/DejaVuSans.ttf",
                   "recovery_desk/_resources/content/action_points.json",
                   "recovery_desk/gui/forms/ui_main_window.py",
                   "recovery_desk/store/migrations/env.py",
                   "recovery_desk/store/migrations/versions/0001_foundation.py"):
        assert needed in names


def test_wheel_install_finds_its_own_resources(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    out = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); " + PROBE],
                         capture_output=True, text=True, check=True, env=env).stdout
    assert Path(out.strip()) == target / "recovery_desk" / "_resources" / "fonts" / "DejaVuSans.ttf"
