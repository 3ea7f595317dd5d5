"""The applications list as a table model: edition, role, network, version, status, progress."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from pim_desktop.domain.application import STATUS_LABELS
from pim_desktop.domain.forms.definition import Role
from pim_desktop.services.application_service import ApplicationSummary
from pim_desktop.ui.common.dates import day_text, moment_text
from pim_desktop.ui.common.rows_table_model import SORT_ROLE, RowsTableModel, TableColumn
from pim_desktop.ui.labels import domain_text

__all__ = ["SORT_ROLE", "ApplicationTableModel"]
Column = TableColumn[ApplicationSummary]


class ApplicationTableModel(RowsTableModel[ApplicationSummary]):
    def __init__(self, today: dt.date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._today = today
        self.set_columns(self._columns_of_list())

    def _columns_of_list(self) -> list[Column]:
        return [
            Column(self.tr("Nabór"), _edition),
            Column(self.tr("Rola"), _role),
            Column(self.tr("Sieć"), lambda s: s.network_name),
            Column(
                self.tr("Wersja"),
                lambda s: str(s.application.version_number),
                sort_key=lambda s: s.application.version_number,
            ),
            Column(self.tr("Stan"), lambda s: domain_text(STATUS_LABELS[s.application.status])),
            Column(self.tr("Ostatnia zmiana"), _updated, sort_key=_updated_key),
            Column(
                self.tr("Kompletność"),
                lambda s: f"{round(s.completeness * 100)} %",
                sort_key=lambda s: s.completeness,
            ),
            Column(self.tr("Termin"), self._deadline_text, sort_key=_deadline_key),
        ]

    def summary(self, row: int) -> ApplicationSummary:
        return self.row(row)

    def _deadline_text(self, summary: ApplicationSummary) -> str:
        deadline = summary.definition.call.deadline
        if deadline is None:
            return "—"
        days = summary.days_left(self._today or dt.date.today())
        shown = day_text(deadline)
        if days is None:
            return shown
        if days < 0:
            return self.tr("{date} (po terminie)").format(date=shown)
        return self.tr("{date} (zostało dni: {days})").format(date=shown, days=days)


def _edition(summary: ApplicationSummary) -> str:
    edition = summary.definition.edition
    return f"{edition.name} ({edition.years})"


def _role(summary: ApplicationSummary) -> str:
    return summary.definition.role_label(Role(summary.application.role))


def _updated(summary: ApplicationSummary) -> str:
    updated = summary.application.updated_at
    return moment_text(updated) if updated else ""


def _updated_key(summary: ApplicationSummary) -> float:
    updated = summary.application.updated_at
    return updated.timestamp() if updated else 0.0


def _deadline_key(summary: ApplicationSummary) -> int:
    deadline = summary.definition.call.deadline
    return deadline.toordinal() if deadline else 0
