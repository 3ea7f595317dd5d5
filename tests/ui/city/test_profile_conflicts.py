"""Two officers on the city's data: a colleague's program saves on the same database while the
officer types on the page; another field is taken in and named, the same field opens the
conflict dialog, cancelling it keeps the officer's text unsaved, and the history names both."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from qt_dialogs import answer_next_modal
from team_officers import FIRST_OFFICER, SECOND_OFFICER, colleague_on

from pim_desktop.context import AppContext
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.city.city_profile_page import CityProfilePage
from pim_desktop.ui.common.autosave import SaveState
from pim_desktop.ui.common.change_history_dialog import ChangeHistoryDialog
from pim_desktop.ui.common.conflict_dialog import KEEP_YOURS, TAKE_THEIRS, ConflictDialog
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.main_window import MainWindow

from .test_city_profile_page import open_profile, status, type_into


@pytest.fixture
def other(context: AppContext, tmp_path: Path) -> Iterator[AppContext]:
    context.city_profile.save(SAMPLE_CITY)
    with colleague_on(context, None, tmp_path / "ustawienia kolegi") as colleague:
        yield colleague


@pytest.fixture
def events() -> AppEvents:
    return AppEvents()


@pytest.fixture
def window(
    qtbot: QtBot,
    prepared_app: QApplication,
    context: AppContext,
    other: AppContext,
    events: AppEvents,
) -> MainWindow:
    """The main window over the sample city, with the events a team database's notices come
    through."""
    log = context.paths.log_dir / "pim-desktop.log"
    main = MainWindow(context, events, log, runner=TaskRunner())
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitActive(main)
    return main


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow, other: AppContext) -> Iterator[CityProfilePage]:
    open_profile(qtbot, window)
    yield window.city_profile
    # A test that failed half-way leaves no held edit to ask about as the window closes.
    with window.city_profile.autosave.filling():
        pass


def colleague_saves(other: AppContext, **changes: str) -> None:
    theirs = other.city_profile.load()
    other.city_profile.save(dataclasses.replace(theirs, **changes), theirs)


def text_of(page: CityProfilePage, field_id: str) -> str:
    return page.findChild(QLineEdit, field_id).text()


def test_a_colleagues_other_field_is_taken_in_and_named_when_the_officer_saves(
    qtbot: QtBot, window: MainWindow, page: CityProfilePage, other: AppContext
) -> None:
    colleague_saves(other, street="ul. Długa 5")
    type_into(qtbot, window, "powiat", "zgierski")
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: "Wczytano zmiany" in status(window), timeout=3000)
    assert status(window) == (
        f"✓ Zapisano. Wczytano zmiany, które wprowadził(a) {SECOND_OFFICER}: Ulica i numer."
    )
    assert (text_of(page, "street"), text_of(page, "powiat")) == ("ul. Długa 5", "zgierski")
    stored = other.city_profile.load()
    assert (stored.street, stored.powiat) == ("ul. Długa 5", "zgierski")
    assert (
        page.findChild(QLabel, "last_change")
        .text()
        .startswith(f"Ostatnia zmiana: {FIRST_OFFICER}, ")
    )


def test_a_colleagues_save_shows_in_the_fields_not_being_edited(
    qtbot: QtBot, window: MainWindow, page: CityProfilePage, other: AppContext, events: AppEvents
) -> None:
    type_into(qtbot, window, "powiat", "zgie")  # the officer is still typing here
    colleague_saves(other, post_town="Zgierz")

    # The notice a team database brings (``RemoteChanges``) comes as this signal.
    events.city_profile_saved.emit()

    assert text_of(page, "post_town") == "Zgierz"
    assert text_of(page, "powiat") == "zgie"
    assert status(window) == (
        f"✎ Wczytano zmiany, które wprowadził(a) {SECOND_OFFICER}: Miejscowość."
    )
    assert page.has_unsaved_changes()  # the colleague's value is not the officer's edit
    assert page.flush()
    stored = other.city_profile.load()
    assert (stored.post_town, stored.powiat) == ("Zgierz", "zgie")


def test_the_same_field_opens_the_conflict_dialog_and_the_officers_choice_is_saved(
    qtbot: QtBot, window: MainWindow, page: CityProfilePage, other: AppContext
) -> None:
    colleague_saves(other, powiat="łódzki wschodni", post_town="Zgierz")
    type_into(qtbot, window, "powiat", "zgierski")

    def keep_mine(dialog: ConflictDialog) -> None:
        assert [field.title() for field in dialog.fields] == ["Powiat"]
        dialog.fields[0].buttons[KEEP_YOURS].click()
        dialog.save_button.click()

    answer = answer_next_modal(ConflictDialog, keep_mine)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    answer.check()

    stored = other.city_profile.load()
    assert (stored.powiat, stored.post_town) == ("zgierski", "Zgierz")
    assert stored.stamp.changed_by == FIRST_OFFICER
    assert (text_of(page, "powiat"), text_of(page, "post_town")) == ("zgierski", "Zgierz")
    assert not page.has_unsaved_changes()


def test_cancelling_the_conflict_keeps_the_text_unsaved_until_the_officer_saves(
    qtbot: QtBot, window: MainWindow, page: CityProfilePage, other: AppContext
) -> None:
    colleague_saves(other, powiat="łódzki wschodni")
    type_into(qtbot, window, "powiat", "zgierski")
    cancelled = answer_next_modal(ConflictDialog, lambda dialog: dialog.reject())
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    cancelled.check()

    assert status(window).startswith(f"⚠ Nie zapisano: te same pola zmienił(a) {SECOND_OFFICER}.")
    assert text_of(page, "powiat") == "zgierski"
    assert other.city_profile.load().powiat == "łódzki wschodni"
    # More typing waits for the officer's own save: no dialog comes back by itself.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    type_into(qtbot, window, "official_name", "Gmina Miasto Zgierz")
    assert page.autosave.status.state is SaveState.HELD
    assert page.has_unsaved_changes()

    def take_theirs(dialog: ConflictDialog) -> None:
        dialog.fields[0].buttons[TAKE_THEIRS].click()
        dialog.save_button.click()

    taken = answer_next_modal(ConflictDialog, take_theirs)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    taken.check()
    stored = other.city_profile.load()
    assert (stored.powiat, stored.official_name) == ("łódzki wschodni", "Gmina Miasto Zgierz")
    assert text_of(page, "powiat") == "łódzki wschodni"


def test_the_page_opens_the_history_of_the_profile(
    qtbot: QtBot, window: MainWindow, page: CityProfilePage, other: AppContext, events: AppEvents
) -> None:
    colleague_saves(other, powiat="zgierski")
    events.city_profile_saved.emit()
    assert (
        page.findChild(QLabel, "last_change")
        .text()
        .startswith(f"Ostatnia zmiana: {SECOND_OFFICER}, ")
    )
    rows: list[list[str]] = []

    def read(history: ChangeHistoryDialog) -> None:
        rows.extend(history.row_texts(row) for row in range(history.table.rowCount()))
        history.reject()

    shown = answer_next_modal(ChangeHistoryDialog, read)
    page.change_row.history_button.click()
    shown.check()
    assert rows[0][1:] == [SECOND_OFFICER, "Powiat", f"{SAMPLE_CITY.powiat} → zgierski"]
