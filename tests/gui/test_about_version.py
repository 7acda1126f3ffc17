"""The version is written once, in src/recovery_desk/__init__.py, and the About box shows it."""
import re
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit

from recovery_desk import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_the_about_box_shows_the_version(open_window):
    window = open_window(demo=True, people=3)
    seen = []

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        texts = [w.text() for w in dialog.findChildren(QLabel)] + [w.toPlainText() for w in dialog.findChildren(QTextEdit)]
        seen.append((dialog.windowTitle(), "\n".join(texts)))
        dialog.close()

    QTimer.singleShot(0, look_and_close)
    window.ui.actionAbout.trigger()
    [(title, text)] = seen
    assert title == "About Recovery Desk"
    assert f"Recovery Desk {__version__}" in text


def test_builds_take_the_version_from_the_package_only():
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__), "the MSI needs a numeric major.minor.patch version"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and 'path = "src/recovery_desk/__init__.py"' in pyproject
    for script in ("recovery-desk.spec", "common.sh", "linux/build.sh", "macos/build.sh", "windows/build.ps1",
                   "windows/RecoveryDesk.wxs"):
        text = (ROOT / "installers" / script).read_text(encoding="utf-8")
        assert __version__ not in text, f"installers/{script} repeats the version"
    for script in ("recovery-desk.spec", "common.sh", "windows/build.ps1"):  # the readers of __init__.py
        assert "__version__" in (ROOT / "installers" / script).read_text(encoding="utf-8")
