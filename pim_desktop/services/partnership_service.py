"""The partnership's register: add, change and remove members; export and erase a person's data;
bring members in from CSV and out to CSV.

A member who has come to meetings is never deleted: removing them marks them as having left, so
the meeting records keep their counts. Erasing a person's data keeps those counts too.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.partnership import (
    ERASED_NAME,
    Member,
    MemberSummary,
    PersonSlot,
    check_member,
    erase_person,
)
from pim_desktop.domain.record_fields import RecordChange
from pim_desktop.domain.record_labels import MEMBER
from pim_desktop.persistence.meeting_repository import MeetingRepository
from pim_desktop.persistence.partnership_repository import PartnershipRepository
from pim_desktop.persistence.record_change_repository import RecordChangeRepository
from pim_desktop.persistence.tables import utc_now
from pim_desktop.services import member_csv
from pim_desktop.services.errors import storage_errors
from pim_desktop.services.personal_data import person_record
from pim_desktop.services.record_keeping import RecordKeepingService, raise_if
from pim_desktop.services.versioned_save import Edit, gone, log_changes, merged

log = logging.getLogger(__name__)


class Removal(StrEnum):
    DELETED = "deleted"
    MARKED_LEFT = "marked_left"


class PartnershipService(RecordKeepingService):
    def members(self) -> list[MemberSummary]:
        with storage_errors(), self._session_factory() as session:
            return PartnershipRepository(session).summaries()

    def member(self, member_id: int) -> Member:
        with storage_errors(), self._session_factory() as session:
            return PartnershipRepository(session).get(member_id)

    def add_member(self, member: Member, letter_file: Path | None = None) -> Member:
        """Store a new member; ``letter_file`` is copied in as its letter of intent."""
        member = self.with_letter(member, letter_file)
        self._check(member)
        with storage_errors(), self._session_factory.begin() as session:
            return PartnershipRepository(session).add(replace(member, id=None), self._officer())

    def update_member(
        self, member: Member, letter_file: Path | None = None, *, original: Member | None = None
    ) -> Member:
        """Store an edited member (see ``versioned_save``): ``member.stamp`` names the version
        the dialog started from, ``original`` what it was opened with. Raises ``EditConflict``
        when someone else changed one of the same fields meanwhile (nothing written), and
        ``Refused`` when someone else deleted the member."""
        member = self.with_letter(member, letter_file)
        self._check(member)
        if member.id is None:
            raise ValueError("Only a stored member can be updated")
        with storage_errors(), self._session_factory.begin() as session:
            members = PartnershipRepository(session)
            stored = members.locked(member.id)
            if stored is None:
                raise gone(session, MEMBER, member.id)
            edit = Edit(MEMBER, member.id, member.stamp.version, member, original)
            return self._write(session, stored, merged(edit, stored, stored.stamp))

    def history(self, member_id: int) -> list[RecordChange]:
        """Who changed which field of a member, and when, newest first."""
        with storage_errors(), self._session_factory() as session:
            return RecordChangeRepository(session).history([MEMBER], member_id)

    def _write(self, session: Session, stored: Member, member: Member) -> Member:
        """Write a new version of a stored member and log what changed, with the officer."""
        officer = self._officer()
        saved = PartnershipRepository(session).update(member, officer)
        log_changes(session, MEMBER, saved.id or 0, officer=officer, before=stored, after=saved)
        return saved

    def remove_member(self, member_id: int) -> Removal:
        """Delete a member who never came to a meeting; mark one who did as having left."""
        with storage_errors(), self._session_factory.begin() as session:
            members = PartnershipRepository(session)
            if not members.has_attendance_history(member_id):
                name = members.get(member_id).display_name
                members.delete(member_id)
                changes = RecordChangeRepository(session)
                changes.add_deletion(MEMBER, member_id, self._officer(), name)
                return Removal.DELETED
            member = members.get(member_id)
            if member.left_on is None or member.left_on > self._today():
                self._write(session, member, replace(member, left_on=self._today()))
            return Removal.MARKED_LEFT

    def erase_person(self, member_id: int, slot: PersonSlot) -> Member:
        """Replace one person's identifying data with "Osoba usunięta"; counts stay."""
        with storage_errors(), self._session_factory.begin() as session:
            members = PartnershipRepository(session)
            member = members.get(member_id)
            old_name = member.person(slot).name
            erased = self._write(session, member, erase_person(member, slot, self._today()))
            if old_name.strip():
                MeetingRepository(session).rename_person(old_name, ERASED_NAME, member_id)
            letter = member.letter_of_intent
            orphaned = (
                letter is not None
                and erased.letter_of_intent is None
                and members.letter_references(letter.sha256) == 0
                and MeetingRepository(session).attachment_references(letter.sha256) == 0
            )
        if orphaned and letter is not None:
            self._attachments.discard(letter.sha256)
        log.info("Erased the %s of member %s", slot.value, member_id)
        return erased

    def export_person(self, member_id: int, slot: PersonSlot, target: Path) -> Path:
        """Write everything held about one person to ``target`` as readable JSON (UTF-8)."""
        with storage_errors(), self._session_factory() as session:
            member = PartnershipRepository(session).get(member_id)
            meetings = MeetingRepository(session).all()
        record = person_record(member, slot, meetings, utc_now())
        text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        target.write_text(text, encoding="utf-8")
        return target

    def export_csv(self, target: Path) -> int:
        """Write the register (members who left included) as an Excel-ready CSV file."""
        with storage_errors(), self._session_factory() as session:
            members = PartnershipRepository(session).all()
        return member_csv.write_members(target, members)

    def preview_csv(self, source: Path) -> member_csv.ImportPreview:
        """Read and check a CSV file against the register; nothing is written."""
        with storage_errors(), self._session_factory() as session:
            existing = PartnershipRepository(session).all()
        return member_csv.read_preview(source, existing, self._today())

    def import_members(self, preview: member_csv.ImportPreview) -> list[Member]:
        """Write the accepted rows of a preview, all or none."""
        with storage_errors(), self._session_factory.begin() as session:
            members = PartnershipRepository(session)
            officer = self._officer()
            return [members.add(row.member, officer) for row in preview.accepted]

    def with_letter(self, member: Member, letter_file: Path | None) -> Member:
        """``member`` with ``letter_file`` copied into this computer's store as its letter of
        intent (the database is not asked, so this works while the team server is away)."""
        if letter_file is None:
            return member
        stored = self._attachments.add(letter_file)
        return replace(
            member, letter_of_intent=AttachmentRef(stored.file_name, stored.size, stored.sha256)
        )

    def _check(self, member: Member) -> None:
        raise_if(check_member(member, self._today()))
