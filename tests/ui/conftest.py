"""Fixtures for driving the real main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from full_disk import Disk
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.paths import AppPaths
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.qt_application import prepare_application


@pytest.fixture
def prepared_app(qapp: QApplication, paths: AppPaths) -> Iterator[QApplication]:
    translators = prepare_application(qapp, "pl", paths.cache_dir)
    yield qapp
    for translator in translators:
        qapp.removeTranslator(translator)


WindowFactory = Callable[[AppContext], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, prepared_app: QApplication, paths: AppPaths) -> WindowFactory:
    def make(context: AppContext) -> MainWindow:
        window = MainWindow(
            context, AppEvents(), paths.log_dir / "pim-desktop.log", runner=TaskRunner()
        )
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        return window

    return make


@pytest.fixture
def window(make_window: WindowFactory, context: AppContext) -> MainWindow:
    return make_window(context)


@pytest.fixture
def reopen(paths: AppPaths) -> Iterator[Callable[[], AppContext]]:
    opened: list[AppContext] = []

    def open_again() -> AppContext:
        ctx = open_database(paths, read_only=False)
        opened.append(ctx)
        return ctx

    yield open_again
    for ctx in opened:
        ctx.close()


@pytest.fixture
def disk(context: AppContext) -> Iterator[Disk]:
    """The database's disk, made full and freed again by the test."""
    found = Disk(context)
    yield found
    found.full = False  # space is back before the window is closed at the end of the test
    found.close()
