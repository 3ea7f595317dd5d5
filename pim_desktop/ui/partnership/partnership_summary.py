"""The dashboard's "Lokalne Partnerstwo" group: members, meetings per quarter, attendance, tasks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

if TYPE_CHECKING:
    from pim_desktop.domain.meeting import PartnershipFigures

RECENT_QUARTERS = 4


class PartnershipSummary(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Lokalne Partnerstwo"))
        self.setAccessibleName(self.tr("Lokalne Partnerstwo"))
        form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("members", self.tr("Członkowie")),
            ("quarters", self.tr("Spotkania w kwartałach")),
            ("attendance", self.tr("Obecność na spotkaniach")),
            ("tasks", self.tr("Otwarte zadania")),
        ):
            value = QLabel("—")
            value.setObjectName(f"partnership_{key}")
            value.setWordWrap(True)
            value.setAccessibleName(label)
            self.values[key] = value
            form.addRow(label + ":", value)

    def set_figures(self, figures: PartnershipFigures) -> None:
        # With the figures: the dashboard's first look paints this group before the domain loads.
        from pim_desktop.ui.partnership.figures_view import quarter_text, rate_text

        self.values["members"].setText(
            self.tr("{active} aktywnych (byłych: {left})").format(
                active=figures.active_members, left=figures.left_members
            )
        )
        recent = figures.per_quarter[-RECENT_QUARTERS:]
        self.values["quarters"].setText(
            ", ".join(f"{quarter_text(q.year, q.quarter)}: {q.count}" for q in recent)
            or self.tr("jeszcze nie było spotkań")
        )
        self.values["attendance"].setText(rate_text(figures.attendance))
        tasks = self.tr("{open} otwartych").format(open=len(figures.open_tasks))
        if figures.overdue_tasks:
            tasks += ", " + self.tr("w tym PO TERMINIE: {count}").format(
                count=figures.overdue_tasks
            )
        self.values["tasks"].setText(tasks)
