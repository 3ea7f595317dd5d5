"""The line under a record an officer edits: who saved it last and when, and the button to the
history of its changes (``change_history_dialog.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from pim_desktop.domain.record_fields import ChangeStamp, RecordChange
from pim_desktop.ui.common.change_history_dialog import ChangeHistoryDialog
from pim_desktop.ui.common.record_texts import last_change_text


class LastChangeRow(QWidget):
    """ "Ostatnia zmiana: Anna Nowak, 02.12.2026 14:05" and "Historia zmian…"."""

    def __init__(
        self,
        title: str,
        history: Callable[[], Sequence[RecordChange]],
        button_name: str,
        parent: QWidget | None = None,
    ) -> None:
        """``title`` names the record in the history's title, ``button_name`` is what a screen
        reader says for the button."""
        super().__init__(parent)
        self._title = title
        self._history = history
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.last_change = QLabel()
        self.last_change.setObjectName("last_change")
        self.history_button = QPushButton(self.tr("&Historia zmian…"))
        self.history_button.setObjectName("record_history")
        self.history_button.setAccessibleName(button_name)
        self.history_button.clicked.connect(self.show_history)
        layout.addWidget(self.last_change, 1)
        layout.addWidget(self.history_button)

    def show_stamp(self, stamp: ChangeStamp) -> None:
        self.last_change.setText(last_change_text(stamp))

    def make_history_dialog(self) -> ChangeHistoryDialog:
        return ChangeHistoryDialog(self._title, self._history(), self.window())

    def show_history(self) -> None:
        dialog = self.make_history_dialog()
        dialog.exec()
        dialog.deleteLater()
