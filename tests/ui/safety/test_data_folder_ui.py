"""The data folder in the window: a warning on a risky drive, and moving the data in Settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from qt_dialogs import pick_file, when_dialog_opens
from safety_files import database_rows

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.paths import HOME_VARIABLE, AppPaths
from pim_desktop.platform_checks import DriveKind
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.main_window import MainWindow

WindowFactory = Callable[[AppContext], MainWindow]


def test_a_network_drive_gets_a_warning_that_leads_to_settings(
    qtbot: QtBot,
    context: AppContext,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A share cannot be mounted here; the system's answer about the drive is what is replaced.
    monkeypatch.setattr(
        "pim_desktop.services.data_folder_service.drive_kind", lambda _folder: DriveKind.NETWORK
    )
    window = make_window(context)
    bar = window.findChild(QWidget, "folder_warning")
    assert bar.isVisible()
    assert "dysku sieciowym" in bar.findChild(QLabel, "folder_warning_text").text()
    qtbot.mouseClick(bar.findChild(QPushButton, "folder_warning_move"), Qt.MouseButton.LeftButton)
    assert window.current_page() is window.settings
    settings_warning = window.settings.findChild(QLabel, "data_folder_warning")
    assert settings_warning.isVisible() and "SQLite" in settings_warning.text()
    # PIM_DESKTOP_HOME decides the folders in this test: moving is not offered, and it says why.
    assert not window.settings.findChild(QPushButton, "move_data_folder").isEnabled()
    assert "PIM_DESKTOP_HOME" in window.settings.findChild(QLabel, "data_folder_message").text()


def test_a_local_drive_gets_no_warning(window: MainWindow) -> None:
    assert not window.findChild(QWidget, "folder_warning").isVisible()


def test_moving_the_data_in_settings_copies_them_and_closes(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(HOME_VARIABLE, raising=False)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / "profil" / variable.lower()))
    paths = AppPaths.from_environment().ensure()
    context = open_database(paths, read_only=False)
    context.sample_data.create()
    window = MainWindow(
        context, AppEvents(), paths.log_dir / "pim-desktop.log", runner=TaskRunner()
    )
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "Dysk D" / "Dane PIM"
    told: list[str] = []

    def tell(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        told.append(dialog.text() + " " + dialog.informativeText())
        dialog.accept()

    def choose(dialog: QWidget) -> None:
        target.mkdir(parents=True)
        pick_file(target, then=tell)(dialog)

    window.show_page_key("settings")
    answered = when_dialog_opens(choose)
    button = window.settings.findChild(QPushButton, "move_data_folder")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    try:
        assert answered and told
        assert "Program zamknie się teraz" in told[0] and str(paths.data_dir) in told[0]
        assert not window.isVisible()  # closed, to start again in the new folder
        assert database_rows(target / "pim-desktop.sqlite3") == database_rows(paths.database_file)
        assert AppPaths.from_environment().data_dir == target.resolve()
    finally:
        context.close()
