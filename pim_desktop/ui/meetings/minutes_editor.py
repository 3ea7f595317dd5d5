"""The minutes (protokół) and the decisions of one meeting, saved by themselves moments after
typing stops, before another meeting is shown, and when the page is left: a paragraph of minutes
is never lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

AUTOSAVE_DELAY_MS = 700
RETRY_DELAY_MS = 5000


class MinutesEditor(QWidget):
    # (minutes, decisions); the receiver stores them and answers with mark_saved / mark_failed.
    save_requested = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("minutes_status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Stan zapisu protokołu"))
        layout.addWidget(self.status)
        self.minutes = QPlainTextEdit()
        self.minutes.setObjectName("minutes")
        self.minutes.setAccessibleName(self.tr("Protokół: przebieg spotkania"))
        self.minutes.setPlaceholderText(
            self.tr("Przebieg spotkania: kto prowadził, co omówiono, jakie padły wnioski…")
        )
        self.minutes.setTabChangesFocus(True)
        self.minutes.textChanged.connect(self._on_edited)
        minutes_label = QLabel(self.tr("Przebie&g spotkania (akapity oddzielaj pustym wierszem):"))
        minutes_label.setBuddy(self.minutes)
        self.decisions = QPlainTextEdit()
        self.decisions.setObjectName("decisions")
        self.decisions.setAccessibleName(self.tr("Ustalenia, każde w osobnym wierszu"))
        self.decisions.setTabChangesFocus(True)
        self.decisions.textChanged.connect(self._on_edited)
        decisions_label = QLabel(self.tr("Usta&lenia (każde w osobnym wierszu):"))
        decisions_label.setBuddy(self.decisions)
        layout.addWidget(minutes_label)
        layout.addWidget(self.minutes, 3)
        layout.addWidget(decisions_label)
        layout.addWidget(self.decisions, 1)

    def set_content(self, minutes: str, decisions: tuple[str, ...], read_only: bool) -> None:
        """Show another meeting's minutes (the caller saves the previous ones first)."""
        self._loading = True
        try:
            self.minutes.setPlainText(minutes)
            self.decisions.setPlainText("\n".join(decisions))
        finally:
            self._loading = False
        self._dirty = False
        self.minutes.setReadOnly(read_only)
        self.decisions.setReadOnly(read_only)
        self.status.setText(
            self.tr("Tryb tylko do odczytu.")
            if read_only
            else self.tr("Protokół zapisuje się sam chwilę po wpisaniu.")
        )

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def discard_changes(self) -> None:
        """Forget the text not yet stored, so that it is never written (the data were replaced)."""
        self._timer.stop()
        self._dirty = False

    def _on_edited(self) -> None:
        if self._loading or self.minutes.isReadOnly():
            return
        self._dirty = True
        self.status.setText(self.tr("Zapisywanie…"))
        self._timer.start()

    def save_now(self) -> bool:
        """Store the text now; ``False`` while it could not be written (it stays on screen)."""
        self._timer.stop()
        if not self._dirty:
            return True
        decisions = [line.strip() for line in self.decisions.toPlainText().splitlines()]
        self.save_requested.emit(self.minutes.toPlainText(), [d for d in decisions if d])
        return not self._dirty

    def mark_saved(self) -> None:
        self._dirty = False
        time = dt.datetime.now().strftime("%H:%M:%S")
        self.status.setText("✓ " + self.tr("Protokół zapisany o {time}.").format(time=time))

    def mark_failed(self, reason: str) -> None:
        """Keep the text and try again later (the disk may have room by then)."""
        self.status.setText("⚠ " + reason)
        self._timer.start(RETRY_DELAY_MS)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)
