"""Reads and writes the partnership's members and their people inside a caller's session."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session, selectinload

from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.meeting import ATTENDED_STATUSES
from pim_desktop.domain.partnership import (
    Consent,
    Member,
    MemberKind,
    MemberRole,
    MemberSummary,
    Person,
    PersonSlot,
    ProcessingBasis,
    Sector,
)
from pim_desktop.persistence.record_change_repository import stamp_of, stamp_row
from pim_desktop.persistence.tables import (
    InvitationRow,
    MemberPersonRow,
    PartnershipMemberRow,
    utc_now,
)


class MemberNotFound(LookupError):
    def __init__(self, member_id: int) -> None:
        super().__init__(f"No member {member_id}")
        self.member_id = member_id


class PartnershipRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[Member]:
        query = select(PartnershipMemberRow).options(selectinload(PartnershipMemberRow.people))
        return [
            _member(row) for row in self._session.scalars(query.order_by(PartnershipMemberRow.id))
        ]

    def summaries(self) -> list[MemberSummary]:
        """Every member with its counts of recorded and attended invitations."""
        attended = case(
            (InvitationRow.status.in_([s.value for s in ATTENDED_STATUSES]), 1), else_=0
        )
        counts_query = (
            select(InvitationRow.member_id, func.count(), func.sum(attended))
            .where(InvitationRow.status.is_not(None))
            .group_by(InvitationRow.member_id)
        )
        counts = {
            member_id: (int(recorded), int(came or 0))
            for member_id, recorded, came in self._session.execute(counts_query)
        }
        return [MemberSummary(member, *counts.get(member.id or 0, (0, 0))) for member in self.all()]

    def get(self, member_id: int) -> Member:
        return _member(self._row(member_id))

    def names(self) -> dict[int, str]:
        """Each member's display name by id (organisation, or the resident's name)."""
        return {member.id or 0: member.display_name for member in self.all()}

    def add(self, member: Member, officer: str = "") -> Member:
        now = utc_now()
        row = PartnershipMemberRow(created_at=now, changed_by=officer)
        self._session.add(row)
        _fill(row, member)
        row.updated_at = now
        self._session.flush()
        return _member(row)

    def add_all(self, members: Sequence[Member]) -> list[int]:
        """Store many members at once (an import); their new ids, in the same order."""
        now = utc_now()
        rows = []
        for member in members:
            row = PartnershipMemberRow(created_at=now, updated_at=now)
            _fill(row, member)
            rows.append(row)
        self._session.add_all(rows)
        self._session.flush()
        return [row.id for row in rows]

    def locked(self, member_id: int) -> Member | None:
        """The stored member, its row locked until the transaction ends (``None``: gone)."""
        try:
            return _member(self._row(member_id, lock=True))
        except MemberNotFound:
            return None

    def update(self, member: Member, officer: str | None = None) -> Member:
        """Write the member; with ``officer``, as a new version written by them."""
        if member.id is None:
            raise ValueError("Only a stored member can be updated")
        row = self._row(member.id)
        _fill(row, member)
        row.updated_at = utc_now()
        if officer is not None:
            stamp_row(row, officer)
        self._session.flush()
        return _member(row)

    def delete(self, member_id: int) -> None:
        self._session.delete(self._row(member_id))

    def clear(self) -> None:
        """Remove the whole register; the database drops their invitations and action links
        and leaves their tasks without an owner (keep the names first: MeetingRepository)."""
        self._session.execute(delete(PartnershipMemberRow))

    def has_attendance_history(self, member_id: int) -> bool:
        query = select(func.count()).where(
            InvitationRow.member_id == member_id, InvitationRow.status.is_not(None)
        )
        return bool(self._session.scalar(query))

    def letter_references(self, sha256: str) -> int:
        """How many members point at a stored file as their letter of intent."""
        query = select(func.count()).where(
            PartnershipMemberRow.letter_of_intent_json.contains(sha256)
        )
        return int(self._session.scalar(query) or 0)

    def _row(self, member_id: int, *, lock: bool = False) -> PartnershipMemberRow:
        row = self._session.get(
            PartnershipMemberRow,
            member_id,
            options=[selectinload(PartnershipMemberRow.people)],
            with_for_update=lock or None,
            populate_existing=lock,
        )
        if row is None:
            raise MemberNotFound(member_id)
        return row


def _fill(row: PartnershipMemberRow, member: Member) -> None:
    row.kind = member.kind.value
    row.organisation_name = member.organisation_name.strip()
    row.sector = member.sector.value
    row.address = member.address.strip()
    row.role = member.role.value
    row.joined_on = member.joined_on
    row.left_on = member.left_on
    row.importance = member.importance
    row.influence = member.influence
    row.notes = member.notes
    letter = member.letter_of_intent
    row.letter_of_intent_json = None if letter is None else json.dumps(letter.as_value())
    by_slot = {person.slot: person for person in row.people}
    for slot in PersonSlot:
        person = member.person(slot)
        existing = by_slot.get(slot.value)
        if person.is_empty():
            if existing is not None:
                row.people.remove(existing)
            continue
        if existing is None:
            existing = MemberPersonRow(slot=slot.value)
            row.people.append(existing)
        _fill_person(existing, person)


def _fill_person(row: MemberPersonRow, person: Person) -> None:
    row.name = person.name.strip()
    row.position = person.position.strip()
    row.email = person.email.strip()
    row.phone = person.phone.strip()
    consent = person.consent
    row.processing_basis = consent.basis.value if consent.basis else None
    row.consent_on = consent.given_on
    row.consent_contact = consent.contact
    row.consent_publication = consent.publication
    row.consent_photos = consent.photos
    row.erased = person.erased


def _member(row: PartnershipMemberRow) -> Member:
    people = {person.slot: _person(person) for person in row.people}
    letter = None
    if row.letter_of_intent_json:
        letter = AttachmentRef.from_value(json.loads(row.letter_of_intent_json))
    return Member(
        id=row.id,
        kind=MemberKind(row.kind),
        organisation_name=row.organisation_name,
        sector=Sector(row.sector),
        address=row.address,
        role=MemberRole(row.role),
        representative=people.get(PersonSlot.REPRESENTATIVE.value, Person()),
        substitute=people.get(PersonSlot.SUBSTITUTE.value, Person()),
        joined_on=row.joined_on,
        left_on=row.left_on,
        importance=row.importance,
        influence=row.influence,
        letter_of_intent=letter,
        notes=row.notes,
        stamp=stamp_of(row, row.updated_at),
    )


def _person(row: MemberPersonRow) -> Person:
    return Person(
        name=row.name,
        position=row.position,
        email=row.email,
        phone=row.phone,
        consent=Consent(
            basis=ProcessingBasis(row.processing_basis) if row.processing_basis else None,
            given_on=row.consent_on,
            contact=row.consent_contact,
            publication=row.consent_publication,
            photos=row.consent_photos,
        ),
        erased=row.erased,
    )
