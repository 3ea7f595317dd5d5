"""Edits a short list of records as rows of fields (funding sources, indicators, risks,
objectives): every field a real widget in the tab order, with its own accessible name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.ui.common.money_edit import MoneyEdit
from pim_desktop.ui.labels import domain_text

Values = dict[str, str]
E = TypeVar("E", bound=StrEnum)


def enum_choices(labels: Mapping[E, str]) -> tuple[tuple[str, str], ...]:
    """(value, translated label) pairs for a combo box, from a domain label table."""
    return tuple((key.value, domain_text(text)) for key, text in labels.items())


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = "text"  # text | choice | money | year | hidden (kept, not shown: an id)
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    stretch: int = 1


class RowsEditor(QWidget):
    changed = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        item_name: str,
        add_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._item_name = item_name
        self._rows: list[dict[str, QWidget]] = []
        self.setAccessibleName(item_name)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._grid = QGridLayout()
        outer.addLayout(self._grid)
        self._empty = QLabel(self.tr("(brak pozycji)"))
        outer.addWidget(self._empty)
        self.add_button = QPushButton(add_label)
        self.add_button.setAccessibleName(add_label.replace("&", ""))
        self.add_button.clicked.connect(self._on_add_clicked)
        outer.addWidget(self.add_button)
        outer.addStretch(1)  # rows stay together at the top however tall the editor is
        self._build_header()

    # --- values -----------------------------------------------------------------------------

    def rows(self) -> list[Values]:
        return [{key: _value(widget) for key, widget in row.items()} for row in self._rows]

    def set_rows(self, rows: Sequence[Values]) -> None:
        self._rebuild(list(rows))

    def add_row(self, values: Values | None = None) -> int:
        rows = self.rows()
        rows.append(values or {})
        self._rebuild(rows)
        self.changed.emit()
        return len(rows) - 1

    def remove_row(self, index: int) -> None:
        rows = self.rows()
        del rows[index]
        self._rebuild(rows)
        self.changed.emit()

    def _on_add_clicked(self) -> None:
        self.add_row()

    def editor(self, row: int, key: str) -> QWidget:
        return self._rows[row][key]

    def money_problems(self) -> list[tuple[int, str]]:
        """(row number from 1, reason) for every amount that is not one."""
        found = []
        for number, row in enumerate(self._rows, start=1):
            for widget in row.values():
                if isinstance(widget, MoneyEdit) and widget.problem():
                    found.append((number, widget.problem()))
        return found

    # --- building ---------------------------------------------------------------------------

    def _build_header(self) -> None:
        for column, spec in enumerate(self._columns):
            if spec.kind == "hidden":
                continue
            label = QLabel(f"<b>{spec.title}</b>")
            label.setWordWrap(True)
            self._grid.addWidget(label, 0, column)
            self._grid.setColumnStretch(column, spec.stretch)

    def _rebuild(self, rows: list[Values]) -> None:
        for row in self._rows:
            for widget in row.values():
                widget.deleteLater()
        for button in self.findChildren(QPushButton, "remove_row"):
            button.deleteLater()
        self._rows = []
        for number, values in enumerate(rows, start=1):
            widgets: dict[str, QWidget] = {}
            for column, spec in enumerate(self._columns):
                widget = self._make(spec, values.get(spec.key, ""))
                name = self.tr("{column}, {item} nr {number}").format(
                    column=spec.title, item=self._item_name, number=number
                )
                widget.setAccessibleName(name)
                self._grid.addWidget(widget, number, column)
                widgets[spec.key] = widget
            remove = QPushButton(self.tr("Usuń"))
            remove.setObjectName("remove_row")
            remove.setAccessibleName(
                self.tr("Usuń: {item} nr {number}").format(item=self._item_name, number=number)
            )
            remove.clicked.connect(lambda _=False, n=number - 1: self.remove_row(n))
            self._grid.addWidget(remove, number, len(self._columns))
            self._rows.append(widgets)
        self._empty.setVisible(not rows)

    def _make(self, spec: Column, value: str) -> QWidget:
        if spec.kind == "choice":
            combo = QComboBox()
            for data, label in spec.choices:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if spec.kind == "year":
            spin = QSpinBox()
            spin.setRange(0, 2100)
            spin.setSpecialValueText("—")
            spin.setValue(int(value) if value.isdigit() else 0)
            spin.valueChanged.connect(self.changed)
            return spin
        line = MoneyEdit() if spec.kind == "money" else QLineEdit()
        line.setText(value)
        line.setVisible(spec.kind != "hidden")
        line.textChanged.connect(self.changed)
        return line


def _value(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return str(widget.currentData() or "")
    if isinstance(widget, QSpinBox):
        return str(widget.value()) if widget.value() else ""
    assert isinstance(widget, QLineEdit)
    return widget.text()
