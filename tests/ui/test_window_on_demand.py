"""The window opens on the dashboard with the city's data and builds each other page only when
the officer first goes there; the hourly backup runs off the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pim_desktop.context import AppContext
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.safety.backup_scheduler import BackupScheduler

WindowFactory = Callable[[AppContext], MainWindow]


def test_the_window_opens_on_the_dashboard_and_builds_a_page_when_it_is_first_shown(
    qtbot: QtBot, make_window: WindowFactory, context: AppContext
) -> None:
    context.sample_data.create()
    window = make_window(context)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "summary_official_name") is not None)
    name = window.findChild(QLabel, "summary_official_name")
    assert "Przykładowo" in name.text()
    assert window.built_pages() == ["dashboard"]

    row = window.page_keys().index("meetings")
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.built_pages() == ["dashboard", "meetings"]
    assert window.current_page() is window.meetings and window.meetings.isVisible()


def test_the_hourly_backup_is_made_on_the_runners_thread(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    context.sample_data.create()
    events = AppEvents()
    runner = TaskRunner()
    made_on: list[int] = []
    create = context.backups.create

    def create_and_note(**kwargs: bool) -> object:
        made_on.append(threading.get_ident())
        return create(**kwargs)

    monkeypatch.setattr(context.backups, "create", create_and_note)
    scheduler = BackupScheduler(context.backups, events, runner=runner)
    scheduler.timer.stop()
    events.application_saved.emit()
    with qtbot.waitSignal(events.backups_changed, timeout=30000):
        scheduler.back_up_if_edited()
    assert made_on and made_on[0] != threading.get_ident()
    assert len(context.backups.list()) == 1
    qtbot.waitUntil(lambda: not runner.is_busy())


def test_a_first_look_is_shown_at_once_and_replaced_by_the_data_once_loaded(
    qtbot: QtBot, prepared_app: object, context: AppContext
) -> None:
    context.sample_data.create()
    log_file = context.paths.log_dir / "pim-desktop.log"
    kept = MainWindow(context, AppEvents(), log_file, runner=TaskRunner())
    first_look = kept.first_look_for_next_start()
    kept.close()
    assert first_look is not None
    kept_texts = first_look["texts"]
    assert isinstance(kept_texts, dict) and "Przykładowo" in kept_texts["summary_official_name"]
    kept_texts["summary_official_name"] = "Tekst z ostatniego zamknięcia"

    window = MainWindow(context, AppEvents(), log_file, runner=TaskRunner(), first_look=first_look)
    qtbot.addWidget(window)
    window.show()
    name = window.findChild(QLabel, "summary_official_name")
    assert name.text() == "Tekst z ostatniego zamknięcia"
    assert window.dashboard.names_the_city()

    window.load_data_after_first_look()
    # A page other than the dashboard waits for the data before it is built.
    assert window.show_page_key("meetings") is window.meetings
    qtbot.waitUntil(lambda: "Przykładowo" in name.text(), timeout=30000)
    assert window.first_look is None
