"""Members, meetings, attendance and plan actions in the local journal: kept whole, written
back in the order they were made (new records created, a later edit of one reaching it), a
colleague's change of another field kept, one of the same field put to the officer, and a
record a colleague deleted meanwhile set aside and reported once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from partnership_data import meeting_for, organisation, small_partnership
from sqlalchemy.engine import URL
from team_officers import colleague_on

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.action_plan import Action
from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.domain.meeting import AttendanceStatus
from pim_desktop.domain.problems import Refused
from pim_desktop.domain.record_journal import AttendanceSheet
from pim_desktop.domain.record_labels import ACTION, ATTENDANCE, MEETING, MEMBER
from pim_desktop.paths import AppPaths
from pim_desktop.persistence.journal_store import SET_ASIDE_FOLDER, JournalStore
from pim_desktop.services.team_journal import TeamJournal, journal_folder


@pytest.fixture
def team_context(paths: AppPaths, team_database: URL) -> Iterator[AppContext]:
    context = open_database(paths, read_only=False, team=team_database)
    yield context
    context.close()


@pytest.fixture
def other(team_context: AppContext, team_database: URL, tmp_path: Path) -> Iterator[AppContext]:
    with colleague_on(team_context, team_database, tmp_path / "ustawienia kolegi") as colleague:
        yield colleague


def journal_of(context: AppContext) -> TeamJournal:
    journal = context.team_journal
    assert journal is not None
    return journal


def test_every_kind_is_written_back_in_order_and_a_new_record_is_created_then_edited(
    team_context: AppContext,
) -> None:
    context = team_context
    journal = journal_of(context)
    members = small_partnership(context)
    meeting = meeting_for(context, members[:2])
    start = dt.date(2026, 1, 1)
    action = context.action_plan.add_action(
        Action(code="D1", title="Park kieszonkowy", start_month=start, end_month=start)
    )
    member = members[0]

    journal.keep_record(MEMBER, member.id, dataclasses.replace(member, notes="Pierwsza"), member)
    shown = dataclasses.replace(member, notes="Pierwsza")
    journal.keep_record(MEMBER, member.id, dataclasses.replace(shown, address="ul. Nowa"), shown)
    new = journal.keep_record(
        MEMBER, None, organisation("Koło Gospodyń „Łąka”", "Ola Wiśniewska"), None
    )
    assert new.record_id == -1 and new.based_on_version is None
    typed_later = journal.keep_record(
        MEMBER,
        -1,
        dataclasses.replace(
            organisation("Koło Gospodyń „Łąka”", "Ola Wiśniewska"), id=-1, notes="Dopisane"
        ),
        dataclasses.replace(organisation("Koło Gospodyń „Łąka”", "Ola Wiśniewska"), id=-1),
    )
    assert typed_later.values == {"notes": "Dopisane"}
    plan = meeting.plan()
    renamed = dataclasses.replace(
        plan, details=dataclasses.replace(plan.details, title="Nowy tytuł")
    )
    journal.keep_record(MEETING, meeting.id, renamed, plan)
    invitation = meeting.invitations[0]
    ticked = dataclasses.replace(invitation, status=AttendanceStatus.PRESENT)
    journal.keep_record(
        ATTENDANCE, meeting.id, AttendanceSheet((ticked,)), AttendanceSheet((invitation,))
    )
    journal.keep_record(ACTION, action.id, dataclasses.replace(action, title="Park"), action)
    journal.keep_record(
        ACTION, None, Action(code="D2", title="Ławki", start_month=start, end_month=start), None
    )

    folder = journal_folder(context.paths.data_dir)
    names = sorted(path.name for path in folder.glob("*.json"))
    assert len(names) == 8 == journal.count()
    assert names[2].endswith("-member--1.json")
    document = json.loads((folder / names[0]).read_text(encoding="utf-8"))
    assert (document["kind"], document["values"], document["original"]) == (
        "member",
        {"notes": "Pierwsza"},
        {"notes": ""},
    )
    assert journal.holds(member.id or 0, MEMBER) and not journal.holds(member.id or 0)

    outcome = journal.replay()
    assert (outcome.waiting, outcome.stopped_because, outcome.set_aside) == (0, "", [])
    assert [kind for kind, _ in outcome.records] == [MEMBER] * 4 + [MEETING, ATTENDANCE] + [
        ACTION
    ] * 2
    stored = context.partnership.member(member.id or 0)
    assert (stored.notes, stored.address, stored.stamp.version) == ("Pierwsza", "ul. Nowa", 3)
    created = next(
        s.member for s in context.partnership.members() if "Gospodyń" in s.member.display_name
    )
    assert (created.notes, created.stamp.version, created.stamp.changed_by) == (
        "Dopisane",
        2,
        context.officer,
    )
    again = context.meetings.meeting(meeting.id)
    assert again.details.title == "Nowy tytuł"
    assert again.invitation(invitation.member_id).status is AttendanceStatus.PRESENT  # type: ignore[union-attr]
    assert [a.title for a in context.action_plan.actions()] == ["Park", "Ławki"]
    assert not list(folder.glob("*.json"))


def test_a_colleague_s_other_field_is_kept_and_the_same_field_is_put_to_the_officer(
    team_context: AppContext, other: AppContext
) -> None:
    context = team_context
    journal = journal_of(context)
    member = context.partnership.add_member(organisation("Fundacja Łąka", "Ewa Żak"))
    journal.keep_record(
        MEMBER, member.id, dataclasses.replace(member, notes="Moja", importance=5), member
    )
    theirs = other.partnership.member(member.id or 0)
    other.partnership.update_member(
        dataclasses.replace(theirs, notes="Ich", address="ul. Długa 5"), original=theirs
    )

    # Not decided now: nothing is written and the entry waits.
    outcome = journal.replay()
    assert (outcome.waiting, outcome.records) == (1, [])
    assert outcome.stopped_because and context.partnership.member(member.id or 0).notes == "Ich"

    asked: list[EditConflict] = []

    def keep_mine(conflict: EditConflict) -> dict[str, Any]:
        asked.append(conflict)
        return {item.field_id: item.yours for item in conflict.outcome.conflicts}

    outcome = journal.replay(keep_mine)
    assert outcome.waiting == 0
    assert [[c.field_id for c in a.outcome.conflicts] for a in asked] == [["notes"]]
    stored = context.partnership.member(member.id or 0)
    assert (stored.notes, stored.address, stored.importance) == ("Moja", "ul. Długa 5", 5)


def test_a_record_deleted_meanwhile_is_set_aside_and_reported_once(
    team_context: AppContext, other: AppContext
) -> None:
    context = team_context
    journal = journal_of(context)
    member = context.partnership.add_member(organisation("Fundacja Łąka", "Ewa Żak"))
    kept = context.partnership.add_member(organisation("Stowarzyszenie Sęk", "Jan Sęk"))
    journal.keep_record(MEMBER, member.id, dataclasses.replace(member, notes="Na próżno"), member)
    journal.keep_record(MEMBER, kept.id, dataclasses.replace(kept, notes="Dotrze"), kept)
    other.partnership.remove_member(member.id or 0)

    outcome = journal.replay()
    assert outcome.waiting == 0
    [(entry, reason)] = outcome.set_aside
    assert entry.record_id == member.id and isinstance(reason, Refused)
    assert reason.params["officer"] == "Jan Kowalski"
    assert context.partnership.member(kept.id or 0).notes == "Dotrze"  # the next one still went
    aside = journal_folder(context.paths.data_dir) / SET_ASIDE_FOLDER
    assert [path.name for path in aside.iterdir()] == [entry.name]
    assert journal.replay().set_aside == []  # never tried again


def test_entries_of_applications_already_on_disk_still_read_and_write_back(
    team_context: AppContext,
) -> None:
    context = team_context
    journal = journal_of(context)
    context.sample_data.create()
    partner = next(
        s.application for s in context.applications.summaries() if s.application.role == "partner"
    )
    folder = journal_folder(context.paths.data_dir)
    folder.mkdir(parents=True)
    document = {
        "format": 1,
        "kind": "application",
        "record_id": partner.id,
        "based_on_version": partner.row_version,
        "original": {"motivation": partner.values.get("motivation")},
        "values": {"motivation": "Z dysku"},
        "officer": "Jan Kowalski",
        "written_at": "2026-12-01T08:00:00+00:00",
        "database": journal.database,
        "base": {},
    }
    (folder / f"000000001-application-{partner.id}.json").write_text(
        json.dumps(document), encoding="utf-8"
    )
    member = context.partnership.add_member(organisation("Fundacja Łąka", "Ewa Żak"))
    journal.keep_record(MEMBER, member.id, dataclasses.replace(member, notes="Po wniosku"), member)
    assert [e.kind for e in JournalStore(folder).entries()] == ["application", "member"]

    outcome = journal.replay()
    assert (outcome.waiting, len(outcome.written), len(outcome.records)) == (0, 1, 1)
    assert context.applications.load(partner.id).values["motivation"] == "Z dysku"
    assert context.partnership.member(member.id or 0).notes == "Po wniosku"


class Crash(Exception):
    """The program stopping at that point of a replay."""


@pytest.mark.parametrize("stops_at", ["before the new record's entry leaves", "in the later edit"])
def test_a_replay_stopped_after_a_new_record_creates_it_once_and_its_later_edit_arrives(
    team_context: AppContext, team_database: URL, monkeypatch: pytest.MonkeyPatch, stops_at: str
) -> None:
    context = team_context
    journal = journal_of(context)
    new = organisation("Koło Gospodyń „Łąka”", "Ola Wiśniewska")
    journal.keep_record(MEMBER, None, new, None)
    shown = dataclasses.replace(new, id=-1)
    journal.keep_record(MEMBER, -1, dataclasses.replace(shown, notes="Dopisane"), shown)

    if stops_at == "in the later edit":
        monkeypatch.setattr(context.partnership, "update_member", _crash)
    else:
        monkeypatch.setattr(JournalStore, "remove", _crash)
    with pytest.raises(Crash):
        journal.replay()
    monkeypatch.undo()
    assert journal.count() == (1 if stops_at == "in the later edit" else 2)

    again = open_database(context.paths, read_only=False, team=team_database)
    try:
        outcome = journal_of(again).replay()
        assert (outcome.waiting, outcome.stopped_because, outcome.set_aside) == (0, "", [])
        made = [
            s.member
            for s in again.partnership.members()
            if s.member.display_name == "Koło Gospodyń „Łąka”"
        ]
        assert [m.notes for m in made] == ["Dopisane"]
        # Once nothing waits, the map of created records is emptied, and the next new record
        # takes -1 again.
        assert JournalStore(journal_folder(again.paths.data_dir)).created() == {}
        assert journal_of(again).keep_record(MEMBER, None, new, None).record_id == -1
    finally:
        again.close()


def _crash(*_args: object, **_kwargs: object) -> None:
    raise Crash
