"""An officer writes an application the way the issue describes it, in the real window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import when_dialog_opens
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.domain.forms.definition import Role
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY
from pim_desktop.ui.applications.application_editor import ApplicationEditor
from pim_desktop.ui.main_window import MainWindow

WindowFactory = Callable[[AppContext], MainWindow]
LONG_TEXT = "Zażółć gęślą jaźń – miasto uczy się od innych. " * 70  # 3 290 znaków


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose_in(combo: QComboBox, text: str) -> None:
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


def create_leader_application(qtbot: QtBot, window: MainWindow) -> ApplicationEditor:
    window.show_page_key("applications")
    page = window.applications

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        choose_in(dialog.findChild(QComboBox, "edition"), "PIM 2")
        choose_in(dialog.findChild(QComboBox, "role"), "Lider")
        choose_in(dialog.findChild(QComboBox, "network"), "Miasto zielone")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    answered = when_dialog_opens(answer)
    click(qtbot, page.findChild(QPushButton, "new_application"))
    assert answered, "the new-application dialog did not open"
    # The offscreen platform does not hand activation back to the window after a dialog.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert page.editor is not None
    return page.editor


def status_text(editor: ApplicationEditor) -> str:
    return editor.findChild(QLabel, "editor_status").text()


def test_create_fill_exceed_check_jump_fix_and_reopen(
    qtbot: QtBot,
    qapp: QApplication,
    context: AppContext,
    make_window: WindowFactory,
    reopen: Callable[[], AppContext],
) -> None:
    context.city_profile.save(SAMPLE_CITY)
    window = make_window(context)
    editor = create_leader_application(qtbot, window)

    # Pre-filled from the city profile.
    assert editor.findChild(QLineEdit, "official_name").text() == "Gmina Miasto Przykładowo"
    assert editor.fields["network"].value() == "miasto_zielone"

    # Paste a text longer than the limit: it is kept whole and the counter says so.
    editor.show_field("motivation")
    motivation = editor.findChild(QPlainTextEdit, "motivation")
    qapp.clipboard().setText(LONG_TEXT)
    qtbot.keyClick(motivation, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert motivation.toPlainText() == LONG_TEXT
    counter = editor.findChild(QLabel, "counter_motivation").text()
    assert "3 290 / 3 000 znaków" in counter.replace("\u00a0", " ")
    assert "przekroczono limit o 290" in counter

    # The check lists it; choosing the entry opens the section and puts the cursor in the field.
    editor.sections.setCurrentRow(0)
    click(qtbot, editor.findChild(QPushButton, "check_application"))
    problems = editor.findChild(type(editor.sections), "problems")
    entries = [problems.item(i).text() for i in range(problems.count())]
    too_long = next(i for i, text in enumerate(entries) if "Motywacja" in text and "3290" in text)
    item = problems.item(too_long)
    rect = problems.visualItemRect(item)
    qtbot.mouseClick(problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "D. Motywacja, wyzwania i doświadczenia — " in editor.sections.currentItem().text()
    assert motivation.hasFocus()
    assert "3290" in editor.fields["motivation"].problems_text()

    # Fix it by typing a shorter text.
    qtbot.keyClick(motivation, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    send_text(motivation, "Chcemy uczyć się od miast sieci i dzielić się doświadczeniem.")
    qtbot.waitUntil(lambda: "Zapisano" in status_text(editor), timeout=3000)
    click(qtbot, editor.findChild(QPushButton, "check_application"))
    assert editor.fields["motivation"].problems_text() == ""
    assert not any("Motywacja" in problems.item(i).text() for i in range(problems.count()))

    # Close the program and open it again: everything is there.
    application_id = editor.application.id
    window.close()
    context.close()
    again = make_window(reopen())
    again.show_page_key("applications")
    reopened = again.applications.open(application_id)
    assert reopened.findChild(QPlainTextEdit, "motivation").toPlainText() == (
        "Chcemy uczyć się od miast sieci i dzielić się doświadczeniem."
    )
    assert reopened.findChild(QLineEdit, "official_name").text() == "Gmina Miasto Przykładowo"


def test_undo_and_redo_across_the_form(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    editor = create_leader_application(qtbot, window)
    editor.show_field("powiat")
    powiat = editor.findChild(QLineEdit, "powiat")
    send_text(powiat, "łódzki")
    editor.show_field("motivation")
    motivation = editor.findChild(QPlainTextEdit, "motivation")
    send_text(motivation, "Ślady pracy")

    # Inside the field: the last burst of typing goes.
    qtbot.keyClick(motivation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert motivation.toPlainText() == ""
    assert powiat.text() == "łódzki"
    # Across the form: the next undo goes back to the other section and its field.
    qtbot.keyClick(motivation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert powiat.text() == ""
    assert "B. Dane wnioskodawcy — " in editor.sections.currentItem().text()
    assert powiat.hasFocus()
    # And forward again.
    qtbot.keyClick(powiat, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(powiat, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert powiat.text() == "łódzki"
    assert motivation.toPlainText() == "Ślady pracy"
    editor.flush()
    stored = context.applications.load(editor.application.id).values
    assert stored["motivation"] == "Ślady pracy" and stored["powiat"] == "łódzki"


def test_table_rows_are_added_removed_and_reordered(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    editor = create_leader_application(qtbot, window)
    editor.show_field("team")
    team = editor.fields["team"]
    table = editor.findChild(QTableWidget, "team")
    for name in ("Łucja Ćwik", "Zenon Źrebiec"):
        click(qtbot, editor.findChild(QPushButton, "team__add_row"))
        table.item(table.rowCount() - 1, 0).setText(name)
    assert [row["name"] for row in team.value()] == ["Łucja Ćwik", "Zenon Źrebiec"]
    table.setCurrentCell(1, 0)
    click(qtbot, editor.findChild(QPushButton, "team__move_up"))
    assert [row["name"] for row in team.value()] == ["Zenon Źrebiec", "Łucja Ćwik"]
    table.setCurrentCell(0, 0)
    click(qtbot, editor.findChild(QPushButton, "team__remove_row"))
    editor.flush()
    stored = context.applications.load(editor.application.id).values["team"]
    assert [row["name"] for row in stored] == ["Łucja Ćwik"]


def test_conditional_field_appears_when_its_condition_holds(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = create_leader_application(qtbot, window)
    authority = editor.fields["authority_document"]
    editor.show_field("authority_basis")
    assert not authority.isVisible()
    combo = editor.findChild(QComboBox, "authority_basis")
    choose_in(combo, "Pełnomocnictwo")
    assert authority.isVisible()


def test_sent_application_is_frozen_and_a_new_version_starts(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    from form_samples import fill_every_field

    definition = context.applications.catalog.latest("pim2021")
    application = context.applications.create(definition, Role.LEADER, "miasto_zielone")
    values = fill_every_field(definition, Role.LEADER)
    values["network"] = "miasto_zielone"
    context.applications.save_values(application.id, values)

    page = window.applications
    window.show_page_key("applications")
    page.refresh()
    page.select_application(application.id)
    click(qtbot, page.findChild(QPushButton, "mark_ready"))
    assert context.applications.load(application.id).status is ApplicationStatus.READY

    def answer(dialog: QWidget) -> None:
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    answered = when_dialog_opens(answer)
    click(qtbot, page.findChild(QPushButton, "mark_sent"))
    assert answered
    sent = context.applications.load(application.id)
    assert sent.status is ApplicationStatus.SENT and sent.is_frozen

    editor = page.open(application.id)
    assert not editor.findChild(QLineEdit, "official_name").isEnabled()
    assert "zamrożony" in status_text(editor)
    click(qtbot, editor.findChild(QPushButton, "back_to_list"))

    page.select_application(application.id)
    click(qtbot, page.findChild(QPushButton, "new_version"))
    copy_editor = page.editor
    assert copy_editor is not None and copy_editor.application.version_number == 2
    assert copy_editor.findChild(QLineEdit, "official_name").isEnabled()
    summaries = context.applications.summaries()
    assert sorted((s.application.version_number, s.application.status) for s in summaries) == [
        (1, ApplicationStatus.SENT),
        (2, ApplicationStatus.DRAFT),
    ]


def closing_on_failure(answer: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    """``answer``, but a failed check closes the dialog instead of leaving the test waiting."""

    def guarded(dialog: QWidget) -> None:
        try:
            answer(dialog)
        except BaseException:
            assert isinstance(dialog, QDialog)
            dialog.reject()
            raise

    return guarded


def test_planned_partnership_is_taken_from_the_register(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory
) -> None:
    """Members are picked in a dialog, not retyped; those already in the table are not doubled."""
    context.sample_data.create()
    window = make_window(context)
    editor = create_leader_application(qtbot, window)
    editor.show_field("lp_members")
    table = editor.fields["lp_members"]
    register = [s.member for s in context.partnership.members()]
    present = [m for m in register if m.is_active(dt.date.today())]
    assert len(present) >= 20
    left_aside = present[0].display_name

    def untick_first_and_add(dialog: QWidget) -> None:
        listing = dialog.findChild(QListWidget, "register_members")
        assert listing.count() == len(present)
        first = listing.item(0)
        assert first.checkState() is Qt.CheckState.Checked
        listing.setCurrentRow(0)
        qtbot.keyClick(listing, Qt.Key.Key_Space)
        assert first.checkState() is Qt.CheckState.Unchecked
        add = dialog.findChild(QPushButton, "register_add")
        assert str(len(present) - 1) in add.text()
        click(qtbot, add)

    answered = when_dialog_opens(closing_on_failure(untick_first_and_add))
    click(qtbot, editor.findChild(QPushButton, "lp_members__from_register"))
    assert answered, "the register dialog did not open"
    rows = table.value()
    assert isinstance(rows, list) and len(rows) == len(present) - 1
    assert left_aside not in {row["name"] for row in rows}
    assert all(row["sector"] and row["planned_role"] for row in rows)
    assert "Dodano z rejestru wierszy" in status_text(editor)
    editor.flush()
    stored = context.applications.load(editor.application.id).values["lp_members"]
    assert stored == rows

    def add_the_rest(dialog: QWidget) -> None:
        listing = dialog.findChild(QListWidget, "register_members")
        ticked = [
            listing.item(i).text()
            for i in range(listing.count())
            if listing.item(i).checkState() is Qt.CheckState.Checked
        ]
        assert len(ticked) == 1 and ticked[0].startswith(left_aside)
        assert "(już w tabeli)" in listing.item(1).text()
        click(qtbot, dialog.findChild(QPushButton, "register_add"))

    answered = when_dialog_opens(closing_on_failure(add_the_rest))
    click(qtbot, editor.findChild(QPushButton, "lp_members__from_register"))
    assert answered
    names = [row["name"] for row in table.value()]
    assert len(names) == len(set(names)) == len(present)
    # Taking rows from the register is one step of the form's undo.
    editor.undo_stack.undo()
    assert len(table.value()) == len(present) - 1
