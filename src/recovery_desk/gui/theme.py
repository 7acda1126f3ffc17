"""The application's look: one style sheet from resources/, applied once."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from recovery_desk.locations import resource_path


def apply_theme(app: QApplication) -> None:
    if app.property("recoveryDeskThemed"):
        return
    app.setStyle("Fusion")
    sheet = resource_path("styles", "app.qss")
    if sheet.exists():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
    app.setProperty("recoveryDeskThemed", True)
