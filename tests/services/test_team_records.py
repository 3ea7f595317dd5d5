"""Two officers saving members, meetings, attendance and plan actions on one database: what
both changed is kept, one field changed by both is a conflict that writes nothing, and the
history names who changed what."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from partnership_data import meeting_for, organisation, small_partnership
from sqlalchemy.engine import URL
from team_officers import FIRST_OFFICER, SECOND_OFFICER, colleague_on

from pim_desktop.context import AppContext
from pim_desktop.domain.action_plan import Action, FundingKind, FundingSource
from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.domain.meeting import AttendanceStatus
from pim_desktop.domain.problems import Refused
from pim_desktop.domain.record_fields import resolved_record


@pytest.fixture
def other(context: AppContext, database_url: URL | None, tmp_path: Path) -> Iterator[AppContext]:
    with colleague_on(context, database_url, tmp_path / "ustawienia kolegi") as colleague:
        yield colleague


def test_two_officers_changing_different_fields_of_a_member_both_keep_them(
    context: AppContext, other: AppContext
) -> None:
    member = context.partnership.add_member(organisation("Fundacja Łąka", "Ewa Żak"))
    assert (member.stamp.version, member.stamp.changed_by) == (1, FIRST_OFFICER)
    mine = context.partnership.member(member.id or 0)
    theirs = other.partnership.member(member.id or 0)

    other.partnership.update_member(
        dataclasses.replace(theirs, address="ul. Długa 5"), original=theirs
    )
    saved = context.partnership.update_member(
        dataclasses.replace(mine, notes="Dzwonić rano"), original=mine
    )

    assert (saved.address, saved.notes) == ("ul. Długa 5", "Dzwonić rano")
    assert saved.stamp.version == 3
    assert saved.stamp.changed_by == FIRST_OFFICER
    stored = other.partnership.member(member.id or 0)
    assert (stored.address, stored.notes) == ("ul. Długa 5", "Dzwonić rano")
    history = context.partnership.history(member.id or 0)
    assert [(c.changed_by, c.field_id, c.old, c.new) for c in history] == [
        (FIRST_OFFICER, "notes", "", "Dzwonić rano"),
        (SECOND_OFFICER, "address", "", "ul. Długa 5"),
    ]


def test_one_field_changed_by_both_is_a_conflict_that_writes_nothing_until_resolved(
    context: AppContext, other: AppContext
) -> None:
    member = context.partnership.add_member(organisation("Fundacja Łąka", "Ewa Żak"))
    mine = context.partnership.member(member.id or 0)
    theirs = other.partnership.member(member.id or 0)
    other.partnership.update_member(
        dataclasses.replace(theirs, notes="Ich uwaga", address="ul. Krótka 1"), original=theirs
    )

    edited = dataclasses.replace(
        mine,
        notes="Moja uwaga",
        representative=dataclasses.replace(mine.representative, phone="500 600 700"),
    )
    with pytest.raises(EditConflict) as conflict:
        context.partnership.update_member(edited, original=mine)

    error = conflict.value
    assert [c.field_id for c in error.outcome.conflicts] == ["notes"]
    assert error.labels == {"notes": "uwagi"}
    assert error.changed_by == SECOND_OFFICER
    assert (error.outcome.conflicts[0].theirs, error.outcome.conflicts[0].yours) == (
        "Ich uwaga",
        "Moja uwaga",
    )
    unchanged = context.partnership.member(member.id or 0)
    assert (unchanged.notes, unchanged.representative.phone) == ("Ich uwaga", "")
    assert unchanged.stamp.version == error.current_version == 2

    final = resolved_record(edited, error, {"notes": "Moja uwaga; ich uwaga"})
    saved = context.partnership.update_member(final, original=mine)
    assert saved.notes == "Moja uwaga; ich uwaga"
    assert saved.address == "ul. Krótka 1"
    assert saved.representative.phone == "500 600 700"
    officers = {c.changed_by for c in context.partnership.history(member.id or 0)}
    assert officers == {FIRST_OFFICER, SECOND_OFFICER}


def test_a_member_deleted_by_a_colleague_is_named_not_a_traceback(
    context: AppContext, other: AppContext
) -> None:
    member = context.partnership.add_member(organisation("Fundacja Łąka", "Ewa Żak"))
    mine = context.partnership.member(member.id or 0)
    other.partnership.remove_member(member.id or 0)

    with pytest.raises(Refused) as refused:
        context.partnership.update_member(dataclasses.replace(mine, notes="x"), original=mine)
    assert refused.value.text().startswith(f"Ten członek został usunięty przez {SECOND_OFFICER}")


def test_attendance_of_two_people_ticked_by_two_officers_is_both_kept(
    context: AppContext, other: AppContext
) -> None:
    members = small_partnership(context)
    meeting = meeting_for(context, members[:2])
    mine = context.meetings.meeting(meeting.id).invitation(members[0].id or 0)
    theirs = other.meetings.meeting(meeting.id).invitation(members[1].id or 0)
    assert mine is not None and theirs is not None

    other.meetings.record_attendance(
        meeting.id,
        [dataclasses.replace(theirs, status=AttendanceStatus.EXCUSED)],
        originals={theirs.member_id: theirs},
    )
    context.meetings.record_attendance(
        meeting.id,
        [dataclasses.replace(mine, status=AttendanceStatus.PRESENT)],
        originals={mine.member_id: mine},
    )

    stored = other.meetings.meeting(meeting.id)
    assert {i.member_id: i.status for i in stored.invitations} == {
        mine.member_id: AttendanceStatus.PRESENT,
        theirs.member_id: AttendanceStatus.EXCUSED,
    }
    history = {(c.changed_by, c.field_id, c.new) for c in context.meetings.history(meeting.id)}
    assert (FIRST_OFFICER, f"{mine.member_id}:status", "present") in history
    assert (SECOND_OFFICER, f"{theirs.member_id}:status", "excused") in history


def test_one_person_ticked_two_ways_is_a_conflict_and_nothing_is_written(
    context: AppContext, other: AppContext
) -> None:
    members = small_partnership(context)
    meeting = meeting_for(context, members[:1])
    shown = context.meetings.meeting(meeting.id).invitations[0]
    other.meetings.record_attendance(
        meeting.id, [dataclasses.replace(shown, status=AttendanceStatus.ABSENT)]
    )

    with pytest.raises(EditConflict) as conflict:
        context.meetings.record_attendance(
            meeting.id,
            [dataclasses.replace(shown, status=AttendanceStatus.PRESENT)],
            originals={shown.member_id: shown},
        )
    assert conflict.value.labels == {"status": "obecność"}
    assert conflict.value.changed_by == SECOND_OFFICER
    assert context.meetings.meeting(meeting.id).invitations[0].status is AttendanceStatus.ABSENT


def test_a_meeting_edited_by_two_keeps_both_and_names_a_clash(
    context: AppContext, other: AppContext
) -> None:
    members = small_partnership(context)
    meeting = meeting_for(context, members[:2])
    mine = context.meetings.meeting(meeting.id).plan()
    theirs = other.meetings.meeting(meeting.id).plan()
    other.meetings.save_plan(
        meeting.id,
        dataclasses.replace(theirs, details=dataclasses.replace(theirs.details, place="Aula")),
        original=theirs,
    )
    other.meetings.save_minutes(meeting.id, "Przebieg", ["Ustalenie"])

    invited_more = dataclasses.replace(mine, invited=(*mine.invited, members[2].id or 0))
    saved = context.meetings.save_plan(meeting.id, invited_more, original=mine)
    assert saved.details.place == "Aula"
    assert saved.minutes == "Przebieg"
    assert [i.member_id for i in saved.invitations] == [m.id for m in members[:3]]

    clash = dataclasses.replace(mine, details=dataclasses.replace(mine.details, place="Ratusz"))
    with pytest.raises(EditConflict) as conflict:
        context.meetings.save_plan(meeting.id, clash, original=mine)
    assert conflict.value.labels == {"details.place": "miejsce"}
    assert context.meetings.meeting(meeting.id).details.place == "Aula"
    officers = {c.changed_by for c in context.meetings.history(meeting.id)}
    assert officers == {FIRST_OFFICER, SECOND_OFFICER}


def test_an_action_edited_by_two_keeps_both_and_asks_about_the_same_field(
    context: AppContext, other: AppContext
) -> None:
    start = dt.date(2026, 1, 1)
    action = context.action_plan.add_action(
        Action(code="D1", title="Park kieszonkowy", start_month=start, end_month=start)
    )
    mine = context.action_plan.action(action.id or 0)
    theirs = other.action_plan.action(action.id or 0)
    funded = (FundingSource(FundingKind.CITY_BUDGET, 500_000),)
    other.action_plan.update_action(
        dataclasses.replace(theirs, funding=funded, title="Park przy szkole"), original=theirs
    )

    saved = context.action_plan.update_action(
        dataclasses.replace(mine, cost=500_000), original=mine
    )
    assert (saved.cost, saved.funding, saved.title) == (500_000, funded, "Park przy szkole")
    with pytest.raises(EditConflict) as conflict:
        context.action_plan.update_action(
            dataclasses.replace(mine, title="Park nad rzeką"), original=mine
        )
    assert conflict.value.labels == {"title": "tytuł"}
    assert context.action_plan.action(action.id or 0).title == "Park przy szkole"
    changes = context.action_plan.history(action.id or 0)
    assert {(c.changed_by, c.field_id) for c in changes} == {
        (FIRST_OFFICER, "cost"),
        (SECOND_OFFICER, "funding"),
        (SECOND_OFFICER, "title"),
    }
