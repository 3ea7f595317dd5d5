"""Sends a PDF to a printer page by page, as pictures QtPdf draws, so paper shows the saved file.

The pages are drawn at up to 300 dpi: sharp on paper, without the gigabyte images a 1200 dpi
printer would otherwise ask for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300
POINTS_PER_INCH = 72

Progress = Callable[[int, int], bool]


def pdf_document(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over ``data`` held in memory.

    QPdfDocument reads from its device whenever it draws a page, so the buffer is made the
    document's child and lives exactly as long.
    """
    document = QPdfDocument() if parent is None else QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def print_document(
    document: QPdfDocument, printer: QPrinter, progress: Progress | None = None
) -> int:
    """Print every page of ``document``; ``progress(done, total)`` returning False stops.

    Returns the number of pages sent.
    """
    total = document.pageCount()
    painter = QPainter()
    if total == 0 or not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_DPI)
    scale = printer.resolution() / dpi
    sent = 0
    try:
        for page in range(total):
            if progress is not None and not progress(page, total):
                break
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            pixels = QSize(
                round(size.width() * dpi / POINTS_PER_INCH),
                round(size.height() * dpi / POINTS_PER_INCH),
            )
            image = document.render(page, pixels)
            target = _fitted(
                printer.pageLayout().paintRectPixels(printer.resolution()), pixels, scale
            )
            painter.drawImage(target, image)
            sent += 1
    finally:
        painter.end()
    if progress is not None:
        progress(sent, total)
    return sent


def _fitted(area: QRect, pixels: QSize, scale: float) -> QRect:
    """The page at its true size when it fits the printable area, else shrunk to fit, centred."""
    width, height = pixels.width() * scale, pixels.height() * scale
    shrink = min(1.0, area.width() / width, area.height() / height)
    width, height = width * shrink, height * shrink
    left = (area.width() - width) / 2
    top = (area.height() - height) / 2
    return QRect(round(left), round(top), round(width), round(height))
