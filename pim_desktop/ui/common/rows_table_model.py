"""The one table model of the program: a list of plain objects shown through column definitions
(header, text, sort key, alignment, accessible text, tooltip), sorted and filtered by a proxy.

A feature's table is a list of ``TableColumn``s, or a thin subclass where a table needs more
(a font for marked rows, an order kept by itself for thousands of rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a proxy sorts by: the column's sort key
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the id of the object in the row, for the page
_ROOT = QModelIndex()
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class TableColumn(Generic[T]):
    """One column: its header and how a row's object shows in it.

    ``sort_key`` defaults to the text; ``accessible`` (what a screen reader says) to the text;
    a ``tooltip`` shows only where one is given.
    """

    header: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    alignment: Qt.AlignmentFlag | None = None
    accessible: Callable[[T], str] | None = None
    tooltip: Callable[[T], str] | None = None


class RowsTableModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` under ``columns``; ``row_id`` gives the id the page keeps for a row."""

    def __init__(
        self,
        columns: Sequence[TableColumn[T]] = (),
        parent: QObject | None = None,
        *,
        row_id: Callable[[T], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_id = row_id
        self._rows: list[T] = []

    def set_columns(self, columns: Sequence[TableColumn[T]]) -> None:
        """Columns built after the model (a subclass translating its headers with ``tr``)."""
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> T:
        return self._rows[number]

    def rows(self) -> list[T]:
        return list(self._rows)

    def find_row(self, found: Callable[[T], bool]) -> int | None:
        """The first row whose object ``found`` accepts."""
        return next((number for number, row in enumerate(self._rows) if found(row)), None)

    def column(self, number: int) -> TableColumn[T]:
        return self._columns[number]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], self._columns[index.column()], role)

    def cell(self, row: T, column: TableColumn[T], role: int) -> Any:
        """What ``column`` shows of ``row`` in ``role``; a subclass adds roles here."""
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (column.accessible or column.text)(row)
        if role == SORT_ROLE:
            return (column.sort_key or column.text)(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return int(column.alignment)
        if role == ROW_ID_ROLE and self._row_id is not None:
            return self._row_id(row)
        return None
