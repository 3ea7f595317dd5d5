"""The Leader's officer adds an activity of the network with its money, sees the warnings, settles
it with documents, prints the report, and enters a city's self-assessment."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_reading import fonts, page_texts, spaced
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import answer_next_modal, click_message_button, pick_file, when_dialog_opens
from qt_steps import answered, choose, open_page, retype
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.domain.capacity import AssessmentRound, CapacityArea
from pim_desktop.domain.city import Voivodeship
from pim_desktop.domain.money import format_money
from pim_desktop.domain.network import CityRole, NetworkCity
from pim_desktop.domain.network_activity import (
    Activity,
    ActivityKind,
    ActivityStatus,
    CostCategory,
    CostLine,
    DocumentKind,
    Participation,
    PayerKind,
    SettlingDocument,
    activity_warnings,
)
from pim_desktop.paths import AppPaths
from pim_desktop.ui.common.rows_editor import RowsEditor
from pim_desktop.ui.labels import problem_text
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.network.network_page import NetworkPage
from pim_desktop.ui.translations import install_translators

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
    # The totals printed are the activity's own, to the grosz, in embedded fonts.
    read = spaced(" ".join(page_texts(report)))
    totals = f"Razem {format_money(100_000)} {format_money(120_050)}".replace("\u00a0", " ")
    assert totals in read
    assert all(embedded == "yes" for _name, embedded in fonts(report))


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


class Viewer(QObject):
    """Stands in for the system's viewer: what ``QDesktopServices.openUrl`` was asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


@pytest.fixture
def viewer() -> Iterator[Viewer]:
    found = Viewer()
    QDesktopServices.setUrlHandler("file", found, "show")
    yield found
    QDesktopServices.unsetUrlHandler("file")


def settled_activity(context: AppContext, tmp_path: Path) -> tuple[int, Path]:
    """A done study visit of the second city, with an invoice and an attendance list kept."""
    cities = context.network.network().cities
    stored = context.network_activities.save(
        Activity(
            ActivityKind.STUDY_VISIT,
            "Wizyta studyjna w Ślęży",
            dt.date(2026, 5, 14),
            host_city_id=cities[1].id,
            status=ActivityStatus.DONE,
            participants=(Participation(cities[0].id or 0, 3),),
            costs=(CostLine(CostCategory.TRAVEL, PayerKind.PROGRAMME, 100_000, 99_950),),
        )
    )
    invoice = tmp_path / "faktura – przejazd Łódź.pdf"
    invoice.write_bytes(b"%PDF-1.7 faktura za przejazd " + bytes(range(256)) * 8)
    attendance = tmp_path / "lista obecności.pdf"
    attendance.write_bytes(b"%PDF-1.7 lista obecnosci")
    service = context.network_activities
    service.add_document(stored.id or 0, DocumentKind.INVOICE, invoice)
    service.add_document(stored.id or 0, DocumentKind.ATTENDANCE_LIST, attendance)
    return stored.id or 0, invoice


def activities_tab(qtbot: QtBot, page: NetworkPage) -> QWidget:
    """The tab, showing what the fixtures stored behind the page's back."""
    tab = open_tab(qtbot, page, "Działania i wydatki")
    page.activities.refresh()
    return tab


def test_the_activity_dialog_opens_and_removes_settling_documents_from_the_keyboard(
    qtbot: QtBot, page: NetworkPage, context: AppContext, tmp_path: Path, viewer: Viewer
) -> None:
    activity_id, invoice = settled_activity(context, tmp_path)
    tab = activities_tab(qtbot, page)
    assert page.activities.table.model().rowCount() == 1
    assert "Brak dokumentu" not in tab.findChild(QLabel, "activity_warnings").text()
    page.activities.table.select_id(activity_id)
    seen: dict[str, object] = {}

    def work_with_documents(dialog: QWidget) -> None:
        listing = dialog.findChild(QListWidget, "settling_documents")
        assert listing.accessibleName() and listing.count() == 2
        assert listing.item(0).text().startswith("faktura: faktura – przejazd Łódź.pdf")
        listing.setFocus()
        listing.setCurrentRow(0)
        qtbot.keyClick(listing, Qt.Key.Key_Return)  # Enter opens the chosen document
        seen["opened"] = list(viewer.opened)
        no = answer_next_modal(
            QMessageBox, lambda box: click_message_button(box, QMessageBox.StandardButton.No)
        )
        qtbot.keyClick(listing, Qt.Key.Key_Delete)
        no.check()
        assert listing.count() == 2
        yes = answer_next_modal(
            QMessageBox,
            lambda box: (
                seen.setdefault("question", box.text())
                and click_message_button(box, QMessageBox.StandardButton.Yes)
            ),
        )
        qtbot.keyClick(listing, Qt.Key.Key_Delete)
        yes.check()
        assert listing.count() == 1 and listing.item(0).text().startswith("lista obecności")
        qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)

    when_dialog_opens(answered(work_with_documents))
    qtbot.mouseClick(tab.findChild(QPushButton, "edit_activity"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(context.network_activities.get(activity_id).documents) == 1)
    [opened] = seen["opened"]  # type: ignore[misc]
    assert opened.name == invoice.name and opened.read_bytes() == invoice.read_bytes()
    assert "Usunąć dokument „faktura – przejazd Łódź.pdf”" in str(seen["question"])
    [kept] = context.network_activities.get(activity_id).documents
    assert kept.kind is DocumentKind.ATTENDANCE_LIST
    warnings = tab.findChild(QLabel, "activity_warnings").text()
    assert "Brak dokumentu rozliczającego: faktura" in warnings


def test_a_document_whose_file_is_not_here_is_explained_not_opened(
    qtbot: QtBot, page: NetworkPage, context: AppContext, tmp_path: Path, viewer: Viewer
) -> None:
    activity_id, _invoice = settled_activity(context, tmp_path)
    stored = context.network_activities.get(activity_id)
    elsewhere = SettlingDocument(DocumentKind.REPORT, "sprawozdanie z wizyty.pdf", 10, "ab" * 32)
    context.network_activities.save(
        dataclasses.replace(stored, documents=(*stored.documents, elsewhere))
    )
    tab = activities_tab(qtbot, page)
    page.activities.table.select_id(activity_id)
    seen: list[str] = []

    def open_the_report(dialog: QWidget) -> None:
        listing = dialog.findChild(QListWidget, "settling_documents")
        listing.setCurrentRow(2)
        told = answer_next_modal(QMessageBox, lambda box: seen.append(box.text()) or box.accept())
        qtbot.mouseClick(dialog.findChild(QPushButton, "open_document"), Qt.MouseButton.LeftButton)
        told.check()
        dialog.reject()

    when_dialog_opens(answered(open_the_report))
    qtbot.mouseClick(tab.findChild(QPushButton, "edit_activity"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert "„sprawozdanie z wizyty.pdf” nie ma w folderze danych" in seen[0]
    assert viewer.opened == []
    assert len(context.network_activities.get(activity_id).documents) == 3


def test_in_english_the_missing_document_is_named_in_english(
    qapp: QApplication, context: AppContext, paths: AppPaths
) -> None:
    visit = Activity(
        ActivityKind.STUDY_VISIT, "Study visit", dt.date(2026, 5, 14), status=ActivityStatus.DONE
    )
    translators = install_translators(qapp, "en", paths.cache_dir)
    try:
        assert translators
        texts = [problem_text(p) for p in activity_warnings(visit)]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert texts == ["A settling document is missing: attendance list."]


def whole_amounts(dialog: QWidget) -> dict[str, bool]:
    """Each amount of the costs, its cursor after the last digit: is its first digit in view?"""
    costs = dialog.findChild(RowsEditor, "activity_costs")
    seen: dict[str, bool] = {}
    for row in range(len(costs.rows())):
        for key in ("planned", "spent"):
            field = costs.editor(row, key)
            assert isinstance(field, QLineEdit)
            field.setCursorPosition(len(field.text()))
            start = field.contentsRect().left() + field.textMargins().left() + 3
            first = field.cursorPositionAt(QPoint(start, field.height() // 2))
            seen[f"{key} {row + 1}: {field.text()}"] = first == 0
    return seen


def test_the_cost_columns_show_large_amounts_whole_even_in_a_larger_font(
    qtbot: QtBot, page: NetworkPage, context: AppContext, tmp_path: Path
) -> None:
    activity_id, _invoice = settled_activity(context, tmp_path)
    large = (
        CostLine(CostCategory.TRAVEL, PayerKind.PROGRAMME, 123_456_789, 123_456_789),
        CostLine(CostCategory.ACCOMMODATION, PayerKind.PROGRAMME, 99_999_999_99, 0),
    )
    stored = context.network_activities.get(activity_id)
    context.network_activities.save(dataclasses.replace(stored, costs=large))
    tab = activities_tab(qtbot, page)
    page.activities.table.select_id(activity_id)
    seen: list[dict[str, bool]] = []

    def look_at_the_costs(dialog: QWidget) -> None:
        for scale in (1.0, 1.5):
            font = QFont(QApplication.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            dialog.setFont(font)
            # As narrow as the dialog goes: the columns get no more than they ask for.
            dialog.resize(dialog.minimumSizeHint().width(), dialog.height())
            qtbot.waitUntil(lambda: dialog.width() == dialog.minimumSizeHint().width())
            QApplication.processEvents()
            seen.append(whole_amounts(dialog))
        dialog.reject()

    when_dialog_opens(answered(look_at_the_costs))
    qtbot.mouseClick(tab.findChild(QPushButton, "edit_activity"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2)
    for amounts in seen:
        assert "spent 1: 1 234 567,89" in amounts and "planned 2: 99 999 999,99" in amounts
        assert all(amounts.values()), amounts
