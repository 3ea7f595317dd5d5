"""The Lokalne Partnerstwo page as an officer uses it: the dialog, the table, import, RODO."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from partnership_data import meeting_for, organisation, resident, small_partnership
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import Answer, answer_next_modal, click_message_button
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.domain.meeting import AttendanceStatus, Invitation
from pim_desktop.domain.partnership import ERASED_NAME, Member, MemberKind, PersonSlot, Sector
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.partnership.member_dialog import MemberDialog
from pim_desktop.ui.partnership.member_import_dialog import MemberImportDialog
from pim_desktop.ui.partnership.member_table_model import MemberColumn
from pim_desktop.ui.partnership.partnership_page import PartnershipPage


def open_page(qtbot: QtBot, window: MainWindow) -> PartnershipPage:
    names = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    rect = window.navigation.visualItemRect(
        window.navigation.item(names.index("Lokalne Partnerstwo"))
    )
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.partnership
    return window.partnership


def type_into(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    send_text(editor, text)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    target = combo.findText(text)
    assert target >= 0, text
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select(qtbot: QtBot, page: PartnershipPage, name: str) -> None:
    page.register.search.clear()
    names = page.register.visible_names()
    index = page.register.proxy.index(names.index(name), MemberColumn.NAME)
    page.register.table.setFocus()
    rect = page.register.table.visualRect(index)
    qtbot.mouseClick(page.register.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_member() is not None
    assert page.selected_member().display_name == name  # type: ignore[union-attr]


def test_member_is_added_through_the_dialog_and_a_bad_email_is_held_back(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    page = open_page(qtbot, window)
    checked: list[str] = []

    def fill(dialog: MemberDialog) -> None:
        type_into(qtbot, dialog.organisation_name, "Koło Gospodyń Wiejskich „Łąka”")
        choose(qtbot, dialog.sector, "organizacja pozarządowa")
        choose(qtbot, dialog.role, "członek doradczy")
        dialog.importance.setFocus()
        qtbot.keyClick(dialog.importance, Qt.Key.Key_Up)
        dialog.tabs.setCurrentIndex(1)
        type_into(qtbot, dialog.representative.name, "Bożena Źdźbło")
        type_into(qtbot, dialog.representative.email, "bozena@")
        click(qtbot, dialog.representative.publication)
        click(qtbot, dialog.save_button)
        assert dialog.isVisible(), "a wrong e-mail must keep the dialog open"
        checked.append(dialog.problems.text())
        type_into(qtbot, dialog.representative.email, "bozena@kgw.example.pl")
        click(qtbot, dialog.save_button)

    answer = answer_next_modal(MemberDialog, fill)
    click(qtbot, page.add_button)
    answer.check()

    assert "Adres e-mail „bozena@” jest niepoprawny." in checked[0]
    [summary] = context.partnership.members()
    member = summary.member
    assert member.organisation_name == "Koło Gospodyń Wiejskich „Łąka”"
    assert member.sector is Sector.NGO and member.importance == 4
    assert member.representative.name == "Bożena Źdźbło"
    assert member.representative.email == "bozena@kgw.example.pl"
    assert member.representative.consent.publication
    assert page.register.visible_names() == ["Koło Gospodyń Wiejskich „Łąka”"]
    assert page.selected_member() == member
    assert "Dodano" in page.status.text()


def test_a_resident_is_added_with_consent_and_the_dialog_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    page = open_page(qtbot, window)

    def fill(dialog: MemberDialog) -> None:
        click(qtbot, dialog.individual_kind)
        assert not dialog.organisation_name.isEnabled()
        dialog.tabs.setCurrentIndex(1)
        type_into(qtbot, dialog.representative.name, "Ścibor Ćwikła")
        choose(qtbot, dialog.representative.basis, "zgoda osoby (art. 6 ust. 1 lit. a RODO)")
        click(qtbot, dialog.representative.consent_on.check)
        click(qtbot, dialog.save_button)

    answer = answer_next_modal(MemberDialog, fill)
    click(qtbot, page.add_button)
    answer.check()
    [summary] = context.partnership.members()
    assert summary.member.kind is MemberKind.INDIVIDUAL
    assert summary.member.sector is Sector.RESIDENTS
    assert summary.member.representative.consent.given_on == dt.date.today()

    cancelled = answer_next_modal(MemberDialog, lambda dialog: dialog.reject())
    click(qtbot, page.add_button)
    cancelled.check()
    assert len(context.partnership.members()) == 1


def test_table_sorts_the_polish_way_and_search_ignores_diacritics(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    for name in ("Żuraw", "Lis", "Łoś", "Sowa", "Śliwa", "Zając", "Łódź Bike"):
        context.partnership.add_member(organisation(name, "Jan Nowak"))
    page = open_page(qtbot, window)
    page.refresh()
    assert page.register.visible_names() == [
        "Lis",
        "Łoś",  # o before ó
        "Łódź Bike",
        "Sowa",
        "Śliwa",
        "Zając",
        "Żuraw",
    ]
    header = page.register.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(MemberColumn.NAME) + 5, 5),
    )
    assert page.register.visible_names()[0] == "Żuraw"

    page.register.search.setFocus()
    send_text(page.register.search, "lodz")
    assert page.register.visible_names() == ["Łódź Bike"]
    assert page.register.visible_count.text() == "widocznych: 1 z 7"


def test_filters_by_sector_role_and_leavers(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    members = small_partnership(context)
    context.partnership.update_member(dataclasses.replace(members[2], left_on=dt.date(2025, 1, 1)))
    page = open_page(qtbot, window)
    page.refresh()
    choose(qtbot, page.register.sector_filter, "urząd miasta / wydział")
    assert page.register.visible_names() == ["Urząd Miasta – Wydział Rozwoju"]
    choose(qtbot, page.register.sector_filter, "wszystkie sektory")
    click(qtbot, page.register.show_left)
    assert "Gazeta Źródło" not in page.register.visible_names()
    assert len(page.register.visible_names()) == 3


def write_cp1250_list(path: Path) -> Path:
    path.write_bytes(
        (
            "Nazwa instytucji / organizacji;Sektor;Przedstawiciel: imię i nazwisko;E-mail\r\n"
            "Ośrodek Sportu i Rekreacji;jednostka lub spółka miejska;Jerzy Łęcki;"
            "osir@example.pl\r\n"
            "Zły Wiersz;nieznany sektor;Żaneta Źrebiec;zaneta@example.pl\r\n"
            "Biblioteka Miejska;jednostka lub spółka miejska;Ewa Śnieżna;\r\n"
        ).encode("cp1250")
    )
    return path


def test_windows_1250_import_shows_the_bad_row_and_writes_only_on_confirmation(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, window)
    source = write_cp1250_list(tmp_path / "lista członków (Excel).csv")
    seen: dict[str, object] = {}

    def look_and_cancel(dialog: MemberImportDialog) -> None:
        table = dialog.rejected_table
        seen["rows"] = [
            (table.item(row, 0).text(), table.item(row, 1).text())
            for row in range(table.rowCount())
        ]
        seen["summary"] = dialog.findChild(QWidget, "import_summary").text()  # type: ignore[union-attr]
        assert context.partnership.members() == [], "nothing is written before confirmation"
        click(qtbot, dialog.findChild(QAbstractButton, "cancel_import"))  # type: ignore[arg-type]

    answer = answer_next_modal(MemberImportDialog, look_and_cancel)
    assert page.import_members_from(source) == 0
    answer.check()
    assert seen["rows"] == [
        ("3", "Kolumna „Sektor”: nieznana wartość „nieznany sektor”."),
    ]
    assert "Windows-1250" in str(seen["summary"]) and "2 wierszy można dopisać" in str(
        seen["summary"]
    )
    assert context.partnership.members() == []

    confirm = answer_next_modal(MemberImportDialog, lambda dialog: click(qtbot, dialog.confirm))
    assert page.import_members_from(source) == 2
    confirm.check()
    assert sorted(page.register.visible_names()) == [
        "Biblioteka Miejska",
        "Ośrodek Sportu i Rekreacji",
    ]
    names = {s.member.representative.name for s in context.partnership.members()}
    assert names == {"Jerzy Łęcki", "Ewa Śnieżna"}
    assert "odrzuconych wierszy: 1" in page.status.text()


def attended_twice(context: AppContext) -> list[Member]:
    members = small_partnership(context)
    for title in ("Pierwsze", "Drugie"):
        meeting = meeting_for(context, members, title)
        context.meetings.record_attendance(
            meeting.id,
            [
                Invitation(members[0].id or 0, AttendanceStatus.SUBSTITUTED, "Iwona Sęk"),
                Invitation(members[3].id or 0, AttendanceStatus.PRESENT),
            ],
        )
    return members


def test_delete_key_asks_and_a_member_with_history_is_marked_as_left(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    attended_twice(context)
    page = open_page(qtbot, window)
    page.refresh()
    select(qtbot, page, "Zofia Łagoda")
    declined = answer_next_modal(
        QMessageBox, lambda box: click_message_button(box, QMessageBox.StandardButton.No)
    )
    qtbot.keyClick(page.register.table, Qt.Key.Key_Delete)
    declined.check()
    assert all(s.member.left_on is None for s in context.partnership.members())

    agreed = answer_next_modal(
        QMessageBox, lambda box: click_message_button(box, QMessageBox.StandardButton.Yes)
    )
    qtbot.keyClick(page.register.table, Qt.Key.Key_Delete)
    agreed.check()
    by_name = {s.member.display_name: s for s in context.partnership.members()}
    assert by_name["Zofia Łagoda"].member.left_on == dt.date.today()
    assert (by_name["Zofia Łagoda"].recorded_invitations, by_name["Zofia Łagoda"].attended) == (
        2,
        2,
    )
    assert "oznaczono jako byłego członka" in page.status.text()

    select(qtbot, page, "Gazeta Źródło")
    deleted = answer_next_modal(
        QMessageBox, lambda box: click_message_button(box, QMessageBox.StandardButton.Yes)
    )
    qtbot.keyClick(page.register.table, Qt.Key.Key_Delete)
    deleted.check()
    assert "Gazeta Źródło" not in page.register.visible_names()


def test_enter_opens_the_selected_member_for_editing(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    small_partnership(context)
    page = open_page(qtbot, window)
    page.refresh()
    select(qtbot, page, "Gazeta Źródło")

    def raise_influence(dialog: MemberDialog) -> None:
        assert dialog.organisation_name.text() == "Gazeta Źródło"
        spin = dialog.findChild(QSpinBox, "influence")
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        click(qtbot, dialog.save_button)

    answer = answer_next_modal(MemberDialog, raise_influence)
    qtbot.keyClick(page.register.table, Qt.Key.Key_Return)
    answer.check()
    stored = {s.member.display_name: s.member for s in context.partnership.members()}
    assert stored["Gazeta Źródło"].influence == 5
    assert page.matrix.names_in(3, 5) == ["Gazeta Źródło"]


def test_erasing_a_person_keeps_the_meeting_counts(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    attended_twice(context)
    page = open_page(qtbot, window)
    page.refresh()
    select(qtbot, page, "Stowarzyszenie „Zielone Łąki”")
    confirmations: list[Answer] = []

    def pick_substitute(box: QMessageBox) -> None:
        confirmations.append(
            answer_next_modal(
                QMessageBox,
                lambda warning: click_message_button(warning, QMessageBox.StandardButton.Yes),
            )
        )
        target = box.findChild(QAbstractButton, "person_substitute")
        assert target is not None and "Iwona Sęk" in target.text()
        target.click()

    answer = answer_next_modal(QMessageBox, pick_substitute)
    click(qtbot, page.erase_person_button)
    answer.check()
    confirmations[0].check()

    by_name = {s.member.display_name: s for s in context.partnership.members()}
    ngo = by_name["Stowarzyszenie „Zielone Łąki”"]
    assert ngo.member.substitute.name == ERASED_NAME
    assert ngo.member.representative.name == "Łucja Żółkiewska"
    assert (ngo.recorded_invitations, ngo.attended) == (2, 2)
    meeting = context.meetings.meeting(context.meetings.meetings()[0].id)
    assert meeting.invitation(ngo.member.id or 0).substitute_name == ERASED_NAME  # type: ignore[union-attr]
    assert "Usunięto dane osobowe: Iwona Sęk" in page.status.text()

    # A resident is the person: erasing leaves "Osoba usunięta" in the register, counts kept.
    select(qtbot, page, "Zofia Łagoda")
    warning = answer_next_modal(
        QMessageBox, lambda box: click_message_button(box, QMessageBox.StandardButton.Yes)
    )
    click(qtbot, page.erase_person_button)
    warning.check()
    assert ERASED_NAME in page.register.visible_names()
    erased = next(s for s in context.partnership.members() if s.member.display_name == ERASED_NAME)
    assert (erased.recorded_invitations, erased.attended) == (2, 2)
    assert erased.member.kind is MemberKind.INDIVIDUAL and erased.member.representative.erased


def test_person_export_writes_the_chosen_persons_file(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    context.partnership.add_member(resident("Urszula Ćmielewska"))
    page = open_page(qtbot, window)
    page.refresh()
    select(qtbot, page, "Urszula Ćmielewska")
    member = page.selected_member()
    assert member is not None
    target = tmp_path / "dane.json"
    context.partnership.export_person(member.id or 0, PersonSlot.REPRESENTATIVE, target)
    assert "Urszula Ćmielewska" in target.read_text(encoding="utf-8")


def test_charts_carry_numbers_and_export_as_png(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    small_partnership(context)
    page = open_page(qtbot, window)
    page.refresh()
    rows = dict(page.sector_chart.rows())
    assert rows["organizacja pozarządowa"] == 1 and rows["media"] == 1 and rows["szkoła"] == 0
    assert "organizacja pozarządowa: 1" in page.sector_chart.accessibleDescription()
    assert page.matrix.names_in(3, 3) == [
        "Stowarzyszenie „Zielone Łąki”",
        "Urząd Miasta – Wydział Rozwoju",
        "Gazeta Źródło",
        "Zofia Łagoda",
    ]
    for chart, name in ((page.sector_chart, "sektory.png"), (page.matrix, "macierz ż.png")):
        target = tmp_path / name
        assert chart.export_png(target)
        image = QImage(str(target))
        assert not image.isNull() and image.width() > 600 and image.height() > 300


def test_every_control_in_the_dialogs_has_an_accessible_name(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from pim_desktop.ui.meetings.meeting_dialog import MeetingDialog
    from pim_desktop.ui.meetings.task_dialog import TaskDialog

    members = small_partnership(context)
    preview = context.partnership.preview_csv(write_cp1250_list(tmp_path / "a.csv"))
    dialogs: list[QWidget] = [
        MemberDialog(members[0]),
        MeetingDialog(members),
        TaskDialog(members),
        MemberImportDialog(preview),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        unnamed = [
            f"{type(w).__name__} {w.objectName()}"
            for w in dialog.findChildren(QWidget)
            if isinstance(w, QLineEdit | QComboBox | QSpinBox | QAbstractButton | QCheckBox)
            and not w.accessibleName()
            and not (isinstance(w, QAbstractButton) and w.text())
            and not w.objectName().startswith("qt_")
        ]
        assert unnamed == [], type(dialog).__name__
