"""The member register as a table model, and the proxy that sorts and filters it.

The model turns each member into display text once, when the list arrives, and sorts by ranks
worked out with Qt's Polish collator (Ł after L, Ś after S), so that sorting and typing in the
search box stay instant with thousands of members.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
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
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.translations import polish_locale

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


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


class MemberTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[MemberSummary] = []
        self._texts: list[tuple[str, ...]] = []
        self._search: list[str] = []
        self._active: list[bool] = []
        self._ranks: dict[int, list[object]] = {}
        self._collator = QCollator(polish_locale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)

    def set_members(self, members: list[MemberSummary], today: dt.date) -> None:
        self.beginResetModel()
        self._members = list(members)
        self._texts = [self._row_texts(summary, today) for summary in self._members]
        self._search = [fold_for_search(" ".join(self._search_parts(s))) for s in self._members]
        self._active = [summary.member.is_active(today) for summary in self._members]
        self._ranks = {}
        self.endResetModel()

    def _row_texts(self, summary: MemberSummary, today: dt.date) -> tuple[str, ...]:
        member = summary.member
        person = member.representative.name if member.kind is MemberKind.ORGANISATION else ""
        if member.is_active(today):
            status = self.tr("aktywny")
        else:
            status = self.tr("wystąpił {date}").format(date=_date(member.left_on))
        rate = summary.attendance_rate
        attendance = (
            "—"
            if rate is None
            else f"{round(rate * 100)}% ({summary.attended}/{summary.recorded_invitations})"
        )
        return (
            member.display_name,
            person,
            domain_text(SECTOR_LABELS[member.sector]),
            domain_text(ROLE_LABELS[member.role]),
            _date(member.joined_on),
            status,
            str(member.importance),
            str(member.influence),
            attendance,
        )

    @staticmethod
    def _search_parts(summary: MemberSummary) -> list[str]:
        member = summary.member
        return [
            member.organisation_name,
            member.representative.name,
            member.substitute.name,
            member.representative.email,
            member.substitute.email,
            member.address,
        ]

    # --- the model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(MemberColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles()[section]

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
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[row][column]
        if role == SORT_ROLE:
            return self._rank(column)[row]
        if role == MEMBER_ID_ROLE:
            return self._members[row].member.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == MemberColumn.NAME:
            return self._texts[row][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == MemberColumn.ATTENDANCE:
            return self.tr("Obecność na spotkaniach z odnotowaną listą (obecny lub zastępstwo)")
        return None

    def _rank(self, column: int) -> list[object]:
        """Each row's place when the column is sorted, worked out once per list."""
        ranks = self._ranks.get(column)
        if ranks is None:
            if column in NUMERIC_COLUMNS:
                keys: list[Any] = [int(texts[column]) for texts in self._texts]
            elif column == MemberColumn.ATTENDANCE:
                keys = [-1.0 if (r := s.attendance_rate) is None else r for s in self._members]
            elif column == MemberColumn.JOINED:
                keys = [texts[column] or "9999" for texts in self._texts]
            else:
                keys = [self._collator.sortKey(texts[column]) for texts in self._texts]
            order = sorted(range(len(keys)), key=keys.__getitem__)
            ranks = [0] * len(keys)
            for place, row in enumerate(order):
                ranks[row] = place
            self._ranks[column] = ranks
        return ranks

    # --- for the page and the proxy ----------------------------------------------------------

    def summary(self, row: int) -> MemberSummary:
        return self._members[row]

    def summaries(self) -> list[MemberSummary]:
        return list(self._members)

    def row_of(self, member_id: int) -> int | None:
        for row, summary in enumerate(self._members):
            if summary.member.id == member_id:
                return row
        return None

    def search_text(self, row: int) -> str:
        return self._search[row]

    def is_active(self, row: int) -> bool:
        return self._active[row]


class MemberFilterProxy(QSortFilterProxyModel):
    """Search as you type (no case, no diacritics), by sector and role, with or without leavers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._sector: Sector | None = None
        self._role: MemberRole | None = None
        self._show_left = True
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

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
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MemberTableModel)
        if not self._show_left and not model.is_active(source_row):
            return False
        member = model.summary(source_row).member
        if self._sector is not None and member.sector is not self._sector:
            return False
        if self._role is not None and member.role is not self._role:
            return False
        return not self._needle or self._needle in model.search_text(source_row)


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""
