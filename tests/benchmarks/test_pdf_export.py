"""How long a full export of an application PDF takes: the sample Leader and one three times longer.

Run on demand: ``uv run pytest tests/benchmarks --benchmark-only``. Each round writes the file,
reads the application, checks it and (for a final print) records it, as the window does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.paths import AppPaths

LENGTHEN = 3


@pytest.fixture
def sample(paths: AppPaths) -> Iterator[tuple[AppContext, int]]:
    context: AppContext = open_database(paths, read_only=False)
    context.sample_data.create()
    leader = next(s for s in context.applications.summaries() if s.application.role == "lider")
    yield context, leader.id
    context.close()


def test_export_the_sample_leader_application(
    benchmark: BenchmarkFixture, sample: tuple[AppContext, int], tmp_path: Path
) -> None:
    context, leader = sample
    target = tmp_path / "Wniosek Lider.pdf"
    result = benchmark(context.exports.export_pdf, leader, target, draft=False)
    benchmark.extra_info["pages"] = result.pages
    benchmark.extra_info["bytes"] = result.size
    assert result.pages >= 10


def test_export_an_application_three_times_longer(
    benchmark: BenchmarkFixture, sample: tuple[AppContext, int], tmp_path: Path
) -> None:
    context, leader = sample
    values = context.applications.load(leader).values
    longer: dict[str, object] = {}
    for field_id, value in values.items():
        if isinstance(value, str) and len(value) > 200:
            longer[field_id] = "\n\n".join([value] * LENGTHEN)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            longer[field_id] = value * LENGTHEN
    context.applications.save_values(leader, longer)
    target = tmp_path / "Wniosek trzy razy dłuższy.pdf"
    # Longer than the form's limits allow, so it prints as a draft.
    result = benchmark(context.exports.export_pdf, leader, target, draft=True)
    benchmark.extra_info["pages"] = result.pages
    benchmark.extra_info["bytes"] = result.size
    assert result.pages >= 30
