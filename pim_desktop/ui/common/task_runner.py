"""Runs slow work (a PDF export, an import, later signing and backups) off the UI thread.

The work runs in a thread pool; its result or its error comes back on the UI thread through
signals, and ``busy_changed`` lets the window show that something is under way. Failures nobody
expected all go to one place: the error dialog. ``InlineTaskRunner`` runs the same calls at once,
for code that wants no thread.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from pim_desktop.services.errors import StorageError
from pim_desktop.ui.common.busy_dialog import BusyDialog
from pim_desktop.ui.common.long_lived import LongLivedObjects
from pim_desktop.ui.error_dialog import show_error
from pim_desktop.ui.labels import domain_text

log = logging.getLogger(__name__)

Work = Callable[[], Any]
Done = Callable[[Any], None]
# Handles an error the caller expected (a refused final print); False passes it on.
ErrorHandler = Callable[[BaseException], bool]
R = TypeVar("R")


class _Relay(QObject):
    """Lives on the UI thread; the worker's signals reach its slots there, queued."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self, runner: TaskRunner, description: str, on_done: Done, on_error: ErrorHandler | None
    ) -> None:
        super().__init__()
        self._runner = runner
        self.description = description
        self._on_done = on_done
        self._on_error = on_error
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        try:
            self._on_done(result)
        finally:
            self._runner._finished(self)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        try:
            if self._on_error is None or not self._on_error(error):
                self._runner.report(self.description, error)
        finally:
            self._runner._finished(self)


class _Task(QRunnable):
    def __init__(self, work: Work, relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # every failure goes back to the UI thread, none is lost
            log.debug("Task %r failed", self._relay.description, exc_info=True)
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs one slow task at a time in its own pool (reportlab's font registry is not thread-safe,
    and the officer's exports never need to race each other)."""

    busy_changed = Signal(bool, str)
    failed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # The one worker thread lives as long as the runner: a card's PKCS#11 session must be
        # used on the thread that logged in (some vendors' libraries are not thread-safe), and
        # the officer may take minutes between typing the PIN and pressing Podpisz.
        self._pool.setExpiryTimeout(-1)
        self._pending: list[_Relay] = []
        self._long_lived = LongLivedObjects()

    def show_dialogs_over(self, window: QWidget) -> None:
        """Put the busy indicator and the error dialog over ``window``: the runner is built
        before the window that shows its work."""
        self._parent_widget = window

    def run(
        self,
        work: Work,
        on_done: Done,
        *,
        description: str,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Start ``work``; ``on_done(result)`` or the error path follow on the UI thread."""
        relay = _Relay(self, description, on_done, on_error)
        self._pending.append(relay)
        self._long_lived.settle()  # what the window loaded before stays too (at start-up)
        self.busy_changed.emit(True, description)
        self._start(work, relay)

    def _start(self, work: Work, relay: _Relay) -> None:
        self._pool.start(_Task(work, relay))

    def run_and_wait(self, work: Callable[[], R], *, description: str) -> R:
        """Run ``work`` off the UI thread and wait for it, for a step the officer must wait
        for anyway (an import): the window keeps painting, no click or key reaches the program
        from the first moment, a busy indicator appears if it takes a moment, and the result
        returns (or the error is raised) here as from a call.
        """
        outcome: dict[str, Any] = {}
        loop = QEventLoop(self)

        def done(result: object) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(error: BaseException) -> bool:
            outcome["error"] = error
            loop.quit()
            return True

        busy = BusyDialog(description, self._parent_widget)
        busy.begin()
        try:
            self.run(work, done, description=description, on_error=failed)
            if not outcome:
                loop.exec()
        finally:
            busy.finish()
        if "error" in outcome:
            raise outcome["error"]
        result: R = outcome["result"]
        return result

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running task is done (when the window closes)."""
        return self._pool.waitForDone(msecs)

    def _finished(self, relay: _Relay) -> None:
        if relay in self._pending:
            self._pending.remove(relay)
        relay.deleteLater()
        self._long_lived.settle()  # a task that loaded a library leaves its objects for good
        still = self._pending[0].description if self._pending else ""
        self.busy_changed.emit(self.is_busy(), still)  # the status bar names the task still on

    def report(self, description: str, error: BaseException) -> None:
        """The one error path: log it, tell listeners, and explain it in plain Polish."""
        details = "".join(traceback.format_exception(error))
        log.error("%s failed: %s", description, details)
        self.failed.emit(description, error)
        if isinstance(error, StorageError):
            text = domain_text(error.message)
        elif isinstance(error, OSError):
            text = self.tr("Nie udało się zapisać ani odczytać pliku: {reason}").format(
                reason=error.strerror or str(error)
            )
        else:
            text = self.tr(
                "Nie udało się wykonać zadania. Szczegóły zapisano w dzienniku programu."
            )
        show_error(self._parent_widget, description, text, details)


class InlineTaskRunner(TaskRunner):
    """The same calls, run at once on the calling thread."""

    def _start(self, work: Work, relay: _Relay) -> None:
        try:
            result = work()
        except Exception as error:  # routed like the pool's failures
            relay.failed.emit(error)
        else:
            relay.succeeded.emit(result)
