"""Times as the database hands them back: written in UTC, read with their zone again."""

from __future__ import annotations

import datetime as dt
from typing import overload


@overload
def aware(moment: dt.datetime) -> dt.datetime: ...
@overload
def aware(moment: dt.datetime | None) -> dt.datetime | None: ...
def aware(moment: dt.datetime | None) -> dt.datetime | None:
    """A stored time with its zone: SQLite hands times back without it; they were written in UTC."""
    if moment is None or moment.tzinfo:
        return moment
    return moment.replace(tzinfo=dt.UTC)
