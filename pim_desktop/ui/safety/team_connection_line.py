"""The line above the pages while edits wait for the team database: the server cannot be
reached, the edits are kept on this computer, how many wait, and a way to hand them over as a
file. It asks in the background whether the server is back, and then writes them there.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.domain.problems import Refused, ValidationFailed
from pim_desktop.domain.record_labels import (
    ACTION,
    ATTENDANCE,
    CITY_PROFILE,
    MEETING,
    MEMBER,
    RECORD_KIND_LABELS,
)
from pim_desktop.domain.team_journal import KIND_APPLICATION
from pim_desktop.services.team_journal import UNDECIDED, ReplayOutcome, TeamJournal
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.conflict_dialog import resolve_conflict
from pim_desktop.ui.common.icons import icon
from pim_desktop.ui.common.look import mark_problem_text
from pim_desktop.ui.labels import domain_text, problems_text, refusal_text
from pim_desktop.ui.safety.connection_watch import CHECK_EVERY_MS, ConnectionWatch
from pim_desktop.ui.safety.package_transfer import PackageTransfer

ICON_SIZE = 20
ASK_AGAIN_AFTER_S = 60  # after the officer closed the conflict dialog without choosing


class TeamConnectionLine(QWidget):
    """Shown while the journal holds edits of the open team database; hidden otherwise."""

    replayed = Signal(object)  # ReplayOutcome, after waiting edits were written to the server
    reported = Signal(str)  # waiting edits the server refused for good, in the officer's words

    def __init__(
        self,
        journal: TeamJournal,
        events: AppEvents,
        transfer: PackageTransfer,
        parent: QWidget | None = None,
        *,
        interval_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_connection")
        self.setAccessibleName(self.tr("Połączenie z bazą zespołu"))
        self._journal = journal
        self._events = events
        self._transfer = transfer
        self._refused = 0
        self._waiting = 0
        self._replaying = False
        self._undecided = ""
        self._ask_again_at = 0.0
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon("problem").pixmap(ICON_SIZE, ICON_SIZE))
        self.icon_label.setAccessibleName(self.tr("Ostrzeżenie"))
        row.addWidget(self.icon_label)
        self.text = QLabel()
        self.text.setObjectName("team_connection_text")
        self.text.setWordWrap(True)
        mark_problem_text(self.text)
        row.addWidget(self.text, 1)
        self.export_button = QPushButton(self.tr("Zapisz oczeku&jące zmiany do pliku .pim…"))
        self.export_button.setObjectName("team_connection_export")
        self.export_button.setAccessibleName(self.tr("Zapisz oczekujące zmiany do pliku .pim"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        row.addWidget(self.export_button)
        self.watch = ConnectionWatch(journal.server_answers, self, interval_ms)
        self.watch.answered.connect(self._on_watch_answered)
        events.team_journal_changed.connect(self.refresh)
        self.refresh()
        if self.waiting:
            self.watch.check_now()  # at start: written at once when the server answers

    @property
    def waiting(self) -> int:
        return self._waiting

    def refresh(self) -> None:
        """Show how many edits wait (after an edit went to the journal, or a replay)."""
        self._waiting = self._journal.count()
        self.setVisible(bool(self._waiting))
        if not self._waiting:
            self.watch.stop()
            return
        self.watch.start()
        if self._undecided == UNDECIDED:
            text = (
                domain_text(UNDECIDED)
                + " "
                + self.tr("Oczekujące: {count}.").format(count=self._waiting)
            )
        elif self._refused and self._refused == self._waiting:
            text = self.tr(
                "Oczekujących zmian: {count} baza zespołu nie przyjmie (wniosek podpisano, "
                "wysłano albo usunięto). Zapisz je do pliku .pim, aby ich nie stracić."
            ).format(count=self._waiting)
        else:
            text = self.tr(
                "Brak połączenia z bazą zespołu (serwer {server}). Zmiany zapisuję na tym "
                "komputerze — oczekujące: {count}. Zapiszę je, gdy serwer wróci."
            ).format(server=self._journal.server, count=self._waiting)
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.setAccessibleDescription(text)

    def _on_watch_answered(self, answered: bool) -> None:
        if not answered or not self._waiting or self._replaying:
            return
        if time.monotonic() < self._ask_again_at:
            return  # the officer put a conflict off: asked again after a while, not at once
        # The conflict dialog waits for the officer: the watch's next answers wait too.
        self._replaying = True
        self.watch.stop()
        try:
            outcome: ReplayOutcome = self._journal.replay(self._resolve)
        finally:
            self._replaying = False
        self._refused = outcome.refused
        self._undecided = outcome.stopped_because if outcome.waiting else ""
        if self._undecided == UNDECIDED:
            self._ask_again_at = time.monotonic() + ASK_AGAIN_AFTER_S
        if outcome.written:
            self._events.application_saved.emit()
        self._tell_pages(outcome)
        self.refresh()
        if outcome.set_aside:
            self.reported.emit(self._set_aside_text(outcome))
        self.replayed.emit(outcome)

    def _set_aside_text(self, outcome: ReplayOutcome) -> str:
        reasons = []
        for entry, reason in outcome.set_aside:
            if isinstance(reason, Refused):
                why = refusal_text(reason)
            elif isinstance(reason, ValidationFailed):
                why = problems_text(reason.problems)
            else:
                why = self.tr("tego zapisu nie ma już w bazie zespołu.")
            reasons.append(f"{domain_text(RECORD_KIND_LABELS[entry.kind])}: {why}")
        return self.tr(
            "Baza zespołu nie przyjęła zmian czekających na tym komputerze ({count}): {reasons} "
            "Zostały odłożone w folderze danych (team-journal/refused) i nie będą ponawiane."
        ).format(count=len(reasons), reasons=" ".join(reasons))

    def _tell_pages(self, outcome: ReplayOutcome) -> None:
        """The pages of the records written (or refused) read the server again, once each."""
        kinds = {kind for kind, _ in outcome.records}
        kinds |= {entry.kind for entry, _ in outcome.set_aside}
        signals = {
            MEMBER: self._events.members_changed,
            MEETING: self._events.meetings_changed,
            ATTENDANCE: self._events.meetings_changed,
            ACTION: self._events.action_plan_changed,
            CITY_PROFILE: self._events.city_profile_saved,
        }
        for signal in {id(signals[k]): signals[k] for k in kinds if k in signals}.values():
            signal.emit()

    def _resolve(self, conflict: EditConflict) -> dict[str, Any] | None:
        return resolve_conflict(self.window(), conflict, conflict.labels)

    def _on_export_button_clicked(self) -> None:
        """Applications go to the file; the .pim file carries whole records of a city, not
        an edit of one member, meeting, attendance or action, so those stay in the journal and
        the officer is told so."""
        counts = self._journal.counts_by_kind()
        if counts.get(KIND_APPLICATION):
            self._transfer.export_waiting(self._journal.export)
        others = sum(count for kind, count in counts.items() if kind != KIND_APPLICATION)
        if others:
            QMessageBox.information(
                self.window(),
                self.tr("Zmiany, których plik .pim nie przenosi"),
                self.tr(
                    "Zmian członków, spotkań, obecności i działań planu (oczekujących: {count}) "
                    "nie można zapisać w pliku .pim. Zostają na tym komputerze i zostaną "
                    "zapisane w bazie zespołu, gdy serwer odpowie; nie usuwaj do tego czasu "
                    "folderu danych."
                ).format(count=others),
            )
