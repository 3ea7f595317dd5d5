"""A read-only table of records (cities, meetings, recommendations) as a model, with the id of
each row kept for the page, sortable through a proxy the Polish way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pim_desktop.ui.common.rows_table_model import RowsTableModel, TableColumn

Record = tuple[int, tuple[str, ...]]  # the record's id and its cells


class RecordTableModel(RowsTableModel[Record]):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__([_column(header, n) for n, header in enumerate(headers)], parent)

    def set_records(self, records: Sequence[tuple[int, Sequence[str]]]) -> None:
        self.set_rows([(record_id, tuple(cells)) for record_id, cells in records])

    def record_id(self, row: int) -> int:
        return self.row(row)[0]


def _column(header: str, number: int) -> TableColumn[Record]:
    def text(record: Record) -> str:
        return record[1][number]

    return TableColumn(header, text, tooltip=text)


class RecordTable(QTableView):
    """A table of records: whole rows selected, Enter or a double click opens one."""

    def __init__(
        self,
        headers: Sequence[str],
        name: str,
        *,
        stretch_column: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._stretch_column = stretch_column
        self.records = RecordTableModel(headers, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.records)
        proxy.setSortLocaleAware(True)
        self.setModel(proxy)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        # Rows follow their wrapped text whenever a column is resized (tables here are short).
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stretch_column is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)

    def set_records(self, records: Sequence[tuple[int, Sequence[str]]]) -> None:
        """Show ``records``; the chosen one stays chosen while it is among them."""
        kept = self.selected_id()
        self.records.set_records(records)
        self.resizeColumnsToContents()
        # A long list of cities must not push the other columns off the screen: wrap it instead.
        widest = self.fontMetrics().averageCharWidth() * 34
        for column in range(self.records.columnCount()):
            if column != self._stretch_column:
                self.setColumnWidth(column, min(self.columnWidth(column), widest))
        if kept is not None:
            self.select_id(kept)
        if records and not self.selectionModel().hasSelection():
            self.selectRow(0)

    def selected_id(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        proxy = self.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        return self.records.record_id(proxy.mapToSource(rows[0]).row())

    def select_id(self, record_id: int) -> None:
        proxy = self.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        for row in range(self.records.rowCount()):
            if self.records.record_id(row) == record_id:
                self.selectRow(proxy.mapFromSource(self.records.index(row, 0)).row())
