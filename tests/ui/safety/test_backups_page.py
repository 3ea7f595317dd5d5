"""Ustawienia → Kopie zapasowe, as the officer uses it: the list, a backup now, restoring one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot
from qt_dialogs import when_dialog_opens
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.task_runner import InlineTaskRunner
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.safety.backup_scheduler import BackupScheduler

WindowFactory = Callable[[AppContext], MainWindow]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer_with(text: str) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        next(b for b in dialog.findChildren(QPushButton) if text in b.text()).click()

    return answer


def table_rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def partner_id(context: AppContext) -> int:
    return next(
        s.application.id
        for s in context.applications.summaries()
        if s.application.role == "partner"
    )


def test_the_list_shows_date_and_size_and_a_backup_is_made_on_request(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory
) -> None:
    context.sample_data.create()
    context.backups.create()
    window = make_window(context)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    box = window.settings.backups
    table = box.findChild(QTableView, "backups")
    rows = table_rows(table)
    assert len(rows) == 1
    when, size, name = rows[0]
    assert when[2] == "." and when[5] == "." and size.endswith("kB")
    assert name.startswith("pim-desktop-") and name.endswith(".sqlite3")

    context.applications.save_values(partner_id(context), {"motivation": "Nowa treść"})
    click(qtbot, box.findChild(QPushButton, "backup_now"))
    assert len(table_rows(table)) == 2
    assert "Utworzono i sprawdzono kopię" in box.findChild(QLabel, "backups_message").text()
    assert table.selectionModel().selectedRows()[0].row() == 0  # the newest, on top


def test_restoring_saves_the_open_edit_backs_up_and_reloads_in_place(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory
) -> None:
    context.sample_data.create()
    application_id = partner_id(context)
    context.applications.save_values(application_id, {"motivation": "Stan z kopii"})
    context.backups.create()
    window = make_window(context)

    # The officer is in the middle of an edit when deciding to restore.
    window.show_page_key("applications")
    editor = window.applications.open(application_id)
    editor.show_field("motivation")
    motivation = editor.findChild(QPlainTextEdit, "motivation")
    motivation.selectAll()
    send_text(motivation, "Stan po kopii")
    assert motivation.toPlainText() == "Stan po kopii"
    assert editor.has_unsaved_changes()

    window.show_page_key("settings")
    box = window.settings.backups
    table = box.findChild(QTableView, "backups")
    table.selectRow(0)

    # Cancel first: nothing happens.
    answered = when_dialog_opens(answer_with("Anuluj"))
    click(qtbot, box.findChild(QPushButton, "restore_backup"))
    assert answered and len(table_rows(table)) == 1

    answered = when_dialog_opens(answer_with("Przywróć"))
    click(qtbot, box.findChild(QPushButton, "restore_backup"))
    assert answered
    assert "Przywrócić dane z kopii" in answered[0].findChild(QLabel, "qt_msgbox_label").text()

    # The edit was saved before, the backup of it taken, then the older state restored.
    assert context.applications.load(application_id).values["motivation"] == "Stan z kopii"
    assert window.applications.editor is None
    message = box.findChild(QLabel, "backups_message").text()
    assert "Przywrócono dane z kopii" in message and "można do niego wrócić" in message
    rows = table_rows(table)
    assert len(rows) == 2
    safety = context.backups.list()[0]
    with sqlite3.connect(safety.path) as saved:
        stored = saved.execute(
            "SELECT values_json FROM application WHERE id = ?", (application_id,)
        )
        assert "Stan po kopii" in stored.fetchone()[0]
    # The pages show the restored data without a restart.
    reopened = window.applications.open(application_id)
    assert reopened.findChild(QPlainTextEdit, "motivation").toPlainText() == "Stan z kopii"


def test_an_hour_of_editing_makes_a_backup_and_an_idle_hour_does_not(
    qtbot: QtBot, context: AppContext
) -> None:
    context.sample_data.create()
    events = AppEvents()
    scheduler = BackupScheduler(context.backups, events, runner=InlineTaskRunner())
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 60 * 60 * 1000
    made: list[int] = []
    events.backups_changed.connect(lambda: made.append(1))

    scheduler.timer.timeout.emit()  # an hour without edits
    assert made == [] and context.backups.list() == []

    context.applications.save_values(partner_id(context), {"motivation": "Godzina pracy"})
    events.application_saved.emit()
    scheduler.timer.timeout.emit()  # an hour with an edit
    assert made == [1] and len(context.backups.list()) == 1

    scheduler.timer.timeout.emit()  # and another idle one
    assert made == [1]
    scheduler.timer.stop()


@pytest.mark.parametrize(
    "signal", ["members_changed", "meetings_changed", "action_plan_changed", "network_changed"]
)
def test_an_hour_of_partnership_or_plan_work_makes_a_backup_too(
    qtbot: QtBot, context: AppContext, signal: str
) -> None:
    context.sample_data.create()
    events = AppEvents()
    scheduler = BackupScheduler(context.backups, events, runner=InlineTaskRunner())
    getattr(events, signal).emit()
    scheduler.timer.timeout.emit()
    assert len(context.backups.list()) == 1
    scheduler.timer.stop()
