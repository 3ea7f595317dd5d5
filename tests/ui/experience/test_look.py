"""The look: every icon the program names exists and draws, the palette follows the system's
dark scheme, and a field with problems is framed while its check boxes are not."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

import pim_desktop
from pim_desktop.context import AppContext
from pim_desktop.ui.applications.applications_page import STATUS_COLUMN
from pim_desktop.ui.common.chip_delegate import TONES, ChipDelegate
from pim_desktop.ui.common.icons import ICONS, icon, icon_file
from pim_desktop.ui.common.look import DARK, LIGHT, mark_invalid
from pim_desktop.ui.main_window import MainWindow

SOURCES = Path(pim_desktop.__file__).parent


def test_every_icon_named_exists_and_draws(prepared_app: QApplication) -> None:
    for name in ICONS:
        assert Path(icon_file(name)).is_file(), name
        image = icon(name).pixmap(24, 24).toImage()
        assert any(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24)), name


def test_every_icon_the_code_asks_for_is_named() -> None:
    asked = {
        name
        for source in SOURCES.rglob("*.py")
        for name in re.findall(r'\bicon\("([a-z_]+)"\)', source.read_text(encoding="utf-8"))
    }
    assert asked and asked <= set(ICONS)


def test_the_licence_of_the_icons_ships_with_them() -> None:
    licence = Path(icon_file("save")).parent / "LICENSE-lucide.txt"
    assert "ISC License" in licence.read_text(encoding="utf-8")


@pytest.fixture
def dark_scheme(prepared_app: QApplication) -> Iterator[None]:
    """The system turning dark, as the platform reports it (offscreen Qt cannot switch itself)."""
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    yield
    hints.colorSchemeChanged.emit(hints.colorScheme())


def window_colour() -> str:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).name()


def test_the_dark_palette_is_applied_when_the_system_scheme_is_dark(
    qtbot: QtBot, window: MainWindow, dark_scheme: None
) -> None:
    qtbot.waitUntil(lambda: window_colour() == QColor(DARK.window).name())
    assert window.palette().color(QPalette.ColorRole.Base).name() == QColor(DARK.base).name()
    assert DARK.accent in window.navigation.styleSheet()
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: window_colour() == QColor(LIGHT.window).name())
    assert LIGHT.accent in window.navigation.styleSheet()


def test_a_field_with_problems_is_framed_but_not_the_check_boxes_in_it(
    qtbot: QtBot, prepared_app: QApplication
) -> None:
    field = QWidget()
    qtbot.addWidget(field)
    tick = QCheckBox("zgoda", field)
    line = QLineEdit(field)
    line.move(0, 40)
    field.show()
    qtbot.waitExposed(field)
    tick_before, line_before = tick.grab().toImage(), line.grab().toImage()
    mark_invalid(field, True)
    mark_invalid(line, True)
    # The line edit is drawn framed; the check box inside the marked field looks as before.
    assert line.grab().toImage() != line_before
    assert tick.grab().toImage() == tick_before
    mark_invalid(line, False)
    assert line.grab().toImage() == line_before


def test_application_states_are_chips_with_their_word(
    qtbot: QtBot, context: AppContext, make_window: Callable[[AppContext], MainWindow]
) -> None:
    context.sample_data.create()
    window = make_window(context)
    window.resize(1300, 700)
    window.show_page_key("applications")
    table = window.applications.table
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    assert isinstance(table.itemDelegateForColumn(STATUS_COLUMN), ChipDelegate)
    index = table.model().index(0, STATUS_COLUMN)
    assert index.data() == "roboczy"  # the word, for the eye and for a screen reader
    image = table.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    cell = table.visualRect(index)
    inside_chip = image.pixelColor(
        int((cell.left() + 10) * ratio), int(cell.center().y() * ratio)
    ).name()
    neutral_light, _neutral_dark = TONES["neutral"]
    assert inside_chip == neutral_light[0]


def test_dialog_buttons_speak_in_words_without_platform_pictures(
    qtbot: QtBot, prepared_app: QApplication
) -> None:
    """Where the platform puts a floppy disk on "Zapisz" (a Linux desktop does), it is taken off."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    save = box.button(QDialogButtonBox.StandardButton.Save)
    save.setIcon(icon("save"))  # what the platform's style would have given it
    box.show()
    qtbot.waitExposed(box)
    assert save.icon().isNull()
    assert save.text()
