"""Reads and writes the city profile and its contact people inside a caller's session, with the
version each save writes and who wrote it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pim_desktop.domain.city import (
    CityProfile,
    ContactPerson,
    SignatoryFunction,
    UnitType,
    Voivodeship,
)
from pim_desktop.persistence.record_change_repository import stamp_of, stamp_row
from pim_desktop.persistence.tables import CityProfileRow, ContactPersonRow, utc_now

PROFILE_ID = 1
"""The program keeps one profile, always under this key."""
COORDINATOR = "coordinator"
DEPUTY = "deputy_coordinator"
_PLAIN_FIELDS = (
    "official_name",
    "powiat",
    "teryt",
    "regon",
    "nip",
    "street",
    "postal_code",
    "post_town",
    "epuap_address",
    "edoreczenia_address",
    "population",
    "population_year",
    "signatory_name",
)


class CityProfileRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def load(self) -> CityProfile:
        return _profile(self._row())

    def locked(self) -> CityProfile:
        """The stored profile read afresh, its row locked until the transaction ends (an empty
        profile at version 0 when none is stored yet)."""
        return _profile(self._row(lock=True))

    def save(self, profile: CityProfile, officer: str = "") -> CityProfile:
        """Write the profile as a new version by ``officer``; the stored profile comes back."""
        row = self._row()
        if row is None:
            row = CityProfileRow(id=PROFILE_ID, row_version=1, changed_by=officer)
            self._session.add(row)
        else:
            stamp_row(row, officer)
        _fill(row, profile)
        row.updated_at = utc_now()
        self._session.flush()
        return _profile(row)

    def _row(self, *, lock: bool = False) -> CityProfileRow | None:
        query = select(CityProfileRow).options(selectinload(CityProfileRow.contacts)).limit(1)
        if lock:
            # Read afresh, so that the save compares against what no one can change before it.
            query = query.with_for_update().execution_options(populate_existing=True)
        return self._session.scalars(query).first()


def _profile(row: CityProfileRow | None) -> CityProfile:
    if row is None:
        return CityProfile()
    contacts = {contact.role: _person(contact) for contact in row.contacts}
    return CityProfile(
        **{name: getattr(row, name) for name in _PLAIN_FIELDS},
        unit_type=UnitType(row.unit_type) if row.unit_type else None,
        voivodeship=Voivodeship(row.voivodeship) if row.voivodeship else None,
        signatory_function=(
            SignatoryFunction(row.signatory_function) if row.signatory_function else None
        ),
        coordinator=contacts.get(COORDINATOR, ContactPerson()),
        deputy_coordinator=contacts.get(DEPUTY, ContactPerson()),
        stamp=stamp_of(row, row.updated_at),
    )


def _fill(row: CityProfileRow, profile: CityProfile) -> None:
    for name in _PLAIN_FIELDS:
        setattr(row, name, getattr(profile, name))
    row.unit_type = profile.unit_type.value if profile.unit_type else None
    row.voivodeship = profile.voivodeship.value if profile.voivodeship else None
    row.signatory_function = (
        profile.signatory_function.value if profile.signatory_function else None
    )
    by_role = {contact.role: contact for contact in row.contacts}
    for role, person in (
        (COORDINATOR, profile.coordinator),
        (DEPUTY, profile.deputy_coordinator),
    ):
        contact = by_role.get(role)
        if contact is None:
            contact = ContactPersonRow(role=role, notes="")
            row.contacts.append(contact)
        contact.name = person.name
        contact.position = person.position
        contact.department = person.department
        contact.phone = person.phone
        contact.email = person.email


def _person(row: ContactPersonRow) -> ContactPerson:
    return ContactPerson(
        name=row.name,
        position=row.position,
        department=row.department,
        phone=row.phone,
        email=row.email,
    )
