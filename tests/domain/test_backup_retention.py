"""Which backups stay: the newest ten, one a day for thirty days, and always the newest."""

from __future__ import annotations

import datetime as dt

from pim_desktop.domain.backup_retention import RetentionPolicy, backups_to_keep

NOW = dt.datetime(2026, 11, 28, 14, 5, 12)


def test_the_last_ten_and_one_a_day_for_thirty_days() -> None:
    # Every six hours for sixty days: 240 backups.
    taken = [NOW - dt.timedelta(hours=6 * n) for n in range(240)]
    keep = backups_to_keep(taken, NOW)
    assert set(taken[:10]) <= keep
    days = {moment.date() for moment in keep}
    assert len(days) == 30
    assert min(days) == (NOW - dt.timedelta(days=29)).date()
    # One a day beyond the newest ten: the newest of each day.
    for day in days:
        newest_that_day = max(m for m in taken if m.date() == day)
        assert newest_that_day in keep
    assert len(keep) == 10 + 30 - len({m.date() for m in taken[:10]})


def test_the_newest_stays_even_when_the_clock_went_back() -> None:
    taken = [NOW + dt.timedelta(days=400)]  # a backup from a wrong clock in the future
    assert backups_to_keep(taken, NOW) == set(taken)


def test_old_backups_beyond_the_month_go() -> None:
    taken = [NOW - dt.timedelta(days=d) for d in range(0, 100, 7)]
    keep = backups_to_keep(taken, NOW, RetentionPolicy(keep_last=2, daily_days=30))
    assert keep == {m for m in taken if (NOW - m).days < 30} | set(taken[:2])
