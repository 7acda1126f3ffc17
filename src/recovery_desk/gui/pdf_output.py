"""Printing our own PDFs through QPrintDialog, so paper and the saved PDF are the same document."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget


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
