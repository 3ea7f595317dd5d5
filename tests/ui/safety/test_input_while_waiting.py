"""While a step the officer waits for runs (here a backup made slow on purpose), no click, key
or shortcut reaches the window from its first moment: a second backup cannot start under the
first. Clicks and keys go through the window system, as a person's do, not straight to a widget."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from pim_desktop.context import AppContext
from pim_desktop.services.backup_service import BackupService
from pim_desktop.ui.main_window import MainWindow

WindowFactory = Callable[[AppContext], MainWindow]


class SlowBackups:
    """The real backup service, whose ``create`` waits until the test lets it go on."""

    def __init__(self, real: BackupService) -> None:
        self._real = real
        self.go_on = threading.Event()
        self.started = 0

    def create(self) -> object:
        self.started += 1
        self.go_on.wait(10)
        return self._real.create()

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


def person_clicks(window: QWidget, target: QWidget) -> None:
    centre = target.mapTo(window, target.rect().center())
    no_key = Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, no_key, centre)


def person_presses(window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    QTest.keyClick(window.windowHandle(), key, modifier)


def visible_busy_indicator() -> QProgressDialog | None:
    busy = QApplication.activeModalWidget()
    if isinstance(busy, QProgressDialog) and busy.isVisible() and busy.windowOpacity() > 0:
        return busy
    return None


@pytest.fixture
def slow_window(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory
) -> tuple[MainWindow, SlowBackups]:
    """The window, active, over a backup service that waits for the test."""
    slow = SlowBackups(context.backups)
    context.backups = slow  # type: ignore[misc]
    window = make_window(context)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, slow


def test_a_second_click_or_key_while_a_backup_runs_does_nothing(
    qtbot: QtBot, slow_window: tuple[MainWindow, SlowBackups]
) -> None:
    window, slow = slow_window
    settings_key = Qt.Key(Qt.Key.Key_1.value + window.page_keys().index("settings"))
    person_presses(window, settings_key, Qt.KeyboardModifier.ControlModifier)
    settings = window.current_page()
    backup_now = window.settings.backups.findChild(QPushButton, "backup_now")
    # The officer scrolls the page until the button is in sight.
    area = backup_now.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    area.ensureWidgetVisible(backup_now)
    assert backup_now.isVisible()
    tried: list[str] = []

    def second_actions() -> None:
        # Well inside the first 400 ms: nothing is shown yet, yet nothing gets through.
        assert visible_busy_indicator() is None
        person_clicks(window, backup_now)
        person_presses(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # its mnemonic
        person_presses(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # dashboard
        tried.append("now")
        slow.go_on.set()

    QTimer.singleShot(30, second_actions)
    person_clicks(window, backup_now)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=10000)
    assert tried == ["now"]
    assert slow.started == 1
    assert window.current_page() is settings
    assert QApplication.activeModalWidget() is None
    assert QApplication.activeWindow() is window
    assert QApplication.focusWidget() is backup_now

    # Once the backup is made, clicks and keys work again, and the focus is where it was.
    person_presses(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: slow.started == 2, timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=10000)


def test_the_busy_indicator_shows_once_the_step_takes_a_moment_and_escape_leaves_it(
    slow_window: tuple[MainWindow, SlowBackups],
) -> None:
    window, slow = slow_window
    window.show_page_key("settings")
    seen: list[str] = []

    def watch() -> None:
        busy = visible_busy_indicator()
        if busy is None:
            QTimer.singleShot(20, watch)
            return
        seen.append(busy.labelText())
        QTest.keyClick(busy.windowHandle(), Qt.Key.Key_Escape)
        QTest.keyClick(busy.windowHandle(), Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        busy.close()
        seen.append("still there" if busy.isVisible() else "gone")
        slow.go_on.set()

    QTimer.singleShot(0, watch)
    window.settings.backups.create_now()
    assert seen == ["Kopia zapasowa", "still there"]
    assert "Utworzono i sprawdzono kopię" in window.settings.backups.message.text()
