"""Records that an application was sent: the date, the channel and the confirmation received.

For ePUAP the confirmation is the UPP (Urzędowe Poświadczenie Przedłożenia); the full proof, with
the sent document and its checks, is imported through "Dowód złożenia…".
"""

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
from pim_desktop.ui.labels import domain_text


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
            self.channel.addItem(domain_text(CHANNEL_LABELS[channel]), channel.value)
        receipt_row = QHBoxLayout()
        self.receipt_label = QLabel(self.tr("nie dodano"))
        self.receipt_label.setObjectName("receipt")
        self.receipt_button = QPushButton()
        self.receipt_button.setObjectName("add_receipt")
        self.receipt_button.clicked.connect(self._on_receipt_clicked)
        receipt_row.addWidget(self.receipt_label, 1)
        receipt_row.addWidget(self.receipt_button)
        form.addRow(self.tr("Data wysłania:"), self.sent_on)
        form.addRow(self.tr("Kanał:"), self.channel)
        self.receipt_caption = QLabel()
        form.addRow(self.receipt_caption, receipt_row)
        layout.addLayout(form)
        self.epuap_hint = QLabel(
            self.tr(
                "Aby program sprawdził, że ministerstwo otrzymało właśnie podpisany plik, wczytaj "
                "UPP razem z wysłanym dokumentem przyciskiem „Dowód złożenia…”."
            ),
            wordWrap=True,
        )
        layout.addWidget(self.epuap_hint)
        self.channel.currentIndexChanged.connect(self._on_channel_changed)
        self._on_channel_changed()
        buttons, _ok = accept_cancel_buttons(self)
        layout.addWidget(buttons)

    def _on_channel_changed(self) -> None:
        channel = SubmissionChannel(self.channel.currentData())
        if channel is SubmissionChannel.EPUAP:
            caption, button = self.tr("UPP:"), self.tr("Dodaj &UPP…")
            name = self.tr("Dodaj Urzędowe Poświadczenie Przedłożenia (UPP)")
        elif channel is SubmissionChannel.EDORECZENIA:
            caption, button = self.tr("Dowód wysłania:"), self.tr("Dodaj &dowód wysłania…")
            name = self.tr("Dodaj dowód wysłania z e-Doręczeń")
        else:
            caption, button = self.tr("Potwierdzenie nadania:"), self.tr("Dodaj &potwierdzenie…")
            name = self.tr("Dodaj skan potwierdzenia nadania lub złożenia")
        self.receipt_caption.setText(caption)
        self.receipt_button.setText(button)
        self.receipt_button.setAccessibleName(name)
        self.epuap_hint.setVisible(channel is SubmissionChannel.EPUAP)

    def _on_receipt_clicked(self) -> None:
        source = ask_open_file(
            self,
            self.tr("Wybierz potwierdzenie wysłania"),
            self.tr("Potwierdzenia (*.xml *.pdf);;Wszystkie pliki (*)"),
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
