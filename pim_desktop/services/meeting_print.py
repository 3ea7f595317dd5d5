"""Turns a stored meeting into what the attendance list and the minutes print, in Polish.

The attendance list names everyone invited: it is signed on paper and kept by the office. The
minutes may be published, so they name a person only when the person agreed to the publication
of their name in documents.
"""

from __future__ import annotations

import datetime as dt

from pim_desktop.domain.city import CityProfile
from pim_desktop.domain.collation import polish_sort_key, surname_first_key
from pim_desktop.domain.dates import day_text
from pim_desktop.domain.meeting import (
    ATTACHMENT_KIND_LABELS,
    ATTENDANCE_LABELS,
    MEETING_TYPE_LABELS,
    NOT_RECORDED_LABEL,
    AttachmentKind,
    AttendanceStatus,
    Invitation,
    Meeting,
    MeetingType,
    Task,
    count_attendance,
)
from pim_desktop.domain.partnership import ERASED_NAME, Member, MemberKind, Person
from pim_desktop.pdf.attendance_sheet import AttendanceSheet, SheetRow
from pim_desktop.pdf.meeting_header import MeetingHeader, city_or_placeholder
from pim_desktop.pdf.minutes import MinutesAttendee, MinutesDocument, MinutesTask

RESIDENT = "osoba prywatna (mieszkaniec)"
WITHHELD = "(bez zgody na publikację)"
# What the minutes are of, and the participle that agrees with it ("z konsultacji odbytych").
MINUTES_OF: dict[MeetingType, tuple[str, str]] = {
    MeetingType.LP_MEETING: ("ze spotkania Lokalnego Partnerstwa", "odbytego"),
    MeetingType.WORKSHOP: ("z warsztatu Lokalnego Partnerstwa", "odbytego"),
    MeetingType.CONSULTATION: ("z konsultacji", "odbytych"),
    MeetingType.STUDY_VISIT: ("z wizyty studyjnej", "odbytej"),
    MeetingType.NETWORK_MEETING: ("ze spotkania sieci tematycznej", "odbytego"),
    MeetingType.EXPERT_VISIT: ("z wizyty eksperta tematycznego", "odbytej"),
}


def meeting_header(meeting: Meeting, city: CityProfile) -> MeetingHeader:
    details = meeting.details
    return MeetingHeader(
        city_name=city_or_placeholder(city.official_name),
        type_label=MEETING_TYPE_LABELS[details.meeting_type],
        title=details.title,
        starts_at=details.starts_at.astimezone(),
        ends_at=details.ends_at.astimezone() if details.ends_at else None,
        place=details.place,
        online_link=details.online_link,
    )


def attendance_sheet(
    meeting: Meeting, members: dict[int, Member], city: CityProfile
) -> AttendanceSheet:
    rows = [_sheet_row(members[invitation.member_id]) for invitation in meeting.invitations]
    rows.sort(
        key=lambda row: surname_first_key(row.name) if row.name else ((9999,), row.organisation)
    )
    guests = tuple(SheetRow(guest.name, guest.organisation) for guest in meeting.guests)
    return AttendanceSheet(meeting_header(meeting, city), tuple(rows), guests)


def _sheet_row(member: Member) -> SheetRow:
    person = member.representative
    name = "" if person.erased else person.name
    if member.kind is MemberKind.INDIVIDUAL:
        return SheetRow(person.name, RESIDENT)
    substitute = member.substitute
    note = f"zastępca: {substitute.name}" if substitute.name and not substitute.erased else ""
    return SheetRow(name, member.organisation_name, note)


def minutes_document(
    meeting: Meeting, members: dict[int, Member], city: CityProfile, today: dt.date
) -> MinutesDocument:
    def order(invitation: Invitation) -> tuple[bool, tuple[tuple[int, ...], str]]:
        member = members[invitation.member_id]
        # Organisations by name, then residents by surname.
        if member.kind is MemberKind.INDIVIDUAL:
            return True, surname_first_key(member.display_name)
        return False, polish_sort_key(member.display_name)

    invitations = sorted(meeting.invitations, key=order)
    attendees = [_attendee(members[i.member_id], i) for i in invitations]
    return MinutesDocument(
        header=meeting_header(meeting, city),
        of_what=MINUTES_OF[meeting.details.meeting_type][0],
        held=MINUTES_OF[meeting.details.meeting_type][1],
        counts=count_attendance(meeting),
        attendees=tuple(attendees),
        names_withheld=any(WITHHELD in a.person for a in attendees),
        guests=tuple(
            ", ".join(part for part in (g.name, g.organisation) if part) for g in meeting.guests
        ),
        agenda=meeting.details.agenda,
        minutes=meeting.minutes,
        decisions=meeting.decisions,
        tasks=tuple(_task(task, members, today) for task in meeting.tasks),
        attachments=_attachments(meeting),
    )


def _published_name(person: Person) -> str:
    if person.erased:
        return ERASED_NAME
    if not person.name.strip():
        return ""
    return person.name if person.consent.publication else WITHHELD


def _attendee(member: Member, invitation: Invitation) -> MinutesAttendee:
    resident = member.kind is MemberKind.INDIVIDUAL
    label = RESIDENT if resident else member.organisation_name
    status = ATTENDANCE_LABELS[invitation.status] if invitation.status else NOT_RECORDED_LABEL
    person = _published_name(member.representative)
    if invitation.status is AttendanceStatus.SUBSTITUTED:
        substitute = invitation.substitute_name.strip()
        registered = member.substitute
        if substitute.casefold() == registered.name.strip().casefold():
            person = _published_name(registered)
        else:
            person = WITHHELD if substitute else ""
        status = f"{status} (zamiast przedstawiciela)"
    return MinutesAttendee(label, person, status)


def _task(task: Task, members: dict[int, Member], today: dt.date) -> MinutesTask:
    owner = task.owner_name
    if task.owner_member_id is not None and task.owner_member_id in members:
        owner = members[task.owner_member_id].display_name
    if task.done_on is not None:
        state = f"wykonane {day_text(task.done_on)}"
    elif task.is_overdue(today):
        state = "po terminie"
    else:
        state = "w toku"
    due = day_text(task.due_on) if task.due_on else "—"
    return MinutesTask(task.description, owner, due, state)


def _attachments(meeting: Meeting) -> tuple[str, ...]:
    listed = [f"{ATTACHMENT_KIND_LABELS[a.kind]}: {a.file.file_name}" for a in meeting.attachments]
    if not any(a.kind is AttachmentKind.SIGNED_ATTENDANCE_LIST for a in meeting.attachments):
        listed.insert(0, "lista obecności z podpisami (w dokumentacji urzędu)")
    return tuple(listed)
