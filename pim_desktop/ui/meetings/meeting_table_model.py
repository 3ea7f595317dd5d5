"""The list of meetings as a table model: date, kind, title, attendance and open tasks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from pim_desktop.domain.meeting import MEETING_TYPE_LABELS, MeetingSummary
from pim_desktop.ui.common.dates import moment_text
from pim_desktop.ui.labels import domain_text

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class MeetingTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meetings: list[MeetingSummary] = []

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        self.beginResetModel()
        self._meetings = list(meetings)
        self.endResetModel()

    def meeting(self, row: int) -> MeetingSummary:
        return self._meetings[row]

    def row_of(self, meeting_id: int) -> int | None:
        return next((n for n, m in enumerate(self._meetings) if m.id == meeting_id), None)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Data"),
            self.tr("Rodzaj"),
            self.tr("Tytuł"),
            self.tr("Obecni"),
            self.tr("Otwarte zadania"),
        ]
        return titles[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self._meetings[index.row()]
        column = index.column()
        if role == MEETING_ID_ROLE:
            return meeting.id
        if role == SORT_ROLE:
            sort_keys: list[Any] = [
                meeting.starts_at.timestamp(),
                domain_text(MEETING_TYPE_LABELS[meeting.meeting_type]),
                meeting.title.casefold(),
                meeting.attended,
                meeting.open_tasks,
            ]
            return sort_keys[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts(meeting)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return meeting.title
        return None

    def _texts(self, meeting: MeetingSummary) -> list[str]:
        attendance = f"{meeting.attended} / {meeting.invited}" if meeting.recorded else self.tr("—")
        return [
            moment_text(meeting.starts_at),
            domain_text(MEETING_TYPE_LABELS[meeting.meeting_type]),
            meeting.title,
            attendance,
            str(meeting.open_tasks) if meeting.open_tasks else "",
        ]
