"""Rows of an application's table taken from the Local Partnership register.

Where a form asks for the planned Local Partnership, the officer picks members of the register
instead of retyping them. A member becomes a row with its name, the form's sector that matches
the register's sector, and its role in the partnership. A resident who did not agree to the
publication of their name is entered without it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pim_desktop.domain.forms.definition import FieldDefinition
from pim_desktop.domain.partnership import ROLE_LABELS, Member, MemberKind, Sector

# The register's sectors as the forms' sector lists name them (the same list in every edition).
FORM_SECTORS: dict[Sector, str] = {
    Sector.CITY_OFFICE: "miasto",
    Sector.MUNICIPAL_UNIT: "miasto",
    Sector.COUNTY: "samorzad_lokalny",
    Sector.NEIGHBOUR_GMINA: "samorzad_lokalny",
    Sector.MARSHAL_OFFICE: "samorzad_wojewodztwa",
    Sector.GOVERNMENT: "administracja_rzadowa",
    Sector.NGO: "organizacje_pozarzadowe",
    Sector.BUSINESS: "biznes",
    Sector.UNIVERSITY: "nauka",
    Sector.SCHOOL: "edukacja_kultura",
    Sector.MEDIA: "media",
    Sector.RESIDENTS: "mieszkancy",
    Sector.OTHER: "inny",
}
OTHER_SECTOR = "inny"
# Written into the application (a Polish document) for a resident who kept their name private.
RESIDENT_WITHOUT_NAME = "Mieszkanka / mieszkaniec"


@dataclass(frozen=True)
class Candidate:
    """A member the officer may take into the table, and why it is already there if it is."""

    member: Member
    row: dict[str, object]
    already_in_table: bool


def member_row(table: FieldDefinition, member: Member) -> dict[str, object]:
    """The table row for ``member``: only the columns the table has are filled."""
    ids = {column.id: column for column in table.columns}
    row: dict[str, object] = {column_id: "" for column_id in ids}
    row["name"] = _public_name(member)
    sector = ids.get("sector")
    if sector is not None:
        offered = {choice.value for choice in sector.choices}
        wanted = FORM_SECTORS.get(member.sector, OTHER_SECTOR)
        row["sector"] = (
            wanted if wanted in offered else (OTHER_SECTOR if OTHER_SECTOR in offered else "")
        )
    if "planned_role" in ids:
        role = ROLE_LABELS[member.role]
        row["planned_role"] = role[:1].upper() + role[1:]
    return row


def _public_name(member: Member) -> str:
    if member.kind is MemberKind.ORGANISATION:
        return member.display_name
    person = member.representative
    if person.erased or not person.consent.publication or not person.name.strip():
        return RESIDENT_WITHOUT_NAME
    return person.name.strip()


def candidates(
    table: FieldDefinition, members: list[Member], rows: object, today: dt.date
) -> list[Candidate]:
    """The register's present members, in its order, each marked when the table names it.

    Residents without a published name cannot be told apart: as many of them count as already
    in the table as the table holds unnamed residents.
    """
    names = [_key(row.get("name")) for row in filled_rows(rows)]
    unnamed = names.count(_key(RESIDENT_WITHOUT_NAME))
    found: list[Candidate] = []
    for member in members:
        if not member.is_active(today) or not member.display_name.strip():
            continue
        row = member_row(table, member)
        if row["name"] == RESIDENT_WITHOUT_NAME:
            named, unnamed = unnamed > 0, unnamed - 1
        else:
            named = _key(row["name"]) in names
        found.append(Candidate(member, row, named))
    return found


def filled_rows(rows: object) -> list[dict[str, object]]:
    """The rows of a table value that hold anything (empty rows are not part of the answer)."""
    if not isinstance(rows, list):
        return []
    return [
        row
        for row in rows
        if isinstance(row, dict) and any(str(value).strip() for value in row.values())
    ]


def room_left(table: FieldDefinition, rows: object) -> int | None:
    """How many more rows ``table`` takes (None: no limit)."""
    if table.max_rows is None:
        return None
    return max(table.max_rows - len(filled_rows(rows)), 0)


def merged_rows(
    table: FieldDefinition, rows: object, added: list[dict[str, object]]
) -> tuple[list[dict[str, object]], int]:
    """The table's filled rows followed by ``added``, cut at ``max_rows``; and how many were cut."""
    room = room_left(table, rows)
    taken = added if room is None else added[:room]
    return filled_rows(rows) + taken, len(added) - len(taken)


def _key(value: object) -> str:
    return " ".join(str(value or "").split()).casefold()
