"""A first start leads to the city's data with a welcome, then on to the first application."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from qt_dialogs import when_dialog_opens
from qt_steps import retype

from pim_desktop.context import AppContext
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY
from pim_desktop.ui.applications.new_application_dialog import NewApplicationDialog
from pim_desktop.ui.main_window import MainWindow


def test_a_first_start_opens_the_city_data_then_suggests_a_first_application(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    page = window.city_profile
    assert window.current_page() is page
    note = page.findChild(QWidget, "first_steps")
    text = note.findChild(QLabel, "first_steps_text")
    start = note.findChild(QPushButton, "first_application")
    assert note.isVisible() and "Witaj" in text.text() and not start.isVisible()

    retype(qtbot, page.findChild(QLineEdit, "official_name"), "Gmina Miasto Łódź")
    assert page.flush()
    qtbot.waitUntil(start.isVisible)
    assert "Następny krok: pierwszy wniosek" in text.text()

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, NewApplicationDialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    created = when_dialog_opens(create)
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert created
    assert window.current_page() is window.applications
    assert window.applications.editor is not None
    assert len(context.applications.summaries()) == 1
    assert not note.isVisibleTo(page), "with a named city and an application, nothing to lead to"


def test_a_city_with_a_name_opens_on_the_dashboard(
    context: AppContext, make_window: object
) -> None:
    context.city_profile.save(SAMPLE_CITY)
    window = make_window(context)  # type: ignore[operator]
    assert window.current_page() is window.dashboard
    assert window.city_profile.findChild(QWidget, "first_steps").isVisibleTo(window.city_profile)
