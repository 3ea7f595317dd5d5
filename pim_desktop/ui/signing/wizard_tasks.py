"""The signing wizard's slow calls (cards, login, signature) through the program's task runner.

Some vendors' PKCS#11 libraries are not thread-safe, so every call of one card session (listing,
login, signature, logout) goes through the one ``TaskRunner``: it runs one task at a time on its
single worker thread, which it keeps alive, so a session is used on the thread that opened it.
The open key lives here, and is closed on that thread too. Results that come back after the
wizard has closed are dropped; a key that opens too late is closed again at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from pim_desktop.domain.signature import SignatureError
from pim_desktop.services.signing_keys import KeyHandle, SigningCancelled
from pim_desktop.ui.common.task_runner import TaskRunner

Failed = Callable[[BaseException], None]


class WizardTasks(QObject):
    busy_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._running = 0
        self._closed = False
        self.key: KeyHandle | None = None

    def is_busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Failed,
        *,
        description: str,
    ) -> None:
        """Run ``work`` on the worker; the page hears of its result or of its failure.

        A failure the officer can act on (a wrong PIN, a cancelled signature) stays on the page;
        any other also goes to the program's error dialog.
        """
        self._change(1)

        def done(result: object) -> None:
            self._change(-1)
            if self._closed:
                self._drop(result)
            else:
                on_done(result)

        def failed(error: BaseException) -> bool:
            self._change(-1)
            if not self._closed:
                on_failed(error)
            return isinstance(error, SignatureError | SigningCancelled)

        self._runner.run(work, done, description=description, on_error=failed)

    def keep_key(self, key: KeyHandle) -> None:
        """Hold the newly opened key, closing the one held before."""
        self.close_key()
        self.key = key

    def close_key(self) -> None:
        key, self.key = self.key, None
        if key is not None:
            self._close_on_worker(key)

    def close(self) -> None:
        """The wizard has closed: drop what is still coming and end the card session."""
        self._closed = True
        self.close_key()

    def _drop(self, result: object) -> None:
        if isinstance(result, KeyHandle):
            self._close_on_worker(result)

    def _close_on_worker(self, key: KeyHandle) -> None:
        self._runner.run(
            key.close, lambda _result: None, description=self.tr("Zamykanie sesji karty")
        )

    def _change(self, step: int) -> None:
        was_busy = self.is_busy()
        self._running += step
        if self.is_busy() != was_busy:
            self.busy_changed.emit(self.is_busy())
