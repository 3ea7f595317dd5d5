"""Opens every page of a real main window and checks it shows, for ``--self-test``."""

from __future__ import annotations

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from pim_desktop.services.application_export_service import ApplicationExportService
from pim_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog
from pim_desktop.ui.main_window import MainWindow


def walk_pages(app: QApplication, window: MainWindow) -> list[str]:
    """Visit each page as a user would; return what failed (empty when all is well)."""
    failures: list[str] = []
    window.show()
    app.processEvents()
    for key in window.page_keys():
        try:
            page = window.show_page_key(key)
            app.processEvents()
            if window.current_page() is not page or not page.isVisible():
                failures.append(f"page {key}: not shown")
            elif not page.accessibleName():
                failures.append(f"page {key}: no accessible name")
            elif page.grab().isNull():
                failures.append(f"page {key}: nothing drawn")
        except Exception as error:  # a self-test reports every fault, it does not stop at one
            failures.append(f"page {key}: {error!r}")
    dialog = window.make_about_dialog()
    dialog.show()
    app.processEvents()
    if not dialog.isVisible():
        failures.append("about dialog: not shown")
    dialog.close()
    return failures


def check_pdf_preview(
    app: QApplication, exports: ApplicationExportService, application_id: int
) -> list[str]:
    """Make an application's PDF and show it in the preview: fonts, reportlab and QtPdf work."""
    try:
        rendered = exports.render_pdf(application_id, draft=True)
        dialog = PdfPreviewDialog(rendered.data, "self-test", "")
        dialog.show()
        app.processEvents()
        status = dialog.document.status()
        pages = dialog.page_count()
        dialog.close()
    except Exception as error:  # a self-test reports, it does not stop
        return [f"PDF preview: {error!r}"]
    if status is not QPdfDocument.Status.Ready or pages != rendered.pages:
        return [f"PDF preview: {status}, {pages} of {rendered.pages} pages"]
    return []
