"""Members and meetings go to a real SQLite file and come back whole."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from partnership_data import meeting_for, organisation, small_partnership

from pim_desktop.context import AppContext
from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.meeting import (
    AttachmentKind,
    AttendanceStatus,
    Guest,
    Invitation,
    Task,
)
from pim_desktop.domain.partnership import Person
from pim_desktop.persistence.engine import make_session_factory
from pim_desktop.persistence.meeting_repository import MeetingNotFound, MeetingRepository
from pim_desktop.persistence.partnership_repository import MemberNotFound, PartnershipRepository


def test_a_member_with_two_people_and_consents_round_trips(context: AppContext) -> None:
    member = dataclasses.replace(
        organisation("Fundacja „Ąę”", "Łucja Żółkiewska", "Iwona Sęk"),
        joined_on=dt.date(2025, 1, 2),
        importance=5,
        influence=2,
        letter_of_intent=AttachmentRef("list intencyjny.pdf", 1234, "ab" * 32),
        notes="Wiersz 1\nWiersz 2",
    )
    stored = context.partnership.add_member(member)
    assert stored.id is not None
    assert context.partnership.member(stored.id) == dataclasses.replace(member, id=stored.id)


def test_an_emptied_substitute_is_removed(context: AppContext) -> None:
    stored = context.partnership.add_member(organisation("Szkoła nr 5", "Wojciech Kłos", "Ewa Kos"))
    changed = context.partnership.update_member(dataclasses.replace(stored, substitute=Person()))
    assert changed.substitute.name == ""
    assert context.partnership.member(stored.id or 0).substitute.is_empty()


def test_meeting_children_round_trip_and_attendance_survives_a_new_invitation(
    context: AppContext,
) -> None:
    members = small_partnership(context)
    meeting = meeting_for(context, members[:3])
    context.meetings.record_attendance(
        meeting.id,
        [
            Invitation(members[0].id or 0, AttendanceStatus.SUBSTITUTED, "Iwona Sęk"),
            Invitation(members[1].id or 0, AttendanceStatus.PRESENT),
        ],
    )
    context.meetings.set_guests(meeting.id, [Guest("Henryk Żbik", "mieszkaniec"), Guest("  ")])
    context.meetings.save_minutes(
        meeting.id, "Akapit pierwszy.\n\nAkapit drugi.", ["Ustalenie 1", " "]
    )
    context.meetings.save_task(meeting.id, Task("Raport", members[0].id, "", dt.date(2025, 4, 1)))
    # Invite the resident too and drop the media member: the others keep their attendance.
    invited = [members[0].id or 0, members[1].id or 0, members[3].id or 0]
    updated = context.meetings.update_details(meeting.id, meeting.details, invited)

    again = context.meetings.meeting(meeting.id)
    assert again == updated
    assert again.details == meeting.details
    assert {i.member_id: i.status for i in again.invitations} == {
        members[0].id: AttendanceStatus.SUBSTITUTED,
        members[1].id: AttendanceStatus.PRESENT,
        members[3].id: None,
    }
    assert again.invitation(members[0].id or 0).substitute_name == "Iwona Sęk"  # type: ignore[union-attr]
    assert again.guests == (Guest("Henryk Żbik", "mieszkaniec"),)
    assert again.decisions == ("Ustalenie 1",)
    assert again.minutes == "Akapit pierwszy.\n\nAkapit drugi."
    assert [t.description for t in again.tasks] == ["Raport"]
    assert again.details.starts_at == meeting.details.starts_at


def test_summaries_count_invitations_attendance_and_open_tasks(context: AppContext) -> None:
    members = small_partnership(context)
    meeting = meeting_for(context, members)
    context.meetings.record_attendance(
        meeting.id,
        [
            Invitation(members[0].id or 0, AttendanceStatus.PRESENT),
            Invitation(members[1].id or 0, AttendanceStatus.EXCUSED),
        ],
    )
    context.meetings.save_task(meeting.id, Task("Otwarte"))
    context.meetings.save_task(meeting.id, Task("Zrobione", done_on=dt.date(2025, 3, 20)))
    [summary] = context.meetings.meetings()
    assert (summary.invited, summary.recorded, summary.attended, summary.open_tasks) == (4, 2, 1, 1)
    by_id = {s.member.id: s for s in context.partnership.members()}
    assert by_id[members[0].id].attendance_rate == 1.0
    assert by_id[members[1].id].attendance_rate == 0.0
    assert by_id[members[3].id].attendance_rate is None


def test_deleting_a_meeting_takes_its_children_along(context: AppContext) -> None:
    members = small_partnership(context)
    meeting = meeting_for(context, members)
    context.meetings.save_task(meeting.id, Task("Raport", members[0].id))
    context.meetings.delete_meeting(meeting.id)
    assert context.meetings.meetings() == []
    with pytest.raises(MeetingNotFound):
        context.meetings.meeting(meeting.id)
    assert len(context.partnership.members()) == len(members)


def test_unknown_rows_raise_lookup_errors(context: AppContext) -> None:
    session_factory = make_session_factory(context.engine)
    with session_factory() as session:
        with pytest.raises(MemberNotFound):
            PartnershipRepository(session).get(99)
        with pytest.raises(MeetingNotFound):
            MeetingRepository(session).get(99)


def test_attachments_are_listed_under_their_meeting(context: AppContext, tmp_path: Path) -> None:
    members = small_partnership(context)
    meeting = meeting_for(context, members)
    photo = tmp_path / "zdjęcie z warsztatu.jpg"
    photo.write_bytes(b"jpeg" * 100)
    with_photo = context.meetings.add_attachment(meeting.id, AttachmentKind.PHOTO, photo)
    [attachment] = with_photo.attachments
    assert attachment.file.file_name == "zdjęcie z warsztatu.jpg" and attachment.file.size == 400
    stored = context.paths.attachments_dir / attachment.file.sha256[:2] / attachment.file.sha256
    assert stored.read_bytes() == photo.read_bytes()
    without = context.meetings.remove_attachment(meeting.id, attachment.id or 0)
    assert without.attachments == ()
    assert not stored.exists()
