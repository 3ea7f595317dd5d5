"""Ustawienia → Baza zespołu: an officer types the server's data, checks the connection and
remembers it; the password goes to the keyring, the address to the settings file."""

from __future__ import annotations

import itertools
import json
import socket
import time
from collections.abc import Callable

from conftest import MemoryKeyring
from PySide6.QtCore import Qt, QTimer
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
    qtbot.waitUntil(lambda: "nie przyjął użytkownika, hasła" in box.message.text())
    qtbot.mouseClick(box.remember_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nie przyjął użytkownika, hasła" in box.message.text())
    assert chosen_team_database(None, {}, SettingsStore(context.paths.settings_file)) is None

    fill(qtbot, window, team_database, team_database.password or "")
    qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.message.text() == "Połączenie działa.")
    qtbot.mouseClick(box.remember_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "przy następnym uruchomieniu" in box.message.text())
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


def test_the_connection_check_leaves_the_window_answering(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, team_database: URL
) -> None:
    """A server that takes the connection and never answers holds the check for seconds; the
    window goes on handling events meanwhile, and says what it is doing."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # connections queue here, and nothing ever replies
    window = make_window(context)
    window.show_page(window.settings)
    box = window.settings.team_database
    assert box is not None
    fill(qtbot, window, team_database.set(port=silent.getsockname()[1]), "haslo")
    ticks: list[float] = []
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start(50)

    started = time.monotonic()
    qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 0.5
    assert "Sprawdzam połączenie" in box.message.text()
    assert not box.check_button.isEnabled()
    qtbot.wait(1500)  # the check is still waiting for the silent server
    assert "Sprawdzam połączenie" in box.message.text()
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert len(ticks) >= 15 and max(gaps) < 0.5

    silent.close()  # the server goes: the check ends and says so in words
    qtbot.waitUntil(lambda: box.message.text().startswith("⚠"), timeout=15_000)
    heartbeat.stop()
    assert "Nie udało się połączyć z bazą zespołu" in box.message.text()
    assert box.check_button.isEnabled()
