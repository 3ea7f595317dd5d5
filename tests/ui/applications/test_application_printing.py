"""In the window: preview, print and save an application's PDF, then check a printout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pdf_reading import needs_poppler, page_texts
from PySide6.QtCore import QMarginsF, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import pick_file, when_dialog_opens

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.canonical import application_checksum, grouped
from pim_desktop.paths import AppPaths
from pim_desktop.ui.applications.application_editor import ApplicationEditor
from pim_desktop.ui.applications.applications_page import ApplicationsPage
from pim_desktop.ui.applications.print_match_dialog import PrintMatchDialog
from pim_desktop.ui.main_window import MainWindow


def open_editor(window: MainWindow, application_id: int) -> ApplicationEditor:
    window.show_page_key("applications")
    return window.applications.open(application_id)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer_save_dialog(target: Path, seen_names: list[str]) -> list[QWidget]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        seen_names.append(name_edit.text() if name_edit is not None else "")
        pick_file(target)(dialog)

    return when_dialog_opens(answer)


def test_preview_opens_off_the_ui_thread_and_shows_every_page(
    qtbot: QtBot, sample: tuple[AppContext, int, int], window: MainWindow, tmp_path: Path
) -> None:
    context, leader, _partner = sample
    editor = open_editor(window, leader)
    assert editor.print_bar is not None
    assert not editor.print_bar.is_draft(), "a clean application prints as final"
    printing = window.applications.printing
    assert printing is not None

    with qtbot.waitSignal(window.runner.busy_changed, timeout=5000) as started:
        click(qtbot, editor.findChild(QPushButton, "print_preview"))
    assert started.args[0] is True
    assert window.busy_bar.isVisible() and "podglądu" in window.busy_label.text()
    qtbot.waitUntil(lambda: printing.preview_dialog is not None, timeout=15000)
    dialog = printing.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not window.busy_bar.isVisible()
    pages = dialog.page_count()
    assert pages >= 10
    assert f"Stron: {pages}" == dialog.pages_label.text()
    checksum = application_checksum(context.applications.load(leader))
    assert grouped(checksum) in dialog.summary.text()
    assert "wersja ostateczna" in dialog.summary.text()
    # QtPdf draws pages in the background; wait for ink on the first one.
    qtbot.waitUntil(lambda: _has_ink(dialog.grab().toImage()), timeout=10000)
    dialog.grab().save(str(tmp_path / "podglad.png"))
    unnamed = [
        w.objectName() for w in dialog.findChildren(QAbstractButton) if not w.accessibleName()
    ]
    assert unnamed == []
    dialog.reject()
    qtbot.waitUntil(lambda: printing.preview_dialog is None)


def _has_ink(image: QImage) -> bool:
    """Dark pixels inside the page view: text was drawn, not an empty grey area."""
    dark = 0
    for y in range(image.height() // 4, image.height() * 3 // 4, 7):
        for x in range(0, image.width(), 7):
            if QColor(image.pixel(x, y)).lightness() < 100:
                dark += 1
    return dark > 20


def test_save_pdf_through_the_dialog_shows_its_size_and_records_a_final_print(
    qtbot: QtBot, sample: tuple[AppContext, int, int], window: MainWindow, tmp_path: Path
) -> None:
    context, leader, _partner = sample
    editor = open_editor(window, leader)
    printing = window.applications.printing
    assert printing is not None
    target = tmp_path / "wnioski ąę" / "Wniosek Łódź – końcowy.pdf"
    target.parent.mkdir()
    names: list[str] = []
    answered = answer_save_dialog(target, names)
    with qtbot.waitSignal(printing.saved, timeout=15000) as saved:
        qtbot.keyClick(
            editor.sections,
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert answered, "Ctrl+Shift+S did not open the save dialog"
    today = dt.date.today().isoformat()
    assert names == [f"Gmina_Miasto_Przykladowo_PIM3_Lider_{today}.pdf"]
    result = saved.args[0]
    assert result.path == target and target.read_bytes().startswith(b"%PDF-")
    status = editor.findChild(QWidget, "print_bar").findChild(QLabel, "print_status")
    size = f"{target.stat().st_size:,}".replace(",", " ")
    assert "Wniosek Łódź – końcowy.pdf" in status.text()
    assert f"({size} B)" in status.text().replace("\u00a0", " ")
    assert "ePUAP" in status.text()
    # The final PDF made the draft ready: the editor says so, naming both statuses.
    assert "„roboczy” na „gotowy”" in status.text()
    [record] = context.exports.prints(leader)
    assert record.file_path == str(target.resolve())


def test_a_final_print_with_problems_is_refused_and_the_problems_shown(
    qtbot: QtBot, sample: tuple[AppContext, int, int], window: MainWindow, tmp_path: Path
) -> None:
    _context, _leader, partner = sample
    editor = open_editor(window, partner)
    assert editor.print_bar is not None
    draft_box = editor.print_bar.findChild(QCheckBox, "print_draft")
    assert draft_box.isChecked(), "an application with problems starts as a draft print"
    draft_box.setChecked(False)
    printing = window.applications.printing
    assert printing is not None
    target = tmp_path / "partner.pdf"
    answer_save_dialog(target, [])
    with qtbot.waitSignal(printing.refused, timeout=15000):
        click(qtbot, editor.findChild(QPushButton, "save_pdf"))
    assert not target.exists()
    assert "wersja ostateczna nie powstała" in editor.print_bar.status.text()
    assert editor.problem_panel.isVisible() and editor.problem_panel.problem_list.count() > 0

    draft_box.setChecked(True)
    answer_save_dialog(target, [])
    with qtbot.waitSignal(printing.saved, timeout=15000):
        click(qtbot, editor.findChild(QPushButton, "save_pdf"))
    assert target.exists()
    assert "wersja robocza" in editor.print_bar.status.text()


@needs_poppler
def test_print_goes_through_the_print_dialog_page_by_page(
    qtbot: QtBot, sample: tuple[AppContext, int, int], window: MainWindow, tmp_path: Path
) -> None:
    context, leader, _partner = sample
    editor = open_editor(window, leader)
    printed_file = tmp_path / "z drukarki.pdf"

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        dialog.findChild(QLineEdit, "filename").setText(str(printed_file))
        dialog.accept()

    printing = window.applications.printing
    assert printing is not None
    answered = when_dialog_opens(answer, attempts=1500)
    with qtbot.waitSignal(printing.printed, timeout=30000) as printed:
        qtbot.keyClick(editor.sections, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert answered
    rendered = context.exports.render_pdf(leader, draft=False)
    assert printed.args[0] == rendered.pages
    assert len(page_texts(printed_file)) == rendered.pages
    qtbot.waitUntil(lambda: len(context.exports.prints(leader)) == 1, timeout=5000)
    assert context.exports.prints(leader)[0].file_path is None


def test_a_cancelled_print_dialog_prints_nothing(
    qtbot: QtBot, sample: tuple[AppContext, int, int], window: MainWindow
) -> None:
    context, leader, _partner = sample
    editor = open_editor(window, leader)
    answered = when_dialog_opens(lambda dialog: dialog.reject(), attempts=1500)
    click(qtbot, editor.findChild(QPushButton, "print_application"))
    qtbot.waitUntil(lambda: bool(answered), timeout=15000)
    qtbot.waitUntil(lambda: not window.runner.is_busy())
    assert context.exports.prints(leader) == []


def test_print_match_dialog_names_the_application_or_none(
    qtbot: QtBot, sample: tuple[AppContext, int, int], window: MainWindow, tmp_path: Path
) -> None:
    context, leader, _partner = sample
    printout = tmp_path / "wydruk ostateczny.pdf"
    context.exports.export_pdf(leader, printout, draft=False)
    page: ApplicationsPage = window.applications
    window.show_page_key("applications")
    assert page.findChild(QPushButton, "match_printout").isEnabled()

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PrintMatchDialog)
        assert dialog.check_file(printout) is not None
        dialog.reject()

    answered = when_dialog_opens(answer)
    click(qtbot, page.findChild(QPushButton, "match_printout"))
    assert answered

    dialog = page.make_match_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.check_file(printout)
    assert "Wniosek nr 1, wersja 1" in dialog.result_text()
    assert "zgodny z obecnymi danymi wniosku" in dialog.result_text()
    assert "wydruk ostateczny z" in dialog.result_text()

    checksum = application_checksum(context.applications.load(leader))
    dialog.checksum.setText(grouped(checksum).lower())
    click(qtbot, dialog.check_button)
    assert "Wniosek nr 1, wersja 1" in dialog.result_text()
    dialog.checksum.setText("0" * 64)
    qtbot.keyClick(dialog.checksum, Qt.Key.Key_Return)
    assert "nie pasuje do żadnego wniosku" in dialog.result_text()
    dialog.checksum.setText("1234")
    click(qtbot, dialog.check_button)
    assert "To nie jest suma kontrolna" in dialog.result_text()
    unnamed = [w.objectName() for w in dialog.findChildren(QWidget) if _unnamed_input(w)]
    assert unnamed == []


def test_a_printout_saved_again_by_another_program_is_read_through_its_text(
    qtbot: QtBot, sample: tuple[AppContext, int, int], window: MainWindow, tmp_path: Path
) -> None:
    """A PDF "printed to PDF" elsewhere keeps no metadata and its own font encoding."""
    context, leader, _partner = sample
    checksum = application_checksum(context.applications.load(leader))
    copy = tmp_path / "skan jako PDF.pdf"
    writer = QPdfWriter(str(copy))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()
        )
    )
    painter = QPainter(writer)
    painter.setFont(QFont("Noto Sans", 8))
    painter.drawText(QPointF(200, 400), f"Suma kontrolna SHA-256: {grouped(checksum)}")
    painter.end()
    assert grouped(checksum).encode() not in copy.read_bytes()
    dialog = window.applications.make_match_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    result = dialog.check_file(copy)
    assert result is not None and result.checksums == (checksum,)
    assert "Wniosek nr 1, wersja 1" in dialog.result_text()


def test_read_only_data_prints_drafts_only(
    sample: tuple[AppContext, int, int],
    make_window: Callable[[AppContext], MainWindow],
    paths: AppPaths,
) -> None:
    context, leader, _partner = sample
    context.close()
    read_only = open_database(paths, read_only=True)
    try:
        window = make_window(read_only)
        editor = open_editor(window, leader)
        assert editor.print_bar is not None
        draft_box = editor.print_bar.findChild(QCheckBox, "print_draft")
        assert draft_box.isChecked() and not draft_box.isEnabled()
        window.close()
    finally:
        read_only.close()


def _unnamed_input(widget: QWidget) -> bool:
    return (
        isinstance(widget, QLineEdit | QAbstractButton)
        and not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text())
    )


def test_the_print_bar_controls_are_named_for_screen_readers(
    sample: tuple[AppContext, int, int], window: MainWindow
) -> None:
    _context, leader, _partner = sample
    editor = open_editor(window, leader)
    assert editor.print_bar is not None
    for name in ("print_draft", "print_preview", "print_application", "save_pdf"):
        control = editor.print_bar.findChild(QAbstractButton, name)
        assert control is not None and control.accessibleName(), name
    shortcuts = {action.shortcut().toString() for action in editor.print_bar.actions()}
    assert {"Ctrl+P", "Ctrl+Shift+S", "Ctrl+Shift+P"} <= shortcuts


def test_the_preview_saves_what_it_shows(
    qtbot: QtBot, sample: tuple[AppContext, int, int], window: MainWindow, tmp_path: Path
) -> None:
    _context, _leader, partner = sample
    editor = open_editor(window, partner)
    printing = window.applications.printing
    assert printing is not None and editor.print_bar is not None
    assert editor.print_bar.is_draft()
    qtbot.keyClick(
        editor.sections,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: printing.preview_dialog is not None, timeout=15000)
    dialog = printing.preview_dialog
    assert dialog is not None and "wersja robocza" in dialog.summary.text()
    target = tmp_path / "z podglądu.pdf"
    names: list[str] = []
    answer_save_dialog(target, names)
    with qtbot.waitSignal(printing.saved, timeout=15000) as saved:
        click(qtbot, dialog.findChild(QPushButton, "preview_save"))
    assert names[0].endswith("_wersja_robocza.pdf")
    assert saved.args[0].draft and target.exists()
    assert saved.args[0].pages == dialog.page_count()
    dialog.reject()
