"""Dates and moments as the program writes them on screen and in print: the Polish way,
``20.09.2021`` and ``20.09.2021 14:05``, in the computer's time zone."""

from __future__ import annotations

import datetime as dt

DAY_FORMAT = "%d.%m.%Y"


def day_text(day: dt.date) -> str:
    """``20.09.2021``."""
    return day.strftime(DAY_FORMAT)


def moment_text(moment: dt.datetime, *, seconds: bool = False) -> str:
    """``20.09.2021 14:05`` (with ``:30`` seconds when asked), in the computer's zone."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime(DAY_FORMAT + (" %H:%M:%S" if seconds else " %H:%M"))


def local_day_text(moment: dt.datetime) -> str:
    """The day of ``moment`` in the computer's zone: ``20.09.2021``."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return day_text(local.date())
