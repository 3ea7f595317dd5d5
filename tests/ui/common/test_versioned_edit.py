"""A save that neither the team database nor this computer's journal can take gives the dialog
back with what was typed and says why each time, until the save is kept or the officer
cancels the dialog: the program never drops the values on its own."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from qt_dialogs import Answer, answer_next_modal

from pim_desktop.ui.common.journaled_save import NotKept
from pim_desktop.ui.common.versioned_edit import edit_until_saved

NO_FOLDER = "Brak połączenia z bazą zespołu, a zmian nie da się też zapisać na tym komputerze."


def answer_boxes(texts: list[str], answers: list[Answer], left: int) -> None:
    """Read and close the next ``left`` message boxes, one after another."""

    def read(box: QMessageBox) -> None:
        texts.append(box.text())
        if left > 1:
            answer_boxes(texts, answers, left - 1)
        box.button(QMessageBox.StandardButton.Ok).click()  # type: ignore[union-attr]

    answers.append(answer_next_modal(QMessageBox, read))


def test_the_typed_values_come_back_until_the_save_is_kept(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    tries = iter([NotKept(NO_FOLDER), NotKept(NO_FOLDER), None])

    def ask(value: str) -> str:
        shown.append(value)
        return value + "!" if len(shown) == 1 else value

    def save(value: str) -> str:
        failure = next(tries)
        if failure is not None:
            raise failure
        return value

    texts: list[str] = []
    answers: list[Answer] = []
    answer_boxes(texts, answers, 2)
    assert edit_until_saved(parent, "notatka", ask, save, lambda: None) == "notatka!"
    for answer in answers:
        answer.check()
    assert shown == ["notatka", "notatka!", "notatka!"]  # each reopening shows what was typed
    assert texts == [NO_FOLDER, NO_FOLDER]


def test_only_the_officer_ends_the_reopening(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answers_given = iter(["notatka!", "notatka!", "notatka!", "notatka!", "notatka!", None])
    asked: list[str] = []

    def ask(value: str) -> str | None:
        asked.append(value)
        return next(answers_given)

    def never_kept(value: str) -> str:
        raise NotKept(NO_FOLDER)

    texts: list[str] = []
    answers: list[Answer] = []
    answer_boxes(texts, answers, 5)
    outcome = edit_until_saved(parent, "notatka", ask, never_kept, lambda: None)
    for answer in answers:
        answer.check()
    assert outcome is None
    # Five failed saves, and the dialog came back after each with what was typed.
    assert asked == ["notatka"] + ["notatka!"] * 5
    assert texts == [NO_FOLDER] * 5
