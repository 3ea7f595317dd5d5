"""Fields for a month ("03.2026") or a day ("12.03.2026") that may also be left empty: typed as
text, the way officers write dates, and checked as they leave the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from pim_desktop.domain.action_plan import DateTextError, month_text, parse_day, parse_month
from pim_desktop.ui.common.checked_line_edit import CheckedLineEdit
from pim_desktop.ui.common.dates import day_text


class DateTextEdit(CheckedLineEdit):
    refusal = DateTextError

    def __init__(self, *, month_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._month_only = month_only
        self.setPlaceholderText(self.tr("MM.RRRR") if month_only else self.tr("DD.MM.RRRR"))

    def value(self) -> dt.date | None:
        """The date, ``None`` when empty, ``DateTextError`` when the text is not a date."""
        text = self.text()
        return parse_month(text) if self._month_only else parse_day(text)

    def set_value(self, day: dt.date | None) -> None:
        if day is None:
            self.clear()
        elif self._month_only:
            self.setText(month_text(day))
        else:
            self.setText(day_text(day))

    def check(self) -> object:
        return self.value()
