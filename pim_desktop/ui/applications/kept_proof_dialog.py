"""Shows the proof kept with a sent application, checked again, and saves its page as a PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.submission_proof import ProofReport, SubmissionProof
from pim_desktop.ui.applications.proof_report_view import ProofReportView
from pim_desktop.ui.common.file_dialogs import ask_save_file


class KeptProofDialog(QDialog):
    def __init__(
        self,
        proof: SubmissionProof,
        report: ProofReport,
        print_page: Callable[[Path], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._print_page = print_page
        self.setWindowTitle(self.tr("Dowód złożenia"))
        self.setAccessibleName(self.tr("Dowód złożenia"))
        layout = QVBoxLayout(self)
        files = QLabel(
            self.tr("Przechowywane pliki: {receipt} i {sent}.").format(
                receipt=proof.receipt.file_name, sent=proof.sent.file_name
            )
        )
        files.setWordWrap(True)
        layout.addWidget(files)
        self.view = ProofReportView()
        self.view.show_report(report)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        layout.addWidget(scroll, 1)
        self.message = QLabel()
        self.message.setObjectName("proof_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = buttons.addButton(
            self.tr("Zapisz &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.setObjectName("save_proof_pdf")
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_pdf_clicked(self) -> None:
        target = ask_save_file(
            self,
            self.tr("Zapisz dowód złożenia"),
            self.tr("Dowód złożenia.pdf"),
            self.tr("Pliki PDF (*.pdf)"),
            purpose="pdf-export",
        )
        if target is None:
            return
        try:
            self._print_page(target)
        except OSError as error:
            self.message.setText("⚠ " + str(error))
            return
        self.message.setText("✓ " + self.tr("Zapisano {file}.").format(file=target))
