"""The member table with its search box and filters; Enter asks to open a member, Delete to
remove one."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.partnership import (
    ROLE_LABELS,
    SECTOR_LABELS,
    Member,
    MemberRole,
    MemberSummary,
    Sector,
)
from pim_desktop.ui.common.delete_key import DeleteKeyFilter
from pim_desktop.ui.common.flow_layout import flow_row
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.partnership.member_table_model import (
    MEMBER_ID_ROLE,
    MemberColumn,
    MemberFilterProxy,
    MemberTableModel,
)

# Starting widths of the columns after the name, in average characters of the current font.
COLUMN_CHARS = {0: 36, 1: 22, 2: 24, 3: 14, 4: 11, 5: 15, 6: 8, 7: 7, 8: 13}


class MemberRegister(QWidget):
    open_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MemberTableModel(self)
        self.proxy = MemberFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_filters())
        self.table = self._build_table()
        layout.addWidget(self.table, 1)

    def _build_filters(self) -> QWidget:
        """Search and filters in a row that wraps on a narrow window (150 % on a laptop)."""
        self.search = QLineEdit()
        self.search.setObjectName("member_search")
        self.search.setPlaceholderText(self.tr("nazwa, osoba, e-mail…"))
        self.search.setAccessibleName(self.tr("Szukaj członków"))
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Wyczyść wyszukiwanie"))
        self.search.textChanged.connect(self._on_search_changed)
        search_label = QLabel(self.tr("&Szukaj:"))
        search_label.setBuddy(self.search)
        self.sector_filter = self._filter_combo(
            "sector_filter",
            self.tr("Filtr sektora"),
            self.tr("wszystkie sektory"),
            [(s.value, domain_text(SECTOR_LABELS[s])) for s in Sector],
        )
        self.role_filter = self._filter_combo(
            "role_filter",
            self.tr("Filtr roli"),
            self.tr("wszystkie role"),
            [(r.value, domain_text(ROLE_LABELS[r])) for r in MemberRole],
        )
        self.show_left = QCheckBox(self.tr("pokaż &byłych członków"))
        self.show_left.setObjectName("show_left")
        self.show_left.setChecked(True)
        self.show_left.toggled.connect(self.proxy.set_show_left)
        self.visible_count = QLabel()
        self.visible_count.setObjectName("visible_count")
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 28)
        searching = QWidget()
        pair = QHBoxLayout(searching)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(search_label)
        pair.addWidget(self.search)
        return flow_row(
            [searching, self.sector_filter, self.role_filter, self.show_left, self.visible_count]
        )

    def _filter_combo(
        self, name: str, accessible: str, everything: str, items: list[tuple[str, str]]
    ) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._on_filters_changed)
        return combo

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("member_table")
        table.setAccessibleName(self.tr("Rejestr członków Lokalnego Partnerstwa"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(MemberColumn.NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in COLUMN_CHARS.items():
            table.setColumnWidth(column, char * chars)
        # Enter and a double click both "activate" a row in Qt's item views.
        table.activated.connect(self.open_requested)
        for change in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            change.connect(self._show_visible_count)
        DeleteKeyFilter(table, self.remove_requested.emit)
        return table

    # --- contents and selection ------------------------------------------------------------

    def set_members(self, summaries: list[MemberSummary], today: dt.date) -> None:
        selected = self.selected_member_id()
        self.model.set_members(summaries, today)
        if selected is not None:
            self.select_member(selected)
        self._show_visible_count()

    def show_member(self, member: Member, today: dt.date) -> None:
        """Show ``member`` as the officer has it now (a save kept on this computer while the
        team database is away), in its row or in a new one, and select it."""
        summaries = self.model.summaries()
        at = next((i for i, s in enumerate(summaries) if s.member.id == member.id), None)
        if at is None:
            summaries.append(MemberSummary(member))
        else:
            summaries[at] = replace(summaries[at], member=member)
        self.set_members(summaries, today)
        self.select_member(member.id or 0)

    def drop_member(self, member_id: int, today: dt.date) -> None:
        """Take a row off the register (a new member deleted before the server had it)."""
        kept = [s for s in self.model.summaries() if s.member.id != member_id]
        self.set_members(kept, today)

    def _show_visible_count(self) -> None:
        self.visible_count.setText(
            self.tr("widocznych: {shown} z {total}").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def selected_member_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(rows[0].data(MEMBER_ID_ROLE))

    def selected_member(self) -> Member | None:
        member_id = self.selected_member_id()
        row = None if member_id is None else self.model.row_of(member_id)
        return None if row is None else self.model.summary(row).member

    def select_member(self, member_id: int) -> bool:
        row = self.model.row_of(member_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def visible_names(self) -> list[str]:
        """The names in the order the table shows them (for tests and for reading aloud)."""
        return [
            str(self.proxy.index(row, MemberColumn.NAME).data())
            for row in range(self.proxy.rowCount())
        ]

    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    def _on_filters_changed(self) -> None:
        sector, role = self.sector_filter.currentData(), self.role_filter.currentData()
        self.proxy.set_sector(Sector(sector) if sector else None)
        self.proxy.set_role(MemberRole(role) if role else None)
