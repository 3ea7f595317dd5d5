"""Ustawienia → Baza zespołu: an officer types the server's data, checks the connection and
remembers it; the password goes to the keyring, the address to the settings file."""

from __future__ import annotations

import json
from collections.abc import Callable

from conftest import MemoryKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL, make_url

from pim_desktop.context import AppContext
from pim_desktop.persistence.settings_store import SettingsStore
from pim_desktop.services.team_database import KEYRING_SERVICE, chosen_team_database
from pim_desktop.ui.main_window import MainWindow

WindowFactory = Callable[[AppContext], MainWindow]


def fill(qtbot: QtBot, window: MainWindow, url: URL, password: str) -> None:
    box = window.settings.team_database
    assert box is not None
    for edit, text in (
        (box.host, url.host or ""),
        (box.port, str(url.port or 5432)),
        (box.database, url.database or ""),
        (box.user, url.username or ""),
        (box.password, password),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_checking_and_remembering_the_team_database(
    qtbot: QtBot,
    context: AppContext,
    make_window: WindowFactory,
    team_database: URL,
    memory_keyring: MemoryKeyring,
) -> None:
    window = make_window(context)
    window.show_page(window.settings)
    box = window.settings.team_database
    assert box is not None
    assert "dane tego komputera" in box.findChildren(type(box.message))[0].text()

    fill(qtbot, window, team_database, "zle-haslo")
    qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    assert "nie przyjął użytkownika, hasła" in box.message.text()
    qtbot.mouseClick(box.remember_button, Qt.MouseButton.LeftButton)
    assert chosen_team_database(None, {}, SettingsStore(context.paths.settings_file)) is None

    fill(qtbot, window, team_database, team_database.password or "")
    qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    assert box.message.text() == "Połączenie działa."
    qtbot.mouseClick(box.remember_button, Qt.MouseButton.LeftButton)
    assert "przy następnym uruchomieniu" in box.message.text()
    assert box.password.text() == ""
    written = json.loads(context.paths.settings_file.read_text(encoding="utf-8"))
    saved = make_url(written["team_database_url"])
    assert saved.password is None and ":***@" not in written["team_database_url"]
    assert (saved.username, saved.host, saved.database) == (
        team_database.username,
        team_database.host,
        team_database.database,
    )
    assert list(memory_keyring.passwords) == [
        (KEYRING_SERVICE, f"pim@{team_database.host}:{team_database.port}/{team_database.database}")
    ]
    chosen = chosen_team_database(None, {}, SettingsStore(context.paths.settings_file))
    assert chosen is not None and chosen.password == team_database.password

    qtbot.mouseClick(box.forget_button, Qt.MouseButton.LeftButton)
    assert chosen_team_database(None, {}, SettingsStore(context.paths.settings_file)) is None
