"""The keyboard to the end: Tab alone reaches every control of every page and comes back to the
navigation, mnemonics never take the menus' letters, and a new member joins today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pim_desktop.context import AppContext
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.partnership.member_dialog import MemberDialog

WindowFactory = Callable[[AppContext], MainWindow]


@pytest.fixture
def sample_window(context: AppContext, make_window: WindowFactory) -> MainWindow:
    context.sample_data.create()
    return make_window(context)


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def menu_letters(window: MainWindow) -> set[str]:
    return {mnemonic(action.text()) for action in window.menuBar().actions()}


def shown_mnemonics(root: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if widget.isVisibleTo(root) and (key := mnemonic(widget.text())):
            found.setdefault(key, []).append(widget.text())
    return found


def every_tab_of(root: QWidget) -> list[tuple[QTabWidget | None, int]]:
    views: list[tuple[QTabWidget | None, int]] = [(None, 0)]
    for tabs in root.findChildren(QTabWidget):
        views += [(tabs, index) for index in range(tabs.count())]
    return views


def test_no_mnemonic_of_a_page_takes_a_menu_letter_or_another_button_s(
    sample_window: MainWindow,
) -> None:
    window = sample_window
    menus = menu_letters(window)
    assert menus == {"Alt+P", "Alt+R", "Alt+C"}
    clashes: list[str] = []
    for key in window.page_keys():
        page = window.show_page_key(key)
        for tabs, index in every_tab_of(page):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            for letter, texts in shown_mnemonics(page).items():
                if letter in menus or len(texts) > 1:
                    clashes.append(f"{key}: {letter} {texts}")
    assert clashes == []


def tab_stops(window: MainWindow, page: QWidget) -> list[QWidget]:
    """Every widget that Tab should reach on the page as it is shown now."""
    return [
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
    ]


def walk_with_tab(qtbot: QtBot, window: MainWindow, page: QWidget) -> list[QWidget]:
    """Press Tab from the navigation until the focus comes back to it; the stops on the way."""
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    reached: list[QWidget] = []
    for _ in range(400):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is window.navigation:
            return reached
        assert focused is not None and focused.isVisible(), f"invisible Tab stop {focused}"
        assert not reached or focused is not reached[-1], f"Tab is stuck in {focused}"
        reached.append(focused)
    raise AssertionError(f"Tab never came back to the navigation on {page.objectName()}")


def test_tab_alone_reaches_every_control_of_every_page(
    qtbot: QtBot, sample_window: MainWindow
) -> None:
    window = sample_window
    for key in window.page_keys():
        page = window.show_page_key(key)
        reached = walk_with_tab(qtbot, window, page)
        missed = [
            f"{type(w).__name__} {w.objectName()} {w.accessibleName()}"
            for w in tab_stops(window, page)
            if w not in reached
        ]
        assert missed == [], key
        first_on_page = next(w for w in reached if page.isAncestorOf(w))
        assert first_on_page.isVisible()


def test_tab_leaves_the_applications_table(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    window.show_page_key("applications")
    table = window.applications.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    assert window.applications.isAncestorOf(QApplication.focusWidget())


def test_the_first_tab_on_city_data_reaches_its_first_field(
    qtbot: QtBot, sample_window: MainWindow
) -> None:
    window = sample_window
    page = window.show_page_key("city_profile")
    reached = walk_with_tab(qtbot, window, page)
    assert reached[0].objectName() == "official_name"


def test_a_new_member_joins_today(qtbot: QtBot, prepared_app: QApplication) -> None:
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    assert dialog.joined_on.value() == dt.date.today()
    assert dialog.joined_on.check.isChecked()
