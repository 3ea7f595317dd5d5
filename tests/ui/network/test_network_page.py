"""The Leader's officer records the network, sees where it breaks the programme's rules, writes a
recommendation, takes in a partner's contribution after a preview, and prints the Plan Ulepszeń."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import pick_file, when_dialog_opens
from qt_steps import answered, choose, open_page, retype, tick
from qt_typing import send_text

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.city import CityProfile, Voivodeship
from pim_desktop.domain.improvement_plan import Recommendation
from pim_desktop.domain.network import CityRole, NetworkCity
from pim_desktop.paths import AppPaths
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.network.network_page import NetworkPage

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="no poppler-utils")


def add_city(qtbot: QtBot, page: NetworkPage, name: str, voivodeship: str) -> None:
    def answer(dialog: QWidget) -> None:
        send_text(dialog.findChild(QLineEdit, "city_name"), name)
        choose(qtbot, dialog.findChild(QComboBox, "city_voivodeship"), voivodeship)
        choose(qtbot, dialog.findChild(QComboBox, "letter_status"), "list podpisany")
        qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)

    when_dialog_opens(answered(answer))
    qtbot.mouseClick(page.findChild(QPushButton, "add_city"), Qt.MouseButton.LeftButton)


def test_cities_and_the_rules_of_the_programme(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    page = open_page(qtbot, window, "Sieć")
    assert isinstance(page, NetworkPage)
    retype(qtbot, page.header["name"], "Miasto kompaktowe")
    context.network.save_city(
        NetworkCity("Gmina Miasto Przykładowo", Voivodeship.MAZOWIECKIE, CityRole.LEADER)
    )
    add_city(qtbot, page, "Miasto Próbnik", "wielkopolskie")
    rules = page.findChild(QLabel, "network_rules").text()
    assert "Miast partnerskich w sieci: 1; zasady programu wymagają co najmniej 5" in rules
    assert "Województw, w których leżą miasta sieci: 2" in rules
    for name, voivodeship in (("Zmyślin", "lubelskie"), ("Wzorowo", "łódzkie"),
                              ("Modelowo", "łódzkie"), ("Testowice", "śląskie")):  # fmt: skip
        add_city(qtbot, page, name, voivodeship)
    assert page.cities.model().rowCount() == 6
    assert page.findChild(QLabel, "network_rules").text().startswith("✓ Sieć spełnia zasady")
    qtbot.waitUntil(lambda: "Zapisano" in page.save_status.text(), timeout=3000)
    assert context.network.network().name == "Miasto kompaktowe"


@pytest.fixture
def contribution_file(tmp_path: Path) -> Path:
    """A partner city's file, written by the program on the partner's own computer."""
    partner = open_database(AppPaths.under(tmp_path / "partner").ensure(), read_only=False)
    partner.city_profile.save(CityProfile(official_name="Miasto Zmyślin"))
    partner.improvement_plan.save_recommendation(
        Recommendation(title="Dane o pustostanach", barrier="Brak danych.", recommendation="GUS.")
    )
    target = tmp_path / "wkład Zmyślin.pim-wklad"
    partner.improvement_plan.export_contribution(target)
    partner.close()
    return target


@needs_poppler
def test_recommendations_contribution_and_the_plan_pdf(
    qtbot: QtBot, window: MainWindow, context: AppContext, contribution_file: Path, tmp_path: Path
) -> None:
    leader = context.network.save_city(
        NetworkCity("Gmina Miasto Przykładowo", Voivodeship.MAZOWIECKIE, CityRole.LEADER)
    )
    context.network.save_city(NetworkCity("Miasto Zmyślin", Voivodeship.LUBELSKIE))
    page = open_page(qtbot, window, "Sieć")
    assert isinstance(page, NetworkPage)
    page.refresh()
    page.tabs.setCurrentIndex(2)
    tab = page.improvement

    def write(dialog: QWidget) -> None:
        send_text(dialog.findChild(QLineEdit, "rec_title"), "Kryterium lokalizacji w centrum")
        choose(qtbot, dialog.findChild(QComboBox, "rec_type"), "finansowa")
        send_text(dialog.findChild(QLineEdit, "rec_addressee"), "Ministerstwo Funduszy")
        send_text(dialog.findChild(QPlainTextEdit, "rec_barrier"), "Kryteria nie premiują centrów.")
        send_text(dialog.findChild(QPlainTextEdit, "rec_evidence"), "Trzy miasta przegrały nabór.")
        send_text(dialog.findChild(QPlainTextEdit, "rec_text"), "Premiować obszar rewitalizacji.")
        tick(qtbot, dialog.findChild(QListWidget, "supporting_cities"), "Gmina Miasto Przykładowo")
        qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)

    when_dialog_opens(answered(write))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [written] = context.improvement_plan.recommendations()
    assert written.supporting_city_ids == (leader.id,)

    seen: list[str] = []

    def take_in(dialog: QWidget) -> None:
        seen.append(dialog.findChild(QLabel, "preview_summary").text())
        qtbot.mouseClick(dialog.findChild(QPushButton, "take_in"), Qt.MouseButton.LeftButton)

    when_dialog_opens(answered(take_in))
    assert tab.import_contribution_from(contribution_file)
    assert "Miasto: Miasto Zmyślin" in seen[0]
    assert tab.table.model().rowCount() == 2

    pdf = tmp_path / "Plan Ulepszeń.pdf"

    when_dialog_opens(answered(pick_file(pdf)))
    qtbot.mouseClick(tab.findChild(QPushButton, "improvement_pdf"), Qt.MouseButton.LeftButton)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "PLAN ULEPSZEŃ" in text
    assert "R1. Kryterium lokalizacji w centrum" in text
    assert "R2. Dane o pustostanach" in text
    assert "Premiować obszar rewitalizacji." in text


def test_a_broken_contribution_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = open_page(qtbot, window, "Sieć")
    assert isinstance(page, NetworkPage)
    broken = tmp_path / "zły.pim-wklad"
    broken.write_bytes(b"nie zip")
    messages: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        messages.append(dialog.text())
        dialog.accept()

    when_dialog_opens(answered(read))
    assert not page.improvement.import_contribution_from(broken)
    assert messages and "To nie jest plik wkładu miasta" in messages[0]


WindowFactory = Callable[[AppContext], MainWindow]
