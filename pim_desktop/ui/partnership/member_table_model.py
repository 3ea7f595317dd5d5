"""The member register as a table model, and the proxy that filters it.

Thousands of members must sort and filter without a pause, and every call from Qt's C++ into a
Python ``data()`` or ``lessThan()`` costs microseconds. So the model turns each member into its
display text once (through its column definitions), sorts by itself with orders worked out once
per column with Qt's Polish collator (Ł after L, Ś after S), and hands the proxy a ready list of
which members match the filters; the proxy asks one list lookup per row and never sorts.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from pim_desktop.domain.collation import fold_for_search
from pim_desktop.domain.partnership import (
    ROLE_LABELS,
    SECTOR_LABELS,
    MemberKind,
    MemberRole,
    MemberSummary,
    Sector,
)
from pim_desktop.ui.common.dates import day_text
from pim_desktop.ui.common.rows_table_model import CENTRE, RowsTableModel, TableColumn
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.translations import polish_locale

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class MemberColumn(IntEnum):
    NAME = 0
    PERSON = 1
    SECTOR = 2
    ROLE = 3
    JOINED = 4
    STATUS = 5
    IMPORTANCE = 6
    INFLUENCE = 7
    ATTENDANCE = 8


NUMERIC_COLUMNS = frozenset({MemberColumn.IMPORTANCE, MemberColumn.INFLUENCE})


class MemberTableModel(RowsTableModel[MemberSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.set_columns(_Labels(dt.date.today()).columns(self.column_titles()))
        # Indexed by member (the order of the list given); rows map to members through _order.
        self._members: list[MemberSummary] = []
        self._texts: list[tuple[str, ...]] = []
        self._search: list[str] = []
        self._active: list[bool] = []
        self._order: list[int] = []
        self._sorted: dict[int, list[int]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.generation = 0  # grows with every new list, so the proxy knows its matches are old
        self._collator = QCollator(polish_locale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)

    def set_members(self, members: list[MemberSummary], today: dt.date) -> None:
        self.beginResetModel()
        # The columns know today's date and their words, translated once for the whole list.
        self._columns = _Labels(today).columns(self.column_titles())
        self._members = self._rows = list(members)
        self._texts = [tuple(c.text(summary) for c in self._columns) for summary in self._members]
        self._search = [fold_for_search(_search_text(summary)) for summary in self._members]
        self._active = [summary.member.is_active(today) for summary in self._members]
        self._sorted = {}
        self._order = self._ordered(*self._sort) if self._sort else list(range(len(members)))
        self.generation += 1
        self.endResetModel()

    # --- the model interface ---------------------------------------------------------------

    def column_titles(self) -> list[str]:
        return [
            self.tr("Członek"),
            self.tr("Przedstawiciel"),
            self.tr("Sektor"),
            self.tr("Rola"),
            self.tr("Członek od"),
            self.tr("Stan"),
            self.tr("Ważność"),
            self.tr("Wpływ"),
            self.tr("Obecność"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The texts made once per fill, through the sorted order: this runs for every cell
        painted, so it reads a list instead of calling the columns again."""
        if not index.isValid():
            return None
        member, column = self._order[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[member][column]
        if role == MEMBER_ID_ROLE:
            return self._members[member].member.id
        if role == Qt.ItemDataRole.ToolTipRole and column == MemberColumn.NAME:
            return self._texts[member][column]
        return super().cell(self._members[member], self._columns[column], role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows; selections and other persistent indexes follow their members."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        followed = [self._order[index.row()] for index in old]
        self._order = self._ordered(column, order)
        row_of = {member: row for row, member in enumerate(self._order)}
        self.changePersistentIndexList(
            old, [self.index(row_of[m], i.column()) for m, i in zip(followed, old, strict=True)]
        )
        self.layoutChanged.emit()

    def _ordered(self, column: int, order: Qt.SortOrder) -> list[int]:
        ascending = self._sorted.get(column)
        if ascending is None:
            ascending = sorted(range(len(self._members)), key=self._sort_keys(column).__getitem__)
            self._sorted[column] = ascending
        if order == Qt.SortOrder.DescendingOrder:
            return ascending[::-1]
        return list(ascending)

    def _sort_keys(self, column: int) -> list[Any]:
        if column in NUMERIC_COLUMNS:
            return [int(texts[column]) for texts in self._texts]
        if column == MemberColumn.ATTENDANCE:
            return [-1.0 if (r := s.attendance_rate) is None else r for s in self._members]
        if column == MemberColumn.JOINED:
            # By the date itself: the shown "dd.mm.yyyy" does not sort.
            return [s.member.joined_on or dt.date.max for s in self._members]
        # Qt's collation keys compare in C++; building them is the whole cost.
        return [self._collator.sortKey(texts[column]) for texts in self._texts]

    # --- for the page and the proxy ----------------------------------------------------------

    def row(self, number: int) -> MemberSummary:
        return self._members[self._order[number]]

    def summary(self, row: int) -> MemberSummary:
        return self.row(row)

    def summaries(self) -> list[MemberSummary]:
        """The members in the order they were given."""
        return list(self._members)

    def member_index(self, row: int) -> int:
        return self._order[row]

    def row_of(self, member_id: int) -> int | None:
        for row, member in enumerate(self._order):
            if self._members[member].member.id == member_id:
                return row
        return None

    def matches(
        self, needle: str, sector: Sector | None, role: MemberRole | None, show_left: bool
    ) -> list[bool]:
        """For each member (in the order given, not the rows'), whether the filters let it show."""
        return [
            (show_left or active)
            and (sector is None or summary.member.sector is sector)
            and (role is None or summary.member.role is role)
            and (not needle or needle in text)
            for summary, active, text in zip(self._members, self._active, self._search, strict=True)
        ]


class _Labels:
    """The words of one table fill, translated once rather than once per row."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.sectors = {sector: domain_text(label) for sector, label in SECTOR_LABELS.items()}
        self.roles = {role: domain_text(label) for role, label in ROLE_LABELS.items()}
        self.active = QCoreApplication.translate("MemberTableModel", "aktywny")
        self.left = QCoreApplication.translate("MemberTableModel", "wystąpił {date}")

        self.attendance_note = QCoreApplication.translate(
            "MemberTableModel", "Obecność na spotkaniach z odnotowaną listą (obecny lub zastępstwo)"
        )

    def columns(self, titles: list[str]) -> list[TableColumn[MemberSummary]]:
        name, person, sector, role, joined, status, importance, influence, attendance = titles
        return [
            TableColumn(name, lambda s: s.member.display_name),
            TableColumn(person, _person),
            TableColumn(sector, lambda s: self.sectors[s.member.sector]),
            TableColumn(role, lambda s: self.roles[s.member.role]),
            TableColumn(joined, lambda s: _date(s.member.joined_on)),
            TableColumn(status, self._status),
            TableColumn(importance, lambda s: str(s.member.importance), alignment=CENTRE),
            TableColumn(influence, lambda s: str(s.member.influence), alignment=CENTRE),
            TableColumn(attendance, _attendance, tooltip=lambda _s: self.attendance_note),
        ]

    def _status(self, summary: MemberSummary) -> str:
        member = summary.member
        if member.is_active(self.today):
            return self.active
        return self.left.format(date=_date(member.left_on))


def _person(summary: MemberSummary) -> str:
    member = summary.member
    return member.representative.name if member.kind is MemberKind.ORGANISATION else ""


def _attendance(summary: MemberSummary) -> str:
    rate = summary.attendance_rate
    if rate is None:
        return "—"
    return f"{round(rate * 100)}% ({summary.attended}/{summary.recorded_invitations})"


class MemberFilterProxy(QSortFilterProxyModel):
    """Search as you type (no case, no diacritics), by sector and role, with or without leavers.

    Sorting is handed to the member model, which does it without calling back into Python for
    every comparison.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._sector: Sector | None = None
        self._role: MemberRole | None = None
        self._show_left = True
        self._matches: list[bool] = []
        self._generation = -1

    def set_search(self, text: str) -> None:
        self._change(needle=fold_for_search(text.strip()))

    def set_sector(self, sector: Sector | None) -> None:
        self._change(sector=sector)

    def set_role(self, role: MemberRole | None) -> None:
        self._change(role=role)

    def set_show_left(self, show: bool) -> None:
        self._change(show_left=show)

    def _change(self, **values: Any) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, f"_{name}", value)
        self._generation = -1
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _model(self) -> MemberTableModel:
        model = self.sourceModel()
        assert isinstance(model, MemberTableModel)
        return model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self._model()
        if self._generation != model.generation:
            self._matches = model.matches(self._needle, self._sector, self._role, self._show_left)
            self._generation = model.generation
        return self._matches[model.member_index(source_row)]


def _search_text(summary: MemberSummary) -> str:
    member = summary.member
    return " ".join(
        (
            member.organisation_name,
            member.representative.name,
            member.substitute.name,
            member.representative.email,
            member.substitute.email,
            member.address,
        )
    )


def _date(value: dt.date | None) -> str:
    return day_text(value) if value else ""
