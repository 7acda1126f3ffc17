"""Which parts of Qt go into the frozen app: one policy, used by the hooks beside this file
(so dropped plugins never pull their own libraries in) and by recovery-desk.spec (a final filter).

Recovery Desk uses QtCore, QtGui, QtWidgets and QtPrintSupport only. It is in UK English, so
Qt's translations stay out. Plugins are cut to what a widgets app needs on each platform.
"""
import re
from pathlib import PurePath

# Plugin folder -> file-name stems kept (lib prefix and suffixes dropped); None keeps the whole folder.
KEEP_PLUGINS = {
    "platforms": {"qxcb", "qoffscreen", "qwindows", "qcocoa"},  # offscreen: the smoke test and CI
    "platformthemes": {"qxdgdesktopportal"},  # not gtk3: it would drag GTK in from the build machine
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "xcbglintegrations": None,
    "printsupport": None,  # CUPS on Linux (Windows and macOS print through QtPrintSupport itself)
    "styles": None,  # the native Windows 11 and macOS looks
    "imageformats": {"qsvg", "qico"},  # icon-theme SVGs in Qt's own file and print dialogs on Linux
    "iconengines": {"qsvgicon"},
}


def wanted(dest: str) -> bool:
    """False for a Qt translation, or a Qt plugin outside KEEP_PLUGINS; ``dest`` is a path inside the bundle."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if "translations" in parts and parts[-1].endswith(".qm"):
        return False
    if "plugins" not in parts:
        return True
    i = parts.index("plugins")
    if len(parts) < i + 3 or "PySide6" not in parts[:i]:
        return True
    folder, name = parts[i + 1], parts[-1]
    if folder not in KEEP_PLUGINS:
        return False
    stems = KEEP_PLUGINS[folder]
    return stems is None or re.sub(r"^lib", "", name.split(".")[0]) in stems


def trimmed(collected):
    """Filter a Qt hook's (hiddenimports, binaries, datas)."""
    hiddenimports, binaries, datas = collected
    keep = [(src, dest) for src, dest in binaries if wanted(f"{dest}/{PurePath(src).name}")]
    keep_datas = [(src, dest) for src, dest in datas if wanted(f"{dest}/{PurePath(src).name}")]
    return hiddenimports, keep, keep_datas
