"""The dashboard's "Lokalne Partnerstwo" group: members, meetings per quarter, attendance, tasks."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from pim_desktop.domain.dates import has_come, is_past
from pim_desktop.ui.city.dashboard_look import PartnershipDays

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

    def set_figures(self, figures: PartnershipFigures, today: dt.date) -> PartnershipDays:
        """Show ``figures`` as on ``today``; gives back the dates the day's counts come from."""
        # With the figures: the dashboard's first look paints this group before the domain loads.
        from pim_desktop.ui.partnership.figures_view import quarter_text, rate_text

        recent = figures.per_quarter[-RECENT_QUARTERS:]
        self.values["quarters"].setText(
            ", ".join(f"{quarter_text(q.year, q.quarter)}: {q.count}" for q in recent)
            or self.tr("jeszcze nie było spotkań")
        )
        self.values["attendance"].setText(rate_text(figures.attendance))
        days = PartnershipDays(
            figures.members_left_on, tuple(task.task.due_on for task in figures.open_tasks)
        )
        self.show_days(days, today)
        return days

    def show_days(self, days: PartnershipDays, today: dt.date) -> None:
        """The counts that change with the day: active members and overdue open tasks."""
        left = sum(1 for day in days.members_left_on if has_come(day, today))
        self.values["members"].setText(
            self.tr("{active} aktywnych (byłych: {left})").format(
                active=len(days.members_left_on) - left, left=left
            )
        )
        overdue = sum(1 for day in days.tasks_due_on if is_past(day, today))
        tasks = self.tr("{open} otwartych").format(open=len(days.tasks_due_on))
        if overdue:
            tasks += ", " + self.tr("w tym PO TERMINIE: {count}").format(count=overdue)
        self.values["tasks"].setText(tasks)
