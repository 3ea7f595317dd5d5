"""Shows a produced PDF inside the program before it is printed or saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.ui.common.buttons import named_button
from pim_desktop.ui.common.pdf_printing import pdf_document
from pim_desktop.ui.common.screen_fit import fit_to_screen

ZOOM_STEP = 1.25


class PdfPreviewDialog(QDialog):
    """The pages of a PDF held in memory, with the way on to the printer or a file."""

    print_requested = Signal()
    save_requested = Signal()

    def __init__(
        self, data: bytes, title: str, summary: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("Podgląd wydruku"))
        fit_to_screen(self, 900, 1000)
        self.document = pdf_document(data, self)

        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setAccessibleName(self.tr("Strony dokumentu"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        layout = QVBoxLayout(self)
        self.summary = QLabel(summary)
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._build_buttons())
        # Keys go to the pages (scrolling), not to the first button.
        self.view.setFocus()

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.pages_label = QLabel(self.tr("Stron: {count}").format(count=self.page_count()))
        self.pages_label.setObjectName("preview_pages")
        row.addWidget(self.pages_label)
        row.addStretch(1)
        buttons = (
            ("zoom_out", self.tr("Pomniejsz"), QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            ("zoom_in", self.tr("Powiększ"), QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            ("preview_print", self.tr("&Drukuj…"), QKeySequence.StandardKey.Print, self._print),
            ("preview_save", self.tr("&Zapisz PDF…"), QKeySequence("Ctrl+Shift+S"), self._save),
            ("preview_close", self.tr("Zam&knij"), QKeySequence.StandardKey.Close, self.reject),
        )
        for name, text, keys, slot in buttons:
            button = named_button(text, name, slot)
            button.setAutoDefault(False)
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
            row.addWidget(button)
            setattr(self, f"{name}_button", button)
        return row

    def page_count(self) -> int:
        return self.document.pageCount()

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def _print(self) -> None:
        self.print_requested.emit()

    def _save(self) -> None:
        self.save_requested.emit()
