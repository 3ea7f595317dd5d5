"""Preview, print and save an application's PDF; the document is made off the UI thread.

Dialogs are answered on the UI thread; the PDF itself is built by the export service in the
task runner, so the window keeps drawing while reportlab lays out pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from pim_desktop.domain.canonical import grouped
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.services.application_export_service import (
    ApplicationExportService,
    ExportResult,
    RenderedPdf,
)
from pim_desktop.ui.common.file_dialogs import ask_save_file
from pim_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog
from pim_desktop.ui.common.pdf_printing import pdf_document, print_document
from pim_desktop.ui.common.task_runner import TaskRunner


def size_text(size: int) -> str:
    """``76,7 KB (78 563 B)``: the rounded size offices state their limits in, and the exact."""
    locale = QLocale()
    rounded = locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    return f"{rounded} ({locale.toString(size)} B)"


class ApplicationPrinting(QObject):
    """The printing actions of the editor, for one application at a time."""

    message = Signal(str)
    refused = Signal(object)  # the problems that stopped a final print
    saved = Signal(object)  # ExportResult
    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self,
        exports: ApplicationExportService,
        runner: TaskRunner,
        parent: QWidget,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._exports = exports
        self._runner = runner
        self._parent = parent
        self._today = today
        self.preview_dialog: PdfPreviewDialog | None = None

    # --- preview ------------------------------------------------------------------------------

    def preview(self, application_id: int, *, draft: bool) -> None:
        self._render(application_id, draft, self._show_preview, self.tr("Przygotowanie podglądu"))

    def _show_preview(self, rendered: RenderedPdf) -> None:
        kind = self._kind(rendered.draft)
        dialog = PdfPreviewDialog(
            rendered.data,
            self.tr("Podgląd wniosku nr {id} – {kind}").format(
                id=rendered.application_id, kind=kind
            ),
            self.tr(
                "Wniosek nr {id}, wersja {version} · {kind} · suma kontrolna {checksum}"
            ).format(
                id=rendered.application_id,
                version=rendered.version_number,
                kind=kind,
                checksum=grouped(rendered.checksum),
            ),
            self._parent,
        )
        dialog.print_requested.connect(lambda: self._choose_printer(rendered, dialog))
        dialog.save_requested.connect(
            lambda: self.save_pdf(rendered.application_id, draft=rendered.draft, parent=dialog)
        )
        dialog.finished.connect(lambda _result: self._forget_preview(dialog))
        self.preview_dialog = dialog
        dialog.open()

    def _forget_preview(self, dialog: PdfPreviewDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None
        dialog.deleteLater()

    # --- printer ------------------------------------------------------------------------------

    def print_pdf(self, application_id: int, *, draft: bool) -> None:
        def ask_printer(rendered: RenderedPdf) -> None:
            # After the runner has finished with this task, so the busy mark is gone.
            QTimer.singleShot(0, lambda: self._choose_printer(rendered, self._parent))

        self._render(application_id, draft, ask_printer, self.tr("Przygotowanie wydruku"))

    def _choose_printer(self, rendered: RenderedPdf, parent: QWidget) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("PIM – wniosek nr {id}").format(id=rendered.application_id))
        dialog = QPrintDialog(printer, parent)
        dialog.setAccessibleName(self.tr("Drukowanie wniosku"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_rendered(rendered, printer, parent)

    def print_rendered(self, rendered: RenderedPdf, printer: QPrinter, parent: QWidget) -> int:
        """Send the pages to ``printer``, showing how far it got; a final print is recorded."""
        document = pdf_document(rendered.data, self)
        progress = QProgressDialog(
            self.tr("Drukowanie…"), self.tr("Przerwij"), 0, rendered.pages, parent
        )
        progress.setAccessibleName(self.tr("Postęp drukowania"))
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            sent = print_document(document, printer, step)
        finally:
            progress.close()
            document.deleteLater()
        if sent < rendered.pages:
            self.message.emit("⚠ " + self.tr("Drukowanie przerwano."))
            return sent
        self.printed.emit(sent)
        if rendered.draft:
            self.message.emit(
                "✓ "
                + self.tr("Wysłano do drukarki wersję roboczą, stron: {pages}.").format(pages=sent)
            )
        else:
            self._runner.run(
                lambda: self._exports.record_paper_print(rendered),
                lambda _record: self.message.emit(
                    "✓ "
                    + self.tr(
                        "Wysłano do drukarki wersję ostateczną, stron: {pages}; wydruk zapisano "
                        "przy wniosku."
                    ).format(pages=sent)
                ),
                description=self.tr("Zapis wydruku przy wniosku"),
            )
        return sent

    # --- file ---------------------------------------------------------------------------------

    def save_pdf(self, application_id: int, *, draft: bool, parent: QWidget | None = None) -> None:
        """Ask where, then write the PDF there in the background and report its size."""
        name = self._exports.suggested_file_name(application_id, draft=draft, today=self._today())
        target = ask_save_file(
            parent or self._parent,
            self.tr("Zapisz wniosek jako PDF"),
            name,
            self.tr("Dokument PDF (*.pdf)"),
            purpose="pdf-export",
        )
        if target is None:
            return
        self._runner.run(
            lambda: self._exports.export_pdf(application_id, target, draft=draft),
            self._on_saved,
            description=self.tr("Zapisywanie PDF"),
            on_error=self._expected,
        )

    def _on_saved(self, result: ExportResult) -> None:
        self.message.emit(
            "✓ "
            + self.tr(
                "Zapisano PDF ({kind}): {name} – {size}, stron: {pages}. Urzędy ograniczają "
                "rozmiar załączników (ePUAP), więc sprawdź limit odbiorcy."
            ).format(
                kind=self._kind(result.draft),
                name=result.path.name,
                size=size_text(result.size),
                pages=result.pages,
            )
        )
        self.saved.emit(result)

    # --- shared ------------------------------------------------------------------------------

    def _render(
        self,
        application_id: int,
        draft: bool,
        on_done: Callable[[RenderedPdf], None],
        description: str,
    ) -> None:
        self._runner.run(
            lambda: self._exports.render_pdf(application_id, draft=draft),
            on_done,
            description=description,
            on_error=self._expected,
        )

    def _expected(self, error: BaseException) -> bool:
        """A final print refused by the check is an answer, not a failure."""
        if not isinstance(error, ValidationFailed):
            return False
        self.message.emit(
            "⚠ "
            + self.tr(
                "Wniosek ma problemy do poprawienia ({count}), więc wersja ostateczna nie "
                "powstała. Popraw je albo zaznacz „Wersja robocza”."
            ).format(count=len(error.problems))
        )
        self.refused.emit(error.problems)
        return True

    def _kind(self, draft: bool) -> str:
        return self.tr("wersja robocza") if draft else self.tr("wersja ostateczna")
