"""Carries colleagues' committed changes from the listener's thread to the window.

A notice arrives on the listener's own thread; a queued signal brings it to the window's thread,
where it becomes the same ``AppEvents`` signals a change made here emits, so every page that
refreshes after a local change refreshes after a colleague's too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from pim_desktop.domain import team_notices as kinds
from pim_desktop.domain.team_notices import ChangeNotice
from pim_desktop.ui.app_events import AppEvents

if TYPE_CHECKING:
    from pim_desktop.services.team_live import TeamLive


class RemoteChanges(QObject):
    # Emitted on the listener's thread; received on the window's.
    arrived = Signal(object)

    def __init__(self, live: TeamLive, events: AppEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._live = live
        self._events = events
        self.arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)
        live.listen(self.arrived.emit)

    def stop(self) -> None:
        """Stop listening (the window closes)."""
        self._live.stop()

    def _on_arrived(self, notice: ChangeNotice) -> None:
        events = self._events
        events.changed_elsewhere.emit(notice)
        signals = (
            (kinds.APPLICATIONS, events.application_saved),
            (kinds.CITY_PROFILE, events.city_profile_saved),
            (kinds.MEMBERS, events.members_changed),
            (kinds.MEETINGS, events.meetings_changed),
            (kinds.ACTION_PLAN, events.action_plan_changed),
            (kinds.PRESENCE, events.presence_changed),
        )
        for kind, signal in signals:
            if kind in notice.kinds:
                signal.emit()
        if notice.kinds & {kinds.NETWORK, kinds.NETWORK_ACTIVITIES}:
            events.network_changed.emit()


def refresh_on_changes(events: AppEvents, kind: str, refresh: Callable[[], object]) -> None:
    """Call ``refresh`` when a colleague changed records of ``kind`` (for a page whose own
    changes emit no signal it listens to)."""

    def on_changed_elsewhere(notice: ChangeNotice) -> None:
        if kind in notice.kinds:
            refresh()

    events.changed_elsewhere.connect(on_changed_elsewhere)
