"""The history of one record's changes: when, which officer, which field, from what to what."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.dates import moment_text
from pim_desktop.domain.record_fields import DELETED_FIELD, RecordChange
from pim_desktop.ui.common.record_texts import display_for, field_name
from pim_desktop.ui.common.screen_fit import fit_to_screen


class ChangeHistoryDialog(QDialog):
    """A read-only list of changes, newest first, for the keyboard and for screen readers."""

    def __init__(
        self,
        title: str,
        changes: Sequence[RecordChange],
        parent: QWidget | None = None,
        *,
        subject: Callable[[RecordChange], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("change_history")
        self.setWindowTitle(self.tr("Historia zmian: {title}").format(title=title))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        if not changes:
            empty = QLabel(self.tr("Nie zapisano jeszcze żadnych zmian."))
            empty.setObjectName("history_empty")
            layout.addWidget(empty)
        self.table = QTableWidget(len(changes), 4)
        self.table.setObjectName("history_table")
        self.table.setAccessibleName(self.tr("Zmiany, od najnowszej"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kiedy"), self.tr("Kto"), self.tr("Pole"), self.tr("Było → jest")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, change in enumerate(changes):
            field = self._field_text(change, subject)
            cells = (moment_text(change.changed_at), change.changed_by, field, self._values(change))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Zamknij"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 520)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def row_texts(self, row: int) -> list[str]:
        items = (self.table.item(row, column) for column in range(4))
        return [item.text() if item is not None else "" for item in items]

    def _field_text(
        self, change: RecordChange, subject: Callable[[RecordChange], str] | None
    ) -> str:
        if change.field_id == DELETED_FIELD:
            return self.tr("(usunięto)")
        name = field_name(change.record_kind, change.field_id.split(":", 1)[-1])
        who = subject(change) if subject is not None else change.subject
        return f"{name}: {who}" if who else name

    def _values(self, change: RecordChange) -> str:
        display: Callable[[str, Any], str] = display_for(change.record_kind)
        field = change.field_id.split(":", 1)[-1]
        return f"{display(field, change.old)} → {display(field, change.new)}"
