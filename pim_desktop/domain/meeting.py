"""Meetings of the Local Partnership: who was invited and came, what was said, decided and assigned.

Times are aware datetimes (the database keeps them in UTC); a meeting is shown and printed in the
local time of the computer, which for the city's officers is Polish time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.dates import is_past
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.partnership import Member, Sector
from pim_desktop.domain.problems import Problem
from pim_desktop.domain.record_fields import ChangeStamp, flat_fields, to_json


class MeetingType(StrEnum):
    LP_MEETING = "lp_meeting"
    WORKSHOP = "workshop"
    CONSULTATION = "consultation"
    STUDY_VISIT = "study_visit"
    NETWORK_MEETING = "network_meeting"
    EXPERT_VISIT = "expert_visit"


# The kinds of meeting the network holds; its cities, not the partnership's members, attend.
NETWORK_MEETING_TYPES = (MeetingType.NETWORK_MEETING, MeetingType.STUDY_VISIT)

MEETING_TYPE_LABELS: dict[MeetingType, str] = {
    MeetingType.LP_MEETING: QT_TRANSLATE_NOOP("domain", "spotkanie LP"),
    MeetingType.WORKSHOP: QT_TRANSLATE_NOOP("domain", "warsztat"),
    MeetingType.CONSULTATION: QT_TRANSLATE_NOOP("domain", "konsultacje"),
    MeetingType.STUDY_VISIT: QT_TRANSLATE_NOOP("domain", "wizyta studyjna"),
    MeetingType.NETWORK_MEETING: QT_TRANSLATE_NOOP("domain", "spotkanie sieci"),
    MeetingType.EXPERT_VISIT: QT_TRANSLATE_NOOP("domain", "wizyta eksperta"),
}

# The title a new meeting of each type starts with; the officer may change it.
DEFAULT_TITLES: dict[MeetingType, str] = {
    MeetingType.LP_MEETING: QT_TRANSLATE_NOOP("domain", "Spotkanie Lokalnego Partnerstwa"),
    MeetingType.WORKSHOP: QT_TRANSLATE_NOOP("domain", "Warsztat Lokalnego Partnerstwa"),
    MeetingType.CONSULTATION: QT_TRANSLATE_NOOP("domain", "Konsultacje społeczne"),
    MeetingType.STUDY_VISIT: QT_TRANSLATE_NOOP("domain", "Wizyta studyjna"),
    MeetingType.NETWORK_MEETING: QT_TRANSLATE_NOOP("domain", "Spotkanie sieci tematycznej"),
    MeetingType.EXPERT_VISIT: QT_TRANSLATE_NOOP("domain", "Wizyta eksperta tematycznego"),
}


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"
    SUBSTITUTED = "substituted"


ATTENDANCE_LABELS: dict[AttendanceStatus, str] = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("domain", "obecny"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("domain", "usprawiedliwiony"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("domain", "nieobecny"),
    AttendanceStatus.SUBSTITUTED: QT_TRANSLATE_NOOP("domain", "zastępstwo"),
}
NOT_RECORDED_LABEL = QT_TRANSLATE_NOOP("domain", "nie odnotowano")

# A member whose organisation sent a substitute took part; excused is still absent.
ATTENDED_STATUSES = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTED})


class AttachmentKind(StrEnum):
    PHOTO = "photo"
    SIGNED_ATTENDANCE_LIST = "attendance_list"
    PRESENTATION = "presentation"
    OTHER = "other"


ATTACHMENT_KIND_LABELS: dict[AttachmentKind, str] = {
    AttachmentKind.PHOTO: QT_TRANSLATE_NOOP("domain", "zdjęcie"),
    AttachmentKind.SIGNED_ATTENDANCE_LIST: QT_TRANSLATE_NOOP(
        "domain", "podpisana lista obecności (skan)"
    ),
    AttachmentKind.PRESENTATION: QT_TRANSLATE_NOOP("domain", "prezentacja"),
    AttachmentKind.OTHER: QT_TRANSLATE_NOOP("domain", "inny dokument"),
}


@dataclass(frozen=True)
class MeetingDetails:
    """What the invitation says: kind, title, when, where, and the agenda."""

    meeting_type: MeetingType
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    place: str = ""
    online_link: str = ""
    agenda: tuple[str, ...] = ()


@dataclass(frozen=True)
class Invitation:
    """An invited member and, once recorded, whether they came (and who stood in for them)."""

    member_id: int
    status: AttendanceStatus | None = None
    substitute_name: str = ""
    # The stored version of this member's attendance (each is a record of its own).
    stamp: ChangeStamp = field(default_factory=ChangeStamp, compare=False, repr=False)

    @property
    def attended(self) -> bool:
        return self.status in ATTENDED_STATUSES


@dataclass(frozen=True)
class Guest:
    """Someone from outside the register who came (a resident, an invited speaker)."""

    name: str
    organisation: str = ""


@dataclass(frozen=True)
class Task:
    """Something the meeting assigned: what, to whom, by when, and when it was done."""

    description: str
    owner_member_id: int | None = None
    owner_name: str = ""
    due_on: dt.date | None = None
    done_on: dt.date | None = None
    id: int | None = None

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def is_overdue(self, today: dt.date) -> bool:
        return not self.done and is_past(self.due_on, today)


@dataclass(frozen=True)
class MeetingAttachment:
    kind: AttachmentKind
    file: AttachmentRef
    id: int | None = None


@dataclass(frozen=True)
class Meeting:
    id: int
    details: MeetingDetails
    invitations: tuple[Invitation, ...] = ()
    guests: tuple[Guest, ...] = ()
    minutes: str = ""
    decisions: tuple[str, ...] = ()
    tasks: tuple[Task, ...] = ()
    attachments: tuple[MeetingAttachment, ...] = ()
    stamp: ChangeStamp = field(default_factory=ChangeStamp, compare=False, repr=False)

    def invitation(self, member_id: int) -> Invitation | None:
        return next((i for i in self.invitations if i.member_id == member_id), None)

    def plan(self) -> MeetingPlan:
        """What the meeting's dialog edits, at this meeting's version."""
        invited = tuple(invitation.member_id for invitation in self.invitations)
        return MeetingPlan(self.details, invited, self.stamp)


@dataclass(frozen=True)
class MeetingPlan:
    """A meeting as its dialog edits it: what the invitation says and who is invited."""

    details: MeetingDetails
    invited: tuple[int, ...] = ()
    stamp: ChangeStamp = field(default_factory=ChangeStamp, compare=False, repr=False)


def meeting_fields(meeting: Meeting) -> dict[str, object]:
    """A meeting's fields as two officers' edits are compared and its history is logged: the
    dialog's fields and the parts the meeting's tabs keep (attendance is a record of its own)."""
    values = plan_fields(meeting.plan())
    for part in ("guests", "minutes", "decisions", "tasks"):
        values[part] = to_json(getattr(meeting, part))
    return values


def attendance_fields(invitation: Invitation) -> dict[str, object]:
    """One member's attendance as the meeting's history logs it: ``12:status``."""
    values = flat_fields(invitation)
    del values["member_id"]
    return {f"{invitation.member_id}:{key}": value for key, value in values.items()}


def plan_fields(plan: MeetingPlan) -> dict[str, object]:
    """The dialog's fields, the invited compared as a set."""
    values: dict[str, object] = flat_fields(plan)
    values["invited"] = sorted(plan.invited)
    return values


@dataclass(frozen=True)
class MeetingAttendance:
    """An invitation together with the member it was sent to."""

    invitation: Invitation
    member: Member


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting as the list shows it."""

    id: int
    meeting_type: MeetingType
    title: str
    starts_at: dt.datetime
    place: str = ""
    invited: int = 0
    attended: int = 0
    recorded: int = 0
    guests: int = 0
    open_tasks: int = 0


@dataclass(frozen=True)
class AttendanceCount:
    """Counts of one meeting's attendance, as the minutes summarise it."""

    invited: int = 0
    present: int = 0
    substituted: int = 0
    excused: int = 0
    absent: int = 0
    not_recorded: int = 0
    guests: int = 0


def count_attendance(meeting: Meeting) -> AttendanceCount:
    statuses = [invitation.status for invitation in meeting.invitations]
    return AttendanceCount(
        invited=len(statuses),
        present=statuses.count(AttendanceStatus.PRESENT),
        substituted=statuses.count(AttendanceStatus.SUBSTITUTED),
        excused=statuses.count(AttendanceStatus.EXCUSED),
        absent=statuses.count(AttendanceStatus.ABSENT),
        not_recorded=statuses.count(None),
        guests=len(meeting.guests),
    )


def check_meeting_details(details: MeetingDetails) -> list[Problem]:
    problems: list[Problem] = []
    if not details.title.strip():
        message = QT_TRANSLATE_NOOP("domain", "Podaj tytuł spotkania.")
        problems.append(Problem("title", "title_missing", message))
    if details.starts_at.tzinfo is None:
        raise ValueError("A meeting's start must carry its time zone")
    if details.ends_at is not None and details.ends_at <= details.starts_at:
        message = QT_TRANSLATE_NOOP(
            "domain", "Spotkanie musi kończyć się później, niż się zaczyna."
        )
        problems.append(Problem("ends_at", "ends_before_start", message))
    return problems


def check_invitation(invitation: Invitation) -> list[Problem]:
    if invitation.status is AttendanceStatus.SUBSTITUTED and not invitation.substitute_name.strip():
        message = QT_TRANSLATE_NOOP("domain", "Przy zastępstwie podaj, kto zastępował.")
        return [Problem("substitute_name", "substitute_missing", message)]
    return []


def check_task(task: Task) -> list[Problem]:
    if not task.description.strip():
        message = QT_TRANSLATE_NOOP("domain", "Opisz zadanie.")
        return [Problem("description", "description_missing", message)]
    return []


@dataclass(frozen=True)
class QuarterCount:
    year: int
    quarter: int
    count: int


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def meetings_per_quarter(days: list[dt.date]) -> list[QuarterCount]:
    """Meetings per calendar quarter from the first to the last, empty quarters included."""
    if not days:
        return []
    counts: dict[tuple[int, int], int] = {}
    for day in days:
        key = quarter_of(day)
        counts[key] = counts.get(key, 0) + 1
    year, quarter = min(counts)
    last = max(counts)
    result: list[QuarterCount] = []
    while (year, quarter) <= last:
        result.append(QuarterCount(year, quarter, counts.get((year, quarter), 0)))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return result


@dataclass(frozen=True)
class AttendanceRate:
    """Of the invitations with recorded attendance, how many were attended."""

    recorded: int = 0
    attended: int = 0

    @property
    def rate(self) -> float | None:
        return self.attended / self.recorded if self.recorded else None

    def __add__(self, other: AttendanceRate) -> AttendanceRate:
        return AttendanceRate(self.recorded + other.recorded, self.attended + other.attended)


@dataclass(frozen=True)
class MemberAttendance:
    member_id: int
    name: str
    sector: Sector
    rate: AttendanceRate


@dataclass(frozen=True)
class OpenTask:
    """A task not yet done, with the meeting that gave it."""

    task: Task
    meeting_id: int
    meeting_title: str
    meeting_starts_at: dt.datetime
    owner: str
    overdue: bool


@dataclass(frozen=True)
class PartnershipFigures:
    """What the Spotkania page and the dashboard show about the partnership's work."""

    active_members: int = 0
    left_members: int = 0
    meetings: int = 0
    per_quarter: tuple[QuarterCount, ...] = ()
    attendance: AttendanceRate = field(default_factory=AttendanceRate)
    by_member: tuple[MemberAttendance, ...] = ()
    by_sector: tuple[tuple[Sector, AttendanceRate], ...] = ()
    open_tasks: tuple[OpenTask, ...] = ()
    # Each member's leaving day (``None`` while staying): how many are active on another day.
    members_left_on: tuple[dt.date | None, ...] = ()

    @property
    def overdue_tasks(self) -> int:
        return sum(1 for task in self.open_tasks if task.overdue)
