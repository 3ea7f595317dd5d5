"""The applications list as a table model: edition, role, network, version, status, progress."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pim_desktop.domain.application import STATUS_LABELS
from pim_desktop.domain.forms.definition import Role
from pim_desktop.services.application_service import ApplicationSummary
from pim_desktop.ui.common.dates import day_text, moment_text
from pim_desktop.ui.labels import domain_text

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ApplicationTableModel(QAbstractTableModel):
    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__()
        self._rows: list[ApplicationSummary] = []
        self._today = today

    def headers(self) -> list[str]:
        return [
            self.tr("Nabór"),
            self.tr("Rola"),
            self.tr("Sieć"),
            self.tr("Wersja"),
            self.tr("Stan"),
            self.tr("Ostatnia zmiana"),
            self.tr("Kompletność"),
            self.tr("Termin"),
        ]

    def set_rows(self, rows: list[ApplicationSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> ApplicationSummary:
        return self._rows[row]

    def rows(self) -> list[ApplicationSummary]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(summary, index.column())
        if role == SORT_ROLE:
            return self._sort_key(summary, index.column())
        return None

    def _text(self, summary: ApplicationSummary, column: int) -> str:
        application, definition = summary.application, summary.definition
        if column == 0:
            return f"{definition.edition.name} ({definition.edition.years})"
        if column == 1:
            return definition.role_label(Role(application.role))
        if column == 2:
            return summary.network_name
        if column == 3:
            return str(application.version_number)
        if column == 4:
            return domain_text(STATUS_LABELS[application.status])
        if column == 5:
            moment = application.updated_at.astimezone() if application.updated_at else None
            return moment_text(moment) if moment else ""
        if column == 6:
            return f"{round(summary.completeness * 100)} %"
        return self._deadline_text(summary)

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

    def _sort_key(self, summary: ApplicationSummary, column: int) -> object:
        application = summary.application
        if column == 3:
            return application.version_number
        if column == 5:
            return application.updated_at.timestamp() if application.updated_at else 0.0
        if column == 6:
            return summary.completeness
        if column == 7:
            deadline = summary.definition.call.deadline
            return deadline.toordinal() if deadline else 0
        return self._text(summary, column)
