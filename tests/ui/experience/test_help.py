"""F1 opens the manual at the topic of the page in use; its search finds a word; the Help menu
offers the manual, the shortcuts and the data folder beside "O programie"."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from qt_typing import send_text

from pim_desktop import resources
from pim_desktop.ui.help.help_topics import MANUAL_FILE, TOPIC_ANCHORS
from pim_desktop.ui.help.help_window import HelpWindow
from pim_desktop.ui.help.shortcuts_dialog import ShortcutsDialog
from pim_desktop.ui.main_window import MainWindow


def anchors_in(language: str) -> set[str]:
    text = resources.path("help", language, MANUAL_FILE).read_text(encoding="utf-8")
    return set(re.findall(r'<a name="([^"]+)"></a>', text))


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_manual_has_a_topic_for_every_page_and_box(language: str) -> None:
    assert set(TOPIC_ANCHORS.values()) <= anchors_in(language)
    assert {"podpis", "wysylka", "kopie", "odzyskiwanie"} <= anchors_in(language)


def press_f1(qtbot: QtBot, window: MainWindow) -> HelpWindow:
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    help_window = window.commands.help_window
    assert help_window is not None
    qtbot.waitUntil(help_window.isVisible)
    return help_window


def shown_heading(help_window: HelpWindow, anchor: str) -> str:
    """The text of the block that holds ``anchor``, when that block is in view; else ""."""
    browser = help_window.browser
    document = browser.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            if anchor in fragments.fragment().charFormat().anchorNames():
                top = document.documentLayout().blockBoundingRect(block).top()
                offset = top - browser.verticalScrollBar().value()
                return block.text() if 0 <= offset < browser.viewport().height() else ""
            fragments += 1
        block = block.next()
    raise AssertionError(f"no anchor {anchor}")


@pytest.mark.parametrize(
    ("key", "heading"),
    [("meetings", "Spotkania"), ("settings", "Ustawienia"), ("action_plan", "Plan działań")],
)
def test_f1_opens_the_manual_at_the_page_in_use(
    qtbot: QtBot, window: MainWindow, key: str, heading: str
) -> None:
    window.show_page_key(key)
    window.navigation.setFocus()
    help_window = press_f1(qtbot, window)
    anchor = help_window.current_anchor
    assert anchor == TOPIC_ANCHORS[f"page_{key}"]
    assert anchor in anchors_in("pl")
    qtbot.waitUntil(lambda: shown_heading(help_window, anchor).startswith(heading))


def test_f1_inside_a_box_opens_its_own_topic(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page_key("settings")
    backups = window.settings.backups.findChild(QWidget, "backups")
    backups.setFocus()
    help_window = press_f1(qtbot, window)
    assert help_window.current_anchor == "kopie"
    help_window.close()
    window.show_page_key("applications")
    # "Sprawdź podpis…" checks a file, so it is enabled with nothing chosen.
    window.applications.findChild(QPushButton, "check_signature").setFocus()
    assert press_f1(qtbot, window).current_anchor == "podpis"


def test_search_finds_a_word_in_the_manual(qtbot: QtBot, window: MainWindow) -> None:
    help_window = press_f1(qtbot, window)
    qtbot.keyClicks(help_window.search, "ePUAP")
    qtbot.keyClick(help_window.search, Qt.Key.Key_Return)
    assert help_window.browser.textCursor().selectedText() == "ePUAP"
    assert "Wystąpienia w podręczniku: " in help_window.result_line.text()
    help_window.search.clear()
    send_text(help_window.search, "żyrafa")
    qtbot.keyClick(help_window.search, Qt.Key.Key_Return)
    assert "Nie znaleziono" in help_window.result_line.text()


def test_help_menu_offers_manual_shortcuts_data_folder_and_about(window: MainWindow) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    entries = [a.text() for a in menus["Pomo&c"].actions() if not a.isSeparator()]
    assert entries == ["&Podręcznik", "&Skróty klawiszowe", "Otwórz &folder danych", "&O programie"]


def test_shortcuts_dialog_lists_the_window_actions(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["Podręcznik"] == "F1"
    assert rows["Importuj z pliku .pim…"] == "Ctrl+I"
    assert rows["Ustawienia"] == "Ctrl+8"
