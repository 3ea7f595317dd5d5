"""An officer types the city's data, the program saves it by itself, and it is there next time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.ui.main_window import MainWindow

WindowFactory = Callable[[AppContext], MainWindow]


def open_profile(qtbot: QtBot, window: MainWindow) -> None:
    row = [window.navigation.item(r).text() for r in range(window.navigation.count())].index(
        "Dane miasta"
    )
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_into(qtbot: QtBot, window: MainWindow, field_id: str, text: str) -> None:
    editor = window.city_profile.findChild(QLineEdit, field_id)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    send_text(editor, text)


def choose(qtbot: QtBot, window: MainWindow, field_id: str, text: str) -> None:
    combo = window.city_profile.findChild(QComboBox, field_id)
    combo.setFocus()
    target = combo.findText(text)
    assert target > 0, text
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def status(window: MainWindow) -> str:
    return window.city_profile.findChild(QLabel, "save_status").text()


def test_typed_profile_is_saved_by_itself_and_back_after_restart(
    qtbot: QtBot,
    window: MainWindow,
    make_window: WindowFactory,
    reopen: Callable[[], AppContext],
    context: AppContext,
) -> None:
    open_profile(qtbot, window)
    type_into(qtbot, window, "official_name", "Gmina Miasto Łódź-Śródmieście")
    choose(qtbot, window, "unit_type", "gmina miejska")
    choose(qtbot, window, "voivodeship", "łódzkie")
    type_into(qtbot, window, "teryt", "1061011")
    type_into(qtbot, window, "nip", "732-123-45-09")
    type_into(qtbot, window, "regon", "010554328")
    type_into(qtbot, window, "coordinator.name", "Żaneta Ćwik")
    type_into(qtbot, window, "coordinator.email", "z.cwik@example.pl")
    population = window.city_profile.findChild(QSpinBox, "population")
    population.setFocus()
    qtbot.keyClick(population, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(population, "48312")

    qtbot.waitUntil(lambda: "zapisane" in status(window), timeout=3000)
    window.close()
    context.close()

    again = make_window(reopen())
    open_profile(qtbot, again)
    page = again.city_profile
    assert page.findChild(QLineEdit, "official_name").text() == "Gmina Miasto Łódź-Śródmieście"
    assert page.findChild(QComboBox, "voivodeship").currentText() == "łódzkie"
    assert page.findChild(QComboBox, "unit_type").currentText() == "gmina miejska"
    assert page.findChild(QLineEdit, "nip").text() == "732-123-45-09"
    assert page.findChild(QLineEdit, "coordinator.name").text() == "Żaneta Ćwik"
    assert page.findChild(QSpinBox, "population").value() == 48312
    assert "Łódź-Śródmieście" in again.dashboard.findChild(QLabel, "summary_official_name").text()


def test_wrong_nip_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    open_profile(qtbot, window)
    type_into(qtbot, window, "official_name", "Gmina Przykład")
    type_into(qtbot, window, "nip", "7321234508")
    qtbot.keyClick(window.city_profile, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: "z wyjątkiem" in status(window), timeout=3000)
    assert "NIP" in status(window)
    error = window.city_profile.field_error("nip")
    assert "NIP „7321234508” jest błędny" in error
    assert window.city_profile.findChild(QLineEdit, "nip").text() == "7321234508"
    stored = context.city_profile.load()
    assert stored.nip == ""
    assert stored.official_name == "Gmina Przykład"

    type_into(qtbot, window, "nip", "7321234509")
    qtbot.waitUntil(lambda: "Wszystkie zmiany zapisane" in status(window), timeout=3000)
    assert window.city_profile.field_error("nip") == ""
    assert context.city_profile.load().nip == "7321234509"


def test_edits_are_saved_when_the_window_closes_before_the_timer(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    open_profile(qtbot, window)
    type_into(qtbot, window, "powiat", "zgierski")
    window.close()
    assert context.city_profile.load().powiat == "zgierski"
