"""Two officers on one member: a colleague saves the same field while the dialog is open, the
conflict dialog asks, the keyboard alone chooses, and the history names both."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from partnership_data import organisation
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot
from qt_dialogs import answer_next_modal
from team_officers import FIRST_OFFICER, SECOND_OFFICER, colleague_on

from pim_desktop.context import AppContext
from pim_desktop.ui.common.change_history_dialog import ChangeHistoryDialog
from pim_desktop.ui.common.conflict_dialog import KEEP_YOURS, TAKE_THEIRS, ConflictDialog
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.partnership.member_dialog import MemberDialog

from .test_partnership_page import open_page, select

NAME = "Fundacja „Łąka”"


@pytest.fixture
def other(context: AppContext, tmp_path: Path) -> Iterator[AppContext]:
    with colleague_on(context, None, tmp_path / "ustawienia kolegi") as colleague:
        yield colleague


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def test_a_colleague_saving_the_same_field_meanwhile_is_asked_about_and_both_are_kept(
    qtbot: QtBot, window: MainWindow, context: AppContext, other: AppContext
) -> None:
    member_id = context.partnership.add_member(organisation(NAME, "Ewa Żak")).id or 0
    page = open_page(qtbot, window)
    page.refresh()
    select(qtbot, page, NAME)

    def edit_while_colleague_saves(dialog: MemberDialog) -> None:
        theirs = other.partnership.member(member_id)
        changed = dataclasses.replace(theirs, notes="Ich uwaga", address="ul. Długa 5")
        other.partnership.update_member(changed, original=theirs)
        notes = dialog.findChild(QPlainTextEdit, "notes")
        notes.setFocus()
        qtbot.keyClicks(notes, "Moja uwaga")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    def keep_mine_by_keyboard(dialog: ConflictDialog) -> None:
        assert [field.title() for field in dialog.fields] == ["Uwagi"]
        assert (
            SECOND_OFFICER in dialog.findChild(QPlainTextEdit, "conflict_theirs").accessibleName()
        )
        notes = dialog.fields[0]
        qtbot.waitUntil(lambda: QApplication.focusWidget() is notes.buttons[TAKE_THEIRS])
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Right)
        assert notes.buttons[KEEP_YOURS].isChecked()
        press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)

    edited = answer_next_modal(MemberDialog, edit_while_colleague_saves)
    resolved = answer_next_modal(ConflictDialog, keep_mine_by_keyboard)
    page.edit_selected()
    edited.check()
    resolved.check()

    stored = other.partnership.member(member_id)
    assert (stored.notes, stored.address) == ("Moja uwaga", "ul. Długa 5")
    assert stored.stamp.changed_by == FIRST_OFFICER
    assert "Zapisano zmiany" in page.status.text()


def test_the_dialog_names_the_last_change_and_opens_the_history_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, context: AppContext, other: AppContext
) -> None:
    member_id = context.partnership.add_member(organisation(NAME, "Ewa Żak")).id or 0
    theirs = other.partnership.member(member_id)
    other.partnership.update_member(dataclasses.replace(theirs, importance=5), original=theirs)
    page = open_page(qtbot, window)
    page.refresh()
    select(qtbot, page, NAME)
    rows: list[list[str]] = []

    def read_history(history: ChangeHistoryDialog) -> None:
        rows.extend(history.row_texts(row) for row in range(history.table.rowCount()))
        history.reject()

    def look(dialog: MemberDialog) -> None:
        assert dialog.last_change.text().startswith(f"Ostatnia zmiana: {SECOND_OFFICER}, ")
        shown = answer_next_modal(ChangeHistoryDialog, read_history)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        dialog.organisation_name.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.organisation_name)
        press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
        # A button's letter presses it the way a click does, a moment later.
        qtbot.waitUntil(lambda: shown.answered or shown.error is not None)
        shown.check()
        dialog.reject()

    looked = answer_next_modal(MemberDialog, look)
    page.edit_selected()
    looked.check()
    assert [row[1:] for row in rows] == [[SECOND_OFFICER, "Ważność", "3 → 5"]]


def test_cancelling_the_conflict_gives_the_dialog_back_with_what_was_typed(
    qtbot: QtBot, window: MainWindow, context: AppContext, other: AppContext
) -> None:
    member_id = context.partnership.add_member(organisation(NAME, "Ewa Żak")).id or 0
    page = open_page(qtbot, window)
    page.refresh()
    select(qtbot, page, NAME)
    reopened: list[str] = []

    def edit_while_colleague_saves(dialog: MemberDialog) -> None:
        theirs = other.partnership.member(member_id)
        other.partnership.update_member(
            dataclasses.replace(theirs, notes="Ich uwaga"), original=theirs
        )
        dialog.notes.setPlainText("Moja uwaga")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    def look_and_give_up(dialog: MemberDialog) -> None:
        reopened.append(dialog.notes.toPlainText())
        dialog.reject()

    def cancel(dialog: ConflictDialog) -> None:
        answers.append(answer_next_modal(MemberDialog, look_and_give_up))
        dialog.reject()

    answers = [answer_next_modal(MemberDialog, edit_while_colleague_saves)]
    answers.append(answer_next_modal(ConflictDialog, cancel))
    page.edit_selected()
    for answer in answers:
        answer.check()

    assert reopened == ["Moja uwaga"]
    assert other.partnership.member(member_id).notes == "Ich uwaga"
    assert "zmiany wróciły do okna członka" in page.status.text()
