"""Meetings of the partnership: plan them, record attendance, minutes, decisions, tasks and files,
print the attendance list and the minutes, and sum up the partnership's work in figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from sqlalchemy.orm import Session

from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.collation import polish_sort_key
from pim_desktop.domain.meeting import (
    AttachmentKind,
    AttendanceRate,
    Guest,
    Invitation,
    Meeting,
    MeetingAttendance,
    MeetingDetails,
    MeetingPlan,
    MeetingSummary,
    MemberAttendance,
    OpenTask,
    PartnershipFigures,
    Task,
    attendance_fields,
    check_invitation,
    check_meeting_details,
    check_task,
    meeting_fields,
    meetings_per_quarter,
    plan_fields,
)
from pim_desktop.domain.partnership import Member, Sector
from pim_desktop.domain.record_fields import RecordChange
from pim_desktop.domain.record_labels import ATTENDANCE, MEETING
from pim_desktop.persistence.city_profile_repository import CityProfileRepository
from pim_desktop.persistence.meeting_repository import MeetingRepository
from pim_desktop.persistence.partnership_repository import PartnershipRepository
from pim_desktop.persistence.record_change_repository import RecordChangeRepository
from pim_desktop.services.errors import storage_errors
from pim_desktop.services.record_keeping import RecordKeepingService, raise_if
from pim_desktop.services.versioned_save import Edit, gone, log_changes, merged


class MeetingService(RecordKeepingService):
    def meetings(self) -> list[MeetingSummary]:
        """Every meeting, newest first."""
        with storage_errors(), self._session_factory() as session:
            return MeetingRepository(session).summaries()

    def meeting(self, meeting_id: int) -> Meeting:
        with storage_errors(), self._session_factory() as session:
            return MeetingRepository(session).get(meeting_id)

    def add_meeting(self, details: MeetingDetails, invited: Iterable[int]) -> Meeting:
        raise_if(check_meeting_details(details))
        with storage_errors(), self._session_factory.begin() as session:
            return MeetingRepository(session).add(details, invited, self._officer())

    def save_plan(
        self, meeting_id: int, plan: MeetingPlan, *, original: MeetingPlan | None = None
    ) -> Meeting:
        """Change what the invitation says and who is invited (recorded attendance stays),
        against the version ``plan.stamp`` names (see ``versioned_save``): raises
        ``EditConflict`` when someone else changed the same fields meanwhile, ``Refused`` when
        they deleted the meeting."""
        raise_if(check_meeting_details(plan.details))
        with storage_errors(), self._session_factory.begin() as session:
            meetings = MeetingRepository(session)
            stored = self._locked(session, meetings, meeting_id)
            edit = Edit(MEETING, meeting_id, plan.stamp.version, plan, original)
            chosen = merged(edit, stored.plan(), stored.stamp, fields=plan_fields)
            meetings.update_details(meeting_id, chosen.details, chosen.invited)
            return self._stamped(session, stored)

    def update_details(
        self, meeting_id: int, details: MeetingDetails, invited: Iterable[int]
    ) -> Meeting:
        """Change the invitation as it stands now, whatever version is stored (for callers
        that hold no editor opened at a version); recorded attendance stays."""
        raise_if(check_meeting_details(details))
        wanted = list(invited)
        return self._change(
            meeting_id, lambda meetings: meetings.update_details(meeting_id, details, wanted)
        )

    def history(self, meeting_id: int) -> list[RecordChange]:
        """Who changed what of a meeting and its attendance, and when, newest first."""
        with storage_errors(), self._session_factory() as session:
            return RecordChangeRepository(session).history([MEETING, ATTENDANCE], meeting_id)

    def delete_meeting(self, meeting_id: int) -> None:
        with storage_errors(), self._session_factory.begin() as session:
            meetings = MeetingRepository(session)
            title = meetings.get(meeting_id).details.title
            meetings.delete(meeting_id)
            changes = RecordChangeRepository(session)
            changes.add_deletion(MEETING, meeting_id, self._officer(), title)

    def record_attendance(
        self,
        meeting_id: int,
        invitations: Iterable[Invitation],
        *,
        originals: Mapping[int, Invitation] | None = None,
    ) -> Meeting:
        """Record who came. Each member's attendance is a record of its own, saved against
        the version its invitation names (``originals``: what the editor showed, by member), so
        two officers ticking different people both keep their ticks; one person ticked two
        ways raises ``EditConflict`` (its ``record_id`` is the member's) and writes nothing."""
        wanted = list(invitations)
        raise_if([p for invitation in wanted for p in check_invitation(invitation)])
        shown = originals or {}
        with storage_errors(), self._session_factory.begin() as session:
            meetings = MeetingRepository(session)
            stored = meetings.locked_invitations(meeting_id, [i.member_id for i in wanted])
            chosen = []
            for invitation in wanted:
                current = stored.get(invitation.member_id)
                if current is None:
                    raise gone(session, ATTENDANCE, meeting_id)
                edit = Edit(
                    ATTENDANCE,
                    invitation.member_id,
                    invitation.stamp.version,
                    invitation,
                    shown.get(invitation.member_id),
                )
                chosen.append(merged(edit, current, current.stamp))
            officer = self._officer()
            saved = meetings.set_invitations(meeting_id, chosen, officer)
            for invitation in chosen:
                before = stored[invitation.member_id]
                log_changes(
                    session,
                    ATTENDANCE,
                    meeting_id,
                    officer=officer,
                    before=before,
                    after=invitation,
                    fields=attendance_fields,
                )
            return saved

    def set_guests(self, meeting_id: int, guests: Iterable[Guest]) -> Meeting:
        kept = [guest for guest in guests if guest.name.strip()]
        return self._change(meeting_id, lambda meetings: meetings.set_guests(meeting_id, kept))

    def save_minutes(self, meeting_id: int, minutes: str, decisions: Iterable[str]) -> Meeting:
        texts = list(decisions)
        return self._change(
            meeting_id, lambda meetings: meetings.save_minutes(meeting_id, minutes, texts)
        )

    def save_task(self, meeting_id: int, task: Task) -> Meeting:
        raise_if(check_task(task))
        return self._change(meeting_id, lambda meetings: meetings.save_task(meeting_id, task))

    def delete_task(self, meeting_id: int, task_id: int) -> Meeting:
        return self._change(meeting_id, lambda meetings: meetings.delete_task(meeting_id, task_id))

    def _change(self, meeting_id: int, write: Callable[[MeetingRepository], object]) -> Meeting:
        """Write one part of a meeting as a new version by the officer, logging what changed."""
        with storage_errors(), self._session_factory.begin() as session:
            meetings = MeetingRepository(session)
            stored = self._locked(session, meetings, meeting_id)
            write(meetings)
            return self._stamped(session, stored)

    def _locked(self, session: Session, meetings: MeetingRepository, meeting_id: int) -> Meeting:
        stored = meetings.locked(meeting_id)
        if stored is None:
            raise gone(session, MEETING, meeting_id)
        return stored

    def _stamped(self, session: Session, before: Meeting) -> Meeting:
        officer = self._officer()
        saved = MeetingRepository(session).stamp(before.id, officer)
        log_changes(
            session,
            MEETING,
            before.id,
            officer=officer,
            before=before,
            after=saved,
            fields=meeting_fields,
        )
        return saved

    def add_attachment(self, meeting_id: int, kind: AttachmentKind, source: Path) -> Meeting:
        """Copy ``source`` into the attachment store and list it under the meeting."""
        stored = self._attachments.add(source)
        file = AttachmentRef(stored.file_name, stored.size, stored.sha256)
        with storage_errors(), self._session_factory.begin() as session:
            return MeetingRepository(session).add_attachment(meeting_id, kind, file)

    def remove_attachment(self, meeting_id: int, attachment_id: int) -> Meeting:
        with storage_errors(), self._session_factory.begin() as session:
            meetings = MeetingRepository(session)
            meeting, sha256 = meetings.remove_attachment(meeting_id, attachment_id)
            unused = (
                meetings.attachment_references(sha256) == 0
                and PartnershipRepository(session).letter_references(sha256) == 0
            )
        if unused:
            self._attachments.discard(sha256)
        return meeting

    def print_attendance_sheet(self, meeting_id: int, target: Path) -> int:
        """Write the attendance list for signatures to ``target``; return its page count."""
        # reportlab is imported when a PDF is made, not with the service (the dashboard uses it).
        from pim_desktop.pdf.attendance_sheet import build_attendance_sheet
        from pim_desktop.services.meeting_print import attendance_sheet

        with storage_errors(), self._session_factory() as session:
            meeting = MeetingRepository(session).get(meeting_id)
            members = _by_id(PartnershipRepository(session).all())
            city = CityProfileRepository(session).load()
        return build_attendance_sheet(target, attendance_sheet(meeting, members, city))

    def print_minutes(self, meeting_id: int, target: Path) -> int:
        """Write the minutes (protokół) to ``target``; return its page count."""
        from pim_desktop.pdf.minutes import build_minutes
        from pim_desktop.services.meeting_print import minutes_document

        with storage_errors(), self._session_factory() as session:
            meeting = MeetingRepository(session).get(meeting_id)
            members = _by_id(PartnershipRepository(session).all())
            city = CityProfileRepository(session).load()
        return build_minutes(target, minutes_document(meeting, members, city, self._today()))

    def figures(self) -> PartnershipFigures:
        """Meetings per quarter, attendance per member and sector, open and overdue tasks."""
        with storage_errors(), self._session_factory() as session:
            members = PartnershipRepository(session).all()
            meetings = MeetingRepository(session).all()
        return compute_figures(members, meetings, self._today())

    def attendance_of(self, meeting_id: int) -> list[MeetingAttendance]:
        """The invited members of a meeting with their names, ready for the attendance editor."""
        with storage_errors(), self._session_factory() as session:
            meeting = MeetingRepository(session).get(meeting_id)
            members = _by_id(PartnershipRepository(session).all())
        rows = [
            MeetingAttendance(invitation, members[invitation.member_id])
            for invitation in meeting.invitations
        ]
        return sorted(rows, key=lambda row: polish_sort_key(row.member.display_name))


def compute_figures(
    members: list[Member], meetings: list[Meeting], today: dt.date
) -> PartnershipFigures:
    by_id = _by_id(members)
    per_member: dict[int, AttendanceRate] = {}
    for meeting in meetings:
        for invitation in meeting.invitations:
            if invitation.status is not None:
                seen = AttendanceRate(1, 1 if invitation.attended else 0)
                per_member[invitation.member_id] = (
                    per_member.get(invitation.member_id, AttendanceRate()) + seen
                )
    per_sector: dict[Sector, AttendanceRate] = {}
    for member_id, rate in per_member.items():
        sector = by_id[member_id].sector
        per_sector[sector] = per_sector.get(sector, AttendanceRate()) + rate
    by_member = sorted(
        (
            MemberAttendance(m_id, by_id[m_id].display_name, by_id[m_id].sector, rate)
            for m_id, rate in per_member.items()
        ),
        key=lambda entry: polish_sort_key(entry.name),
    )
    return PartnershipFigures(
        active_members=sum(1 for m in members if m.is_active(today)),
        left_members=sum(1 for m in members if not m.is_active(today)),
        meetings=len(meetings),
        per_quarter=tuple(meetings_per_quarter([_local_day(m) for m in meetings])),
        attendance=sum(per_member.values(), AttendanceRate()),
        by_member=tuple(by_member),
        by_sector=tuple((sector, per_sector[sector]) for sector in Sector if sector in per_sector),
        open_tasks=tuple(_open_tasks(meetings, by_id, today)),
        members_left_on=tuple(member.left_on for member in members),
    )


def _open_tasks(
    meetings: list[Meeting], members: dict[int, Member], today: dt.date
) -> list[OpenTask]:
    tasks = [
        OpenTask(
            task=task,
            meeting_id=meeting.id,
            meeting_title=meeting.details.title,
            meeting_starts_at=meeting.details.starts_at,
            owner=members[task.owner_member_id].display_name
            if task.owner_member_id in members
            else task.owner_name,
            overdue=task.is_overdue(today),
        )
        for meeting in meetings
        for task in meeting.tasks
        if not task.done
    ]
    return sorted(
        tasks, key=lambda t: (t.task.due_on is None, t.task.due_on or today, t.meeting_starts_at)
    )


def _local_day(meeting: Meeting) -> dt.date:
    return meeting.details.starts_at.astimezone().date()


def _by_id(members: list[Member]) -> dict[int, Member]:
    return {member.id: member for member in members if member.id is not None}
