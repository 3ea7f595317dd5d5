"""An officer builds the MID on the Plan działań page: an action through its dialog with partners
from the register and the meetings where it was discussed, sees the totals and the funding
warning, looks at the schedule, and saves the MID and the Plan Ulepszeń as PDFs."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import pick_file, when_dialog_opens
from qt_steps import answered, choose, open_page, retype, tick
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.domain.action_plan import Action
from pim_desktop.domain.meeting import MeetingDetails, MeetingType
from pim_desktop.domain.partnership import Member, Sector
from pim_desktop.ui.action_plan.action_dialog import ActionDialog
from pim_desktop.ui.action_plan.action_plan_page import ActionPlanPage
from pim_desktop.ui.main_window import MainWindow

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts")),
    reason="poppler-utils is not installed",
)
WindowFactory = Callable[[AppContext], MainWindow]
START = dt.date(2026, 1, 1)


@pytest.fixture
def partnership(context: AppContext) -> AppContext:
    """A register with three members and a workshop, as the partnership pages leave them."""
    names = (
        "Stowarzyszenie „Zielone Łąki”",
        "Politechnika Przykładowska",
        "Rada Osiedla Śródmieście",
    )
    ids = [
        context.partnership.add_member(Member(organisation_name=n, sector=Sector.NGO)).id or 0
        for n in names
    ]
    starts = dt.datetime(2026, 3, 10, 17, 0).astimezone()
    context.meetings.add_meeting(
        MeetingDetails(MeetingType.WORKSHOP, "Warsztat: zieleń w Śródmieściu", starts), ids
    )
    return context


def fill_action(qtbot: QtBot, dialog: ActionDialog) -> None:
    retype(qtbot, dialog.findChild(QLineEdit, "code"), "D1")
    retype(qtbot, dialog.findChild(QLineEdit, "title"), "Park kieszonkowy przy ul. Źródlanej")
    send_text(dialog.findChild(QPlainTextEdit, "description"), "Zieleń i ogród deszczowy.")
    choose(qtbot, dialog.findChild(QComboBox, "action_type"), "inwestycyjne")
    retype(qtbot, dialog.findChild(QLineEdit, "start_month"), "04.2026")
    retype(qtbot, dialog.findChild(QLineEdit, "end_month"), "3.2027")
    retype(qtbot, dialog.findChild(QLineEdit, "cost"), "1 234 567,89")
    choose(qtbot, dialog.findChild(QComboBox, "status"), "w realizacji")
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.funding.add_button, Qt.MouseButton.LeftButton)
    choose(qtbot, dialog.funding.editor(0, "kind"), "program UE")
    send_text(dialog.funding.editor(0, "programme"), "Fundusze Europejskie dla Mazowsza")
    send_text(dialog.funding.editor(0, "amount"), "1 000 000")
    choose(qtbot, dialog.funding.editor(0, "status"), "zapewnione")
    balance = dialog.findChild(QLabel, "funding_balance").text()
    assert "⚠" in balance and "234\u00a0567,89" in balance
    dialog.tabs.setCurrentIndex(4)
    tick(qtbot, dialog.findChild(QListWidget, "partners"), "Politechnika Przykładowska")
    tick(qtbot, dialog.findChild(QListWidget, "partners"), "Rada Osiedla Śródmieście")
    tick(qtbot, dialog.findChild(QListWidget, "meetings"), "10.03.2026 – Warsztat")
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_action"), Qt.MouseButton.LeftButton)


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=False
    )
    return " ".join(out.stdout.replace("\u00a0", " ").split())


def embedded_only(path: Path) -> bool:
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=False
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    return bool(rows) and all(row[-5] == "yes" for row in rows)


@needs_poppler
def test_officer_builds_the_mid_and_prints_it(
    qtbot: QtBot, make_window: WindowFactory, partnership: AppContext, tmp_path: Path
) -> None:
    window = make_window(partnership)
    page = open_page(qtbot, window, "Plan działań (MID)")
    assert isinstance(page, ActionPlanPage)
    retype(qtbot, page.document.title, "Zielone Śródmieście 2026–2029")
    retype(qtbot, page.document.horizon_start, "01.2026")
    retype(qtbot, page.document.horizon_end, "12.2029")
    send_text(page.document.parts[next(iter(page.document.parts))], "Zażółć gęślą jaźń.")
    qtbot.waitUntil(lambda: "zapisane" in page.document.status_label.text(), timeout=3000)

    page.tabs.setCurrentIndex(1)
    when_dialog_opens(answered(lambda dialog: fill_action(qtbot, dialog)))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    [action] = partnership.action_plan.actions()
    assert action.cost == 123_456_789
    assert len(action.partner_ids) == 2 and len(action.meeting_ids) == 1
    assert page.table.model().rowCount() == 1
    assert page.totals.values["total_cost"].text() == "1\u00a0234\u00a0567,89\u00a0zł"
    assert page.totals.values["secured"].text() == "1\u00a0000\u00a0000,00\u00a0zł"
    assert page.totals.values["share_secured"].text() == "81,0\u00a0%"
    assert "2026: " in page.totals.values["by_year"].text()
    warning = page.totals.warnings.item(0).text()
    assert warning.startswith("⚠ Działanie D1: źródła finansowania dają 1\u00a0000\u00a0000,00")

    page.tabs.setCurrentIndex(2)
    assert "D1 Park kieszonkowy przy ul. Źródlanej: 04.2026–03.2027, w realizacji" in (
        page.gantt.describe()
    )
    assert not page.gantt.grab().isNull()

    mid = tmp_path / "MID Śródmieście.pdf"
    when_dialog_opens(answered(pick_file(mid)))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    text = pdf_text(mid)
    assert "MIEJSKA INICJATYWA DZIAŁAŃ" in text and "Zielone Śródmieście 2026–2029" in text
    assert "D1. Park kieszonkowy przy ul. Źródlanej" in text
    assert "Koszt całkowity 1 234 567,89 zł" in text
    assert "Zażółć gęślą jaźń." in text
    assert "Politechnika Przykładowska; Rada Osiedla Śródmieście" in text
    assert "Warsztat: zieleń w Śródmieściu" in text
    assert "program UE: Fundusze Europejskie dla Mazowsza 1 000 000,00 zł zapewnione" in text
    assert embedded_only(mid)


def test_a_wrong_amount_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    page = open_page(qtbot, window, "Plan działań (MID)")
    assert isinstance(page, ActionPlanPage)
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        retype(qtbot, dialog.findChild(QLineEdit, "title"), "Próba")
        retype(qtbot, dialog.findChild(QLineEdit, "cost"), "12,345")
        qtbot.mouseClick(dialog.findChild(QPushButton, "save_action"), Qt.MouseButton.LeftButton)
        seen.append(dialog.error.text())
        dialog.reject()

    when_dialog_opens(answered(answer))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert seen and "Koszt: Za dużo cyfr po przecinku." in seen[0]
    assert context.action_plan.actions() == []


def test_a_long_part_is_saved_whole_and_flagged(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    page = open_page(qtbot, window, "Plan działań (MID)")
    assert isinstance(page, ActionPlanPage)
    summary = next(iter(page.document.parts.values()))
    summary.setPlainText("ą" * 3005)
    qtbot.waitUntil(lambda: "zapisane" in page.document.status_label.text(), timeout=3000)
    assert len(next(iter(context.action_plan.plan().parts.values()))) == 3005
    counter = next(iter(page.document.counters.values())).text()
    assert counter.startswith("⚠ 3005 z 3000") and "przekroczono limit o 5" in counter
    assert any("ma 3005 znaków" in page.totals.warnings.item(r).text()
               for r in range(page.totals.warnings.count()))  # fmt: skip


def test_the_keyboard_opens_an_action_and_moves_it(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    for code in ("D1", "D2"):
        context.action_plan.add_action(
            Action(code=code, title=f"Działanie {code}", start_month=START, end_month=START)
        )
    page = open_page(qtbot, window, "Plan działań (MID)")
    assert isinstance(page, ActionPlanPage)
    page.tabs.setCurrentIndex(1)
    page.table.setFocus()
    page.table.selectRow(0)
    opened: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        opened.append(dialog.findChild(QLineEdit, "code").text())
        dialog.reject()

    when_dialog_opens(answered(look))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == ["D1"]
    move_down = page.findChild(QPushButton, "move_down")
    assert QKeySequence.mnemonic(move_down.text()).toString() == "Alt+W"
    move_down.setFocus()  # where Tab from the table lands after the buttons before it
    qtbot.keyClick(move_down, Qt.Key.Key_Space)
    assert [a.code for a in context.action_plan.actions()] == ["D2", "D1"]
