"""Fields made of parts: a person (name, position, department, phone, e-mail) and a table.

A table adds, removes and reorders rows from the keyboard and by button; choice columns offer
their list, number and date columns accept the Polish way of writing and store canonical text.
A table the form fills from a register offers to take its rows from there.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pim_desktop.domain.forms.addresses import FieldAddress
from pim_desktop.domain.forms.definition import (
    PERSON_PART_LABELS,
    PERSON_PARTS,
    FieldDefinition,
    FieldType,
)
from pim_desktop.domain.forms.register_rows import merged_rows
from pim_desktop.ui.applications.form_fields.field_widget import FieldWidget
from pim_desktop.ui.applications.form_fields.text_fields import UndoKeysToForm
from pim_desktop.ui.applications.form_fields.value_fields import canonical_number, shown_number
from pim_desktop.ui.labels import domain_text

_POLISH_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


class PersonField(FieldWidget):
    def __init__(self, field: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        form = QFormLayout()
        self.parts: dict[str, QLineEdit] = {}
        for part in PERSON_PARTS:
            label = domain_text(PERSON_PART_LABELS[part])
            editor = QLineEdit()
            editor.setObjectName(f"{field.id}.{part}")
            editor.setAccessibleName(f"{field.label}: {label}")
            editor.installEventFilter(UndoKeysToForm(editor))
            editor.textEdited.connect(lambda _text: self._report())
            form.addRow(label[:1].upper() + label[1:] + ":", editor)
            self.parts[part] = editor
        self.body.addLayout(form)

    def value(self) -> object:
        return {part: editor.text() for part, editor in self.parts.items()}

    def _show_value(self, value: object) -> None:
        stored = value if isinstance(value, dict) else {}
        for part, editor in self.parts.items():
            text = stored.get(part, "")
            if editor.text() != text:
                editor.setText(text if isinstance(text, str) else "")

    def editors(self) -> list[QWidget]:
        return list(self.parts.values())

    def focus_part(self, address: object) -> None:
        part = address.part if isinstance(address, FieldAddress) else None
        self.parts.get(part or "name", self.parts["name"]).setFocus()


def canonical_cell(column: FieldDefinition, typed: str) -> str:
    if column.type in (FieldType.NUMBER, FieldType.MONEY):
        return canonical_number(typed) if typed.strip() else ""
    if column.type is FieldType.DATE:
        match = _POLISH_DATE.match(typed.strip())
        if match:
            day, month, year = match.groups()
            return f"{year}-{int(month):02d}-{int(day):02d}"
    return typed


def shown_cell(column: FieldDefinition, value: object) -> str:
    if not isinstance(value, str):
        return ""
    if column.type in (FieldType.NUMBER, FieldType.MONEY):
        return shown_number(value)
    if column.type is FieldType.DATE and re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        year, month, day = value.split("-")
        return f"{day}.{month}.{year}"
    return value


class TableField(FieldWidget):
    rows_requested = Signal()

    def __init__(self, field: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.columns = list(field.columns)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setObjectName(field.id)
        self.table.setAccessibleName(self.accessible_label())
        self.table.setHorizontalHeaderLabels(
            [c.label + (" *" if c.required else "") for c in self.columns]
        )
        self._wrap_header()
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.table.itemChanged.connect(lambda _item: self._report())
        self.body.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("&Dodaj wiersz"), "add_row", self.add_row)
        self.remove_button = self._button(self.tr("&Usuń wiersz"), "remove_row", self.remove_row)
        self.up_button = self._button(self.tr("W &górę"), "move_up", lambda: self.move_row(-1))
        self.down_button = self._button(self.tr("W d&ół"), "move_down", lambda: self.move_row(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Shown only where the form takes rows from a register and the program has one.
        self.register_button = self._button(
            self.tr("Pobierz z &rejestru…"), "from_register", self._on_register_clicked
        )
        self.register_button.setToolTip(
            self.tr("Wybierz członków z rejestru Lokalnego Partnerstwa zamiast przepisywać")
        )
        self.register_button.setVisible(False)
        buttons.addWidget(self.register_button)
        self.body.addLayout(buttons)

    def _wrap_header(self) -> None:
        """Column titles wrap onto more lines instead of being cut at both ends."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        header.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        for index, column in enumerate(self.columns):
            item = self.table.horizontalHeaderItem(index)
            if item is not None:
                item.setToolTip(column.label)

    def _on_register_clicked(self) -> None:
        self.rows_requested.emit()

    def offer_register(self) -> None:
        """Show the button that asks for rows from the register (``rows_requested``)."""
        self.register_button.setVisible(True)

    def append_rows(self, added: list[dict[str, object]]) -> int:
        """Add ``added`` after the filled rows, up to the table's limit; how many did not fit."""
        rows, left_out = merged_rows(self.field, self._rows(), added)
        self._show_value(rows)
        self._report()
        return left_out

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{self.field.id}__{name}")
        button.setAccessibleName(f"{button.text().replace('&', '')}: {self.field.label}")
        button.clicked.connect(slot)
        return button

    # --- rows ---------------------------------------------------------------------------------

    def add_row(self, values: dict[str, object] | None = None) -> None:
        row = self.table.rowCount()
        self._updating = True
        try:
            self.table.insertRow(row)
            self._fill_row(row, values or {})
        finally:
            self._updating = False
        self.table.setCurrentCell(row, 0)
        self._report()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._report()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self._rows()
        rows[row], rows[target] = rows[target], rows[row]
        self._show_value(rows)
        self.table.setCurrentCell(target, max(self.table.currentColumn(), 0))
        self._report()

    def _fill_row(self, row: int, values: dict[str, object]) -> None:
        for column_index, column in enumerate(self.columns):
            value = values.get(column.id, "")
            if column.type is FieldType.SINGLE_CHOICE:
                combo = QComboBox()
                combo.setAccessibleName(f"{self.field.label}: {column.label}")
                combo.addItem(self.tr("— wybierz —"), None)
                for choice in column.choices:
                    combo.addItem(choice.label, choice.value)
                combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
                combo.currentIndexChanged.connect(lambda _index: self._report())
                self.table.setCellWidget(row, column_index, combo)
            else:
                self.table.setItem(row, column_index, QTableWidgetItem(shown_cell(column, value)))

    def _rows(self) -> list[dict[str, object]]:
        rows: list[dict[str, object]] = []
        for row in range(self.table.rowCount()):
            values: dict[str, object] = {}
            for column_index, column in enumerate(self.columns):
                widget = self.table.cellWidget(row, column_index)
                if isinstance(widget, QComboBox):
                    data = widget.currentData()
                    values[column.id] = "" if data is None else str(data)
                else:
                    item = self.table.item(row, column_index)
                    values[column.id] = canonical_cell(column, item.text() if item else "")
            rows.append(values)
        return rows

    # --- the field ----------------------------------------------------------------------------

    def value(self) -> object:
        return self._rows()

    def _show_value(self, value: object) -> None:
        rows = value if isinstance(value, list) else []
        if rows == self._rows():
            return
        was = self._updating
        self._updating = True
        try:
            self.table.setRowCount(0)
            for row_values in rows:
                row = self.table.rowCount()
                self.table.insertRow(row)
                self._fill_row(row, row_values if isinstance(row_values, dict) else {})
        finally:
            self._updating = was
        self.table.resizeRowsToContents()

    def editors(self) -> list[QWidget]:
        return [
            self.table,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.register_button,
        ]

    def focus_part(self, address: object) -> None:
        self.table.setFocus()
        if isinstance(address, FieldAddress) and address.row is not None:
            column = 0
            if address.part is not None:
                ids = [c.id for c in self.columns]
                column = ids.index(address.part) if address.part in ids else 0
            self.table.setCurrentCell(min(address.row, self.table.rowCount() - 1), column)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(False)
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.NoEditTriggers
            if read_only
            else QTableWidget.EditTrigger.AllEditTriggers
        )
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.register_button,
        ):
            button.setEnabled(not read_only)
        for row in range(self.table.rowCount()):
            for column in range(len(self.columns)):
                widget = self.table.cellWidget(row, column)
                if widget is not None:
                    widget.setEnabled(not read_only)
        self.table.setProperty("readOnly", read_only)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
