"""Asks every few seconds, on a thread of its own, whether the team database answers again.

Not on the UI thread (a server that does not answer holds a connection attempt for seconds),
and not through the window's task runner either: that one runs the officer's slow work one at a
time, and a background question must never queue behind an export or hold one up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 3000


class _Probe(QRunnable):
    def __init__(self, ask: Callable[[], bool], reply: Callable[[bool], None]) -> None:
        super().__init__()
        self._ask = ask
        self._reply = reply

    def run(self) -> None:
        try:
            answered = self._ask()
        except Exception:  # a server that answers but refuses: it is no way back either
            log.warning("Team database check failed", exc_info=True)
            answered = False
        self._reply(answered)


class ConnectionWatch(QObject):
    """While running, asks ``ask`` every ``interval_ms`` off the UI thread; ``answered`` comes
    back on the UI thread. One question at a time."""

    answered = Signal(bool)
    _probed = Signal(bool)  # emitted on the worker thread, received queued on the UI thread

    def __init__(
        self, ask: Callable[[], bool], parent: QObject, interval_ms: int = CHECK_EVERY_MS
    ) -> None:
        super().__init__(parent)
        self._ask = ask
        self._asking = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        self._probed.connect(self._on_probed)

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def check_now(self) -> None:
        if self._asking:
            return
        self._asking = True
        self._pool.start(_Probe(self._ask, self._probed.emit))

    def wait(self, msecs: int = -1) -> bool:
        """Let a question under way finish (when the window closes)."""
        self._timer.stop()
        return self._pool.waitForDone(msecs)

    def _on_probed(self, answered: bool) -> None:
        self._asking = False
        self.answered.emit(answered)
