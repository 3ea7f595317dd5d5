"""A member, meeting or plan action added while the team database's server is away waits on this
computer under a number below zero. Nothing that would name that number to the server is sent:
deleting it removes it from the journal after the usual question, and its history, prints and
personal-data actions say that it waits for the server."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from qt_dialogs import Answer, answer_next_modal, click_message_button

from pim_desktop.services.team_journal import journal_folder
from pim_desktop.ui.action_plan.action_dialog import ActionDialog
from pim_desktop.ui.action_plan.action_plan_page import ActionPlanPage
from pim_desktop.ui.meetings.meeting_dialog import MeetingDialog
from pim_desktop.ui.meetings.meetings_page import MeetingsPage
from pim_desktop.ui.partnership.member_dialog import MemberDialog
from pim_desktop.ui.partnership.partnership_page import PartnershipPage

from .test_team_journal import Outage, WindowFactory, outage
from .test_team_journal_dialogs import NEW_NAME, click, on_server, type_into, waiting_text

__all__ = ["outage"]
MEETING = "Spotkanie bez serwera"


def answer_yes(box: QMessageBox) -> None:
    assert "nie trafi na serwer" in box.text()
    click_message_button(box, QMessageBox.StandardButton.Yes)


def test_a_new_member_waiting_here_is_deleted_from_the_journal_and_never_sent(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    window = make_window(outage.open())
    page = window.show_page_key("partnership")
    assert isinstance(page, PartnershipPage)
    outage.proxy.stop()

    def add(dialog: MemberDialog) -> None:
        type_into(qtbot, dialog.organisation_name, NEW_NAME)
        click(qtbot, dialog.save_button)

    answer = answer_next_modal(MemberDialog, add)
    click(qtbot, page.add_button)
    answer.check()
    member = page.selected_member()
    assert member is not None and member.id is not None and member.id < 0
    assert "oczekujące: 1" in waiting_text(window)

    click(qtbot, page.export_person_button)
    assert "czeka na tym komputerze" in page.status.text()

    answer = answer_next_modal(QMessageBox, answer_yes)
    click(qtbot, page.remove_button)
    answer.check()
    assert NEW_NAME not in page.register.visible_names()
    assert outage.journal_files() == []
    qtbot.waitUntil(lambda: not waiting_text(window))
    outage.proxy.start()
    names = {s.member.display_name for s in on_server(outage).partnership.members()}
    assert NEW_NAME not in names


def test_a_new_meeting_waiting_here_tells_its_history_waits_and_is_deleted_here(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    window = make_window(outage.open())
    page = window.show_page_key("meetings")
    assert isinstance(page, MeetingsPage)
    before = len(on_server(outage).meetings.meetings())
    outage.proxy.stop()

    def add(dialog: MeetingDialog) -> None:
        dialog.title.clear()
        type_into(qtbot, dialog.title, MEETING)
        click(qtbot, dialog.findChild(QPushButton, "save_meeting"))

    answer = answer_next_modal(MeetingDialog, add)
    click(qtbot, page.buttons["add_meeting"])
    answer.check()
    meeting_id = page.selected_meeting_id()
    assert meeting_id is not None and meeting_id < 0

    for name in ("meeting_history", "edit_meeting", "print_minutes"):
        page.status.setText("")
        click(qtbot, page.buttons[name])
        assert "czeka na tym komputerze" in page.status.text(), name

    answer = answer_next_modal(QMessageBox, answer_yes)
    click(qtbot, page.buttons["remove_meeting"])
    answer.check()
    assert page.model.row_of(meeting_id) is None
    assert outage.journal_files() == []
    outage.proxy.start()
    assert len(on_server(outage).meetings.meetings()) == before


def test_a_new_plan_action_waiting_here_is_deleted_from_the_journal(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    window = make_window(outage.open())
    page = window.show_page_key("action_plan")
    assert isinstance(page, ActionPlanPage)
    page.tabs.setCurrentIndex(1)

    def add(dialog: ActionDialog) -> None:
        outage.proxy.stop()  # the server goes away while the dialog is open
        type_into(qtbot, dialog.title, "Nowe działanie bez serwera")
        click(qtbot, dialog.findChild(QPushButton, "save_action"))

    answer = answer_next_modal(ActionDialog, add)
    click(qtbot, page.add_button)
    answer.check()
    action_id = page.table.selected_id()
    assert action_id is not None and action_id < 0
    assert len(outage.journal_files()) == 1
    assert "Nowe działanie bez serwera" in titles(page)

    answer = answer_next_modal(QMessageBox, answer_yes)
    click(qtbot, page.delete_button)
    answer.check()
    assert outage.journal_files() == []
    assert "Nowe działanie bez serwera" not in titles(page)


def titles(page: ActionPlanPage) -> list[str]:
    shown = page.table.model()
    return [str(shown.index(row, 1).data()) for row in range(shown.rowCount())]


def test_a_new_meeting_given_back_when_nothing_could_keep_it_is_still_titled_new(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    blocked = journal_folder(outage.paths.data_dir)
    blocked.write_text("not a folder", encoding="utf-8")  # the journal's folder cannot be made
    window = make_window(outage.open())
    page = window.show_page_key("meetings")
    assert isinstance(page, MeetingsPage)
    outage.proxy.stop()
    answers: list[Answer] = []
    titles: list[str] = []

    def reopened(dialog: MeetingDialog) -> None:
        titles.append(dialog.windowTitle())
        assert dialog.title.text() == MEETING
        dialog.reject()

    def read_and_close(box: QMessageBox) -> None:
        answers.append(answer_next_modal(MeetingDialog, reopened))
        box.button(QMessageBox.StandardButton.Ok).click()  # type: ignore[union-attr]

    def add(dialog: MeetingDialog) -> None:
        titles.append(dialog.windowTitle())
        dialog.title.clear()
        type_into(qtbot, dialog.title, MEETING)
        answers.append(answer_next_modal(QMessageBox, read_and_close))
        click(qtbot, dialog.findChild(QPushButton, "save_meeting"))

    first = answer_next_modal(MeetingDialog, add)
    click(qtbot, page.buttons["add_meeting"])
    first.check()
    for answer in answers:
        answer.check()
    assert titles == ["Nowe spotkanie", "Nowe spotkanie"]
