# Recovery Desk's override of PyInstaller's own hook: the same collection, with Qt plugins and
# translations trimmed by _qt_trim.py before their libraries are analysed.
import os
import runpy

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

_trim = runpy.run_path(os.path.join(os.path.dirname(__file__), "_qt_trim.py"))
hiddenimports, binaries, datas = _trim["trimmed"](add_qt6_dependencies(__file__))
