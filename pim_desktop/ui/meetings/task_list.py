"""The tasks of one meeting: what, who, by when and whether done, overdue ones said in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.meeting import Task
from pim_desktop.ui.common.buttons import named_button
from pim_desktop.ui.common.dates import day_text


class TaskList(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # the Task
    remove_requested = Signal(object)
    done_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[Task] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("task_table")
        self.table.setAccessibleName(self.tr("Zadania ze spotkania"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Zadanie"), self.tr("Odpowiada"), self.tr("Termin"), self.tr("Stan")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, self.fontMetrics().averageCharWidth() * 34)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _index: self._emit_selected(self.edit_requested))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, name, slot in (
            (self.tr("Dodaj &zadanie…"), "add_task", self.add_requested.emit),
            (
                self.tr("Edytuj zadanie…"),
                "edit_task",
                lambda: self._emit_selected(self.edit_requested),
            ),
            (
                self.tr("Oznacz jako &wykonane"),
                "task_done",
                lambda: self._emit_selected(self.done_requested),
            ),
            (
                self.tr("Usuń zadanie"),
                "remove_task",
                lambda: self._emit_selected(self.remove_requested),
            ),
        ):
            self.buttons.append(named_button(text, name, slot, layout=row))
        row.addStretch(1)
        layout.addLayout(row)

    def set_tasks(self, tasks: list[Task], owners: dict[int, str], today: dt.date) -> None:
        self._tasks = list(tasks)
        self.table.setRowCount(len(tasks))
        for number, task in enumerate(tasks):
            owner = owners.get(task.owner_member_id or 0, task.owner_name)
            if task.done_on:
                state = self.tr("wykonane {date}").format(date=day_text(task.done_on))
            elif task.is_overdue(today):
                state = self.tr("PO TERMINIE")
            else:
                state = self.tr("otwarte")
            due = day_text(task.due_on) if task.due_on else "—"
            for column, text in enumerate((task.description, owner, due, state)):
                item = QTableWidgetItem(text)
                if task.is_overdue(today) and column == 3:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(number, column, item)

    def set_editable(self, editable: bool) -> None:
        for button in self.buttons:
            button.setEnabled(editable)

    def _emit_selected(self, signal: SignalInstance) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._tasks):
            signal.emit(self._tasks[row])
