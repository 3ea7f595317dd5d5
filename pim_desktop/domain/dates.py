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


def days_left(deadline: dt.date | None, today: dt.date) -> int | None:
    """Days from ``today`` to ``deadline``, below zero once it has passed; ``None`` without one."""
    return None if deadline is None else (deadline - today).days


def is_past(day: dt.date | None, today: dt.date) -> bool:
    """Whether ``day`` is known and already behind ``today`` (a due date missed)."""
    return day is not None and day < today


def has_come(day: dt.date | None, today: dt.date) -> bool:
    """Whether ``day`` is known and ``today`` or earlier (a leaving day reached)."""
    return day is not None and day <= today
