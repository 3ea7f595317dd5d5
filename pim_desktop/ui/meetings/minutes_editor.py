"""The minutes (protokół) and the decisions of one meeting, saved by themselves moments after
typing stops, before another meeting is shown, and when the page is left: a paragraph of minutes
is never lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from pim_desktop.ui.common.autosave import Autosave, SaveState, SaveStatus, saved_time, status_text


class MinutesEditor(QWidget):
    def __init__(
        self, store: Callable[[str, list[str]], None], parent: QWidget | None = None
    ) -> None:
        """``store(minutes, decisions)`` writes the text; it raises ``StorageError`` when it
        could not."""
        super().__init__(parent)
        self._store = store
        self._read_only = True
        self.autosave = Autosave(self._store_text, self, read_only=True)
        self.autosave.status_changed.connect(self._on_autosave_status_changed)
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
        self.minutes.textChanged.connect(self.autosave.edited)
        minutes_label = QLabel(self.tr("Przebie&g spotkania (akapity oddzielaj pustym wierszem):"))
        minutes_label.setBuddy(self.minutes)
        self.decisions = QPlainTextEdit()
        self.decisions.setObjectName("decisions")
        self.decisions.setAccessibleName(self.tr("Ustalenia, każde w osobnym wierszu"))
        self.decisions.setTabChangesFocus(True)
        self.decisions.textChanged.connect(self.autosave.edited)
        decisions_label = QLabel(self.tr("Usta&lenia (każde w osobnym wierszu):"))
        decisions_label.setBuddy(self.decisions)
        layout.addWidget(minutes_label)
        layout.addWidget(self.minutes, 3)
        layout.addWidget(decisions_label)
        layout.addWidget(self.decisions, 1)

    def set_content(self, minutes: str, decisions: tuple[str, ...], read_only: bool) -> None:
        """Show another meeting's minutes (the caller saves the previous ones first)."""
        self._read_only = read_only
        self.autosave.set_read_only(read_only)
        with self.autosave.filling():
            self.minutes.setPlainText(minutes)
            self.decisions.setPlainText("\n".join(decisions))
        self.minutes.setReadOnly(read_only)
        self.decisions.setReadOnly(read_only)

    def has_unsaved_changes(self) -> bool:
        return self.autosave.has_unsaved_changes()

    def discard_changes(self) -> None:
        """Forget the text not yet stored, so that it is never written (the data were replaced)."""
        self.autosave.discard()

    def flush(self) -> bool:
        """Store the text now; ``False`` while it could not be written (it stays on screen)."""
        return self.autosave.flush()

    def _store_text(self) -> None:
        decisions = [line.strip() for line in self.decisions.toPlainText().splitlines()]
        self._store(self.minutes.toPlainText(), [d for d in decisions if d])

    def _on_autosave_status_changed(self, status: SaveStatus) -> None:
        saved = "✓ " + self.tr("Protokół zapisany o {time}.").format(time=saved_time(status))
        clean = (
            self.tr("Tryb tylko do odczytu.")
            if self._read_only
            else self.tr("Protokół zapisuje się sam chwilę po wpisaniu.")
        )
        self.status.setText(
            status_text(status, saved if status.state is SaveState.SAVED else None, clean)
        )

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
