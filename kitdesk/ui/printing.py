"""Filer → Udskriv: the plan or the invitation on paper, through the system's print dialog.

What is printed is the very PDF that is sent (built by the export), its pages rendered by PDFium at
the printer's resolution (at most PRINT_DPI) and drawn on the whole sheet – the PDF has its own
margins. The screen that is shown says what it prints (printable()); the access log notes it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

PRINT_DPI = 300
A4_WIDTH_PT = 595.2756


def print_pdf(parent, data: bytes, title: str) -> bool:
    """Ask for a printer with the system's dialog, then print every page. False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print %1").replace("%1", title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pages(data, printer)
    return True


def paint_pages(data: bytes, printer: QPrinter) -> int:
    """Draw the PDF's pages on the printer, one sheet each; returns the number of pages."""
    from kitdesk.ui.plan.preview import render_pages  # PDFium, with the preview's lock

    dpi = min(printer.resolution(), PRINT_DPI)
    pages = render_pages(data, int(A4_WIDTH_PT * dpi / 72))
    painter = QPainter(printer)
    try:
        sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for number, (width, height, stride, pixels) in enumerate(pages):
            if number:
                printer.newPage()
            image = QImage(pixels, width, height, stride, QImage.Format.Format_RGB888)
            scale = min(sheet.width() / width, sheet.height() / height)
            painter.drawImage(QRectF(sheet.x(), sheet.y(), width * scale, height * scale), image)
    finally:
        painter.end()
    return len(pages)
