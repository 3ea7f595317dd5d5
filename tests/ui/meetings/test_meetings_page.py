"""The Spotkania page as an officer uses it: plan a meeting, record who came, write the minutes,
give tasks, print the attendance list and the minutes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from partnership_data import meeting_for, small_partnership
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from qt_dialogs import answer_next_modal, click_message_button, pick_file
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.domain.meeting import AttendanceStatus, MeetingType
from pim_desktop.domain.partnership import Member
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.meetings.meeting_dialog import MeetingDialog
from pim_desktop.ui.meetings.meetings_page import MeetingsPage
from pim_desktop.ui.meetings.task_dialog import TaskDialog


def open_page(qtbot: QtBot, window: MainWindow) -> MeetingsPage:
    names = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    rect = window.navigation.visualItemRect(window.navigation.item(names.index("Spotkania")))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.meetings
    # The fixtures stored their data after the window was built, behind the page's back.
    window.meetings.refresh()
    return window.meetings


def choose_by_keyboard(qtbot: QtBot, combo: object, text: str) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    target = combo.findText(text)
    assert target >= 0, text
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


@pytest.fixture
def planned(context: AppContext) -> tuple[AppContext, list[Member], int]:
    context.city_profile.save(SAMPLE_CITY)
    members = small_partnership(context)
    return context, members, meeting_for(context, members).id


def test_a_meeting_is_planned_through_the_dialog(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    members = small_partnership(context)
    page = open_page(qtbot, window)

    def plan(dialog: MeetingDialog) -> None:
        choose_by_keyboard(qtbot, dialog.meeting_type, "konsultacje")
        assert dialog.title.text() == "Konsultacje społeczne"
        dialog.title.setFocus()
        send_text(dialog.title, ": park nad Przykładówką")
        dialog.date.setDate(QDate(2025, 4, 15))
        send_text(dialog.place, "Szkoła Podstawowa nr 5, ul. Łąkowa 8")
        send_text(dialog.agenda, "Prezentacja koncepcji")
        qtbot.keyClick(dialog.agenda, Qt.Key.Key_Return)
        send_text(dialog.agenda, "Uwagi mieszkańców")
        media = next(
            row
            for row in range(dialog.invited.count())
            if dialog.invited.item(row).text().startswith("Gazeta Źródło")
        )
        dialog.invited.item(media).setCheckState(Qt.CheckState.Unchecked)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer = answer_next_modal(MeetingDialog, plan)
    qtbot.mouseClick(page.buttons["add_meeting"], Qt.MouseButton.LeftButton)
    answer.check()

    [summary] = context.meetings.meetings()
    meeting = context.meetings.meeting(summary.id)
    assert meeting.details.meeting_type is MeetingType.CONSULTATION
    assert meeting.details.title == "Konsultacje społeczne: park nad Przykładówką"
    assert meeting.details.starts_at.astimezone().strftime("%Y-%m-%d %H:%M") == "2025-04-15 17:00"
    assert meeting.details.agenda == ("Prezentacja koncepcji", "Uwagi mieszkańców")
    assert {i.member_id for i in meeting.invitations} == {
        m.id for m in members if m.display_name != "Gazeta Źródło"
    }
    assert page.selected_meeting_id() == summary.id
    assert "park nad Przykładówką" in page.editor.heading.text()


def test_attendance_is_recorded_from_the_table_and_kept(
    qtbot: QtBot, window: MainWindow, planned: tuple[AppContext, list[Member], int]
) -> None:
    context, members, meeting_id = planned
    page = open_page(qtbot, window)
    assert page.selected_meeting_id() == meeting_id
    attendance = page.editor.attendance
    ngo, office, media, person = (m.id or 0 for m in members)

    choose_by_keyboard(qtbot, attendance.status_combo(office), "obecny")
    choose_by_keyboard(qtbot, attendance.status_combo(media), "usprawiedliwiony")
    # The registered substitute is offered at once when the organisation sent one.
    choose_by_keyboard(qtbot, attendance.status_combo(ngo), "zastępstwo")
    assert attendance.substitute_edit(ngo).text() == "Iwona Sęk"

    stored = {i.member_id: i for i in context.meetings.meeting(meeting_id).invitations}
    assert stored[office].status is AttendanceStatus.PRESENT
    assert stored[media].status is AttendanceStatus.EXCUSED
    assert (stored[ngo].status, stored[ngo].substitute_name) == (
        AttendanceStatus.SUBSTITUTED,
        "Iwona Sęk",
    )
    assert stored[person].status is None

    qtbot.mouseClick(attendance.all_present, Qt.MouseButton.LeftButton)
    stored = {i.member_id: i for i in context.meetings.meeting(meeting_id).invitations}
    assert stored[person].status is AttendanceStatus.PRESENT
    assert stored[media].status is AttendanceStatus.EXCUSED, "recorded ones stay as they were"

    attendance.guest_name.setFocus()
    send_text(attendance.guest_name, "Henryk Żbik")
    send_text(attendance.guest_organisation, "Rada Seniorów")
    qtbot.mouseClick(attendance.add_guest, Qt.MouseButton.LeftButton)
    assert [g.name for g in context.meetings.meeting(meeting_id).guests] == ["Henryk Żbik"]
    assert page.model.meeting(0).attended == 3
    assert "75%" in window.dashboard.findChild(QLabel, "partnership_attendance").text()


def test_minutes_save_by_themselves_and_before_another_meeting_is_shown(
    qtbot: QtBot, window: MainWindow, planned: tuple[AppContext, list[Member], int]
) -> None:
    context, members, meeting_id = planned
    older = meeting_for(context, members, "Wcześniejsze spotkanie").id
    page = open_page(qtbot, window)
    page.refresh()
    page.select_meeting(meeting_id)
    minutes = page.editor.minutes
    page.editor.tabs.setCurrentWidget(minutes)
    minutes.minutes.setFocus()
    send_text(minutes.minutes, "Spotkanie otworzyła Łucja Żółkiewska.")
    send_text(minutes.decisions, "Przyjąć drzewo problemów")
    qtbot.waitUntil(lambda: "Protokół zapisany" in minutes.status.text(), timeout=3000)
    stored = context.meetings.meeting(meeting_id)
    assert stored.minutes == "Spotkanie otworzyła Łucja Żółkiewska."
    assert stored.decisions == ("Przyjąć drzewo problemów",)

    send_text(minutes.minutes, " Zażółć gęślą jaźń.")
    page.select_meeting(older)  # before the timer runs
    assert context.meetings.meeting(meeting_id).minutes.endswith("Zażółć gęślą jaźń.")
    assert page.editor.minutes.minutes.toPlainText() == ""


def test_a_task_is_given_and_marked_done(
    qtbot: QtBot, window: MainWindow, planned: tuple[AppContext, list[Member], int]
) -> None:
    context, _members, meeting_id = planned
    page = open_page(qtbot, window)
    tasks = page.editor.tasks

    def give(dialog: TaskDialog) -> None:
        dialog.description.setFocus()
        send_text(dialog.description, "Zebrać zdjęcia terenów zielonych")
        choose_by_keyboard(qtbot, dialog.owner, "Gazeta Źródło")
        dialog.accept()

    answer = answer_next_modal(TaskDialog, give)
    qtbot.mouseClick(tasks.buttons[0], Qt.MouseButton.LeftButton)
    answer.check()
    [task] = context.meetings.meeting(meeting_id).tasks
    assert task.description == "Zebrać zdjęcia terenów zielonych" and not task.done
    assert tasks.table.item(0, 1).text() == "Gazeta Źródło"
    tasks.table.selectRow(0)
    qtbot.mouseClick(tasks.buttons[2], Qt.MouseButton.LeftButton)
    assert context.meetings.meeting(meeting_id).tasks[0].done
    assert tasks.table.item(0, 3).text().startswith("wykonane")


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_both_pdfs_are_printed_from_the_page_with_every_invited_name(
    qtbot: QtBot,
    window: MainWindow,
    planned: tuple[AppContext, list[Member], int],
    tmp_path: Path,
) -> None:
    _context, members, _meeting_id = planned
    page = open_page(qtbot, window)
    for button, file_name in (
        ("print_attendance", "lista ż.pdf"),
        ("print_minutes", "protokół.pdf"),
    ):
        target = tmp_path / file_name

        def save_as(dialog: QFileDialog, target: Path = target) -> None:
            pick_file(target)(dialog)

        answer = answer_next_modal(QFileDialog, save_as)
        qtbot.mouseClick(page.buttons[button], Qt.MouseButton.LeftButton)
        answer.check()
        text = pdf_text(target)
        assert "Gmina Miasto Przykładowo" in text
        for member in members:
            if member.representative.consent.publication or button == "print_attendance":
                assert member.representative.name in text, (file_name, member.display_name)
        assert "Otwórz plik" in page.status.text()
    assert "Grzegorz Ćwik" not in pdf_text(tmp_path / "protokół.pdf")


def test_deleting_a_meeting_asks_first(
    qtbot: QtBot, window: MainWindow, planned: tuple[AppContext, list[Member], int]
) -> None:
    context, _members, _meeting_id = planned
    page = open_page(qtbot, window)
    page.table.setFocus()
    answer = answer_next_modal(
        QMessageBox, lambda box: click_message_button(box, QMessageBox.StandardButton.Yes)
    )
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    answer.check()
    assert context.meetings.meetings() == []
    assert page.model.rowCount() == 0
    assert "Wybierz spotkanie" in page.editor.heading.text()
