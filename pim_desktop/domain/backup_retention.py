"""Which dated backups to keep: the newest ones, and one a day for the last month.

A backup that is kept by any rule stays. The newest backup is always kept, whatever the clock
says, so pruning can never remove the only recent good copy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

KEEP_LAST = 10
KEEP_DAILY_DAYS = 30


@dataclass(frozen=True)
class RetentionPolicy:
    keep_last: int = KEEP_LAST
    daily_days: int = KEEP_DAILY_DAYS


def backups_to_keep(
    taken: Iterable[dt.datetime], now: dt.datetime, policy: RetentionPolicy | None = None
) -> set[dt.datetime]:
    """The moments (of ``taken``) whose backups stay; the rest may be removed."""
    rules = policy or RetentionPolicy()
    newest_first: Sequence[dt.datetime] = sorted(set(taken), reverse=True)
    keep = set(newest_first[: max(rules.keep_last, 1)])
    first_day = now.date() - dt.timedelta(days=rules.daily_days - 1)
    seen_days: set[dt.date] = set()
    for moment in newest_first:
        day = moment.date()
        if day >= first_day and day not in seen_days:
            seen_days.add(day)
            keep.add(moment)
    return keep
