"""Reads and writes meetings with their agenda, attendance, guests, minutes, tasks and files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from sqlalchemy import Executable, case, delete, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.meeting import (
    ATTENDED_STATUSES,
    AttachmentKind,
    AttendanceStatus,
    Guest,
    Invitation,
    Meeting,
    MeetingAttachment,
    MeetingDetails,
    MeetingSummary,
    MeetingType,
    Task,
)
from pim_desktop.persistence.record_change_repository import locked_row, stamp_of, stamp_row
from pim_desktop.persistence.tables import (
    AgendaItemRow,
    DecisionRow,
    GuestRow,
    InvitationRow,
    MeetingAttachmentRow,
    MeetingRow,
    TaskRow,
    aware,
    utc_now,
)


class MeetingNotFound(LookupError):
    def __init__(self, meeting_id: int) -> None:
        super().__init__(f"No meeting {meeting_id}")
        self.meeting_id = meeting_id


class MeetingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def summaries(self) -> list[MeetingSummary]:
        """Every meeting, newest first, with its counts."""
        attended = case(
            (InvitationRow.status.in_([s.value for s in ATTENDED_STATUSES]), 1), else_=0
        )
        recorded = case((InvitationRow.status.is_not(None), 1), else_=0)
        invitations = {
            meeting_id: (int(invited), int(came or 0), int(noted or 0))
            for meeting_id, invited, came, noted in self._session.execute(
                select(
                    InvitationRow.meeting_id, func.count(), func.sum(attended), func.sum(recorded)
                ).group_by(InvitationRow.meeting_id)
            )
        }
        guests = self._counts(
            select(GuestRow.meeting_id, func.count()).group_by(GuestRow.meeting_id)
        )
        open_tasks = self._counts(
            select(TaskRow.meeting_id, func.count())
            .where(TaskRow.done_on.is_(None))
            .group_by(TaskRow.meeting_id)
        )
        rows = self._session.scalars(select(MeetingRow).order_by(MeetingRow.starts_at.desc()))
        return [
            MeetingSummary(
                id=row.id,
                meeting_type=MeetingType(row.meeting_type),
                title=row.title,
                starts_at=aware(row.starts_at),
                place=row.place,
                invited=invitations.get(row.id, (0, 0, 0))[0],
                attended=invitations.get(row.id, (0, 0, 0))[1],
                recorded=invitations.get(row.id, (0, 0, 0))[2],
                guests=guests.get(row.id, 0),
                open_tasks=open_tasks.get(row.id, 0),
            )
            for row in rows
        ]

    def _counts(self, statement: Executable) -> dict[int, int]:
        return {meeting_id: int(count) for meeting_id, count in self._session.execute(statement)}

    def get(self, meeting_id: int) -> Meeting:
        return _meeting(self._row(meeting_id))

    def all(self) -> list[Meeting]:
        query = select(MeetingRow).options(*_children()).order_by(MeetingRow.starts_at)
        return [_meeting(row) for row in self._session.scalars(query)]

    def add(self, details: MeetingDetails, invited: Iterable[int], officer: str = "") -> Meeting:
        now = utc_now()
        row = MeetingRow(created_at=now, minutes="", changed_by=officer)
        self._session.add(row)
        _fill_details(row, details)
        row.invitations = [
            InvitationRow(member_id=member_id) for member_id in dict.fromkeys(invited)
        ]
        row.updated_at = now
        self._session.flush()
        return _meeting(row)

    def add_record(self, meeting: Meeting) -> int:
        """Store a whole meeting as it comes from elsewhere (a portable file): details,
        invitations with attendance, guests, minutes, decisions, tasks and files, in one go.
        Its ``id`` and those of its tasks and files are ignored; the new id is returned."""
        now = utc_now()
        row = MeetingRow(created_at=now, updated_at=now, minutes=meeting.minutes)
        _fill_details(row, meeting.details)
        for invitation in meeting.invitations:
            invited = InvitationRow(member_id=invitation.member_id)
            _fill_invitation(invited, invitation)
            row.invitations.append(invited)
        row.guests = _guest_rows(meeting.guests)
        texts = _decision_texts(meeting.decisions)
        row.decisions = _decision_rows(texts)
        if meeting.minutes or texts:
            row.minutes_saved_at = now
        for position, task in enumerate(meeting.tasks, start=1):
            assigned = TaskRow(position=position)
            _fill_task(assigned, task)
            row.tasks.append(assigned)
        row.attachments = [_attachment_row(a.kind, a.file, now) for a in meeting.attachments]
        self._session.add(row)
        self._session.flush()
        return row.id

    def update_details(
        self, meeting_id: int, details: MeetingDetails, invited: Iterable[int]
    ) -> Meeting:
        """Change the invitation; members still invited keep their recorded attendance."""
        row = self._row(meeting_id)
        _fill_details(row, details)
        wanted = list(dict.fromkeys(invited))
        kept = {inv.member_id: inv for inv in row.invitations if inv.member_id in wanted}
        row.invitations = [kept.get(m) or InvitationRow(member_id=m) for m in wanted]
        return self._touched(row)

    def set_invitations(
        self, meeting_id: int, invitations: Iterable[Invitation], officer: str | None = None
    ) -> Meeting:
        """Record attendance; with ``officer``, each row written is a new version by them."""
        row = self._row(meeting_id)
        existing = {inv.member_id: inv for inv in row.invitations}
        for invitation in invitations:
            target = existing.get(invitation.member_id)
            if target is None:
                target = InvitationRow(member_id=invitation.member_id)
                row.invitations.append(target)
            _fill_invitation(target, invitation)
            if officer is not None:
                stamp_row(target, officer)
        return self._touched(row)

    def locked(self, meeting_id: int) -> Meeting | None:
        """The stored meeting, its row locked until the transaction ends (``None``: gone)."""
        row = locked_row(self._session, MeetingRow, meeting_id, _children())
        return None if row is None else _meeting(row)

    def locked_invitations(
        self, meeting_id: int, member_ids: Iterable[int]
    ) -> dict[int, Invitation]:
        """The stored attendance of some invited members, their rows locked, by member."""
        query = (
            select(InvitationRow)
            .where(InvitationRow.meeting_id == meeting_id)
            .where(InvitationRow.member_id.in_(list(member_ids)))
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return {row.member_id: _invitation(row) for row in self._session.scalars(query)}

    def stamp(self, meeting_id: int, officer: str) -> Meeting:
        """Mark the meeting as written once more, by ``officer``."""
        row = self._row(meeting_id)
        stamp_row(row, officer)
        return self._touched(row)

    def set_guests(self, meeting_id: int, guests: Iterable[Guest]) -> Meeting:
        row = self._row(meeting_id)
        row.guests = _guest_rows(guests)
        return self._touched(row)

    def save_minutes(self, meeting_id: int, minutes: str, decisions: Iterable[str]) -> Meeting:
        row = self._row(meeting_id)
        row.minutes = minutes
        texts = _decision_texts(decisions)
        if [d.text for d in row.decisions] != texts:
            row.decisions = _decision_rows(texts)
        row.minutes_saved_at = utc_now()
        return self._touched(row)

    def save_task(self, meeting_id: int, task: Task) -> Meeting:
        row = self._row(meeting_id)
        if task.id is None:
            target = TaskRow(position=len(row.tasks) + 1)
            row.tasks.append(target)
        else:
            target = next(t for t in row.tasks if t.id == task.id)
        _fill_task(target, task)
        return self._touched(row)

    def delete_task(self, meeting_id: int, task_id: int) -> Meeting:
        row = self._row(meeting_id)
        row.tasks = [task for task in row.tasks if task.id != task_id]
        for position, task in enumerate(row.tasks, start=1):
            task.position = position
        return self._touched(row)

    def add_attachment(self, meeting_id: int, kind: AttachmentKind, file: AttachmentRef) -> Meeting:
        row = self._row(meeting_id)
        row.attachments.append(_attachment_row(kind, file, utc_now()))
        return self._touched(row)

    def remove_attachment(self, meeting_id: int, attachment_id: int) -> tuple[Meeting, str]:
        """Drop one file from the meeting; return the meeting and the file's SHA-256."""
        row = self._row(meeting_id)
        gone = next(a for a in row.attachments if a.id == attachment_id)
        row.attachments.remove(gone)
        return self._touched(row), gone.sha256

    def attachment_references(self, sha256: str) -> int:
        query = select(func.count()).where(MeetingAttachmentRow.sha256 == sha256)
        return int(self._session.scalar(query) or 0)

    def delete(self, meeting_id: int) -> None:
        self._session.delete(self._row(meeting_id))

    def clear(self) -> None:
        """Remove every meeting with its invitations, tasks, minutes and links."""
        self._session.execute(delete(MeetingRow))

    def keep_owner_names(self, names: Mapping[int, str]) -> None:
        """Write each member-owned task's owner as text, so it outlives the member's entry."""
        for task in self._session.scalars(
            select(TaskRow).where(TaskRow.owner_member_id.is_not(None))
        ):
            task.owner_name = names.get(task.owner_member_id or 0, "")
            task.owner_member_id = None
        self._session.flush()

    def rename_person(self, old_name: str, new_name: str, member_id: int) -> None:
        """Replace a name typed into a member's substitutions and into tasks (for erasure)."""
        for invitation in self._session.scalars(
            select(InvitationRow).where(InvitationRow.member_id == member_id)
        ):
            if invitation.substitute_name.strip().casefold() == old_name.strip().casefold():
                invitation.substitute_name = new_name
        # SQLite lowers only ASCII letters, so the comparison is done here.
        for task in self._session.scalars(select(TaskRow).where(TaskRow.owner_name != "")):
            if task.owner_name.strip().casefold() == old_name.strip().casefold():
                task.owner_name = new_name

    def _touched(self, row: MeetingRow) -> Meeting:
        row.updated_at = utc_now()
        self._session.flush()
        return _meeting(row)

    def _row(self, meeting_id: int) -> MeetingRow:
        row = self._session.get(MeetingRow, meeting_id, options=_children())
        if row is None:
            raise MeetingNotFound(meeting_id)
        return row


def _children() -> list[ORMOption]:
    return [
        selectinload(MeetingRow.agenda_items),
        selectinload(MeetingRow.invitations),
        selectinload(MeetingRow.guests),
        selectinload(MeetingRow.decisions),
        selectinload(MeetingRow.tasks),
        selectinload(MeetingRow.attachments),
    ]


def _fill_details(row: MeetingRow, details: MeetingDetails) -> None:
    row.meeting_type = details.meeting_type.value
    row.title = details.title.strip()
    row.starts_at = details.starts_at.astimezone(dt.UTC)
    row.ends_at = None if details.ends_at is None else details.ends_at.astimezone(dt.UTC)
    row.place = details.place.strip()
    row.online_link = details.online_link.strip()
    items = [item.strip() for item in details.agenda if item.strip()]
    if [item.text for item in row.agenda_items] != items:
        row.agenda_items = [AgendaItemRow(position=n, text=t) for n, t in enumerate(items, start=1)]


def _fill_invitation(row: InvitationRow, invitation: Invitation) -> None:
    row.status = invitation.status.value if invitation.status else None
    row.substitute_name = invitation.substitute_name.strip()


def _guest_rows(guests: Iterable[Guest]) -> list[GuestRow]:
    return [
        GuestRow(position=n, name=g.name.strip(), organisation=g.organisation.strip())
        for n, g in enumerate(guests, start=1)
    ]


def _decision_texts(decisions: Iterable[str]) -> list[str]:
    return [text.strip() for text in decisions if text.strip()]


def _decision_rows(texts: list[str]) -> list[DecisionRow]:
    return [DecisionRow(position=n, text=t) for n, t in enumerate(texts, start=1)]


def _fill_task(row: TaskRow, task: Task) -> None:
    row.description = task.description.strip()
    row.owner_member_id = task.owner_member_id
    row.owner_name = "" if task.owner_member_id else task.owner_name.strip()
    row.due_on = task.due_on
    row.done_on = task.done_on


def _attachment_row(
    kind: AttachmentKind, file: AttachmentRef, added_at: dt.datetime
) -> MeetingAttachmentRow:
    return MeetingAttachmentRow(
        kind=kind.value,
        file_name=file.file_name,
        size=file.size,
        sha256=file.sha256,
        added_at=added_at,
    )


def _meeting(row: MeetingRow) -> Meeting:
    return Meeting(
        id=row.id,
        details=MeetingDetails(
            meeting_type=MeetingType(row.meeting_type),
            title=row.title,
            starts_at=aware(row.starts_at),
            ends_at=aware(row.ends_at) if row.ends_at else None,
            place=row.place,
            online_link=row.online_link,
            agenda=tuple(item.text for item in row.agenda_items),
        ),
        invitations=tuple(_invitation(inv) for inv in row.invitations),
        guests=tuple(Guest(g.name, g.organisation) for g in row.guests),
        minutes=row.minutes,
        decisions=tuple(d.text for d in row.decisions),
        tasks=tuple(_task(t) for t in row.tasks),
        attachments=tuple(
            MeetingAttachment(
                AttachmentKind(a.kind), AttachmentRef(a.file_name, a.size, a.sha256), a.id
            )
            for a in row.attachments
        ),
        stamp=stamp_of(row, row.updated_at),
    )


def _invitation(row: InvitationRow) -> Invitation:
    return Invitation(
        member_id=row.member_id,
        status=AttendanceStatus(row.status) if row.status else None,
        substitute_name=row.substitute_name,
        stamp=stamp_of(row),
    )


def _task(row: TaskRow) -> Task:
    return Task(
        description=row.description,
        owner_member_id=row.owner_member_id,
        owner_name=row.owner_name,
        due_on=row.due_on,
        done_on=row.done_on,
        id=row.id,
    )
