"""Where Recovery Desk keeps things: the data folder and the bundled resources.

One module, so that every part of the app (and every test) agrees on the paths.

Data folder
    ``RECOVERY_DESK_HOME`` when set (tests, portable use), otherwise the platform's
    user data folder from platformdirs. Demo data always lives in a separate folder
    so that fictional records never mix with real ones.

Resources
    ``resources/`` beside ``src/`` in a source checkout or editable install, copied to
    ``recovery_desk/_resources`` inside a wheel, and to ``resources/`` inside a
    PyInstaller one-folder build (``sys._MEIPASS``). :func:`resource_path` hides which.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "RecoveryDesk"
APP_AUTHOR = "RecoveryDesk"
HOME_ENV = "RECOVERY_DESK_HOME"

_PACKAGE_DIR = Path(__file__).resolve().parent


def default_home() -> Path:
    """The folder that holds the real database, settings and backups."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    return _user_data_dir()


def default_demo_home() -> Path:
    """A separate folder for generated demo data, never the real one."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser() / "demo"
    return _user_data_dir().with_name(f"{APP_NAME}-demo")


def _user_data_dir() -> Path:
    import platformdirs  # here, not at the top: the theme needs this module on the way to the first window

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def resources_root() -> Path:
    """The folder holding ``fonts/``, ``content/``, ``icons/`` and ``styles/``."""
    for candidate in _resource_candidates():
        if (candidate / "content").is_dir():
            return candidate
    raise FileNotFoundError(
        "Recovery Desk cannot find its resources folder. The installation is incomplete: "
        "please reinstall it."
    )


def _resource_candidates() -> list[Path]:
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE_DIR / "_resources")  # wheel install
    candidates.append(_PACKAGE_DIR.parents[1] / "resources")  # source checkout / editable
    return candidates


def resource_path(*parts: str) -> Path:
    """Path to a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)


def source_ui_dir() -> Path | None:
    """The Designer ``ui/`` folder in a source checkout (absent in installed builds)."""
    ui = _PACKAGE_DIR.parents[1] / "ui"
    return ui if ui.is_dir() else None
