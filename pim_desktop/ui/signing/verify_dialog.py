"""Sprawdź podpis: the verification report of a PDF, signature by signature, in plain words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.signature import (
    REVOCATION_NOT_CHECKED,
    DocumentReport,
    ExportComparison,
    Statement,
    signature_statements,
    verdict,
)
from pim_desktop.ui.common.screen_fit import fit_to_screen
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.signing.wording import info_label

MARKS = {True: "✓ ", False: "✗ ", None: ""}


def statement_text(statement: Statement) -> tuple[str, str]:
    value = domain_text(statement.value).format(**statement.params)
    return domain_text(statement.label), MARKS[statement.good] + value


class VerifyDialog(QDialog):
    def __init__(
        self,
        report: DocumentReport,
        comparison: ExportComparison | None = None,
        outcome: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sprawdzenie podpisu"))
        self.setAccessibleName(self.tr("Sprawdzenie podpisu"))
        fit_to_screen(self, 720, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(
            info_label(
                self.tr("Plik: {name} ({size} bajtów)\nSHA-256: {sha256}").format(
                    name=report.file_name, size=report.size, sha256=report.sha256
                ),
                "report_file",
            )
        )
        self.verdict = info_label(f"<b>{domain_text(verdict(report))}</b>", "report_verdict")
        layout.addWidget(self.verdict)
        if outcome:
            layout.addWidget(info_label(outcome, "report_outcome"))
        content = QWidget()
        inner = QVBoxLayout(content)
        if comparison is not None:
            label, value = statement_text(comparison.statement())
            inner.addWidget(info_label(f"{label}: {value}", "report_export"))
        total = len(report.signatures)
        for number, signature in enumerate(report.signatures, start=1):
            box = QGroupBox(self.tr("Podpis {number} z {total}").format(number=number, total=total))
            box.setObjectName(f"signature_{number}")
            form = QFormLayout(box)
            for statement in signature_statements(signature):
                label, value = statement_text(statement)
                form.addRow(label + ":", info_label(value))
            inner.addWidget(box)
        if report.signed:
            inner.addWidget(info_label(domain_text(REVOCATION_NOT_CHECKED), "report_revocation"))
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("Raport z weryfikacji"))
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def report_text(self) -> str:
        """Everything the dialog says, as one text (for tests and for copying)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))
