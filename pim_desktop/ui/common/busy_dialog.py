"""The busy indicator of a step the officer waits for, which also keeps every click and key away
from the program while the step runs.

It is shown, application-modal, the moment the step starts: Qt's own modality then drops the
mouse and keyboard input of every other window, shortcuts and mnemonics included, before it
reaches a widget, so a second import cannot start under the first. It stays transparent and
leaves the focus where it was until the step has taken ``BUSY_AFTER_MS``, so a quick step shows
nothing. (A Python event filter on the whole application did the same and crashed PySide: it
makes PySide wrap every object that receives any event, in the middle of Qt's own work.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import isValid

BUSY_AFTER_MS = 400


class BusyDialog(QProgressDialog):
    """Blocks input at once; becomes visible after ``BUSY_AFTER_MS``; closes only by ``finish``."""

    def __init__(self, description: str, parent: QWidget | None) -> None:
        super().__init__(description, "", 0, 0, parent)
        self.setObjectName("busy")
        self.setWindowTitle(description)
        self.setAccessibleName(description)
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._was_active: QWidget | None = None
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(BUSY_AFTER_MS)
        self._reveal.timeout.connect(self._on_reveal_timeout)

    def begin(self) -> None:
        """Block input now; show the indicator if the step is still running in a moment."""
        self._was_active = QApplication.activeWindow()
        self.setWindowOpacity(0.0)
        self.show()
        self._reveal.start()

    def is_on_screen(self) -> bool:
        return self.isVisible() and self.windowOpacity() > 0.0

    def finish(self) -> None:
        self._reveal.stop()
        self.hide()
        self.deleteLater()
        # Where the system gave the activation to the indicator, it goes back to the window
        # the officer was in, with the focus on the field it was on.
        was_active = self._was_active
        if (
            was_active is not None
            and isValid(was_active)
            and was_active.isVisible()
            and QApplication.activeWindow() in (None, self)
        ):
            was_active.activateWindow()

    def _on_reveal_timeout(self) -> None:
        self.setWindowOpacity(1.0)

    def reject(self) -> None:
        """Escape does not end the wait: the step cannot be stopped half-way."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
