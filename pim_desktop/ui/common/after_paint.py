"""Runs a piece of work just after a widget has been drawn, so the work never competes with
that drawing for the processor or the GIL (the drawing runs Python: icons, layouts, hooks)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], object], wait_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._work: Callable[[], object] | None = work
        widget.installEventFilter(self)
        QTimer.singleShot(wait_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once the whole pass is drawn
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            self._widget.removeEventFilter(self)
            self.deleteLater()
            work()


def after_next_paint(widget: QWidget, work: Callable[[], object], wait_ms: int) -> None:
    """Call ``work`` once, after ``widget`` is next drawn, or after ``wait_ms`` if it is not
    drawn by then (a window minimised meanwhile)."""
    _AfterPaint(widget, work, wait_ms)
