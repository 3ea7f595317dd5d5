"""A date that may be left out: a check box that switches a date field on and off."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from pim_desktop.ui.common.dates import polish_date_edit


class OptionalDateEdit(QWidget):
    edited = Signal()

    def __init__(
        self, check_text: str, accessible_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.check.setAccessibleName(accessible_name + " — " + check_text)
        self.date = QDateEdit()
        polish_date_edit(self.date)
        self.date.setAccessibleName(accessible_name)
        self.date.setDate(QDate.currentDate())
        self.date.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date, 1)
        self.check.toggled.connect(self.date.setEnabled)
        self.check.toggled.connect(self.edited)
        self.date.dateChanged.connect(self.edited)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        chosen = self.date.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        self.date.setDate(
            QDate(value.year, value.month, value.day) if value else QDate.currentDate()
        )
