"""Dates on screen: the date fields' Polish format, and the texts of days and moments (the same
functions the printouts use, so screen and paper agree)."""

from __future__ import annotations

from PySide6.QtWidgets import QDateTimeEdit

from pim_desktop.domain.dates import day_text, local_day_text, moment_text

DATE_EDIT_FORMAT = "dd.MM.yyyy"
DATE_TIME_EDIT_FORMAT = "dd.MM.yyyy HH:mm"

__all__ = ["day_text", "local_day_text", "moment_text", "polish_date_edit"]


def polish_date_edit(edit: QDateTimeEdit, *, with_time: bool = False) -> QDateTimeEdit:
    """A date (or date and time) field written the Polish way, with a calendar to pick from."""
    edit.setDisplayFormat(DATE_TIME_EDIT_FORMAT if with_time else DATE_EDIT_FORMAT)
    edit.setCalendarPopup(True)
    return edit
