"""The five editors that save by themselves, driven the way an officer uses them: typing is
stored within moments and is there after a restart; a full disk keeps the text in the window and
the save resumes by itself; closing the window stores what the timer has not stored yet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from full_disk import Disk
from partnership_data import meeting_for, small_partnership
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.domain.action_plan import PlanPart
from pim_desktop.ui.common.autosave import MAX_RETRY_DELAY_MS
from pim_desktop.ui.main_window import MainWindow

WindowFactory = Callable[[AppContext], MainWindow]
TYPED = "Zażółć gęślą jaźń – Łódź"
LONG_TEXT = "Miasto chce dzielić się doświadczeniem rewitalizacji dworca. " * 200


@dataclass(frozen=True)
class EditorCase:
    """Where an editor's text field and save status are, and how to read the stored text."""

    prepare: Callable[[AppContext], int]  # data the editor needs; an id to find it by
    open: Callable[[MainWindow, int], tuple[QWidget, QLabel]]
    stored: Callable[[AppContext, int], str]


def _application(context: AppContext) -> int:
    context.sample_data.create()
    return next(
        s.application.id
        for s in context.applications.summaries()
        if s.application.role == "partner"
    )


def _open_application(window: MainWindow, application_id: int) -> tuple[QWidget, QLabel]:
    window.show_page_key("applications")
    editor = window.applications.open(application_id)
    editor.show_field("motivation")
    return editor.findChild(QPlainTextEdit, "motivation"), editor.findChild(QLabel, "editor_status")


def _meeting(context: AppContext) -> int:
    return meeting_for(context, small_partnership(context)).id or 0


def _open_minutes(window: MainWindow, meeting_id: int) -> tuple[QWidget, QLabel]:
    window.show_page_key("meetings")
    window.meetings.refresh()
    window.meetings.select_meeting(meeting_id)
    minutes = window.meetings.editor.minutes
    window.meetings.editor.tabs.setCurrentWidget(minutes)
    return minutes.minutes, minutes.status


def _open_city(window: MainWindow, _id: int) -> tuple[QWidget, QLabel]:
    page = window.show_page_key("city_profile")
    return page.findChild(QLineEdit, "official_name"), page.findChild(QLabel, "save_status")


def _open_plan(window: MainWindow, _id: int) -> tuple[QWidget, QLabel]:
    window.show_page_key("action_plan")
    document = window.action_plan.document
    return document.parts[PlanPart.SUMMARY], document.findChild(QLabel, "plan_save_status")


def _open_network(window: MainWindow, _id: int) -> tuple[QWidget, QLabel]:
    window.show_page_key("network")
    return window.network.header["name"], window.network.save_status


CASES = {
    "application": EditorCase(
        _application,
        _open_application,
        lambda c, i: str(c.applications.load(i).values.get("motivation", "")),
    ),
    "city_profile": EditorCase(
        lambda _c: 0, _open_city, lambda c, _i: c.city_profile.load().official_name
    ),
    "minutes": EditorCase(_meeting, _open_minutes, lambda c, i: c.meetings.meeting(i).minutes),
    "plan_document": EditorCase(
        lambda _c: 0, _open_plan, lambda c, _i: c.action_plan.plan().part(PlanPart.SUMMARY)
    ),
    "network": EditorCase(lambda _c: 0, _open_network, lambda c, _i: c.network.network().name),
}


@pytest.fixture(params=list(CASES))
def case(request: pytest.FixtureRequest) -> EditorCase:
    return CASES[request.param]


def text_of(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]


def clear_and_type(widget: QWidget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    send_text(widget, text)


def paste(qtbot: QtBot, widget: QWidget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_typing_is_saved_by_itself_and_there_after_a_restart(
    qtbot: QtBot,
    case: EditorCase,
    context: AppContext,
    make_window: WindowFactory,
    reopen: Callable[[], AppContext],
) -> None:
    found = case.prepare(context)
    window = make_window(context)
    field, status = case.open(window, found)
    clear_and_type(field, TYPED)
    assert status.text() == "Zapisywanie…"
    qtbot.waitUntil(lambda: status.text().startswith("✓"), timeout=3000)
    assert case.stored(context, found) == TYPED

    window.close()
    context.close()
    assert case.stored(reopen(), found) == TYPED


def test_a_full_disk_keeps_the_text_and_the_save_resumes_by_itself(
    qtbot: QtBot, case: EditorCase, context: AppContext, make_window: WindowFactory, disk: Disk
) -> None:
    found = case.prepare(context)
    window = make_window(context)
    field, status = case.open(window, found)
    before = case.stored(context, found)
    disk.full = True
    paste(qtbot, field, LONG_TEXT)
    qtbot.waitUntil(lambda: status.text().startswith("⚠"), timeout=3000)
    assert "zabrakło miejsca" in status.text()
    assert text_of(field) == LONG_TEXT  # the edit stays in the window
    assert case.stored(context, found) == before  # and nothing stored before is lost

    disk.full = False
    qtbot.waitUntil(lambda: status.text().startswith("✓"), timeout=MAX_RETRY_DELAY_MS + 3000)
    assert case.stored(context, found).strip() == LONG_TEXT.strip()


def test_closing_the_window_stores_what_the_timer_has_not(
    case: EditorCase, context: AppContext, make_window: WindowFactory
) -> None:
    found = case.prepare(context)
    window = make_window(context)
    field, status = case.open(window, found)
    clear_and_type(field, TYPED)
    assert status.text() == "Zapisywanie…"  # not stored yet
    window.close()
    assert not window.isVisible()
    assert case.stored(context, found) == TYPED
