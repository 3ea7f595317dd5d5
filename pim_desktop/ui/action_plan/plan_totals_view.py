"""The MID's derived numbers on screen (total cost, by source, by year, share secured) and the
list of warnings; nothing here is typed in, all of it is computed from the actions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.action_plan import FUNDING_KIND_LABELS, FUNDING_STATUS_LABELS
from pim_desktop.domain.action_plan_figures import PlanTotals
from pim_desktop.domain.money import format_money, format_percent
from pim_desktop.domain.problems import Problem
from pim_desktop.ui.labels import domain_text, problem_text


class PlanTotalsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        totals = QGroupBox(self.tr("Budżet planu (bez działań zaniechanych)"))
        form = QFormLayout(totals)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("total_cost", self.tr("Koszt całkowity")),
            ("funded", self.tr("Wskazane źródła")),
            ("secured", self.tr("Finansowanie zapewnione")),
            ("share_secured", self.tr("Udział zapewnionego")),
            ("gap", self.tr("Koszt bez źródła")),
            ("by_status", self.tr("Według stanu")),
            ("by_source", self.tr("Według źródeł")),
            ("by_year", self.tr("Według lat")),
        ):
            value = QLabel()
            value.setObjectName(key)
            value.setWordWrap(True)
            value.setAccessibleName(label)
            self.values[key] = value
            form.addRow(label + ":", value)
        layout.addWidget(totals, 3)
        warnings_box = QGroupBox(self.tr("Uwagi"))
        warnings_layout = QVBoxLayout(warnings_box)
        self.warnings = QListWidget()
        self.warnings.setObjectName("warnings")
        self.warnings.setAccessibleName(self.tr("Uwagi do planu"))
        self.warnings.setWordWrap(True)
        warnings_layout.addWidget(self.warnings)
        layout.addWidget(warnings_box, 2)

    def show_totals(self, totals: PlanTotals, warnings: Sequence[Problem]) -> None:
        self.values["total_cost"].setText(format_money(totals.total_cost))
        self.values["funded"].setText(format_money(totals.funded))
        self.values["secured"].setText(format_money(totals.secured))
        self.values["share_secured"].setText(format_percent(totals.share_secured))
        self.values["gap"].setText(format_money(totals.gap))
        self.values["by_status"].setText(
            "\n".join(
                f"{domain_text(FUNDING_STATUS_LABELS[state])}: {format_money(amount)}"
                for state, amount in totals.by_status
            )
        )
        self.values["by_source"].setText(
            "\n".join(
                f"{domain_text(FUNDING_KIND_LABELS[line.kind])}"
                + (f" ({line.programme})" if line.programme else "")
                + f": {format_money(line.amount)}"
                for line in totals.by_source
            )
            or "—"
        )
        self.values["by_year"].setText(
            "\n".join(f"{year}: {format_money(amount)}" for year, amount in totals.by_year) or "—"
        )
        self.warnings.clear()
        for problem in warnings:
            self.warnings.addItem("⚠ " + problem_text(problem))
        if not warnings:
            self.warnings.addItem(self.tr("✓ Brak uwag: finansowanie i terminy się zgadzają."))
