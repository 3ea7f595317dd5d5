"""Eksportuj and Importuj in the window: file choosers, the preview, the clash choice, history."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from partnership_data import organisation
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import pick_file, when_dialog_opens
from qt_typing import send_text
from safety_files import read_package

from pim_desktop.context import AppContext
from pim_desktop.domain.canonical import application_checksum
from pim_desktop.services.portable.import_preview import ClashChoice
from pim_desktop.ui.applications.history_dialog import HistoryDialog
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.safety.import_preview_dialog import ImportPreviewDialog

WindowFactory = Callable[[AppContext], MainWindow]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose_file(path: Path, then: Callable[[QWidget], None] | None = None) -> list[QWidget]:
    """Answer the next file chooser with ``path``; then, if given, the dialog after it."""
    return when_dialog_opens(pick_file(path, then))


def active_window(qtbot: QtBot, make_window: WindowFactory, context: AppContext) -> MainWindow:
    window = make_window(context)
    reactivate(qtbot, window)
    return window


def reactivate(qtbot: QtBot, window: MainWindow) -> None:
    """The offscreen platform does not hand activation back to the window after a dialog."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def partner(context: AppContext) -> int:
    return next(
        s.application.id
        for s in context.applications.summaries()
        if s.application.role == "partner"
    )


def test_export_the_selected_application_and_import_it_back_with_a_clash(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    context.sample_data.create()
    window = active_window(qtbot, make_window, context)
    page = window.applications
    window.show_page_key("applications")
    application_id = partner(context)
    page.select_application(application_id)
    target = tmp_path / "wniosek partnera ąę.pim"
    answered = choose_file(target)
    click(qtbot, page.findChild(QPushButton, "export_application"))
    assert answered and target.exists()
    assert "Zapisano plik wniosek partnera ąę.pim" in page.message.text()

    # The draft changes after the export; the file comes back: a clash.
    original = context.applications.load(application_id)
    context.applications.save_values(application_id, {"motivation": "Zmiana po eksporcie"})
    seen: list[str] = []

    def preview(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        seen.extend(dialog.outcome_texts())
        assert dialog.findChild(QWidget, "clash_choice").isVisible()
        dialog.findChild(QRadioButton, "replace").click()
        assert dialog.choice() is ClashChoice.REPLACE
        when_dialog_opens(lambda box: box.accept())  # "Import zakończony"
        click(qtbot, dialog.findChild(QPushButton, "do_import"))

    answered = choose_file(target, then=preview)
    reactivate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert answered and seen == ["już jest w innej postaci"]
    checksums = {application_checksum(s.application) for s in context.applications.summaries()}
    assert application_checksum(original) in checksums
    assert len(context.applications.summaries()) == 2  # replaced, not added
    assert page.model.rowCount() == 2


def test_a_hostile_file_is_explained_and_nothing_changes(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    context.sample_data.create()
    window = make_window(context)
    bad = tmp_path / "obcy.pim"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 40)  # the start of a zip, and nothing more
    messages: list[str] = []

    def explain(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        messages.append(dialog.text())
        dialog.accept()

    answered = choose_file(bad, then=explain)
    window.show_page_key("applications")
    click(qtbot, window.applications.findChild(QPushButton, "import_package"))
    assert answered and "niekompletny lub uszkodzony" in messages[0]
    assert len(context.applications.summaries()) == 2


def test_history_shows_what_changed_and_marks_what_came_after_the_export(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    context.sample_data.create()
    window = active_window(qtbot, make_window, context)
    window.show_page_key("applications")
    application_id = partner(context)
    editor = window.applications.open(application_id)
    editor.show_field("motivation")
    motivation = editor.findChild(QPlainTextEdit, "motivation")
    motivation.selectAll()
    send_text(motivation, "Przed eksportem")

    shown: list[HistoryDialog] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HistoryDialog)
        shown.append(dialog)
        dialog.reject()

    when_dialog_opens(look)
    qtbot.keyClick(editor.sections, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    first = shown[0]
    assert "nie był jeszcze eksportowany" in first.findChild(QLabel, "history_summary").text()
    rows = first.visible_rows()
    assert rows[0][2] == "Motywacja udziału w sieci"
    assert rows[0][4] == "Przed eksportem"
    assert rows[0][3].endswith("…") and len(rows[0][3]) <= 80  # the sample's long text, cut
    assert rows[0][0] == ""  # nothing exported yet: nothing marked
    details = first.findChild(QPlainTextEdit, "history_details").toPlainText()
    assert "Jest: Przed eksportem" in details and "…" not in details  # in full below the table

    context.packages.export_application(application_id, tmp_path / "wyslany.pim")
    motivation.selectAll()
    send_text(motivation, "Po eksporcie")
    when_dialog_opens(look)
    reactivate(qtbot, window)
    qtbot.keyClick(editor.sections, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    second = shown[1]
    summary = second.findChild(QLabel, "history_summary").text()
    assert "Ostatni eksport do pliku .pim" in summary and "(1)" in summary
    marks = [row[0] for row in second.visible_rows()]
    assert marks == ["●", ""]
    second.findChild(QCheckBox, "only_since_export").setChecked(True)
    only = second.visible_rows()
    assert len(only) == 1 and only[0][3] == "Przed eksportem" and only[0][4] == "Po eksporcie"


def test_an_import_saves_and_closes_the_open_editor_first(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    context.sample_data.create()
    package = context.packages.export_all(tmp_path / "wszystko.pim").path
    window = active_window(qtbot, make_window, context)
    window.show_page_key("applications")
    editor = window.applications.open(partner(context))
    editor.show_field("motivation")
    motivation = editor.findChild(QPlainTextEdit, "motivation")
    motivation.selectAll()
    send_text(motivation, "Pisane w chwili importu")
    assert editor.has_unsaved_changes()
    outcomes: list[str] = []

    def record(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        outcomes.extend(dialog.outcome_texts())
        if not dialog.import_button.isEnabled():
            dialog.reject()  # nothing to import: the test fails below, it does not hang
            return
        dialog.findChild(QRadioButton, "replace").click()
        when_dialog_opens(lambda box: box.accept())
        click(qtbot, dialog.import_button)

    when_dialog_opens(record)
    assert window.applications.transfer.import_from(package)
    assert outcomes == ["już jest – pominięty", "już jest w innej postaci"]
    # The edit was saved before the import (so the file's version clashed and replaced it).
    assert window.applications.editor is None
    replaced = next(
        s.application for s in context.applications.summaries() if s.application.role == "partner"
    )
    assert replaced.values["motivation"] != "Pisane w chwili importu"
    backup = context.backups.list()[0]
    with sqlite3.connect(backup.path) as saved:
        texts = [row[0] for row in saved.execute("SELECT values_json FROM application")]
    assert any("Pisane w chwili importu" in text for text in texts)


def test_export_all_from_the_menu_carries_the_last_keystrokes(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    context.sample_data.create()
    window = active_window(qtbot, make_window, context)
    window.show_page_key("applications")
    editor = window.applications.open(partner(context))
    editor.show_field("motivation")
    motivation = editor.findChild(QPlainTextEdit, "motivation")
    motivation.selectAll()
    send_text(motivation, "Ostatnie słowa przed eksportem")
    target = tmp_path / "całe miasto.pim"
    answered = choose_file(target)
    qtbot.keyClick(
        motivation,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert answered and target.exists()
    assert "Ostatnie słowa przed eksportem" in read_package(target)["data.json"].decode()
    assert window.applications.editor is editor  # exporting does not close the editor


def test_the_whole_city_brings_its_partnership_and_the_preview_says_kind_by_kind(
    qtbot: QtBot,
    context: AppContext,
    colleague: AppContext,
    make_window: WindowFactory,
    tmp_path: Path,
) -> None:
    context.sample_data.create()
    package = context.packages.export_all(tmp_path / "miasto lidera ąę.pim").path
    colleague.partnership.add_member(organisation("Klub Seniora „Jesień”", "Halina Ćwiek"))
    window = active_window(qtbot, make_window, colleague)
    window.show_page_key("partnership")
    assert window.partnership.register.model.rowCount() == 1
    seen: dict[str, list[str]] = {}

    def preview(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        table = dialog.findChild(QTableWidget, "import_partnership")
        assert table.isVisible() and table.accessibleName()
        seen["kinds"] = [table.item(row, 0).text() for row in range(table.rowCount())]
        seen["counts"] = [table.item(row, 1).text() for row in range(table.rowCount())]
        seen["keep"] = dialog.kind_step_texts()
        dialog.findChild(QRadioButton, "replace").click()
        seen["replace"] = dialog.kind_step_texts()
        when_dialog_opens(lambda box: seen.setdefault("done", [box.text()]) and box.accept())
        click(qtbot, dialog.import_button)

    when_dialog_opens(preview)
    assert window.applications.transfer.import_from(package)
    assert seen["kinds"] == [
        "Rejestr Lokalnego Partnerstwa",
        "Spotkania (obecność, protokoły, zadania)",
        "Miejska Inicjatywa Działań",
        "Sieć miast i Plan Ulepszeń",
        "Działania i wydatki sieci (z dokumentami)",
        "Potencjał miast (samooceny)",
    ]
    assert seen["counts"][-2:] == [
        f"działań sieci: {len(context.network_activities.activities())}",
        f"samoocen miast: {len(context.capacity.overview().assessments)}",
    ]
    held = "pominięte: zależą od danych zostawionych tutaj"
    assert seen["keep"] == ["zostają dane z tego komputera"] + [held] * 5
    assert seen["replace"] == ["dane z pliku zastąpią obecne"] + ["zostaną dodane"] * 5
    assert "Rejestr Lokalnego Partnerstwa: dane z pliku zastąpią obecne." in seen["done"][0]
    # The pages show what came in, without a restart.
    members = len(context.partnership.members())
    assert window.partnership.register.model.rowCount() == members
    window.show_page_key("meetings")
    assert window.meetings.model.rowCount() == len(context.meetings.meetings())
    activities = len(context.network_activities.activities())
    assert len(colleague.network_activities.activities()) == activities
