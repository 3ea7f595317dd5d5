"""Steps a person takes in the window, shared by the page tests: go to a page, retype a field,
pick from a list, tick an item, answer a modal dialog safely."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QWidget
from pytestqt.qtbot import QtBot
from qt_typing import send_text

from pim_desktop.ui.main_window import MainWindow


def open_page(qtbot: QtBot, window: MainWindow, name: str) -> QWidget:
    names = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    rect = window.navigation.visualItemRect(window.navigation.item(names.index(name)))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return window.current_page()


def retype(qtbot: QtBot, editor: QWidget, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    send_text(editor, text)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def tick(qtbot: QtBot, items: QListWidget, label: str) -> None:
    items.setFocus()
    for row in range(items.count()):
        if items.item(row).text().startswith(label):
            items.setCurrentRow(row)
            qtbot.keyClick(items, Qt.Key.Key_Space)
            assert items.item(row).checkState() == Qt.CheckState.Checked
            return
    raise AssertionError(label)


def answered(answer: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    """Answer a modal dialog; should the answer fail, close the dialog so the test can report."""

    def guarded(dialog: QWidget) -> None:
        try:
            answer(dialog)
        except BaseException:
            dialog.close()
            raise

    return guarded
