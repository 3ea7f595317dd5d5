"""The Leader's officer adds an activity of the network with its money, sees the warnings, settles
it with documents, prints the report, and enters a city's self-assessment."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot
from qt_dialogs import pick_file, when_dialog_opens
from qt_steps import answered, choose, open_page, retype
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.domain.capacity import AssessmentRound, CapacityArea
from pim_desktop.domain.city import Voivodeship
from pim_desktop.domain.network import CityRole, NetworkCity
from pim_desktop.domain.network_activity import ActivityStatus, DocumentKind
from pim_desktop.ui.common.rows_editor import RowsEditor
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.network.network_page import NetworkPage

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="no poppler-utils")


@pytest.fixture
def cities(context: AppContext) -> None:
    for name, voivodeship, role in (
        ("Gmina Miasto Przykładowo", Voivodeship.MAZOWIECKIE, CityRole.LEADER),
        ("Miasto Ślęża", Voivodeship.SLASKIE, CityRole.PARTNER),
    ):
        context.network.save_city(NetworkCity(name, voivodeship, role))


@pytest.fixture
def page(qtbot: QtBot, cities: None, window: MainWindow) -> NetworkPage:
    found = open_page(qtbot, window, "Sieć")
    assert isinstance(found, NetworkPage)
    return found


def open_tab(qtbot: QtBot, page: NetworkPage, title: str) -> QWidget:
    bar = page.tabs.tabBar()
    index = [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())].index(title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    return page.tabs.currentWidget()


def fill_activity(qtbot: QtBot, dialog: QWidget) -> None:
    choose(qtbot, dialog.findChild(QComboBox, "activity_kind"), "wizyta studyjna")
    send_text(dialog.findChild(QLineEdit, "activity_title"), "Wizyta studyjna w Ślęży")
    retype(qtbot, dialog.findChild(QLineEdit, "activity_starts"), "14.05.2026")
    choose(qtbot, dialog.findChild(QComboBox, "activity_host"), "Miasto Ślęża")
    choose(qtbot, dialog.findChild(QComboBox, "activity_status"), "odbyło się")
    people = dialog.findChild(RowsEditor, "activity_participants")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    send_text(people.editor(0, "people"), "4")
    costs = dialog.findChild(RowsEditor, "activity_costs")
    qtbot.mouseClick(costs.add_button, Qt.MouseButton.LeftButton)
    choose(qtbot, costs.editor(0, "category"), "podróże")
    send_text(costs.editor(0, "planned"), "1 000,00")
    send_text(costs.editor(0, "spent"), "1 200,50")
    qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)


def attach(qtbot: QtBot, tab: QWidget, kind: str, file: Path) -> None:
    choose(qtbot, tab.findChild(QComboBox, "document_kind"), kind)
    when_dialog_opens(answered(pick_file(file)))
    qtbot.mouseClick(tab.findChild(QPushButton, "add_document"), Qt.MouseButton.LeftButton)


@needs_poppler
def test_add_an_activity_settle_it_and_print_the_report(
    qtbot: QtBot, page: NetworkPage, context: AppContext, tmp_path: Path
) -> None:
    tab = open_tab(qtbot, page, "Działania i wydatki")
    when_dialog_opens(answered(lambda dialog: fill_activity(qtbot, dialog)))
    qtbot.mouseClick(tab.findChild(QPushButton, "add_activity"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.activities.table.model().rowCount() == 1)
    warnings = tab.findChild(QLabel, "activity_warnings").text()
    assert "Wydano więcej, niż zaplanowano: 1 200,50 zł wobec 1 000,00 zł" in warnings.replace(
        "\u00a0", " "
    )
    assert "Brak dokumentu rozliczającego: faktura" in warnings
    assert "Brak dokumentu rozliczającego: lista obecności" in warnings
    [stored] = context.network_activities.activities()
    assert stored.status is ActivityStatus.DONE and stored.planned == 100_000
    assert stored.participants[0].people == 4

    page.activities.table.select_id(stored.id or 0)
    invoice = tmp_path / "faktura ż.pdf"
    invoice.write_bytes(b"%PDF-1.7 faktura")
    attendance = tmp_path / "lista obecności.pdf"
    attendance.write_bytes(b"%PDF-1.7 lista")
    attach(qtbot, tab, "faktura", invoice)
    qtbot.waitUntil(lambda: len(context.network_activities.activities()[0].documents) == 1)
    attach(qtbot, tab, "lista obecności", attendance)
    qtbot.waitUntil(lambda: len(context.network_activities.activities()[0].documents) == 2)
    warnings = tab.findChild(QLabel, "activity_warnings").text()
    assert "Brak dokumentu" not in warnings and "Wydano więcej" in warnings
    kinds = [d.kind for d in context.network_activities.activities()[0].documents]
    assert kinds == [DocumentKind.INVOICE, DocumentKind.ATTENDANCE_LIST]

    def settle(dialog: QWidget) -> None:
        choose(qtbot, dialog.findChild(QComboBox, "activity_status"), "rozliczone")
        qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)

    page.activities.table.select_id(stored.id or 0)
    when_dialog_opens(answered(settle))
    qtbot.mouseClick(tab.findChild(QPushButton, "edit_activity"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: context.network_activities.activities()[0].status is ActivityStatus.SETTLED
    )
    assert len(context.network_activities.activities()[0].documents) == 2

    report = tmp_path / "Sprawozdanie sieci.pdf"
    when_dialog_opens(answered(pick_file(report)))
    qtbot.mouseClick(tab.findChild(QPushButton, "network_report_pdf"), Qt.MouseButton.LeftButton)
    text = subprocess.run(
        ["pdftotext", str(report), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Wizyta studyjna w Ślęży" in text and "rozliczone" in text
    assert "faktura ż.pdf" in text


def test_enter_a_self_assessment_and_see_the_spread(
    qtbot: QtBot, page: NetworkPage, context: AppContext
) -> None:
    tab = open_tab(qtbot, page, "Potencjał miast")
    for city, scores in (("Gmina Miasto Przykładowo", "45"), ("Miasto Ślęża", "21")):
        choose(qtbot, tab.findChild(QComboBox, "capacity_city"), city)
        choose(qtbot, tab.findChild(QComboBox, "capacity_round"), "na początku")
        for area, score in zip(("local_partnership", "use_of_data"), scores, strict=True):
            retype(qtbot, tab.findChild(QSpinBox, f"score_{area}"), score)
        send_text(tab.findChild(QLineEdit, "comment_use_of_data"), f"dane: {city}")
        qtbot.mouseClick(tab.findChild(QPushButton, "save_assessment"), Qt.MouseButton.LeftButton)
    overview = context.capacity.overview()
    [ours, theirs] = sorted(overview.assessments, key=lambda a: a.city_id)
    assert ours.round is AssessmentRound.START
    assert ours.score(CapacityArea.USE_OF_DATA) == 5 and theirs.score(CapacityArea.USE_OF_DATA) == 1
    assert theirs.scores[CapacityArea.USE_OF_DATA].comment == "dane: Miasto Ślęża"
    assert ours.score(CapacityArea.PARTICIPATION) is None
    spread = page.capacity.spread.model()
    assert spread.index(4, 1).data() == "1–5 (4)" and spread.index(0, 1).data() == "2–4 (2)"
    assert spread.index(1, 1).data() == "—"
    [(label, scores)] = page.capacity.chart.series()
    assert label == "na początku" and list(scores) == [2, None, None, None, 1]
