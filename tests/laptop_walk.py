"""Walks the main window and its dialogs with the sample city and lists what does not fit:
sideways scrolling, a scroll area inside another, cut table titles, dialogs beyond the screen.

Run as a script it opens the program on the screen Qt is given (an offscreen screen of a
laptop's size, maybe scaled) and prints what it found as JSON, for a test to read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QTableWidget, QWidget

from pim_desktop.context import AppContext
from pim_desktop.domain.action_plan import Action
from pim_desktop.domain.improvement_plan import Recommendation
from pim_desktop.ui.applications.new_application_dialog import NewApplicationDialog
from pim_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog
from pim_desktop.ui.main_window import MainWindow


def scroll_areas(window: MainWindow) -> Iterator[QScrollArea]:
    for area in window.findChildren(QScrollArea):
        if area.isVisible():
            yield area


def sideways_faults(window: MainWindow, where: str) -> list[str]:
    faults: list[str] = []
    for area in scroll_areas(window):
        parent = area.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                faults.append(f"{where}: a scroll area inside {parent.objectName()!r}")
            parent = parent.parentWidget()
        if area.horizontalScrollBar().isVisible():
            faults.append(f"{where}: {area.objectName()!r} scrolls sideways")
        content = area.widget()
        if content is None:
            continue
        width = area.viewport().width()
        if content.minimumSizeHint().width() > width:
            faults.append(f"{where}: content needs {content.minimumSizeHint().width()} > {width}")
        faults += too_wide_children(content, width, where)
    return faults


def too_wide_children(content: QWidget, width: int, where: str) -> list[str]:
    faults = []
    for child in content.findChildren(QWidget):
        if not child.isVisibleTo(content) or isinstance(child.window(), QDialog):
            continue
        right = child.mapTo(content, child.rect().topRight()).x()
        if right > width:
            faults.append(f"{where}: {type(child).__name__} {child.objectName()!r} ends at {right}")
    return faults


def cut_headers(table: QTableWidget) -> list[str]:
    """Column titles that do not fit their header cell, wrapped onto lines as drawn."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    cut = []
    for column in range(table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        room = QRect(0, 0, header.sectionSize(column) - 8, 10_000)
        needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
        if needed.height() > header.height() or needed.width() > room.width():
            cut.append(text)
    return cut


def walk_window(window: MainWindow) -> list[str]:
    """Every page, then every section of the first application with its problems shown."""
    faults: list[str] = []
    for key in window.page_keys():
        window.show_page_key(key)
        QApplication.processEvents()
        faults += sideways_faults(window, key)
    window.show_page_key("applications")
    page = window.applications
    editor = page.open(page.model.rows()[0].id)
    editor.run_check()
    for row in range(editor.sections.count()):
        editor.sections.setCurrentRow(row)
        QApplication.processEvents()
        section = editor.sections.item(row).text()
        faults += sideways_faults(window, section)
        for table in editor.section_pages.currentWidget().findChildren(QTableWidget):
            faults += [f"{section}: title cut: {text}" for text in cut_headers(table)]
    page.close_editor()
    return faults


def dialogs_of(window: MainWindow, context: AppContext) -> list[QDialog]:
    application = context.applications.summaries()[0].id
    rendered = context.exports.render_pdf(application, draft=True)
    editor = window.applications.open(application)
    recommendation = context.improvement_plan.recommendations()[0]
    action: Action = context.action_plan.actions()[0]
    found: list[QDialog | None] = [
        PdfPreviewDialog(rendered.data, "Podgląd", "suma kontrolna", window),
        NewApplicationDialog(
            context.applications.catalog.current(), context.applications.allowed_networks, window
        ),
        window.meetings.make_meeting_dialog(),
        window.meetings.make_meeting_dialog(context.meetings.meetings()[0].id),
        window.partnership.make_member_dialog(),
        window.action_plan.make_action_dialog(action),
        window.network.improvement.make_dialog(recommendation),
        window.network.improvement.make_dialog(Recommendation(title="")),
        window.applications.make_match_dialog(),
        editor.make_history_dialog(),
        window.make_about_dialog(),
    ]
    return [dialog for dialog in found if dialog is not None]


def dialog_faults(window: MainWindow, context: AppContext) -> list[str]:
    """Dialogs whose frame leaves the free area of the screen they open on."""
    faults = []
    screen = window.screen().availableGeometry()
    for dialog in dialogs_of(window, context):
        dialog.show()
        QApplication.processEvents()
        if not screen.contains(dialog.frameGeometry()):
            faults.append(f"{type(dialog).__name__} {dialog.frameGeometry()} beyond {screen}")
        dialog.close()
    return faults


def main(home: Path) -> None:
    from pim_desktop.app import open_database
    from pim_desktop.paths import AppPaths
    from pim_desktop.ui.app_events import AppEvents
    from pim_desktop.ui.common.task_runner import TaskRunner
    from pim_desktop.ui.qt_application import prepare_application

    app = QApplication(sys.argv[:1])
    paths = AppPaths.under(home).ensure()
    prepare_application(app, "pl", paths.cache_dir)
    context = open_database(paths, read_only=False)
    context.sample_data.create()
    window = MainWindow(context, AppEvents(), paths.log_dir / "pim.log", runner=TaskRunner())
    free = window.screen().availableGeometry()
    # Maximised, as on a municipal laptop: the screen less the frame and the title bar.
    window.resize(free.width(), free.height() - 30)
    window.show()
    QApplication.processEvents()
    faults = walk_window(window) + dialog_faults(window, context)
    size = window.screen().size()
    sys.stdout.write(json.dumps({"screen": [size.width(), size.height()], "faults": faults}) + "\n")
    window.close()
    context.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
