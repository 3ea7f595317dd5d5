"""Two officers' windows on one team database: a colleague's change shows within two seconds,
and an editor says who else has the same application open."""

from __future__ import annotations

import dataclasses

from partnership_data import organisation
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY
from pim_desktop.ui.applications.application_editor import ApplicationEditor
from pim_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory

# Two seconds, and a margin for the test machine's event loop.
WITHIN_MS = 2500


def listening_window(qtbot: QtBot, make_window: WindowFactory, context: AppContext) -> MainWindow:
    window = make_window(context)
    assert context.team_live is not None and context.team_live.listener is not None
    listener = context.team_live.listener
    qtbot.waitUntil(listener.listening.is_set, timeout=10000)
    return window


def open_editor(window: MainWindow, application_id: int) -> ApplicationEditor:
    window.show_page_key("applications")
    return window.applications.open(application_id)


def jans_leader_editor(
    qtbot: QtBot, make_window: WindowFactory, jan: AppContext, anna: AppContext
) -> tuple[ApplicationEditor, int]:
    """The sample city made by Anna, its Leader application open in Jan's window."""
    anna.sample_data.create()
    leader = anna.applications.summaries()[0].id
    return open_editor(listening_window(qtbot, make_window, jan), leader), leader


def presence_text(editor: ApplicationEditor) -> str:
    line = editor.findChild(QLabel, "presence_line")
    return line.text() if line.isVisible() else ""


def test_a_colleagues_new_member_appears_in_the_open_register(
    qtbot: QtBot, make_window: WindowFactory, jan: AppContext, anna: AppContext
) -> None:
    window = listening_window(qtbot, make_window, jan)
    page = window.show_page_key("partnership")
    register = page.register  # type: ignore[attr-defined]
    assert register.visible_names() == []

    anna.partnership.add_member(organisation("Fundacja Źródło", "Ewa Łęcka"))

    qtbot.waitUntil(lambda: "Fundacja Źródło" in register.visible_names(), timeout=WITHIN_MS)


def test_an_editor_names_a_colleague_on_the_same_application_until_they_leave(
    qtbot: QtBot, make_window: WindowFactory, jan: AppContext, anna: AppContext
) -> None:
    jans, leader = jans_leader_editor(qtbot, make_window, jan, anna)
    assert presence_text(jans) == ""

    annas_window = listening_window(qtbot, make_window, anna)
    annas = open_editor(annas_window, leader)
    annas.show_field("motivation")

    # Her editor opens in section A and moves to D: the two marks may arrive one after the other,
    # and Jan's mark reaches her window through its own listener, on its own time.
    def both_see_each_other() -> bool:
        return presence_text(jans).endswith(", sekcja D") and "Jan Kowalski" in presence_text(annas)

    qtbot.waitUntil(both_see_each_other, timeout=WITHIN_MS)
    said = presence_text(jans)
    assert said.startswith("👥 Edytuje teraz także: Anna Nowak (")
    assert jans.findChild(QLabel, "presence_line").accessibleName() == "Kto jeszcze edytuje"

    annas_window.applications.close_editor()

    qtbot.waitUntil(lambda: presence_text(jans) == "", timeout=WITHIN_MS)


def test_a_colleagues_save_shows_in_the_fields_not_being_edited(
    qtbot: QtBot, make_window: WindowFactory, jan: AppContext, anna: AppContext
) -> None:
    editor, leader = jans_leader_editor(qtbot, make_window, jan, anna)
    editor.show_field("challenges")  # Jan's cursor is in the challenges
    challenges = editor.findChild(QPlainTextEdit, "challenges")
    assert challenges.hasFocus()
    jans_challenges = challenges.toPlainText()

    anna.applications.save_values(
        leader, {"motivation": "Motywacja Anny.", "challenges": "Wyzwania Anny."}
    )

    motivation = editor.findChild(QPlainTextEdit, "motivation")
    qtbot.waitUntil(lambda: motivation.toPlainText() == "Motywacja Anny.", timeout=WITHIN_MS)
    assert challenges.toPlainText() == jans_challenges
    status = editor.findChild(QLabel, "editor_status").text()
    assert "Wniosek zmienił(a) Anna Nowak" in status
    assert editor.has_unsaved_changes() is False  # a colleague's value is not Jan's edit


def test_a_colleagues_change_of_the_city_data_shows_in_the_fields_not_being_edited(
    qtbot: QtBot, make_window: WindowFactory, jan: AppContext, anna: AppContext
) -> None:
    anna.city_profile.save(SAMPLE_CITY)
    page = listening_window(qtbot, make_window, jan).show_page_key("city_profile")
    powiat = page.findChild(QLineEdit, "powiat")
    post_town = page.findChild(QLineEdit, "post_town")
    powiat.setFocus()
    send_text(powiat, " zachodni")  # Jan's cursor is in the county

    theirs = anna.city_profile.load()
    anna.city_profile.save(dataclasses.replace(theirs, post_town="Zgierz"), theirs)

    qtbot.waitUntil(lambda: post_town.text() == "Zgierz", timeout=WITHIN_MS)
    assert powiat.text() == f"{SAMPLE_CITY.powiat} zachodni"
    assert page.flush()  # type: ignore[attr-defined]
    stored = anna.city_profile.load()
    assert (stored.powiat, stored.post_town) == (f"{SAMPLE_CITY.powiat} zachodni", "Zgierz")


def test_the_register_and_a_meeting_name_who_else_has_them_open(
    qtbot: QtBot, make_window: WindowFactory, jan: AppContext, anna: AppContext
) -> None:
    anna.sample_data.create()
    jans_window = listening_window(qtbot, make_window, jan)
    annas_window = listening_window(qtbot, make_window, anna)
    jans_line = jans_window.show_page_key("partnership").findChild(QLabel, "presence_line")
    annas_window.show_page_key("partnership")

    qtbot.waitUntil(lambda: "Anna Nowak" in jans_line.text(), timeout=WITHIN_MS)
    assert jans_line.isVisible()

    annas_window.show_page_key("meetings")  # Anna leaves the register for the meetings
    qtbot.waitUntil(lambda: not jans_line.isVisible(), timeout=WITHIN_MS)

    meetings = jans_window.show_page_key("meetings")
    meetings_line = meetings.findChild(QLabel, "presence_line")
    qtbot.waitUntil(lambda: "Anna Nowak" in meetings_line.text(), timeout=WITHIN_MS)
    shown = annas_window.meetings.selected_meeting_id()
    other = next(m.id for m in anna.meetings.meetings() if m.id != shown)
    annas_window.meetings.select_meeting(other)  # Anna opens another meeting
    qtbot.waitUntil(lambda: not meetings_line.isVisible(), timeout=WITHIN_MS)
