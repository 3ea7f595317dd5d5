"""The member table with 5 000 members: loading, sorting and filtering must stay instant.

Run on demand: ``uv run pytest tests/benchmarks --benchmark-only -p no:randomly``.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytest_benchmark.fixture import BenchmarkFixture

from pim_desktop.domain.partnership import (
    Member,
    MemberKind,
    MemberRole,
    MemberSummary,
    Person,
    Sector,
)
from pim_desktop.ui.partnership.member_table_model import (
    MemberColumn,
    MemberFilterProxy,
    MemberTableModel,
)

COUNT = 5_000
TODAY = dt.date(2025, 6, 1)
FIRST = ["Łukasz", "Żaneta", "Ścibor", "Anna", "Józef", "Ewa", "Zofia", "Lech", "Ćwirek", "Irena"]
LAST = ["Żółkiewski", "Łagoda", "Śliwa", "Sowa", "Lis", "Zając", "Kęs", "Ćwik", "Nałęcz", "Bąk"]
ORGANISATIONS = ["Fundacja", "Stowarzyszenie", "Szkoła", "Spółka", "Koło", "Rada Osiedla", "Urząd"]


def many_members(count: int = COUNT) -> list[MemberSummary]:
    chance = random.Random(5000)
    summaries = []
    for number in range(count):
        person = f"{chance.choice(FIRST)} {chance.choice(LAST)}"
        member = Member(
            id=number + 1,
            kind=MemberKind.ORGANISATION,
            organisation_name=f"{chance.choice(ORGANISATIONS)} „{chance.choice(LAST)}” nr {number}",
            sector=chance.choice(list(Sector)),
            role=chance.choice(list(MemberRole)),
            representative=Person(person, email=f"osoba{number}@example.pl"),
            joined_on=TODAY - dt.timedelta(days=chance.randrange(1000)),
            left_on=TODAY if number % 17 == 0 else None,
            importance=chance.randint(1, 5),
            influence=chance.randint(1, 5),
        )
        recorded = chance.randrange(10)
        summaries.append(MemberSummary(member, recorded, chance.randint(0, recorded)))
    return summaries


@pytest.fixture(scope="module")
def members() -> list[MemberSummary]:
    return many_members()


def test_loading_5000_members(
    qapp: QApplication, benchmark: BenchmarkFixture, members: list[MemberSummary]
) -> None:
    model = MemberTableModel()
    benchmark(model.set_members, members, TODAY)
    assert model.rowCount() == COUNT


def test_sorting_5000_members_by_name_the_polish_way(
    qapp: QApplication, benchmark: BenchmarkFixture, members: list[MemberSummary]
) -> None:
    model = MemberTableModel()
    proxy = MemberFilterProxy()
    proxy.setSourceModel(model)

    def load_and_sort() -> None:
        model.set_members(members, TODAY)  # a fresh list: the ranks are worked out again
        proxy.sort(MemberColumn.PERSON, Qt.SortOrder.AscendingOrder)

    benchmark(load_and_sort)
    names = [proxy.index(row, MemberColumn.PERSON).data() for row in range(proxy.rowCount())]
    surnames_first_letters = [name.split()[0][0] for name in names]
    assert surnames_first_letters[0] == "A" and surnames_first_letters[-1] == "Ż"


def test_resorting_5000_members_by_another_column(
    qapp: QApplication, benchmark: BenchmarkFixture, members: list[MemberSummary]
) -> None:
    model = MemberTableModel()
    proxy = MemberFilterProxy()
    proxy.setSourceModel(model)
    model.set_members(members, TODAY)
    columns = [MemberColumn.NAME, MemberColumn.SECTOR, MemberColumn.ATTENDANCE]
    turn = [0]

    def sort_next() -> None:
        turn[0] += 1
        proxy.sort(columns[turn[0] % len(columns)], Qt.SortOrder.AscendingOrder)

    benchmark(sort_next)


def test_filtering_5000_members_as_you_type(
    qapp: QApplication, benchmark: BenchmarkFixture, members: list[MemberSummary]
) -> None:
    model = MemberTableModel()
    proxy = MemberFilterProxy()
    proxy.setSourceModel(model)
    model.set_members(members, TODAY)
    proxy.sort(MemberColumn.NAME, Qt.SortOrder.AscendingOrder)
    typed = ["z", "zo", "zol", "zolk", "zolki", ""]

    def type_a_word() -> None:
        for text in typed:
            proxy.set_search(text)

    benchmark(type_a_word)
    proxy.set_search("żółk")
    shown = proxy.rowCount()
    assert 0 < shown < COUNT
    proxy.set_sector(Sector.NGO)
    assert proxy.rowCount() < shown
