"""The whole city in a .pim file, for a large city: export, preview and import must stay quick.

The sample city plus 1 000 members and 120 meetings of 40 invitations each, with attendance.
Run on demand: ``uv run pytest tests/benchmarks --benchmark-only -p no:randomly``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.meeting import AttendanceStatus, Invitation, MeetingDetails, MeetingType
from pim_desktop.domain.partnership import Member, MemberKind, Person, Sector
from pim_desktop.paths import AppPaths

MEMBERS = 1_000
MEETINGS = 120
INVITED = 40
FIRST_MEETING = dt.datetime(2025, 1, 7, 17, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def large_city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    context = open_database(
        AppPaths.under(tmp_path_factory.mktemp("duże miasto")).ensure(), read_only=False
    )
    context.sample_data.create()
    sectors = itertools.cycle(Sector)
    ids = [
        context.partnership.add_member(
            Member(
                kind=MemberKind.ORGANISATION,
                organisation_name=f"Stowarzyszenie „Łąka” nr {number}",
                sector=next(sectors),
                representative=Person(f"Żaneta Ślęzak {number}", email=f"p{number}@example.pl"),
            )
        ).id
        or 0
        for number in range(MEMBERS)
    ]
    statuses = itertools.cycle(
        [AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT]
    )
    for number in range(MEETINGS):
        details = MeetingDetails(
            MeetingType.WORKSHOP,
            f"Warsztat nr {number}",
            FIRST_MEETING + dt.timedelta(days=7 * number),
            place="Sala sesyjna",
            agenda=("Powitanie", "Praca w grupach"),
        )
        invited = ids[number * 7 % MEMBERS :][:INVITED] or ids[:INVITED]
        meeting = context.meetings.add_meeting(details, invited)
        status = next(statuses)
        context.meetings.record_attendance(
            meeting.id, [Invitation(member, status) for member in invited]
        )
    yield context
    context.close()


def test_export_the_whole_large_city(
    benchmark: BenchmarkFixture, large_city: AppContext, tmp_path: Path
) -> None:
    target = tmp_path / "duże miasto.pim"
    result = benchmark(large_city.packages.export_all, target)
    assert result.kinds["partnership_members"] > MEMBERS


def test_preview_and_import_into_an_empty_folder(
    benchmark: BenchmarkFixture, large_city: AppContext, tmp_path: Path
) -> None:
    package = large_city.packages.export_all(tmp_path / "duże miasto.pim").path
    rounds = itertools.count()

    def fresh_folder() -> tuple[tuple[AppContext], dict[str, object]]:
        folder = tmp_path / f"u koleżanki {next(rounds)}"
        shutil.rmtree(folder, ignore_errors=True)
        return (open_database(AppPaths.under(folder).ensure(), read_only=False),), {}

    def preview_and_import(colleague: AppContext) -> None:
        colleague.packages.preview(package)
        colleague.packages.import_package(package)
        colleague.close()

    benchmark.pedantic(preview_and_import, setup=fresh_folder, rounds=3)
