"""The one rows table model and the tables built on it, tested without a view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from partnership_data import organisation, resident
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pim_desktop.context import AppContext
from pim_desktop.domain.application import FieldChange
from pim_desktop.domain.meeting import MeetingSummary, MeetingType
from pim_desktop.domain.partnership import MemberSummary
from pim_desktop.services.application_service import ApplicationHistory
from pim_desktop.services.backup_service import Backup
from pim_desktop.ui.applications.application_table_model import ApplicationTableModel
from pim_desktop.ui.applications.history_table_model import (
    SINCE_EXPORT_MARK,
    SINCE_EXPORT_ROLE,
    HistoryTableModel,
)
from pim_desktop.ui.common.record_table import RecordTableModel
from pim_desktop.ui.common.rows_table_model import (
    RIGHT,
    ROW_ID_ROLE,
    SORT_ROLE,
    RowsTableModel,
    TableColumn,
)
from pim_desktop.ui.meetings.meeting_table_model import MEETING_ID_ROLE, MeetingTableModel
from pim_desktop.ui.partnership.member_table_model import MemberColumn, MemberTableModel
from pim_desktop.ui.safety.backup_table_model import BackupTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
HORIZONTAL = Qt.Orientation.Horizontal


@dataclass(frozen=True)
class City:
    id: int
    name: str
    people: int


def city_model() -> RowsTableModel[City]:
    return RowsTableModel(
        [
            TableColumn("Miasto", lambda c: c.name, accessible=lambda c: f"miasto {c.name}"),
            TableColumn(
                "Mieszkańcy",
                lambda c: f"{c.people:,}".replace(",", "\u00a0"),
                sort_key=lambda c: c.people,
                alignment=RIGHT,
                tooltip=lambda c: f"{c.name}: {c.people}",
            ),
        ],
        row_id=lambda c: c.id,
    )


def cell(model: object, row: int, column: int, role: int = DISPLAY) -> object:
    assert isinstance(model, (RowsTableModel, QSortFilterProxyModel))
    return model.index(row, column).data(role)


def test_plain_objects_show_through_their_column_definitions(qtbot: QtBot) -> None:
    model = city_model()
    assert (model.rowCount(), model.columnCount()) == (0, 2)
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([City(7, "Łódź", 655_279), City(3, "Zgierz", 54_000)])
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    assert [model.headerData(n, HORIZONTAL) for n in range(2)] == ["Miasto", "Mieszkańcy"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert cell(model, 0, 0) == "Łódź"
    assert cell(model, 0, 0, ACCESSIBLE) == "miasto Łódź"
    assert cell(model, 0, 1, ACCESSIBLE) == "655\u00a0279"  # the text, when none is given
    assert cell(model, 0, 1, SORT_ROLE) == 655_279
    assert cell(model, 0, 0, SORT_ROLE) == "Łódź"  # the text, when no key is given
    assert cell(model, 1, 1, TOOLTIP) == "Zgierz: 54000"
    assert cell(model, 1, 0, TOOLTIP) is None
    assert cell(model, 1, 1, ALIGNMENT) == int(RIGHT)
    assert cell(model, 1, 0, ALIGNMENT) is None
    assert cell(model, 1, 0, ROW_ID_ROLE) == 3
    assert model.data(QModelIndex()) is None
    assert model.row(1) == City(3, "Zgierz", 54_000)
    assert model.find_row(lambda c: c.id == 7) == 0
    assert model.find_row(lambda c: c.id == 99) is None


def test_a_proxy_sorts_by_the_sort_key_not_the_text(qapp: QApplication) -> None:
    model = city_model()
    model.set_rows(
        [City(1, "Łódź", 655_279), City(2, "Zgierz", 54_000), City(3, "Ozorków", 19_000)]
    )
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    # As text "655 279" < "54 000"; as numbers the smallest city comes first.
    assert [cell(proxy, n, 0) for n in range(3)] == ["Ozorków", "Zgierz", "Łódź"]


def test_backups_show_size_to_the_right_and_the_whole_path_as_a_tip(qapp: QApplication) -> None:
    model = BackupTableModel()
    path = Path("kopie zapasowe") / "pim-desktop-2026-05-04.sqlite3"
    model.set_rows([Backup(path, dt.datetime(2026, 5, 4, 9, 30, 5), 4_823_449)])
    assert [model.headerData(n, HORIZONTAL) for n in range(3)] == [
        "Data utworzenia",
        "Rozmiar",
        "Plik",
    ]
    assert [cell(model, 0, n) for n in range(3)] == [
        "04.05.2026 09:30:05",
        "4,6\u00a0MB",
        "pim-desktop-2026-05-04.sqlite3",
    ]
    assert cell(model, 0, 1, ALIGNMENT) == int(RIGHT)
    assert cell(model, 0, 2, TOOLTIP) == str(path)
    assert model.backup(0).size == 4_823_449


def test_meetings_carry_their_id_and_sort_by_time_not_text(qapp: QApplication) -> None:
    model = MeetingTableModel()
    start = dt.datetime(2026, 3, 11, 17, 0).astimezone()
    workshop = MeetingSummary(41, MeetingType.WORKSHOP, "Warsztat", start, invited=8, recorded=8)
    later = replace(workshop, id=42, title="Ćwiczenia", starts_at=start + dt.timedelta(days=1))
    model.set_meetings([workshop, replace(later, attended=5, open_tasks=2)])
    assert model.columnCount() == 5
    assert cell(model, 0, 3) == "0 / 8"
    assert cell(model, 1, 4) == "2" and cell(model, 0, 4) == ""
    assert cell(model, 1, 0, MEETING_ID_ROLE) == 42
    assert cell(model, 0, 0, SORT_ROLE) < cell(model, 1, 0, SORT_ROLE)  # type: ignore[operator]
    assert cell(model, 1, 2, SORT_ROLE) == "ćwiczenia"
    assert cell(model, 1, 2, TOOLTIP) == "Ćwiczenia"
    assert model.row_of(42) == 1 and model.row_of(7) is None
    model.set_meetings([replace(workshop, recorded=0)])
    assert cell(model, 0, 3) == "—"  # no list recorded yet


def test_history_marks_changes_since_the_export_and_tells_values_in_full(
    qapp: QApplication, context: AppContext
) -> None:
    definition = context.applications.catalog.latest("pim2021")
    exported = dt.datetime(2026, 4, 1, 12, 0, tzinfo=dt.UTC)
    long_text = "Rewitalizacja dworca w Łodzi. " * 10
    before = FieldChange(exported - dt.timedelta(days=1), "motivation", None, "Krótko.")
    after = FieldChange(
        exported + dt.timedelta(days=1), "motivation", "Krótko.", long_text, "Anna Nowak"
    )
    model = HistoryTableModel(definition)
    model.set_history(ApplicationHistory([before, after], exported))
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert model.change(0) == after  # newest first
    assert cell(model, 0, 0) == SINCE_EXPORT_MARK and cell(model, 1, 0) == ""
    assert cell(model, 0, 0, SINCE_EXPORT_ROLE) is True
    assert cell(model, 1, 0, SINCE_EXPORT_ROLE) is False
    font = cell(model, 0, 2, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert cell(model, 1, 2, Qt.ItemDataRole.FontRole) is None
    shown = str(cell(model, 0, 4))
    assert shown.endswith("…") and len(shown) <= 80
    assert cell(model, 0, 4, TOOLTIP) == long_text
    assert cell(model, 0, 4, ACCESSIBLE) == long_text
    assert cell(model, 0, 3) == "Krótko."
    assert "Było: Krótko." in model.details(0)
    # Who made each change; one without a known author says so with a dash.
    assert (cell(model, 0, 5), cell(model, 1, 5)) == ("Anna Nowak", "—")
    assert "Kto: Anna Nowak" in model.details(0)


def test_record_tables_keep_each_row_id(qapp: QApplication) -> None:
    model = RecordTableModel(["Miasto", "Województwo"])
    model.set_records([(5, ["Łódź", "łódzkie"]), (9, ("Kielce", "świętokrzyskie"))])
    assert [model.headerData(n, HORIZONTAL) for n in range(2)] == ["Miasto", "Województwo"]
    assert cell(model, 1, 1) == "świętokrzyskie" == cell(model, 1, 1, TOOLTIP)
    assert [model.record_id(n) for n in range(2)] == [5, 9]


def test_members_show_their_cached_texts_in_the_sorted_order(qapp: QApplication) -> None:
    members = [
        MemberSummary(resident("Zofia Łagoda"), recorded_invitations=4, attended=3),
        MemberSummary(organisation("Stowarzyszenie „Zielone Łąki”", "Łucja Żółkiewska")),
        MemberSummary(resident("Adam Ślusarczyk")),
    ]
    model = MemberTableModel()
    assert model.columnCount() == len(MemberColumn)
    model.set_members(members, dt.date(2026, 5, 4))
    assert model.headerData(MemberColumn.NAME, HORIZONTAL) == "Członek"
    assert cell(model, 0, MemberColumn.ATTENDANCE) == "75% (3/4)"
    assert cell(model, 1, MemberColumn.PERSON) == "Łucja Żółkiewska"
    assert cell(model, 0, MemberColumn.IMPORTANCE, ALIGNMENT) == int(Qt.AlignmentFlag.AlignCenter)
    assert cell(model, 0, MemberColumn.NAME, ALIGNMENT) is None
    assert "Obecność na spotkaniach" in str(cell(model, 0, MemberColumn.ATTENDANCE, TOOLTIP))
    model.sort(MemberColumn.NAME)
    names = [cell(model, n, MemberColumn.NAME) for n in range(3)]
    assert names == [model.row(n).member.display_name for n in range(3)]
    assert names[0] == "Adam Ślusarczyk"


def test_applications_list_their_deadline_in_days_left(
    qapp: QApplication, context: AppContext
) -> None:
    context.sample_data.create()
    summaries = context.applications.summaries()
    model = ApplicationTableModel(today=dt.date(2020, 1, 1))
    model.set_rows(summaries)
    assert model.columnCount() == 8 and model.rowCount() == len(summaries)
    assert model.headerData(7, HORIZONTAL) == "Termin"
    assert cell(model, 0, 3, SORT_ROLE) == summaries[0].application.version_number
    assert cell(model, 0, 6) == f"{round(summaries[0].completeness * 100)} %"
    assert summaries[0].definition.call.deadline is not None
    assert "zostało dni" in str(cell(model, 0, 7))
    assert model.summary(1) is summaries[1]
