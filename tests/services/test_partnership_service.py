"""The register's use cases over a real database: removal keeps history, erasure keeps counts,
a person's data is exported whole."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from partnership_data import meeting_for, organisation, small_partnership

from pim_desktop.context import AppContext
from pim_desktop.domain.meeting import AttendanceStatus, Guest, Invitation, Task
from pim_desktop.domain.partnership import ERASED_NAME, Member, PersonSlot
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.services.partnership_service import Removal


def attended(context: AppContext, members: list[Member]) -> dict[int, tuple[int, int]]:
    return {
        s.member.id or 0: (s.recorded_invitations, s.attended)
        for s in context.partnership.members()
        if s.member.id in {m.id for m in members}
    }


def test_a_member_with_faults_is_refused(context: AppContext) -> None:
    bad = dataclasses.replace(organisation("Fundacja", "Jan Nowak"), importance=9)
    with pytest.raises(ValidationFailed) as refused:
        context.partnership.add_member(bad)
    assert [p.field_id for p in refused.value.problems] == ["importance"]
    assert context.partnership.members() == []


def test_removing_deletes_a_newcomer_but_marks_a_member_with_history_as_left(
    context: AppContext,
) -> None:
    members = small_partnership(context)
    meeting = meeting_for(context, members[:2])
    context.meetings.record_attendance(
        meeting.id, [Invitation(members[0].id or 0, AttendanceStatus.PRESENT)]
    )
    # Invited but never recorded: no history, so the member really goes.
    assert context.partnership.remove_member(members[1].id or 0) is Removal.DELETED
    assert context.partnership.remove_member(members[0].id or 0) is Removal.MARKED_LEFT
    kept = context.partnership.member(members[0].id or 0)
    assert kept.left_on == dt.date.today()
    assert attended(context, [kept]) == {kept.id: (1, 1)}
    assert {s.member.id for s in context.partnership.members()} == {
        members[0].id,
        members[2].id,
        members[3].id,
    }


def test_erasing_a_person_keeps_the_counts_and_clears_the_name_everywhere(
    context: AppContext,
) -> None:
    members = small_partnership(context)
    meetings = [meeting_for(context, members, f"Spotkanie {n}") for n in (1, 2)]
    ngo, office = members[0], members[1]
    for meeting in meetings:
        context.meetings.record_attendance(
            meeting.id,
            [
                Invitation(ngo.id or 0, AttendanceStatus.SUBSTITUTED, "Iwona Sęk"),
                Invitation(office.id or 0, AttendanceStatus.PRESENT),
            ],
        )
    context.meetings.save_task(meetings[0].id, Task("Zebrać dane", owner_name="Iwona Sęk"))
    before = attended(context, members)

    erased = context.partnership.erase_person(ngo.id or 0, PersonSlot.SUBSTITUTE)

    assert erased.substitute.name == ERASED_NAME and erased.substitute.erased
    assert erased.representative.name == "Łucja Żółkiewska"
    assert attended(context, members) == before
    for meeting in meetings:
        invitation = context.meetings.meeting(meeting.id).invitation(ngo.id or 0)
        assert invitation is not None and invitation.substitute_name == ERASED_NAME
    assert context.meetings.meeting(meetings[0].id).tasks[0].owner_name == ERASED_NAME


def test_erasing_a_resident_deletes_their_letter_of_intent(
    context: AppContext, tmp_path: Path
) -> None:
    letter = tmp_path / "list intencyjny Łagoda.pdf"
    letter.write_bytes(b"%PDF-1.4 list")
    member = context.partnership.add_member(small_resident(), letter_file=letter)
    assert member.letter_of_intent is not None
    stored = context.paths.attachments_dir / member.letter_of_intent.sha256[:2]
    stored = stored / member.letter_of_intent.sha256
    assert stored.exists()
    erased = context.partnership.erase_person(member.id or 0, PersonSlot.REPRESENTATIVE)
    assert erased.display_name == ERASED_NAME
    assert erased.letter_of_intent is None and erased.left_on == dt.date.today()
    assert not stored.exists()


def small_resident() -> Member:
    from partnership_data import resident

    return resident("Zofia Łagoda")


def test_a_persons_data_is_exported_as_readable_json(context: AppContext, tmp_path: Path) -> None:
    members = small_partnership(context)
    ngo = members[0]
    meeting = meeting_for(context, members)
    context.meetings.record_attendance(
        meeting.id, [Invitation(ngo.id or 0, AttendanceStatus.SUBSTITUTED, "Iwona Sęk")]
    )
    context.meetings.set_guests(meeting.id, [Guest("Iwona Sęk", "Zielone Łąki")])
    context.meetings.save_minutes(meeting.id, "Głos zabrała Iwona Sęk.", [])
    target = tmp_path / "dane osoby Sęk.json"

    context.partnership.export_person(ngo.id or 0, PersonSlot.SUBSTITUTE, target)

    text = target.read_text(encoding="utf-8")
    assert "Iwona Sęk" in text  # letters, not \\u escapes
    record = json.loads(text)
    assert record["osoba"]["imię i nazwisko"] == "Iwona Sęk"
    assert record["osoba"]["występuje jako"] == "zastępca"
    assert record["członkostwo w Lokalnym Partnerstwie"]["instytucja / organizacja"] == (
        "Stowarzyszenie „Zielone Łąki”"
    )
    [entry] = record["spotkania"]
    assert entry["obecność"] == "zastępstwo" and entry["data"] == "2025-03-11"
    assert record["udział jako gość"][0]["instytucja"] == "Zielone Łąki"
    assert record["wzmianki w protokołach"] == ["2025-03-11 Warsztat: drzewo problemów"]
    assert "Łucja" not in text, "the other person's data stays out of the file"
