"""The application's look: Fusion, one style sheet from resources/, and painting on the GUI thread."""
from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication

from recovery_desk.locations import resource_path


STYLE = "Fusion"


def before_application() -> None:
    """What has to be settled before the QApplication exists.

    Fusion is chosen first, so the application starts with it instead of making the
    platform's style and replacing it (about 6 ms at start-up).

    Painting stays on the GUI thread: otherwise Qt's raster engine hands every fill of 96 or
    more spans (a gradient on a scroll bar, a tall rounded border) to a pool of threads and
    waits for them. For widget-sized shapes the hand-over costs far more than the fill: a
    Fusion scroll bar took 1.1 ms to paint instead of 0.09 ms, and the whole window 30-70%
    longer (docs/performance.md). An explicit setting in the environment is left alone."""
    os.environ.setdefault(SERIAL_PAINTING, "1")
    QApplication.setStyle(STYLE)


SERIAL_PAINTING = "QT_NO_GUI_THREADPOOL"  # Qt's own switch; read once, when painting first needs the pool


def apply_theme(app: QApplication) -> None:
    if app.property("recoveryDeskThemed"):
        return
    if app.style().name().casefold() != STYLE.casefold():
        app.setStyle(STYLE)
    sheet = resource_path("styles", "app.qss")
    if sheet.exists():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
    app.setProperty("recoveryDeskThemed", True)
