"""Dowód złożenia: choose the receipt (UPP) and the sent document, see them checked, keep them.

The dialog only checks (through the caller's ``check``); the caller keeps the proof. A proof
with any check "niezgodne" cannot be kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.application import CHANNEL_LABELS, SubmissionChannel
from pim_desktop.domain.submission_proof import CheckOutcome, ProofReport, ReceiptRefused
from pim_desktop.ui.applications.proof_report_view import ProofReportView
from pim_desktop.ui.common.file_dialogs import ask_open_file
from pim_desktop.ui.labels import domain_text

Check = Callable[[Path, Path], ProofReport]


class ProofDialog(QDialog):
    def __init__(self, check: Check, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self.receipt: Path | None = None
        self.sent: Path | None = None
        self.report: ProofReport | None = None
        self.setWindowTitle(self.tr("Dowód złożenia"))
        self.setAccessibleName(self.tr("Dowód złożenia"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Z folderu „Wysłane” w ePUAP pobierz Urzędowe Poświadczenie Przedłożenia (UPP) "
                    "i wysłany dokument (oba jako XML). Razem dowodzą, że ministerstwo otrzymało "
                    "właśnie podpisany plik wniosku; wydruk niczego nie dowodzi."
                ),
                wordWrap=True,
            )
        )
        form = QFormLayout()
        self.channel = QComboBox()
        self.channel.setObjectName("proof_channel")
        self.channel.setAccessibleName(self.tr("Kanał wysyłki"))
        for channel in (SubmissionChannel.EPUAP, SubmissionChannel.EDORECZENIA):
            self.channel.addItem(CHANNEL_LABELS[channel], channel.value)
        form.addRow(self.tr("Kanał:"), self.channel)
        self.receipt_label = self._file_row(
            form, self.tr("Poświadczenie (UPP):"), self.tr("Wybierz &UPP…"), "choose_receipt"
        )
        self.sent_label = self._file_row(
            form, self.tr("Wysłany dokument:"), self.tr("Wybierz wysłany &dokument…"), "choose_sent"
        )
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("proof_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.view = ProofReportView()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("&Zapisz dowód"))
        self.save_button.setObjectName("save_proof")
        self.save_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _file_row(self, form: QFormLayout, label: str, button_text: str, name: str) -> QLabel:
        row = QHBoxLayout()
        chosen = QLabel(self.tr("nie wybrano"))
        chosen.setObjectName(f"{name}_file")
        chosen.setWordWrap(True)
        button = QPushButton(button_text)
        button.setObjectName(name)
        button.setAccessibleName(button_text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda: self._on_choose_clicked(name, label))
        row.addWidget(chosen, 1)
        row.addWidget(button)
        form.addRow(label, row)
        return chosen

    def _on_choose_clicked(self, name: str, title: str) -> None:
        path = ask_open_file(
            self,
            title.rstrip(":"),
            self.tr("Dokumenty XML (*.xml);;Wszystkie pliki (*)"),
            purpose="receipt",
        )
        if path is None:
            return
        if name == "choose_receipt":
            self.receipt = path
            self.receipt_label.setText(path.name)
        else:
            self.sent = path
            self.sent_label.setText(path.name)
        self._run_check()

    def selected_channel(self) -> SubmissionChannel:
        return SubmissionChannel(self.channel.currentData())

    def _run_check(self) -> None:
        self.save_button.setEnabled(False)
        if self.receipt is None or self.sent is None:
            return
        try:
            self.report = self._check(self.receipt, self.sent)
        except ReceiptRefused as error:
            self.report = None
            self.view.setVisible(False)
            self.message.setText("⚠ " + domain_text(error.message).format(**error.params))
            return
        self.view.show_report(self.report)
        mismatch = any(c.outcome is CheckOutcome.MISMATCH for c in self.report.checks)
        self.message.setText(
            "⚠ " + self.tr("Tego dowodu nie można zapisać: coś w nim jest niezgodne z wnioskiem.")
            if mismatch
            else ""
        )
        self.save_button.setEnabled(not mismatch)
