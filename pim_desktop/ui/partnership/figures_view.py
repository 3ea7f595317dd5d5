"""The partnership's work in figures: meetings per quarter, attendance per member and per sector,
and the open tasks with the overdue ones said in words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.meeting import AttendanceRate, PartnershipFigures
from pim_desktop.domain.partnership import SECTOR_LABELS
from pim_desktop.ui.common.dates import day_text
from pim_desktop.ui.labels import domain_text

ROMAN_QUARTERS = ("I", "II", "III", "IV")


def quarter_text(year: int, quarter: int) -> str:
    """The quarter as officers write it: "II kw. 2025"."""
    template = QCoreApplication.translate("FiguresView", "{quarter} kw. {year}")
    return template.format(quarter=ROMAN_QUARTERS[quarter - 1], year=year)


def rate_text(rate: AttendanceRate) -> str:
    if rate.rate is None:
        return "—"
    return f"{round(rate.rate * 100)}% ({rate.attended}/{rate.recorded})"


class FiguresView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        self.overview = QLabel()
        self.overview.setObjectName("figures_overview")
        self.overview.setWordWrap(True)
        layout.addWidget(self.overview, 0, 0, 1, 3)
        self.quarters = self._table("quarters", [self.tr("Kwartał"), self.tr("Spotkania")])
        self.sectors = self._table("sector_attendance", [self.tr("Sektor"), self.tr("Obecność")])
        self.members = self._table("member_attendance", [self.tr("Członek"), self.tr("Obecność")])
        self.tasks = self._table(
            "open_tasks",
            [self.tr("Zadanie"), self.tr("Odpowiada"), self.tr("Termin"), self.tr("Stan")],
        )
        layout.addWidget(self._box(self.tr("Spotkania w kwartałach"), self.quarters), 1, 0)
        layout.addWidget(self._box(self.tr("Obecność według sektorów"), self.sectors), 1, 1)
        layout.addWidget(self._box(self.tr("Obecność członków"), self.members), 1, 2)
        layout.addWidget(self._box(self.tr("Otwarte zadania"), self.tasks), 2, 0, 1, 3)
        layout.setRowStretch(1, 3)
        layout.setRowStretch(2, 2)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 3)
        layout.setColumnStretch(2, 4)
        tasks_header = self.tasks.horizontalHeader()
        tasks_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tasks.setColumnWidth(1, self.fontMetrics().averageCharWidth() * 40)

    def _table(self, name: str, titles: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(titles))
        table.setObjectName(name)
        table.setAccessibleName(titles[0])
        table.setHorizontalHeaderLabels(titles)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _box(self, title: str, table: QTableWidget) -> QGroupBox:
        box = QGroupBox(title)
        table.setAccessibleName(title)
        QVBoxLayout(box).addWidget(table)
        return box

    def set_figures(self, figures: PartnershipFigures) -> None:
        self.overview.setText(
            self.tr(
                "Aktywnych członków: {active} (byłych: {left}). Spotkań: {meetings}. "
                "Obecność na spotkaniach: {rate}. Otwartych zadań: {open}, "
                "w tym po terminie: {overdue}."
            ).format(
                active=figures.active_members,
                left=figures.left_members,
                meetings=figures.meetings,
                rate=rate_text(figures.attendance),
                open=len(figures.open_tasks),
                overdue=figures.overdue_tasks,
            )
        )
        _fill(
            self.quarters,
            [(quarter_text(q.year, q.quarter), str(q.count)) for q in figures.per_quarter],
        )
        _fill(
            self.sectors,
            [(domain_text(SECTOR_LABELS[s]), rate_text(r)) for s, r in figures.by_sector],
        )
        _fill(self.members, [(m.name, rate_text(m.rate)) for m in figures.by_member])
        rows = [
            (
                item.task.description,
                item.owner,
                day_text(item.task.due_on) if item.task.due_on else "—",
                self.tr("PO TERMINIE") if item.overdue else self.tr("otwarte"),
            )
            for item in figures.open_tasks
        ]
        _fill(self.tasks, rows, bold_when=self.tr("PO TERMINIE"))


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]], bold_when: str = "") -> None:
    table.setRowCount(len(rows))
    for number, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if bold_when and text == bold_when:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(number, column, item)
