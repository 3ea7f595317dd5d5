"""Shows a proof of sending: what the receipt says and each check with its verdict and reason."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from pim_desktop.domain.submission_proof import CheckOutcome, ProofReport
from pim_desktop.ui.labels import domain_text

MARKS = {CheckOutcome.CONFIRMED: "✓", CheckOutcome.MISMATCH: "✗", CheckOutcome.UNKNOWN: "?"}


class ProofReportView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.verdict = QLabel()
        self.verdict.setObjectName("proof_verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self._facts_box = QGroupBox(self.tr("Poświadczenie"))
        self._facts = QFormLayout(self._facts_box)
        layout.addWidget(self._facts_box)
        self._checks_box = QGroupBox(self.tr("Sprawdzenia"))
        self._checks = QVBoxLayout(self._checks_box)
        layout.addWidget(self._checks_box)
        self.check_labels: dict[str, QLabel] = {}
        self.setVisible(False)

    def show_report(self, report: ProofReport) -> None:
        while self._facts.rowCount():
            self._facts.removeRow(0)
        for name, value in report.facts.lines():
            text = QLabel(value or "—")
            text.setWordWrap(True)
            self._facts.addRow(domain_text(name) + ":", text)
        for old in self.check_labels.values():
            old.deleteLater()
        self.check_labels = {}
        for check in report.checks:
            title = _escaped(domain_text(check.title))
            outcome = _escaped(domain_text(check.label))
            reason = _escaped(domain_text(check.reason).format(**check.params))
            label = QLabel(f"{MARKS[check.outcome]} <b>{title}: {outcome}</b><br>{reason}")
            label.setObjectName(f"check_{check.kind.value}")
            label.setWordWrap(True)
            label.setAccessibleName(domain_text(check.title))
            self._checks.addWidget(label)
            self.check_labels[check.kind.value] = label
        self.verdict.setText(
            "✓ " + self.tr("Dowód złożenia potwierdzony.")
            if report.proven
            else "⚠ "
            + self.tr(
                "Dowodu nie potwierdzono w całości; powody podano przy sprawdzeniach poniżej."
            )
        )
        self.setVisible(True)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
