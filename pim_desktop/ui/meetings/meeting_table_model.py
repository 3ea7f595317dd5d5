"""The list of meetings as a table model: date, kind, title, attendance and open tasks."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject

from pim_desktop.domain.meeting import MEETING_TYPE_LABELS, Meeting, MeetingSummary
from pim_desktop.ui.common.dates import moment_text
from pim_desktop.ui.common.rows_table_model import (
    ROW_ID_ROLE,
    SORT_ROLE,
    RowsTableModel,
    TableColumn,
)
from pim_desktop.ui.labels import domain_text

MEETING_ID_ROLE = ROW_ID_ROLE
__all__ = ["MEETING_ID_ROLE", "SORT_ROLE", "MeetingTableModel"]
Column = TableColumn[MeetingSummary]


class MeetingTableModel(RowsTableModel[MeetingSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent, row_id=lambda meeting: meeting.id)
        self.set_columns(
            [
                Column(
                    self.tr("Data"),
                    lambda m: moment_text(m.starts_at),
                    sort_key=lambda m: m.starts_at.timestamp(),
                ),
                Column(
                    self.tr("Rodzaj"), lambda m: domain_text(MEETING_TYPE_LABELS[m.meeting_type])
                ),
                Column(
                    self.tr("Tytuł"),
                    lambda m: m.title,
                    sort_key=lambda m: m.title.casefold(),
                    tooltip=lambda m: m.title,
                ),
                Column(self.tr("Obecni"), self._attendance, sort_key=lambda m: m.attended),
                Column(
                    self.tr("Otwarte zadania"),
                    lambda m: str(m.open_tasks) if m.open_tasks else "",
                    sort_key=lambda m: m.open_tasks,
                ),
            ]
        )

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        self.set_rows(meetings)

    def meeting(self, row: int) -> MeetingSummary:
        return self.row(row)

    def show_kept(self, meeting: Meeting) -> None:
        """Show ``meeting`` as the officer has it now (kept on this computer while the team
        database is away), in its row or in a new one."""
        rows = self.rows()
        at = self.row_of(meeting.id)
        details = meeting.details
        shown = MeetingSummary(meeting.id, details.meeting_type, details.title, details.starts_at)
        if at is not None:
            shown = rows.pop(at)
        rows.insert(
            len(rows) if at is None else at,
            replace(
                shown,
                meeting_type=details.meeting_type,
                title=details.title,
                starts_at=details.starts_at,
                place=details.place,
                invited=len(meeting.invitations),
            ),
        )
        self.set_rows(rows)

    def row_of(self, meeting_id: int) -> int | None:
        return self.find_row(lambda meeting: meeting.id == meeting_id)

    def _attendance(self, meeting: MeetingSummary) -> str:
        return f"{meeting.attended} / {meeting.invited}" if meeting.recorded else self.tr("—")
