"""Ten officers, each a process of its own, edit the sample city's draft applications on one
team database for a minute (``TEAM_BENCHMARK_SECONDS`` to change it), every save made against
the version the officer read. Reports the saves, the conflicts found (the same field changed by
two, each resolved by its officer keeping their text), the edits lost and the 95th percentile of
the save time.

An edit is lost when a save overwrote a field that another officer had saved after the first
one read it, without a conflict: read back from the saves' logs, the stored values and the
history. It must be 0.

Needs the PostgreSQL test server (``PIM_DESKTOP_TEST_POSTGRES_URL``, as in ``.ci/run``):
``uv run pytest tests/benchmarks/test_team_officers.py --benchmark-only -s``.
"""

from __future__ import annotations

import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy.engine import URL

from pim_desktop.app import open_database
from pim_desktop.paths import AppPaths

OFFICERS = 10
SECONDS = float(os.environ.get("TEAM_BENCHMARK_SECONDS", "60"))
OFFICER = Path(__file__).with_name("team_officer.py")


def _text_fields(values: dict[str, object]) -> list[str]:
    """The application's filled text fields: what officers write in."""
    return sorted(key for key, value in values.items() if isinstance(value, str) and value.strip())


def _lost(saves: list[dict[str, object]]) -> list[tuple[dict[str, object], dict[str, object]]]:
    """Pairs (overwritten save, the save that overwrote it without having seen it)."""
    by_field: dict[tuple[object, object], list[dict[str, object]]] = defaultdict(list)
    for save in saves:
        by_field[save["application"], save["field"]].append(save)
    lost = []
    for field_saves in by_field.values():
        field_saves.sort(key=lambda save: int(str(save["version"])))
        for earlier, later in itertools.pairwise(field_saves):
            if int(str(later["base"])) < int(str(earlier["version"])):
                lost.append((earlier, later))
    return lost


@pytest.mark.benchmark(group="team")
def test_ten_officers_for_a_minute(
    benchmark: BenchmarkFixture, empty_team_database: URL, tmp_path: Path
) -> None:
    leader = open_database(
        AppPaths.under(tmp_path / "leader").ensure(), read_only=False, team=empty_team_database
    )
    leader.sample_data.create()
    applications = leader.applications
    drafts = [s for s in applications.summaries() if not applications.load(s.id).is_frozen]
    assert drafts, "the sample city has no draft to edit"
    fields = {str(s.id): _text_fields(dict(leader.applications.load(s.id).values)) for s in drafts}
    logs = [tmp_path / f"officer-{n}.json" for n in range(OFFICERS)]
    for log in logs:
        log.with_suffix(".fields.json").write_text(json.dumps(fields), encoding="utf-8")
    url = empty_team_database.render_as_string(hide_password=False)

    def run_officers() -> None:
        officers = [
            subprocess.Popen(
                [
                    sys.executable,
                    str(OFFICER),
                    url,
                    str(tmp_path / f"home-{n}"),
                    f"Urzędnik {n + 1}",
                    str(SECONDS),
                    str(n),
                    str(log),
                ],
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            for n, log in enumerate(logs)
        ]
        while not all(log.with_suffix(".ready").exists() for log in logs):
            assert all(officer.poll() is None for officer in officers), "an officer stopped"
            time.sleep(0.05)
        (tmp_path / "go").touch()
        assert all(officer.wait(timeout=SECONDS + 120) == 0 for officer in officers)

    benchmark.pedantic(run_officers, rounds=1, iterations=1)

    saves = [
        save | {"officer": n + 1}
        for n, log in enumerate(logs)
        for save in json.loads(log.read_text(encoding="utf-8"))
    ]
    lost = _lost(saves)
    stored_wrong = []
    for (application, field), value in _last_values(saves).items():
        if leader.applications.load(int(str(application))).values.get(str(field)) != value:
            stored_wrong.append((application, field))
    history = {
        (change.field_id, change.new_value)
        for s in drafts
        for change in leader.applications.history(s.id)
    }
    missing_history = [s for s in saves if (s["field"], s["value"]) not in history]
    times = sorted(float(str(save["seconds"])) for save in saves)
    p95 = times[int(0.95 * (len(times) - 1))]
    conflicts = sum(int(str(save["conflicts"])) for save in saves)
    sys.stdout.write(
        f"\nten officers for {SECONDS:.0f} s on {len(drafts)} applications "
        f"({sum(len(f) for f in fields.values())} text fields): {len(saves)} saves "
        f"({len(saves) / SECONDS:.1f}/s), {conflicts} conflicts found and resolved, "
        f"{len(lost) + len(stored_wrong)} edits lost; save time median "
        f"{statistics.median(times) * 1000:.1f} ms, 95th percentile {p95 * 1000:.1f} ms, "
        f"longest {times[-1] * 1000:.1f} ms\n"
    )
    leader.close()
    assert saves
    assert not lost, lost[:3]
    assert not stored_wrong, stored_wrong[:3]
    assert not missing_history, missing_history[:3]


def _last_values(saves: list[dict[str, object]]) -> dict[tuple[object, object], object]:
    last: dict[tuple[object, object], dict[str, object]] = {}
    for save in saves:
        key = (save["application"], save["field"])
        if key not in last or int(str(save["version"])) > int(str(last[key]["version"])):
            last[key] = save
    return {key: save["value"] for key, save in last.items()}
