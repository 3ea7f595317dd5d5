"""What a save costs when every commit reaches the disk (``synchronous=FULL``) against WAL's
``NORMAL``, which a power cut may roll back to the last checkpoint: the figure behind the choice
in ``persistence/engine.py``.

Run on demand: ``uv run pytest tests/benchmarks/test_durable_saves.py --benchmark-only -s``.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import event

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.paths import AppPaths

SAVES = 60


@pytest.fixture
def context(paths: AppPaths) -> Iterator[AppContext]:
    opened = open_database(paths, read_only=False)
    opened.sample_data.create()
    yield opened
    opened.close()


def _force(context: AppContext, level: str) -> None:
    """Every new connection from now on commits at ``level`` (after the program's own pragmas)."""
    context.engine.dispose()

    def set_level(connection: sqlite3.Connection, _record: object) -> None:
        connection.execute(f"PRAGMA synchronous={level}")

    event.listen(context.engine, "connect", set_level)


def _save_times(context: AppContext, application_id: int, label: str) -> list[float]:
    times = []
    for number in range(SAVES):
        start = time.perf_counter()
        context.applications.save_values(application_id, {"motivation": f"{label} {number}"})
        times.append(time.perf_counter() - start)
    return times


def test_an_autosave_with_every_commit_on_disk(
    benchmark: BenchmarkFixture, context: AppContext
) -> None:
    application_id = context.applications.summaries()[0].id
    _force(context, "NORMAL")
    normal = _save_times(context, application_id, "normal")
    _force(context, "FULL")
    full = benchmark.pedantic(
        _save_times, args=(context, application_id, "full"), rounds=1, iterations=1
    )
    with context.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    for name, times in (("NORMAL", normal), ("FULL", full)):
        sys.stdout.write(
            f"autosave with synchronous={name}: median {statistics.median(times) * 1000:.2f} ms, "
            f"slowest {max(times) * 1000:.2f} ms ({SAVES} saves)\n"
        )
    benchmark.extra_info["normal_ms"] = statistics.median(normal) * 1000
    benchmark.extra_info["full_ms"] = statistics.median(full) * 1000
