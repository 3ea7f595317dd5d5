"""A full disk or a read-only data folder while the officer types: the edit stays in the window,
the officer is told, nothing saved before is lost, and saving resumes when the fault is gone.

The failures are real SQLite failures. "Disk full" is SQLITE_FULL from ``PRAGMA max_page_count``
set to the file's current size on every connection the program takes (the program's own code
is not touched); "read-only" is the data folder and its files made unwritable by the system.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from full_disk import Disk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import when_dialog_opens
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.ui.applications.application_editor import ApplicationEditor
from pim_desktop.ui.common.autosave import MAX_RETRY_DELAY_MS
from pim_desktop.ui.main_window import MainWindow

WindowFactory = Callable[[AppContext], MainWindow]
LONG_TEXT = "Miasto chce dzielić się doświadczeniem rewitalizacji dworca. " * 120


def paste(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """A long text arrives the way officers bring it: pasted from a document."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def partner_editor(qtbot: QtBot, window: MainWindow, context: AppContext) -> ApplicationEditor:
    window.show_page_key("applications")
    application_id = next(
        s.application.id
        for s in context.applications.summaries()
        if s.application.role == "partner"
    )
    editor = window.applications.open(application_id)
    editor.show_field("motivation")
    return editor


def status(editor: ApplicationEditor) -> str:
    return editor.findChild(QLabel, "editor_status").text()


def stored_motivation(context: AppContext, editor: ApplicationEditor) -> object:
    return context.applications.load(editor.application.id).values.get("motivation")


def test_a_full_disk_keeps_the_edit_tells_and_saves_when_space_is_back(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, disk: Disk
) -> None:
    context.sample_data.create()
    window = make_window(context)
    editor = partner_editor(qtbot, window, context)
    motivation = editor.findChild(QPlainTextEdit, "motivation")
    motivation.selectAll()
    send_text(motivation, "Zapisane przed awarią.")
    qtbot.waitUntil(lambda: "Zapisano" in status(editor), timeout=3000)

    disk.full = True
    motivation.selectAll()
    paste(qtbot, motivation, LONG_TEXT[:4000])
    qtbot.waitUntil(lambda: "zabrakło miejsca" in status(editor), timeout=3000)
    assert motivation.toPlainText() == LONG_TEXT[:4000]  # the edit stays in the window
    assert stored_motivation(context, editor) == "Zapisane przed awarią."  # nothing lost
    assert editor.has_unsaved_changes()
    # Going back to the list would drop the editor: it stays open while it cannot save.
    qtbot.mouseClick(editor.findChild(QPushButton, "back_to_list"), Qt.MouseButton.LeftButton)
    assert window.applications.editor is editor

    disk.full = False
    qtbot.waitUntil(lambda: "Zapisano" in status(editor), timeout=MAX_RETRY_DELAY_MS + 3000)
    assert str(stored_motivation(context, editor)).strip() == LONG_TEXT[:4000].strip()
    assert not editor.has_unsaved_changes()


def test_closing_with_an_unsaved_edit_asks_first(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, disk: Disk
) -> None:
    context.sample_data.create()
    window = make_window(context)
    editor = partner_editor(qtbot, window, context)
    motivation = editor.findChild(QPlainTextEdit, "motivation")
    disk.full = True
    try:
        motivation.selectAll()
        paste(qtbot, motivation, LONG_TEXT)
        asked: list[str] = []

        def stay(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            asked.append(dialog.text())
            next(b for b in dialog.findChildren(QPushButton) if "Nie zamykaj" in b.text()).click()

        when_dialog_opens(stay)
        window.close()
        assert asked and "przepadną" in asked[0]
        assert window.isVisible() and motivation.toPlainText() == LONG_TEXT
    finally:
        disk.full = False
    window.close()  # now it saves and closes without asking
    assert not window.isVisible()
    assert str(stored_motivation(context, editor)).strip() == LONG_TEXT.strip()


def test_the_city_profile_page_survives_a_full_disk(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, disk: Disk
) -> None:
    window = make_window(context)
    window.show_page_key("city_profile")
    page = window.city_profile
    name = page.findChild(QLineEdit, "official_name")
    disk.full = True
    name.setFocus()
    paste(qtbot, name, "Gmina Miasto " + "Długa Nazwa " * 400)
    save_status = page.findChild(QLabel, "save_status")
    qtbot.waitUntil(lambda: "zabrakło miejsca" in save_status.text(), timeout=3000)
    assert context.city_profile.load().official_name == ""
    assert name.text().startswith("Gmina Miasto Długa Nazwa")
    disk.full = False
    qtbot.waitUntil(lambda: "zapisane" in save_status.text(), timeout=8000)
    assert context.city_profile.load().official_name.startswith("Gmina Miasto Długa")


def motivation_on_disk(context: AppContext, application_id: int) -> object:
    uri = f"file:{context.paths.database_file.as_posix()}?immutable=1"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        row = connection.execute(
            "SELECT values_json FROM application WHERE id = ?", (application_id,)
        ).fetchone()
    return json.loads(row[0]).get("motivation")


def make_read_only(folder: Path) -> Callable[[], None]:
    """Make the data folder and its files unwritable; returns how to undo it.

    An ordinary user gets the permission bits; the superuser (who ignores them) gets the
    file system's immutable flag, which binds everyone.
    """
    files = [folder, *folder.iterdir()]
    modes = {path: path.stat().st_mode for path in files}
    for path in files:
        path.chmod(stat.S_IMODE(modes[path]) & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    immutable = os.geteuid() == 0 if hasattr(os, "geteuid") else False
    if immutable:
        chattr = shutil.which("chattr")
        if chattr is None:
            pytest.skip("running as the superuser without chattr: no way to deny a write")
        done = subprocess.run([chattr, "+i", *map(str, files)], check=False, capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"chattr +i is not allowed here: {done.stderr!r}")

    def undo() -> None:
        if immutable:
            subprocess.run([str(shutil.which("chattr")), "-i", *map(str, files)], check=True)
        for path, mode in modes.items():
            path.chmod(stat.S_IMODE(mode))

    return undo


def test_a_read_only_folder_keeps_the_edit_and_saving_resumes(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory
) -> None:
    context.sample_data.create()
    window = make_window(context)
    editor = partner_editor(qtbot, window, context)
    before = stored_motivation(context, editor)
    # The folder turns read-only (a share's rights changed, a policy applied); the program's
    # next connections find it so.
    context.engine.dispose()
    undo = make_read_only(context.paths.data_dir)
    try:
        motivation = editor.findChild(QPlainTextEdit, "motivation")
        motivation.selectAll()
        send_text(motivation, "Tekst pisany, gdy folder był tylko do odczytu.")
        qtbot.waitUntil(lambda: status(editor).startswith("⚠"), timeout=3000)
        assert "zapis" in status(editor), status(editor)
        assert motivation.toPlainText() == "Tekst pisany, gdy folder był tylko do odczytu."
        # What was saved before is all there: read the file as it lies on the disk.
        assert motivation_on_disk(context, editor.application.id) == before
    finally:
        undo()
    qtbot.waitUntil(lambda: "Zapisano" in status(editor), timeout=MAX_RETRY_DELAY_MS + 3000)
    assert stored_motivation(context, editor) == "Tekst pisany, gdy folder był tylko do odczytu."
