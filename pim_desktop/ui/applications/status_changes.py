"""Notices when an application's status moved since the list was last shown, and says it in
words naming the old and the new status (a final PDF quietly makes a draft ready, too)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from pim_desktop.domain.application import STATUS_LABELS, ApplicationStatus
from pim_desktop.services.application_service import ApplicationSummary
from pim_desktop.ui.labels import domain_text


class StatusChanges(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seen: dict[int, ApplicationStatus] = {}

    def since_last_look(self, rows: Sequence[ApplicationSummary]) -> str:
        """One sentence per application whose status moved; empty when none did."""
        moved = [
            self.tr("Wniosek nr {id}: stan zmienił się z „{old}” na „{new}”.").format(
                id=row.id,
                old=domain_text(STATUS_LABELS[self._seen[row.id]]),
                new=domain_text(STATUS_LABELS[row.application.status]),
            )
            for row in rows
            if row.id in self._seen and self._seen[row.id] is not row.application.status
        ]
        self._seen = {row.id: row.application.status for row in rows}
        return " ".join(moved)
