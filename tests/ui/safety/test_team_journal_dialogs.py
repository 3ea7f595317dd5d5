"""The team database's server goes away while an officer works in the member and plan action
dialogs: what they typed is kept on this computer, the page shows it and the line counts it,
and it reaches the server when the server is back. A journal that cannot be written gives the
dialog back with the typed values. The server is behind the same TCP relay as the editor's
journal tests."""

from __future__ import annotations

from partnership_data import organisation
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import Answer, answer_next_modal
from qt_typing import send_text

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.services.team_journal import journal_folder
from pim_desktop.ui.action_plan.action_dialog import ActionDialog
from pim_desktop.ui.action_plan.action_plan_page import ActionPlanPage
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.meetings.meeting_dialog import MeetingDialog
from pim_desktop.ui.meetings.meetings_page import MeetingsPage
from pim_desktop.ui.partnership.member_dialog import MemberDialog
from pim_desktop.ui.partnership.partnership_page import PartnershipPage

from .test_team_journal import BACK_WITHIN_MS, Outage, WindowFactory, outage

__all__ = ["outage"]  # the fixture, shared with the editor's journal tests
NEW_NAME = "Koło Gospodyń „Łąka”"
TYPED = " Wpisane bez serwera."


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, editor: QLineEdit | QPlainTextEdit, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    send_text(editor, text)


def partnership(
    qtbot: QtBot, window: MainWindow, name: str = ""
) -> tuple[PartnershipPage, int, str]:
    """The register, with a member (``name``, else the first) selected by a click: the
    member's id and notes."""
    page = window.show_page_key("partnership")
    assert isinstance(page, PartnershipPage)
    row = page.register.visible_names().index(name) if name else 0
    index = page.register.proxy.index(row, 0)
    rect = page.register.table.visualRect(index)
    qtbot.mouseClick(page.register.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    member = page.selected_member()
    assert member is not None and member.id is not None
    return page, member.id, member.notes


def on_server(outage: Outage) -> AppContext:
    context = open_database(outage.paths, read_only=False, team=outage.direct)
    outage.opened.append(context)
    return context


def waiting_text(window: MainWindow) -> str:
    line = window.team_connection
    assert line is not None
    return line.text.text() if line.isVisibleTo(window) else ""


def test_a_member_edited_and_one_added_without_the_server_arrive_when_it_is_back(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    window = make_window(outage.open())
    page, member_id, notes = partnership(qtbot, window)
    outage.proxy.stop()

    def edit(dialog: MemberDialog) -> None:
        type_into(qtbot, dialog.notes, TYPED)
        click(qtbot, dialog.save_button)

    answer = answer_next_modal(MemberDialog, edit)
    click(qtbot, page.edit_button)
    answer.check()
    assert "na tym komputerze" in page.status.text()
    assert page.selected_member().notes == (notes + TYPED).strip()  # type: ignore[union-attr]
    assert "oczekujące: 1" in waiting_text(window)
    assert len(outage.journal_files()) == 1

    def add(dialog: MemberDialog) -> None:
        type_into(qtbot, dialog.organisation_name, NEW_NAME)
        dialog.tabs.setCurrentIndex(1)
        type_into(qtbot, dialog.representative.name, "Bożena Źdźbło")
        click(qtbot, dialog.save_button)

    answer = answer_next_modal(MemberDialog, add)
    click(qtbot, page.add_button)
    answer.check()
    assert NEW_NAME in page.register.visible_names()
    assert page.selected_member().display_name == NEW_NAME  # type: ignore[union-attr]
    assert "oczekujące: 2" in waiting_text(window)
    assert NEW_NAME not in {s.member.display_name for s in on_server(outage).partnership.members()}

    outage.proxy.start()
    qtbot.waitUntil(lambda: not outage.journal_files(), timeout=BACK_WITHIN_MS)
    qtbot.waitUntil(lambda: not waiting_text(window))
    server = on_server(outage)
    assert server.partnership.member(member_id).notes == (notes + TYPED).strip()
    added = [s.member for s in server.partnership.members() if s.member.display_name == NEW_NAME]
    assert [m.representative.name for m in added] == ["Bożena Źdźbło"]
    # The register reads the server again: the new member has the id the server gave it.
    qtbot.waitUntil(lambda: page.register.select_member(added[0].id or 0))


def test_a_journal_that_cannot_be_written_gives_the_dialog_back_with_what_was_typed(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    blocked = journal_folder(outage.paths.data_dir)
    blocked.write_text("not a folder", encoding="utf-8")  # the journal's folder cannot be made
    window = make_window(outage.open())
    page, member_id, notes = partnership(qtbot, window)
    outage.proxy.stop()
    answers: list[Answer] = []
    told: list[str] = []

    def reopened(dialog: MemberDialog) -> None:
        assert dialog.notes.toPlainText() == (notes + TYPED).strip()
        blocked.unlink()  # access is back: the second try writes the journal
        click(qtbot, dialog.save_button)

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text())
        answers.append(answer_next_modal(MemberDialog, reopened))
        box.button(QMessageBox.StandardButton.Ok).click()  # type: ignore[union-attr]

    def edit(dialog: MemberDialog) -> None:
        type_into(qtbot, dialog.notes, TYPED)
        answers.append(answer_next_modal(QMessageBox, read_and_close))
        click(qtbot, dialog.save_button)

    first = answer_next_modal(MemberDialog, edit)
    click(qtbot, page.edit_button)
    first.check()
    for answer in answers:
        answer.check()
    assert len(answers) == 2
    assert "folder danych nie pozwala na zapis" in told[0]
    assert "oczekujące: 1" in waiting_text(window)

    outage.proxy.start()
    qtbot.waitUntil(lambda: not outage.journal_files(), timeout=BACK_WITHIN_MS)
    assert on_server(outage).partnership.member(member_id).notes == (notes + TYPED).strip()


def test_a_plan_action_edited_without_the_server_is_shown_and_arrives(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    window = make_window(outage.open())
    page = window.show_page_key("action_plan")
    assert isinstance(page, ActionPlanPage)
    page.tabs.setCurrentIndex(1)
    page.table.selectRow(0)
    action_id = page.table.selected_id()
    assert action_id is not None
    typed: list[str] = []

    def edit(dialog: ActionDialog) -> None:
        outage.proxy.stop()  # the server goes away while the dialog is open
        type_into(qtbot, dialog.title, " (poprawione)")
        typed.append(dialog.title.text())
        click(qtbot, dialog.findChild(QPushButton, "save_action"))

    answer = answer_next_modal(ActionDialog, edit)
    click(qtbot, page.edit_button)
    answer.check()
    assert "na tym komputerze" in window.statusBar().currentMessage()
    shown = page.table.model()
    titles = [shown.index(row, 1).data() for row in range(shown.rowCount())]
    assert typed[0] in titles
    assert "oczekujące: 1" in waiting_text(window)

    outage.proxy.start()
    qtbot.waitUntil(lambda: not outage.journal_files(), timeout=BACK_WITHIN_MS)
    assert on_server(outage).action_plan.action(action_id).title == typed[0]


def keep_a_member_edit(
    qtbot: QtBot, window: MainWindow, outage: Outage, name: str = ""
) -> PartnershipPage:
    """A member's notes edited through its dialog with the server away."""
    page, _member_id, _notes = partnership(qtbot, window, name)
    outage.proxy.stop()

    def edit(dialog: MemberDialog) -> None:
        type_into(qtbot, dialog.notes, TYPED)
        click(qtbot, dialog.save_button)

    answer = answer_next_modal(MemberDialog, edit)
    click(qtbot, page.edit_button)
    answer.check()
    assert "oczekujące: 1" in waiting_text(window)
    return page


def test_handing_over_waiting_edits_says_that_a_member_s_edit_stays_on_this_computer(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    window = make_window(outage.open())
    keep_a_member_edit(qtbot, window, outage)
    line = window.team_connection
    assert line is not None
    told: list[str] = []

    def read(box: QMessageBox) -> None:
        told.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()  # type: ignore[union-attr]

    answer = answer_next_modal(QMessageBox, read)
    line.export_button.setFocus()
    qtbot.keyClick(line.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: answer.answered or answer.error is not None)
    answer.check()
    assert "nie można zapisać w pliku .pim" in told[0] and "oczekujących: 1" in told[0]
    assert len(outage.journal_files()) == 1  # nothing was dropped


def test_a_member_a_colleague_deleted_meanwhile_is_reported_and_set_aside(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    colleague = on_server(outage)
    colleague.use_officer("Jan Kowalski")
    colleague.partnership.add_member(organisation("Fundacja Ulotna", "Ewa Żak"))
    window = make_window(outage.open())
    page = keep_a_member_edit(qtbot, window, outage, "Fundacja Ulotna")
    member_id = page.selected_member().id or 0  # type: ignore[union-attr]
    colleague.partnership.remove_member(member_id)

    outage.proxy.start()
    qtbot.waitUntil(lambda: not outage.journal_files(), timeout=BACK_WITHIN_MS)
    message = window.statusBar().currentMessage()
    assert "Ten członek został usunięty przez Jan Kowalski" in message
    assert "nie będą ponawiane" in message
    aside = journal_folder(outage.paths.data_dir) / "refused"
    assert len(list(aside.glob("*.json"))) == 1
    qtbot.waitUntil(lambda: not waiting_text(window))


def test_meeting_details_edited_without_the_server_are_listed_and_arrive(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    window = make_window(outage.open())
    page = window.show_page_key("meetings")
    assert isinstance(page, MeetingsPage)
    page.table.selectRow(0)
    meeting_id = page.selected_meeting_id()
    assert meeting_id is not None
    typed: list[str] = []

    def edit(dialog: MeetingDialog) -> None:
        outage.proxy.stop()  # the server goes away while the dialog is open
        type_into(qtbot, dialog.title, " – po zmianie")
        typed.append(dialog.title.text())
        click(qtbot, dialog.findChild(QPushButton, "save_meeting"))

    answer = answer_next_modal(MeetingDialog, edit)
    click(qtbot, page.buttons["edit_meeting"])
    answer.check()
    assert "na tym komputerze" in page.status.text()
    assert page.model.meeting(page.model.row_of(meeting_id) or 0).title == typed[0]
    assert "oczekujące: 1" in waiting_text(window)

    outage.proxy.start()
    qtbot.waitUntil(lambda: not outage.journal_files(), timeout=BACK_WITHIN_MS)
    assert on_server(outage).meetings.meeting(meeting_id).details.title == typed[0]
