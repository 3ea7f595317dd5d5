"""Takes a backup every hour of editing: only when something was saved since the last one.

The start and exit backups are taken by ``app.py``; this timer covers a long working day. The
copy is made through the window's one task runner, so it never stalls typing nor overlaps a PDF.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from pim_desktop.domain.problems import Refused
from pim_desktop.services.backup_service import BackupOutcome, BackupService
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.task_runner import TaskRunner

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000


class BackupScheduler(QObject):
    failed = Signal(str)

    def __init__(
        self,
        backups: BackupService,
        events: AppEvents,
        parent: QObject | None = None,
        *,
        runner: TaskRunner,
        interval_ms: int = HOUR_MS,
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._runner = runner
        self._events = events
        self._edited = False
        for saved in (
            events.application_saved,
            events.city_profile_saved,
            events.members_changed,
            events.meetings_changed,
            events.action_plan_changed,
            events.network_changed,
        ):
            saved.connect(self._on_data_saved)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.back_up_if_edited)
        self.timer.start()

    def _on_data_saved(self) -> None:
        self._edited = True

    def back_up_if_edited(self) -> None:
        """Back up when something was saved since the last run (``backups_changed`` tells)."""
        if not self._edited:
            return
        self._edited = False
        self._runner.run(
            lambda: self._backups.create(only_if_changed=True),
            self._on_backup_done,
            description=self.tr("Kopia zapasowa"),
            on_error=self._on_backup_failed,
        )

    def _on_backup_done(self, outcome: BackupOutcome) -> None:
        if outcome.created:
            self._events.backups_changed.emit()

    def _on_backup_failed(self, error: BaseException) -> bool:
        if not isinstance(error, Refused):
            return False
        log.error("Hourly backup failed: %s", error)
        self._edited = True  # the next hour tries again
        self.failed.emit(error.text())
        return True
