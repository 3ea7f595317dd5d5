"""Meetings over a real database: checks, figures, and the sample partnership."""

from __future__ import annotations

import datetime as dt

import pytest
from partnership_data import meeting_for, small_partnership

from pim_desktop.context import AppContext
from pim_desktop.domain.meeting import (
    AttendanceStatus,
    Invitation,
    MeetingDetails,
    MeetingType,
    Task,
)
from pim_desktop.domain.partnership import Sector
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.persistence.attachment_store import AttachmentStore
from pim_desktop.persistence.engine import make_session_factory
from pim_desktop.services.meeting_service import MeetingService

TODAY = dt.date(2025, 11, 20)


def test_details_and_attendance_are_checked(context: AppContext) -> None:
    members = small_partnership(context)
    start = dt.datetime(2025, 3, 1, 10, tzinfo=dt.UTC)
    with pytest.raises(ValidationFailed):
        context.meetings.add_meeting(MeetingDetails(MeetingType.LP_MEETING, " ", start), [])
    with pytest.raises(ValidationFailed):
        context.meetings.add_meeting(
            MeetingDetails(MeetingType.LP_MEETING, "LP", start, start - dt.timedelta(hours=1)), []
        )
    meeting = meeting_for(context, members)
    with pytest.raises(ValidationFailed):
        context.meetings.record_attendance(
            meeting.id, [Invitation(members[0].id or 0, AttendanceStatus.SUBSTITUTED)]
        )
    with pytest.raises(ValidationFailed):
        context.meetings.save_task(meeting.id, Task("  "))


def test_figures_sum_up_quarters_attendance_and_overdue_tasks(context: AppContext) -> None:
    members = small_partnership(context)
    meeting = meeting_for(context, members)
    ngo, office, media, resident = (m.id or 0 for m in members)
    context.meetings.record_attendance(
        meeting.id,
        [
            Invitation(ngo, AttendanceStatus.PRESENT),
            Invitation(office, AttendanceStatus.SUBSTITUTED, "Anna Nowak"),
            Invitation(media, AttendanceStatus.ABSENT),
            Invitation(resident, AttendanceStatus.EXCUSED),
        ],
    )
    context.meetings.save_task(meeting.id, Task("Po terminie", ngo, due_on=dt.date(2025, 4, 1)))
    context.meetings.save_task(meeting.id, Task("W toku", None, "Jan Obcy", dt.date(2026, 1, 1)))
    context.meetings.save_task(meeting.id, Task("Zrobione", done_on=dt.date(2025, 3, 20)))
    service = MeetingService(
        make_session_factory(context.engine),
        AttachmentStore(context.paths.attachments_dir),
        lambda: TODAY,
    )

    figures = service.figures()

    assert (figures.active_members, figures.meetings) == (4, 1)
    assert [(q.year, q.quarter, q.count) for q in figures.per_quarter] == [(2025, 1, 1)]
    assert (figures.attendance.recorded, figures.attendance.attended) == (4, 2)
    rates = {entry.name: entry.rate.rate for entry in figures.by_member}
    assert rates["Stowarzyszenie „Zielone Łąki”"] == 1.0
    assert rates["Zofia Łagoda"] == 0.0
    assert [entry.name for entry in figures.by_member][:2] == [
        "Gazeta Źródło",
        "Stowarzyszenie „Zielone Łąki”",
    ]
    assert dict(figures.by_sector)[Sector.MEDIA].rate == 0.0
    assert [(t.task.description, t.owner, t.overdue) for t in figures.open_tasks] == [
        ("Po terminie", "Stowarzyszenie „Zielone Łąki”", True),
        ("W toku", "Jan Obcy", False),
    ]
    assert figures.overdue_tasks == 1


def test_sample_data_brings_a_partnership_in_many_sectors_with_six_meetings(
    context: AppContext,
) -> None:
    context.sample_data.create(today=TODAY)
    members = [summary.member for summary in context.partnership.members()]
    assert 24 <= len(members) <= 30
    assert len({member.sector for member in members}) == len(Sector)
    everything = context.meetings.meetings()
    # The network's own meetings (with cities, not members) are in the same list.
    meetings = [m for m in everything if m.invited]
    assert len(meetings) == 6 and len(everything) == 9
    assert all(m.recorded == m.invited > 0 for m in meetings)
    for summary in meetings:
        meeting = context.meetings.meeting(summary.id)
        assert meeting.minutes and meeting.decisions and meeting.tasks and meeting.details.agenda
        assert meeting.details.starts_at.date() < TODAY
    figures = context.meetings.figures()
    assert figures.attendance.recorded > 100 and 0.5 < (figures.attendance.rate or 0) < 1
    assert any(task.overdue for task in figures.open_tasks)
    assert figures.left_members == 1
