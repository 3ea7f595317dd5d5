"""File choosers: the system's own dialog, starting in the folder last used for the same purpose,
remembered across starts; and no screen outside signing builds a file dialog of its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from qt_dialogs import pick_file, when_dialog_opens

import pim_desktop
from pim_desktop.context import AppContext
from pim_desktop.ui.common.file_dialogs import (
    ask_open_file,
    ask_save_file,
    choose_folder,
    documents_folder,
    safe_file_name,
)
from pim_desktop.ui.main_window import MainWindow

WindowFactory = Callable[[AppContext], MainWindow]
CSV = "Pliki CSV (*.csv)"


def started_in(seen: list[str]) -> Callable[[QWidget], None]:
    """An answer that notes where the chooser opened, and whether it was left to the system."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    return answer


def test_the_next_chooser_for_the_same_purpose_starts_where_the_last_file_was(
    qtbot: QtBot,
    window: MainWindow,
    make_window: WindowFactory,
    context: AppContext,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "Członkowie – eksport"
    folder.mkdir()
    page = window.show_page_key("partnership")
    when_dialog_opens(pick_file(folder / "lista członków.csv"))
    chosen = ask_save_file(page, "Eksport", "czlonkowie.csv", CSV, purpose="members-csv")
    assert chosen == folder / "lista członków.csv"

    seen: list[str] = []
    when_dialog_opens(started_in(seen))
    assert ask_open_file(page, "Import", CSV, purpose="members-csv") is None
    when_dialog_opens(started_in(seen))
    assert ask_open_file(page, "PDF", "PDF (*.pdf)", purpose="pdf-export") is None
    assert seen == [folder.as_posix(), documents_folder().as_posix()]

    window.close()
    again = make_window(context)  # the next start of the program
    when_dialog_opens(started_in(seen))
    ask_open_file(again.settings, "Import", CSV, purpose="members-csv")
    assert seen[-1] == folder.as_posix()


def test_a_dialog_opened_over_a_dialog_finds_the_window_memory(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "dane"
    folder.mkdir()
    over = QDialog(window.applications)  # as a signing or member dialog is
    when_dialog_opens(pick_file(folder, None))
    assert choose_folder(over, "Folder", tmp_path, purpose="data-folder") == folder
    seen: list[str] = []
    when_dialog_opens(started_in(seen))
    choose_folder(over, "Folder", purpose="data-folder")
    assert seen == [folder.as_posix()]


def test_without_a_main_window_the_chooser_starts_in_documents(qtbot: QtBot) -> None:
    alone = QWidget()
    qtbot.addWidget(alone)
    seen: list[str] = []
    when_dialog_opens(started_in(seen))
    assert ask_open_file(alone, "Import", CSV, purpose="members-csv") is None
    assert seen == [documents_folder().as_posix()]


def test_a_suggested_name_becomes_one_windows_accepts() -> None:
    assert safe_file_name('protokół 2026/05: "warsztat"?.') == "protokół 2026-05- -warsztat--"
    assert safe_file_name(" . ") == "plik"


def test_no_screen_outside_signing_builds_its_own_file_dialog() -> None:
    ui = Path(pim_desktop.__file__).parent / "ui"
    helper = ui / "common" / "file_dialogs.py"
    offenders = [
        path.relative_to(ui).as_posix()
        for path in ui.rglob("*.py")
        if path != helper
        and "signing" not in path.relative_to(ui).parts
        and re.search(r"\bQFileDialog\b|DontUseNativeDialog", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
