"""The one autosave loop of every editor: an edit is stored a moment after typing pauses (and
within a second or two while typing goes on), a failed save keeps the edit and tries again less
and less often, and ``flush()`` stores at once before anything leaves the editor.

The editor gives a ``save`` callable that stores what is on screen. It raises ``StorageError``
when the store could not be written (disk full, read-only folder, database locked): the edit is
kept and retried. It raises ``SaveRefused`` when the edit can never be stored (a frozen
application): the edit is dropped and the reason shown. It raises ``SaveHeld`` when the edit
waits for the officer (a colleague's conflicting change left undecided): the edit is kept and
tried again only when the officer saves (Ctrl+S) or leaves the editor.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer, Signal

from pim_desktop.services.errors import StorageError
from pim_desktop.ui.labels import domain_text

SAVE_DELAY_MS = 500  # the pause in typing after which an edit is stored
MAX_WAIT_MS = 1500  # steady typing is still stored this long after its first unsaved key
RETRY_DELAYS_MS = (1000, 2000, 4000, 8000, 15000)  # after failed saves; the last one repeats
MAX_RETRY_DELAY_MS = RETRY_DELAYS_MS[-1]


class SaveRefused(Exception):
    """The edit can never be stored; ``reason`` says why in the officer's words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SaveHeld(Exception):
    """The edit is kept but not retried by itself; ``reason`` says why in the officer's words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SaveState(enum.Enum):
    CLEAN = "clean"  # nothing typed since the editor was filled
    UNSAVED = "unsaved"  # an edit waits for its save
    SAVED = "saved"
    FAILED = "failed"  # the edit is kept and a retry is scheduled
    REFUSED = "refused"  # the edit could not be stored and was dropped
    HELD = "held"  # the edit is kept until the officer saves again


@dataclass(frozen=True)
class SaveStatus:
    state: SaveState
    saved_at: dt.datetime | None = None
    reason: str = ""
    retry_in_ms: int = 0


class Autosave(QObject):
    """Stores an editor's edits by itself; tell it of each edit with ``edited()``."""

    status_changed = Signal(object)  # SaveStatus
    saved = Signal()

    def __init__(
        self,
        save: Callable[[], None],
        parent: QObject,
        *,
        read_only: bool = False,
        delay_ms: int = SAVE_DELAY_MS,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._read_only = read_only
        self._filling = 0
        self._delay_ms = delay_ms
        self._max_wait_ms = max_wait_ms
        self._unsaved = False
        self._failures = 0
        self._held = False
        self._paused = 0
        self._since_first_edit = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.status = SaveStatus(SaveState.CLEAN)

    def has_unsaved_changes(self) -> bool:
        return self._unsaved

    def set_read_only(self, read_only: bool) -> None:
        """A read-only editor reports no edits, and nothing is stored."""
        self._read_only = read_only

    @contextmanager
    def paused(self) -> Iterator[None]:
        """While the editor asks the officer something, nothing is stored by itself."""
        self._paused += 1
        self._timer.stop()
        try:
            yield
        finally:
            self._paused -= 1

    @contextmanager
    def filling(self) -> Iterator[None]:
        """While the editor is filled from the store its change signals are no edits; what was
        not stored before is dropped, never written later."""
        self._filling += 1
        try:
            yield
        finally:
            self._filling -= 1
        if not self._filling:
            self.discard()

    def edited(self) -> None:
        """An edit was made: store it after a pause, or at the latest after the longest wait."""
        if self._filling or self._read_only:
            return
        if not self._unsaved:
            self._unsaved = True
            self._since_first_edit.start()
        if self._failures or self._held or self._paused:
            return  # a scheduled retry, the officer's next save or the end of the pause stores it
        left = self._max_wait_ms - self._since_first_edit.elapsed()
        self._timer.start(max(0, min(self._delay_ms, left)))
        if self.status.state is not SaveState.UNSAVED:
            self._set_status(SaveStatus(SaveState.UNSAVED))

    def flush(self) -> bool:
        """Store the pending edit now; ``False`` when it could not be stored."""
        self._timer.stop()
        if not self._unsaved:
            return True
        if self._paused:
            return False
        self._held = False
        # Marked stored before the save, so that a page refreshed by the save's own events
        # does not store the same edit again from inside it.
        self._unsaved = False
        try:
            self._save()
        except StorageError as error:
            self._unsaved = True
            self._failures += 1
            delay = RETRY_DELAYS_MS[min(self._failures, len(RETRY_DELAYS_MS)) - 1]
            self._timer.start(delay)
            self._set_status(
                SaveStatus(SaveState.FAILED, reason=domain_text(error.message), retry_in_ms=delay)
            )
            return False
        except SaveRefused as refused:
            self._forget()
            self._set_status(SaveStatus(SaveState.REFUSED, reason=refused.reason))
            return False
        except SaveHeld as held:
            self._unsaved = True
            self._held = True
            self._failures = 0
            self._set_status(SaveStatus(SaveState.HELD, reason=held.reason))
            return False
        self._forget()
        self._set_status(SaveStatus(SaveState.SAVED, saved_at=dt.datetime.now()))
        self.saved.emit()
        return True

    def discard(self) -> None:
        """Forget the edit not yet stored, so that it is never written (the editor was refilled
        from the store)."""
        self._forget()
        self._set_status(SaveStatus(SaveState.CLEAN))

    def _forget(self) -> None:
        self._timer.stop()
        self._unsaved = False
        self._failures = 0
        self._held = False

    def _on_timer_timeout(self) -> None:
        self.flush()

    def _set_status(self, status: SaveStatus) -> None:
        self.status = status
        self.status_changed.emit(status)


def status_text(status: SaveStatus, saved: str | None = None, clean: str = "") -> str:
    """The words an editor shows for ``status``; ``saved`` replaces the usual "saved at"."""
    if status.state is SaveState.UNSAVED:
        return QCoreApplication.translate("Autosave", "Zapisywanie…")
    if status.state is SaveState.SAVED:
        if saved is not None:
            return saved
        return "✓ " + QCoreApplication.translate("Autosave", "Zapisano o {time}.").format(
            time=saved_time(status)
        )
    if status.state is SaveState.FAILED:
        retry = QCoreApplication.translate(
            "Autosave", "Zmiany są w oknie; ponowię zapis za {seconds} s."
        ).format(seconds=max(1, round(status.retry_in_ms / 1000)))
        return f"⚠ {status.reason} {retry}"
    if status.state in (SaveState.REFUSED, SaveState.HELD):
        return "⚠ " + status.reason
    return clean


def saved_time(status: SaveStatus) -> str:
    """When the last save happened, as the officer's clock shows it (HH:MM)."""
    return status.saved_at.strftime("%H:%M") if status.saved_at else ""
