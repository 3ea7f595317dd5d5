"""An application's change history as a table: when, which field, what it was, what it became,
and who made the change.

Values are shown short and readable (a choice by its label, a person by name, a table by its
number of rows, a long text cut with "…"); changes made since the last export are marked.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from pim_desktop.domain.application import FieldChange
from pim_desktop.domain.forms.definition import FieldDefinition, FieldType, FormDefinition
from pim_desktop.domain.submission_proof import HISTORY_ENTRY
from pim_desktop.services.application_service import ApplicationHistory
from pim_desktop.ui.common.dates import moment_text
from pim_desktop.ui.common.rows_table_model import RowsTableModel, TableColumn

SHORT_CHARS = 80
SINCE_EXPORT_ROLE = Qt.ItemDataRole.UserRole + 3
SINCE_EXPORT_MARK = "●"


def shortened(text: str, limit: int = SHORT_CHARS) -> str:
    single = " ".join(text.split())
    return single if len(single) <= limit else single[: limit - 1].rstrip() + "…"


Row = tuple[FieldChange, bool]  # a change, and whether it came after the last export
Column = TableColumn[Row]


class HistoryTableModel(RowsTableModel[Row]):
    def __init__(self, definition: FormDefinition, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._definition = definition
        headers = [
            self.tr("Od eksportu"),
            self.tr("Kiedy"),
            self.tr("Pole"),
            self.tr("Było"),
            self.tr("Jest"),
            self.tr("Kto"),
        ]
        self.set_columns([self._column(header, n) for n, header in enumerate(headers)])

    def _column(self, header: str, number: int) -> Column:
        def short(row: Row) -> str:
            return self._cell(row, number, full=False)

        def whole(row: Row) -> str:
            return self._cell(row, number, full=True)

        return Column(header, short, accessible=whole, tooltip=whole)

    def set_history(self, history: ApplicationHistory) -> None:
        # With no export known, every change is "since" it: nothing is marked then.
        known = history.last_export is not None
        self.set_rows(
            [
                (change, known and history.since_last_export(change))
                for change in reversed(history.changes)
            ]
        )

    def change(self, row: int) -> FieldChange:
        return self.row(row)[0]

    def details(self, row: int) -> str:
        """The whole change in words: the field and both values in full."""
        change, _since_export = found = self.row(row)
        lines = [
            self.tr("Pole: {label}").format(label=self.field_label(change.field_id)),
            self.tr("Kiedy: {when}").format(when=self._cell(found, 1, full=True)),
            self.tr("Było: {value}").format(
                value=self.value_text(change.field_id, change.old_value)
            ),
            self.tr("Jest: {value}").format(
                value=self.value_text(change.field_id, change.new_value)
            ),
            self.tr("Kto: {officer}").format(officer=self._cell(found, 5, full=True)),
        ]
        return "\n".join(lines)

    def cell(self, row: Row, column: Column, role: int) -> Any:
        since_export = row[1]
        if role == SINCE_EXPORT_ROLE:
            return since_export
        if role == Qt.ItemDataRole.FontRole and since_export:
            font = QFont()
            font.setBold(True)
            return font
        return super().cell(row, column, role)

    def _cell(self, row: Row, column: int, *, full: bool) -> str:
        change, since_export = row
        if column == 0:
            if full:
                return self.tr("zmiana od ostatniego eksportu") if since_export else ""
            return SINCE_EXPORT_MARK if since_export else ""
        if column == 1:
            return moment_text(change.changed_at, seconds=True)
        if column == 2:
            return self.field_label(change.field_id)
        if column == 5:
            return change.changed_by or "—"
        value = change.old_value if column == 3 else change.new_value
        text = self.value_text(change.field_id, value)
        return text if full else shortened(text)

    def field_label(self, field_id: str) -> str:
        if field_id == HISTORY_ENTRY:
            return self.tr("Dowód złożenia")
        try:
            return self._definition.field(field_id).label
        except KeyError:
            return field_id

    def value_text(self, field_id: str, value: object) -> str:
        try:
            field: FieldDefinition | None = self._definition.field(field_id)
        except KeyError:
            field = None
        return self._value_text(field, value)

    def _value_text(self, field: FieldDefinition | None, value: object) -> str:
        if value is None or value in ("", []):
            return "—"
        if isinstance(value, bool):
            return self.tr("tak") if value else self.tr("nie")
        if field is not None and field.type in (FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE):
            items = value if isinstance(value, list) else [value]
            return ", ".join(field.choice_label(str(item)) or str(item) for item in items)
        if isinstance(value, str):
            return value
        if field is not None and field.type is FieldType.TABLE and isinstance(value, list):
            return self.tr("wiersze: {count}").format(count=len(value))
        if isinstance(value, Mapping):
            if "file_name" in value:
                return str(value["file_name"])
            return ", ".join(str(item) for item in value.values() if item)
        if isinstance(value, list) and all(
            isinstance(i, Mapping) and "file_name" in i for i in value
        ):
            return ", ".join(str(item["file_name"]) for item in value)
        return json.dumps(value, ensure_ascii=False)
