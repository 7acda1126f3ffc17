"""The application's look: one style sheet from resources/, applied once."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from recovery_desk.locations import resource_path


STYLE = "Fusion"


def choose_style() -> None:
    """Before the QApplication exists: it then starts with Fusion instead of making the platform's
    style and replacing it (about 6 ms at start-up)."""
    QApplication.setStyle(STYLE)


def apply_theme(app: QApplication) -> None:
    if app.property("recoveryDeskThemed"):
        return
    if app.style().name().casefold() != STYLE.casefold():
        app.setStyle(STYLE)
    sheet = resource_path("styles", "app.qss")
    if sheet.exists():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
    app.setProperty("recoveryDeskThemed", True)
