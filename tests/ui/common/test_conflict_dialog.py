"""The conflict dialog on its own: three values side by side per field, a choice per field made
with the keyboard alone, the save held back until every field has one, and a laptop's screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pim_desktop.domain.edit_conflicts import EditConflict, merge_fields
from pim_desktop.ui.common.conflict_dialog import (
    KEEP_YOURS,
    MERGE,
    TAKE_THEIRS,
    ConflictDialog,
    resolve_conflict,
)
from pim_desktop.ui.common.screen_fit import available_geometry

LABELS = {"title": "Tytuł projektu", "budget": "Budżet", "summary": "Streszczenie"}


def a_conflict(fields: int = 2) -> EditConflict:
    original = {"title": "Park", "budget": 100, "summary": "Krótko"}
    theirs = {"title": "Park miejski", "budget": 120, "summary": "Krótko i jasno"}
    yours = {"title": "Park nad rzeką", "budget": 150, "summary": "Krótko, po polsku"}
    keep = list(LABELS)[:fields]
    outcome = merge_fields(
        {k: original[k] for k in keep},
        {k: theirs[k] for k in keep},
        {k: yours[k] for k in keep},
        theirs_by="Anna Nowak",
    )
    changed_at = dt.datetime.now(dt.UTC).replace(hour=13, minute=5)
    return EditConflict(
        "application", 7, 4, outcome, changed_by="Anna Nowak", labels={}, changed_at=changed_at
    )


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def press(qtbot: QtBot, key: Qt.Key) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)


def test_each_field_shows_the_original_theirs_with_its_author_and_yours(qtbot: QtBot) -> None:
    dialog = shown(qtbot, ConflictDialog(a_conflict(), LABELS))
    budget = dialog.findChild(QWidget, "conflict_budget")
    texts = {p.objectName(): p.toPlainText() for p in budget.findChildren(QPlainTextEdit)}
    assert texts == {"conflict_original": "100", "conflict_theirs": "120", "conflict_yours": "150"}
    title = dialog.findChild(QWidget, "conflict_title")
    theirs = title.findChild(QPlainTextEdit, "conflict_theirs")
    assert theirs.accessibleName().startswith("Ich wersja (Anna Nowak, ")
    assert theirs.isReadOnly()
    # A number is taken whole from one side; a text can also be written together.
    assert set(dialog.fields[0].buttons) == {TAKE_THEIRS, KEEP_YOURS}
    assert set(dialog.fields[1].buttons) == {TAKE_THEIRS, KEEP_YOURS, MERGE}


def test_the_keyboard_alone_chooses_theirs_and_writes_a_merge(qtbot: QtBot) -> None:
    dialog = shown(qtbot, ConflictDialog(a_conflict(), LABELS))
    save = dialog.findChild(QPushButton, "conflict_save")
    assert not save.isEnabled()
    assert "Pola bez wybranej wersji: 2" in dialog.status.text()
    budget, title = dialog.fields
    qtbot.waitUntil(lambda: QApplication.focusWidget() is budget.buttons[TAKE_THEIRS])
    press(qtbot, Qt.Key.Key_Space)
    assert budget.buttons[TAKE_THEIRS].isChecked()
    assert not save.isEnabled()
    while QApplication.focusWidget() is not title.buttons[TAKE_THEIRS]:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert title.buttons[MERGE].isChecked()
    assert save.isEnabled()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is title.merged
    qtbot.keyClick(title.merged, Qt.Key.Key_End)
    qtbot.keyClicks(title.merged, " (miejski)")
    assert dialog.choices() == {"budget": 120, "title": "Park nad rzeką (miejski)"}


def test_cancel_gives_nothing_and_save_gives_the_choices(qtbot: QtBot) -> None:
    answers: list[dict[str, object] | None] = []

    def answer(keep: bool) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        if not keep:
            dialog.reject()
            return
        for field in dialog.fields:
            field.buttons[KEEP_YOURS].click()
        dialog.findChild(QPushButton, "conflict_save").click()

    for keep in (False, True):
        QTimer.singleShot(50, lambda keep=keep: answer(keep))
        answers.append(resolve_conflict(None, a_conflict(), LABELS))
    assert answers == [None, {"budget": 150, "title": "Park nad rzeką"}]


def test_many_fields_scroll_inside_a_laptop_screen(qtbot: QtBot) -> None:
    dialog = shown(qtbot, ConflictDialog(a_conflict(fields=3), LABELS))
    free = available_geometry(dialog)
    assert dialog.frameGeometry().height() <= free.height()
    assert dialog.frameGeometry().width() <= free.width()
    for field in dialog.fields:
        for button in field.buttons.values():
            assert button.accessibleName().endswith(field.title())
