"""Two officers on one application in the real editor: a colleague's program saves on the same
database while the officer types; a field both changed opens the conflict dialog, answered with
the keyboard; a field only the colleague changed is loaded and named in the message line."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from qt_dialogs import answer_next_modal
from qt_typing import send_text
from sqlalchemy import text

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.paths import AppPaths
from pim_desktop.ui.applications.application_editor import ApplicationEditor
from pim_desktop.ui.common.conflict_dialog import KEEP_YOURS, MERGE, TAKE_THEIRS, ConflictDialog
from pim_desktop.ui.main_window import MainWindow

WindowFactory = Callable[[AppContext], MainWindow]


@pytest.fixture
def anna(paths: AppPaths, context: AppContext) -> Iterator[AppContext]:
    """The colleague's program on the same database file, with a connection of its own."""
    other = open_database(paths, read_only=False)
    other.use_officer("Anna Nowak")
    yield other
    other.close()


@pytest.fixture
def editor(
    sample: tuple[AppContext, int, int], make_window: WindowFactory
) -> Iterator[ApplicationEditor]:
    context, leader, _partner = sample
    context.use_officer("Bartosz Wiśniewski")
    window = make_window(context)
    window.show_page_key("applications")
    opened = window.applications.open(leader)
    yield opened
    # A test that failed half-way leaves no held edit to ask about as the window closes.
    with opened.autosave.filling():
        pass


def colleague_writes(anna: AppContext, editor: ApplicationEditor, field_id: str, text: str) -> None:
    stored = anna.applications.load(editor.application.id)
    anna.applications.save_values(
        stored.id,
        {field_id: text},
        base_version=stored.row_version,
        original={field_id: stored.values.get(field_id)},
    )


def type_at_end(qtbot: QtBot, editor: ApplicationEditor, field_id: str, text: str) -> None:
    editor.show_field(field_id)
    box = editor.findChild(QPlainTextEdit, field_id)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    send_text(box, text)


def key(
    qtbot: QtBot, pressed: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, pressed, modifier)


def shown_text(editor: ApplicationEditor, field_id: str) -> str:
    return editor.findChild(QPlainTextEdit, field_id).toPlainText()


def test_taking_theirs_with_the_keyboard_stores_and_shows_their_text(
    qtbot: QtBot, editor: ApplicationEditor, anna: AppContext
) -> None:
    colleague_writes(anna, editor, "motivation", "Motywacja Anny.")
    seen: list[str] = []

    def take_theirs(dialog: ConflictDialog) -> None:
        (field,) = dialog.fields
        seen.append(field.title())
        # The dialog opens with the keyboard on the first field's first choice.
        qtbot.waitUntil(lambda: QApplication.focusWidget() is field.buttons[TAKE_THEIRS])
        key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)

    answer = answer_next_modal(ConflictDialog, take_theirs)
    type_at_end(qtbot, editor, "motivation", " Dopisek Bartka.")
    qtbot.waitUntil(lambda: answer.answered or answer.error is not None, timeout=5000)
    answer.check()
    assert seen == ["Motywacja udziału w sieci"]
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes())
    stored = anna.applications.load(editor.application.id)
    assert stored.values["motivation"] == "Motywacja Anny."
    assert shown_text(editor, "motivation") == "Motywacja Anny."
    assert "Zapisano" in editor.status.text()


def test_combining_both_texts_stores_the_combined_text(
    qtbot: QtBot, editor: ApplicationEditor, anna: AppContext
) -> None:
    colleague_writes(anna, editor, "motivation", "Motywacja Anny.")

    def combine(dialog: ConflictDialog) -> None:
        (field,) = dialog.fields
        qtbot.waitUntil(lambda: QApplication.focusWidget() is field.buttons[TAKE_THEIRS])
        key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Right)
        key(qtbot, Qt.Key.Key_Right)
        assert field.buttons[MERGE].isChecked()
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is field.merged
        key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        send_text(field.merged, "Motywacja Anny. Dopisek Bartka.")
        key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)

    answer = answer_next_modal(ConflictDialog, combine)
    type_at_end(qtbot, editor, "motivation", " Dopisek Bartka.")
    qtbot.waitUntil(lambda: answer.answered or answer.error is not None, timeout=5000)
    answer.check()
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes())
    combined = "Motywacja Anny. Dopisek Bartka."
    assert anna.applications.load(editor.application.id).values["motivation"] == combined
    assert shown_text(editor, "motivation") == combined
    history = anna.applications.history_since_export(editor.application.id).changes
    assert (history[-1].field_id, history[-1].changed_by) == ("motivation", "Bartosz Wiśniewski")
    assert (history[-2].new_value, history[-2].changed_by) == ("Motywacja Anny.", "Anna Nowak")


def test_cancelling_keeps_the_text_on_screen_unsaved_until_the_officer_saves_again(
    qtbot: QtBot, editor: ApplicationEditor, anna: AppContext
) -> None:
    colleague_writes(anna, editor, "motivation", "Motywacja Anny.")

    def cancel(dialog: ConflictDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() in dialog.findChildren(QWidget))
        key(qtbot, Qt.Key.Key_Escape)

    answer = answer_next_modal(ConflictDialog, cancel)
    type_at_end(qtbot, editor, "motivation", " Dopisek Bartka.")
    qtbot.waitUntil(lambda: answer.answered or answer.error is not None, timeout=5000)
    answer.check()
    qtbot.waitUntil(lambda: "Nie zapisano" in editor.status.text())
    assert "Anna Nowak" in editor.status.text()
    assert shown_text(editor, "motivation").endswith(" Dopisek Bartka.")
    assert editor.has_unsaved_changes()
    assert anna.applications.load(editor.application.id).values["motivation"] == "Motywacja Anny."
    # Held, not retried by itself: no dialog comes back while the officer does nothing.
    qtbot.wait(1500)
    assert QApplication.activeModalWidget() is None

    def keep_mine(dialog: ConflictDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() in dialog.findChildren(QWidget))
        dialog.fields[0].buttons[KEEP_YOURS].click()
        key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)

    answer = answer_next_modal(ConflictDialog, keep_mine)
    assert editor.flush()
    answer.check()
    stored = anna.applications.load(editor.application.id).values["motivation"]
    assert stored.endswith(" Dopisek Bartka.") and stored == shown_text(editor, "motivation")


def test_a_field_only_the_colleague_changed_is_loaded_and_named(
    qtbot: QtBot, editor: ApplicationEditor, anna: AppContext
) -> None:
    colleague_writes(anna, editor, "challenges", "Wyzwania według Anny.")
    type_at_end(qtbot, editor, "motivation", " Dopisek Bartka.")
    box = editor.findChild(QPlainTextEdit, "motivation")
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=5000)
    assert shown_text(editor, "challenges") == "Wyzwania według Anny."
    assert editor.status.text() == (
        "✓ Zapisano. Wczytano zmiany, które wprowadził(a) Anna Nowak: "
        "Najważniejsze wyzwania miasta w temacie sieci."
    )
    # The field being typed in keeps its text and the focus.
    assert QApplication.focusWidget() is box
    assert box.toPlainText().endswith(" Dopisek Bartka.")
    stored = anna.applications.load(editor.application.id).values
    assert stored["challenges"] == "Wyzwania według Anny."
    assert stored["motivation"].endswith(" Dopisek Bartka.")


def test_a_change_that_carries_no_name_is_told_as_someone_else_s(
    qtbot: QtBot, editor: ApplicationEditor, anna: AppContext
) -> None:
    colleague_writes(anna, editor, "challenges", "Wyzwania bez podpisu.")
    # A change written before the program kept officers' names carries none.
    with anna.engine.begin() as connection:
        connection.execute(
            text("UPDATE application SET changed_by = '' WHERE id = :id"),
            {"id": editor.application.id},
        )
    type_at_end(qtbot, editor, "motivation", " Dopisek Bartka.")
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=5000)
    assert editor.status.text() == (
        "✓ Zapisano. Wczytano zmiany, które wprowadził(a) inna osoba: "
        "Najważniejsze wyzwania miasta w temacie sieci."
    )
