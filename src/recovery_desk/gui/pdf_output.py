"""Printing our own PDFs through QPrintDialog, so paper and the saved PDF are the same document."""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from recovery_desk.gui.widgets import show_error
from recovery_desk.printing.house import RenderResult


Render = Callable[[Path], "RenderResult | None"]  # draws the document at a path; None means "stop"


class PrintProblem(Exception):
    """Printing could not happen; the message says what to do instead."""


def print_pdf(pdf: Path, parent: QWidget | None, *, title: str) -> bool:
    """Ask which printer, then print every page. False when the person cancels."""
    if not QPrinterInfo.availablePrinters():
        raise PrintProblem("No printer is set up on this computer. Use “Save as PDF…” instead, and print "
                           "the file from another computer.")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pdf(pdf, printer)
    return True


def paint_pdf(pdf: Path, printer: QPrinter) -> int:
    """Draw each page of ``pdf`` on ``printer`` (or any paint device) at up to 300 dpi; returns pages."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise PrintProblem("The printer could not be started. Check it is switched on and connected, or use "
                           "“Save as PDF…” instead.")
    try:
        dpi = min(printer.resolution(), 300)
        for index in range(len(document)):
            if index:
                printer.newPage()
            bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888).copy()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), size), image)
        return len(document)
    finally:
        painter.end()
        document.close()


def _rendered(parent: QWidget, render: Render, destination: Path) -> bool:
    result = render(destination)
    if result is None:
        return False
    if result.unprintable:
        QMessageBox.information(
            parent, "Some characters cannot be printed",
            "The font has no shapes for these characters, so they appear as empty boxes on paper: "
            + "  ".join(result.unprintable) + "\n\nEverything else prints as written.")
    return True


def save_document_as_pdf(parent: QWidget, render: Render, *, title: str, suggested_name: str) -> Path | None:
    """Ask where, render there; the saved path, or None if cancelled or it could not be written."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested_name, "PDF (*.pdf)")
    if not chosen:
        return None
    try:
        if not _rendered(parent, render, Path(chosen)):
            return None
    except OSError:
        show_error(parent, "Not saved", "The PDF could not be written there. Choose a folder you can save to.")
        return None
    return Path(chosen)


def print_document(parent: QWidget, render: Render, *, title: str) -> bool:
    """Render to a temporary PDF and print it through QPrintDialog. True when it went to the printer."""
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "document.pdf"
        if not _rendered(parent, render, pdf):
            return False
        try:
            return print_pdf(pdf, parent, title=title)
        except PrintProblem as exc:
            show_error(parent, "Not printed", str(exc))
            return False
