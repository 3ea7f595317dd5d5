"""Ustawienia → Praca w zespole: the officer's name, prefilled with the system login, is kept
and written beside the next change of an application, which the history then shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.domain.forms.definition import Role
from pim_desktop.services.settings_service import system_login
from pim_desktop.ui.main_window import MainWindow

WindowFactory = Callable[[AppContext], MainWindow]


def test_the_name_typed_in_settings_signs_the_next_change(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(context)
    window.show_page(window.settings)
    box = window.settings.officer
    assert box.name.text() == system_login()
    assert box.name.accessibleName() == "Twoje imię i nazwisko (zapisywane przy zmianach)"
    box.name.setFocus()
    box.name.selectAll()
    send_text(box.name, "Zofia Łagoda")
    qtbot.keyClick(box.name, Qt.Key.Key_Return)
    assert "Zofia Łagoda" in box.message.text()
    assert context.settings.load().officer_name == "Zofia Łagoda"

    definition = context.applications.catalog.latest("pim2021")
    draft = context.applications.create(definition, Role.LEADER, "miasto_zielone")
    saved = context.applications.save_values(draft.id, {"motivation": "Razem"})
    assert saved.changed_by == "Zofia Łagoda"
    (change,) = context.applications.history(draft.id)
    assert change.changed_by == "Zofia Łagoda"

    box.name.selectAll()
    qtbot.keyClick(box.name, Qt.Key.Key_Delete)
    qtbot.keyClick(box.name, Qt.Key.Key_Return)
    assert context.settings.load().officer_name == ""
    assert box.name.text() == system_login() == context.officer
