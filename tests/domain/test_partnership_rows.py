"""Members of the Local Partnership register as rows of the application's planned partnership."""

from __future__ import annotations

import datetime as dt

import pytest

from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.domain.forms.definition import FieldDefinition, RowSource
from pim_desktop.domain.forms.register_rows import (
    FORM_SECTORS,
    RESIDENT_WITHOUT_NAME,
    candidates,
    member_row,
    merged_rows,
)
from pim_desktop.domain.partnership import (
    Consent,
    Member,
    MemberKind,
    MemberRole,
    Person,
    Sector,
)
from pim_desktop.resources import path as resource_path

TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def tables() -> list[FieldDefinition]:
    """The planned-partnership table of every shipped form, in its newest version."""
    catalog = FormCatalog.load(resource_path("forms"))
    found = [
        field
        for definition in catalog.current()
        for field in definition.all_fields()
        if field.rows_from is RowSource.PARTNERSHIP_REGISTER
    ]
    assert len(found) == 4
    return found


def organisation(
    name: str,
    sector: Sector,
    role: MemberRole = MemberRole.MEMBER,
    left_on: dt.date | None = None,
) -> Member:
    return Member(id=1, organisation_name=name, sector=sector, role=role, left_on=left_on)


def resident(name: str, publication: bool) -> Member:
    person = Person(name=name, consent=Consent(publication=publication))
    return Member(id=2, kind=MemberKind.INDIVIDUAL, sector=Sector.RESIDENTS, representative=person)


def test_every_register_sector_is_offered_by_every_form(tables: list[FieldDefinition]) -> None:
    for table in tables:
        offered = {choice.value for column in table.columns for choice in column.choices}
        assert set(FORM_SECTORS.values()) <= offered, table.id


def test_a_member_becomes_a_row_with_name_sector_and_role(tables: list[FieldDefinition]) -> None:
    member = organisation("Stowarzyszenie „Zielone Łąki”", Sector.NGO, role=MemberRole.COORDINATOR)
    row = member_row(tables[0], member)
    assert row == {
        "name": "Stowarzyszenie „Zielone Łąki”",
        "sector": "organizacje_pozarzadowe",
        "planned_role": "Koordynator",
    }


def test_a_resident_without_consent_to_publication_stays_unnamed(
    tables: list[FieldDefinition],
) -> None:
    assert member_row(tables[0], resident("Józef Łęcki", False))["name"] == RESIDENT_WITHOUT_NAME
    assert member_row(tables[0], resident("Józef Łęcki", True))["name"] == "Józef Łęcki"


def test_candidates_leave_out_former_members_and_mark_those_in_the_table(
    tables: list[FieldDefinition],
) -> None:
    present = organisation("Politechnika Przykładowska", Sector.UNIVERSITY)
    gone = organisation("Dawna Spółka", Sector.BUSINESS, left_on=TODAY - dt.timedelta(days=1))
    leaving = organisation("Szkoła nr 5", Sector.SCHOOL, left_on=TODAY + dt.timedelta(days=30))
    rows = [{"name": "  politechnika  PRZYKŁADOWSKA ", "sector": "", "planned_role": ""}]
    found = candidates(tables[0], [present, gone, leaving], rows, TODAY)
    assert [(c.member.display_name, c.already_in_table) for c in found] == [
        ("Politechnika Przykładowska", True),
        ("Szkoła nr 5", False),
    ]


def test_added_rows_follow_the_filled_ones_up_to_the_limit(tables: list[FieldDefinition]) -> None:
    table = tables[0]
    assert table.max_rows == 30
    typed = [{"name": f"Członek {n}", "sector": "inny", "planned_role": ""} for n in range(28)]
    empty = {"name": "", "sector": "", "planned_role": ""}
    added = [{"name": f"Nowy {n}", "sector": "biznes", "planned_role": "Członek"} for n in range(5)]
    rows, left_out = merged_rows(table, [*typed, empty], added)
    assert len(rows) == 30 and left_out == 3
    assert rows[-2:] == added[:2]


def test_unnamed_residents_count_against_the_unnamed_rows(tables: list[FieldDefinition]) -> None:
    first, second = resident("Anna Nowak", False), resident("Jan Kowalski", False)
    rows = [{"name": RESIDENT_WITHOUT_NAME, "sector": "mieszkancy", "planned_role": "Członek"}]
    found = candidates(tables[0], [first, second], rows, TODAY)
    assert [c.already_in_table for c in found] == [True, False]
