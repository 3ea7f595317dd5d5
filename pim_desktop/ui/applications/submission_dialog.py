"""Records that an application was sent: the date, the channel and the official receipt (UPO)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.application import CHANNEL_LABELS, Submission, SubmissionChannel
from pim_desktop.ui.common.dialog_buttons import accept_cancel_buttons
from pim_desktop.ui.common.file_dialogs import ask_open_file


class SubmissionDialog(QDialog):
    def __init__(
        self, store_file: Callable[[Path], dict[str, object]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store_file = store_file
        self._receipt: dict[str, object] | None = None
        self.setWindowTitle(self.tr("Wniosek wysłany"))
        self.setAccessibleName(self.tr("Wniosek wysłany"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Po wysłaniu wniosek zostanie zamrożony. Zmiany będą możliwe tylko w nowej "
                    "wersji."
                ),
                wordWrap=True,
            )
        )
        form = QFormLayout()
        self.sent_on = QDateEdit(QDate.currentDate())
        self.sent_on.setObjectName("sent_on")
        self.sent_on.setAccessibleName(self.tr("Data wysłania"))
        self.sent_on.setDisplayFormat("dd.MM.yyyy")
        self.sent_on.setCalendarPopup(True)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.channel.setAccessibleName(self.tr("Kanał wysyłki"))
        for channel in SubmissionChannel:
            self.channel.addItem(CHANNEL_LABELS[channel], channel.value)
        receipt_row = QHBoxLayout()
        self.receipt_label = QLabel(self.tr("nie dodano"))
        self.receipt_label.setObjectName("receipt")
        self.receipt_button = QPushButton(self.tr("Dodaj &UPO…"))
        self.receipt_button.setAccessibleName(self.tr("Dodaj urzędowe poświadczenie odbioru (UPO)"))
        self.receipt_button.clicked.connect(self._on_receipt_clicked)
        receipt_row.addWidget(self.receipt_label, 1)
        receipt_row.addWidget(self.receipt_button)
        form.addRow(self.tr("Data wysłania:"), self.sent_on)
        form.addRow(self.tr("Kanał:"), self.channel)
        form.addRow(self.tr("UPO:"), receipt_row)
        layout.addLayout(form)
        buttons, _ok = accept_cancel_buttons(self)
        layout.addWidget(buttons)

    def _on_receipt_clicked(self) -> None:
        source = ask_open_file(
            self,
            self.tr("Wybierz plik UPO"),
            self.tr("UPO (*.xml *.pdf);;Wszystkie pliki (*)"),
            purpose="receipt",
        )
        if source is not None:
            self.attach_receipt(source)

    def attach_receipt(self, path: Path) -> None:
        self._receipt = self._store_file(path)
        self.receipt_label.setText(str(self._receipt.get("file_name", "")))

    def submission(self) -> Submission:
        return Submission(
            sent_on=dt.date.fromisoformat(self.sent_on.date().toString("yyyy-MM-dd")),
            channel=SubmissionChannel(self.channel.currentData()),
            receipt=self._receipt,
        )
