"""The city's data typed while the team database's server is away: the page's saves wait in the
local journal on this computer (not retried by the autosave, not lost when the program closes),
the connection line counts them, and when the server answers they are written through the
profile's versioned save: a colleague's other field is kept, the same field is put to the
officer."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from qt_dialogs import answer_next_modal

from pim_desktop.domain.city import CityProfile
from pim_desktop.ui.common.autosave import SaveState
from pim_desktop.ui.common.conflict_dialog import KEEP_YOURS, ConflictDialog
from pim_desktop.ui.main_window import MainWindow

from ..city.test_city_profile_page import open_profile, status, type_into
from .test_team_journal import BACK_WITHIN_MS, Outage, WindowFactory, outage
from .test_team_journal_dialogs import on_server, waiting_text

__all__ = ["outage"]


def stored_profile(outage: Outage) -> CityProfile:
    return on_server(outage).city_profile.load()


def colleague_saves(outage: Outage, **changes: str) -> None:
    colleague = on_server(outage)
    colleague.use_officer("Anna Nowak")
    theirs = colleague.city_profile.load()
    colleague.city_profile.save(dataclasses.replace(theirs, **changes), theirs)


@pytest.fixture
def window(qtbot: QtBot, make_window: WindowFactory, outage: Outage) -> Iterator[MainWindow]:
    window = make_window(outage.open())
    open_profile(qtbot, window)
    yield window
    # A test that failed half-way leaves no unsaved edit to ask about as the window closes.
    with window.city_profile.autosave.filling():
        pass


def test_the_city_s_data_typed_without_the_server_wait_here_and_arrive_merged(
    qtbot: QtBot, window: MainWindow, outage: Outage
) -> None:
    page = window.city_profile
    outage.proxy.stop()

    type_into(qtbot, window, "street", "ul. Bez Serwera 1")
    assert page.flush()
    assert page.autosave.status.state is SaveState.SAVED
    assert "na tym komputerze" in status(window)
    assert "oczekujące: 1" in waiting_text(window)
    type_into(qtbot, window, "powiat", "powiat bez serwera")
    assert page.flush()
    assert "oczekujące: 2" in waiting_text(window)
    assert len(outage.journal_files()) == 2
    # Meanwhile a colleague, still connected, writes another field.
    colleague_saves(outage, post_town="Miasto Anny")

    outage.proxy.start()
    qtbot.waitUntil(lambda: not outage.journal_files(), timeout=BACK_WITHIN_MS)
    stored = stored_profile(outage)
    assert (stored.street, stored.powiat, stored.post_town) == (
        "ul. Bez Serwera 1",
        "powiat bez serwera",
        "Miasto Anny",
    )
    qtbot.waitUntil(lambda: not waiting_text(window))


def test_the_same_field_a_colleague_changed_meanwhile_is_put_to_the_officer(
    qtbot: QtBot, window: MainWindow, outage: Outage
) -> None:
    page = window.city_profile
    outage.proxy.stop()
    type_into(qtbot, window, "street", "ul. Moja 2")
    assert page.flush()
    colleague_saves(outage, street="ul. Anny 3")

    def keep_mine(dialog: ConflictDialog) -> None:
        assert [choice.conflict.field_id for choice in dialog.fields] == ["street"]
        assert "Anna Nowak" in dialog.findChild(QLabel, "conflict_intro").text()
        dialog.fields[0].buttons[KEEP_YOURS].click()
        dialog.save_button.click()

    answer = answer_next_modal(ConflictDialog, keep_mine)
    outage.proxy.start()
    qtbot.waitUntil(lambda: answer.answered or answer.error is not None, timeout=BACK_WITHIN_MS)
    answer.check()
    qtbot.waitUntil(lambda: not outage.journal_files(), timeout=5000)
    assert stored_profile(outage).street == "ul. Moja 2"
