"""The whole city's partnership data in the portable file: the register, the meetings, the MID
and the network, carried with their links and attached files, compared kind by kind on import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from partnership_data import meeting_for, organisation, small_partnership
from safety_files import Untouched, edit_data, read_package, refused, rewrite_package
from sqlalchemy import text

from pim_desktop.context import AppContext
from pim_desktop.domain.meeting import AttachmentKind, AttendanceStatus, Invitation, Task
from pim_desktop.domain.portable.network_activity_records import KIND_ACTIVITIES, KIND_CAPACITY
from pim_desktop.domain.portable.partnership_records import (
    KIND_ACTION_PLAN,
    KIND_MEETINGS,
    KIND_MEMBERS,
    KIND_NETWORK,
)
from pim_desktop.domain.problems import Refused
from pim_desktop.services.portable.import_preview import ClashChoice, KindOutcome, KindStep


def city_data(context: AppContext) -> dict[str, Any]:
    """Everything the partnership pages show, by names rather than database numbers."""
    summaries = context.partnership.members()
    names = {s.member.id: s.member.display_name for s in summaries}
    meetings = [context.meetings.meeting(s.id) for s in context.meetings.meetings()]
    network = context.network.network()
    return {
        "members": sorted(repr(dataclasses.replace(s.member, id=None)) for s in summaries),
        "meetings": sorted(
            repr(
                (
                    m.details,
                    m.minutes,
                    m.decisions,
                    m.guests,
                    tuple(sorted((names[i.member_id], str(i.status)) for i in m.invitations)),
                    tuple(
                        (t.description, names.get(t.owner_member_id, t.owner_name)) for t in m.tasks
                    ),
                    tuple(a.file for a in m.attachments),
                )
            )
            for m in meetings
        ),
        "plan": dataclasses.replace(
            context.action_plan.plan(),
            id=None,
            objectives=tuple(
                dataclasses.replace(o, id=None) for o in context.action_plan.plan().objectives
            ),
        ),
        "actions": [
            (
                dataclasses.replace(a, id=None, objective_id=None, partner_ids=(), meeting_ids=()),
                sorted(names[p] for p in a.partner_ids),
                len(a.meeting_ids),
            )
            for a in context.action_plan.actions()
        ],
        "network": dataclasses.replace(
            network,
            id=None,
            cities=tuple(dataclasses.replace(c, id=None) for c in network.cities),
        ),
        "recommendations": [
            (r.title, len(r.supporting_city_ids), r.source_city_id is not None)
            for r in context.improvement_plan.recommendations()
        ],
    }


def with_files(context: AppContext, tmp_path: Path) -> None:
    """The sample city, plus a member's letter of intent and a meeting's minutes as real files."""
    context.sample_data.create()
    letter = tmp_path / "list intencyjny – Fundacja Źródło.pdf"
    letter.write_bytes(b"%PDF-1.4 list intencyjny zolw " + bytes(range(256)) * 30)
    context.partnership.add_member(
        organisation("Fundacja „Źródło”", "Żaneta Łęcka"), letter_file=letter
    )
    scan = tmp_path / "lista obecności – podpisana.pdf"
    scan.write_bytes(b"%PDF-1.4 protokol " + bytes(range(256)) * 20)
    first = context.meetings.meetings()[0].id
    context.meetings.add_attachment(first, AttachmentKind.SIGNED_ATTENDANCE_LIST, scan)


def test_round_trip_carries_every_kind_and_gives_the_same_bytes(
    context: AppContext, colleague: AppContext, tmp_path: Path
) -> None:
    with_files(context, tmp_path)
    first = context.packages.export_all(tmp_path / "całe miasto.pim")
    assert {KIND_MEMBERS, KIND_MEETINGS, KIND_ACTION_PLAN, KIND_NETWORK} <= set(first.kinds)
    assert first.kinds[KIND_MEMBERS] == len(context.partnership.members())
    preview = colleague.packages.preview(first.path)
    assert [(p.kind, p.outcome) for p in preview.kinds] == [
        (KIND_MEMBERS, KindOutcome.NEW),
        (KIND_MEETINGS, KindOutcome.NEW),
        (KIND_ACTION_PLAN, KindOutcome.NEW),
        (KIND_NETWORK, KindOutcome.NEW),
        (KIND_ACTIVITIES, KindOutcome.NEW),
        (KIND_CAPACITY, KindOutcome.NEW),
    ]
    result = colleague.packages.import_package(first.path)
    assert set(result.kinds.values()) == {KindStep.ADD}
    assert city_data(colleague) == city_data(context)
    # The files travelled: the letter and the minutes open on the colleague's computer.
    member = next(s.member for s in colleague.partnership.members() if s.member.letter_of_intent)
    assert member.letter_of_intent is not None
    kept = colleague.partnership.export_attachment(member.letter_of_intent, tmp_path / "u niej")
    assert kept.read_bytes() == (tmp_path / "list intencyjny – Fundacja Źródło.pdf").read_bytes()
    again = colleague.packages.export_all(tmp_path / "z powrotem.pim")
    assert read_package(again.path)["data.json"] == read_package(first.path)["data.json"]
    # Importing the same file again writes nothing: every kind is already here.
    repeat = colleague.packages.import_package(first.path)
    assert set(repeat.kinds.values()) == {KindStep.SKIP}
    assert repeat.backup is None


def partnership_with_meeting(context: AppContext) -> None:
    """Four members and a workshop: attendance recorded, a task owned by a member."""
    members = small_partnership(context)
    meeting = meeting_for(context, members)
    context.meetings.record_attendance(
        meeting.id,
        [
            Invitation(members[0].id or 0, AttendanceStatus.PRESENT),
            Invitation(members[1].id or 0, AttendanceStatus.SUBSTITUTED, "Jerzy Źdźbło"),
        ],
    )
    context.meetings.save_task(
        meeting.id,
        Task(
            "Zebrać ankiety od mieszkańców",
            owner_member_id=members[0].id,
            due_on=dt.date(2025, 4, 1),
        ),
    )


def steps(context: AppContext, package: Path, choice: ClashChoice) -> dict[str, KindStep]:
    return context.packages.preview(package).kind_steps(choice)


def test_a_clash_keeps_the_register_here_and_holds_back_what_points_into_it(
    context: AppContext, colleague: AppContext, tmp_path: Path
) -> None:
    partnership_with_meeting(context)
    package = context.packages.export_all(tmp_path / "partnerstwo.pim").path
    colleague.partnership.add_member(organisation("Klub Seniora „Jesień”", "Halina Ćwiek"))
    preview = colleague.packages.preview(package)
    assert [(p.kind, p.outcome) for p in preview.kinds] == [
        (KIND_MEMBERS, KindOutcome.CLASH),
        (KIND_MEETINGS, KindOutcome.NEW),
    ]
    assert preview.has_clash
    assert preview.kind_steps(ClashChoice.KEEP_BOTH) == {
        KIND_MEMBERS: KindStep.KEEP,
        KIND_MEETINGS: KindStep.HOLD,
    }
    kept = colleague.packages.import_package(package, ClashChoice.KEEP_BOTH)
    assert kept.kinds == {KIND_MEMBERS: KindStep.KEEP, KIND_MEETINGS: KindStep.HOLD}
    assert [s.member.display_name for s in colleague.partnership.members()] == [
        "Klub Seniora „Jesień”"
    ]
    assert colleague.meetings.meetings() == []
    replaced = colleague.packages.import_package(package, ClashChoice.REPLACE)
    assert replaced.kinds == {KIND_MEMBERS: KindStep.REPLACE, KIND_MEETINGS: KindStep.ADD}
    assert replaced.backup is not None
    assert city_data(colleague) == city_data(context)


def test_replacing_the_register_keeps_the_meetings_here_and_their_task_owners_by_name(
    context: AppContext, colleague: AppContext, tmp_path: Path
) -> None:
    partnership_with_meeting(colleague)
    context.partnership.add_member(organisation("Rada Osiedla Śródmieście", "Ewa Żak"))
    package = context.packages.export_all(tmp_path / "sam rejestr.pim").path
    assert steps(colleague, package, ClashChoice.REPLACE) == {KIND_MEMBERS: KindStep.REPLACE}
    colleague.packages.import_package(package, ClashChoice.REPLACE)
    assert [s.member.display_name for s in colleague.partnership.members()] == [
        "Rada Osiedla Śródmieście"
    ]
    (summary,) = colleague.meetings.meetings()
    meeting = colleague.meetings.meeting(summary.id)
    assert meeting.invitations == ()
    assert [(t.description, t.owner_member_id, t.owner_name) for t in meeting.tasks] == [
        ("Zebrać ankiety od mieszkańców", None, "Stowarzyszenie „Zielone Łąki”")
    ]


def test_new_meetings_point_at_the_register_already_here(
    context: AppContext, colleague: AppContext, tmp_path: Path
) -> None:
    members = small_partnership(context)
    first = context.packages.export_all(tmp_path / "rejestr.pim").path
    colleague.packages.import_package(first)
    here = {s.member.id for s in colleague.partnership.members()}
    meeting = meeting_for(context, members[:2], "Spotkanie Lokalnego Partnerstwa nr 2")
    context.meetings.record_attendance(
        meeting.id, [Invitation(members[1].id or 0, AttendanceStatus.EXCUSED)]
    )
    second = context.packages.export_all(tmp_path / "rejestr i spotkanie.pim").path
    assert steps(colleague, second, ClashChoice.KEEP_BOTH) == {
        KIND_MEMBERS: KindStep.SKIP,
        KIND_MEETINGS: KindStep.ADD,
    }
    colleague.packages.import_package(second, ClashChoice.KEEP_BOTH)
    assert {s.member.id for s in colleague.partnership.members()} == here
    assert city_data(colleague) == city_data(context)


def test_meetings_equal_to_those_here_are_written_again_when_the_register_is_replaced(
    context: AppContext, colleague: AppContext, tmp_path: Path
) -> None:
    partnership_with_meeting(context)
    colleague.packages.import_package(context.packages.export_all(tmp_path / "a.pim").path)
    member = context.partnership.members()[2].member
    context.partnership.update_member(dataclasses.replace(member, address="ul. Ósma 8, Łódź"))
    package = context.packages.export_all(tmp_path / "b.pim").path
    preview = colleague.packages.preview(package)
    assert [p.outcome for p in preview.kinds] == [KindOutcome.CLASH, KindOutcome.SAME]
    assert preview.kind_steps(ClashChoice.KEEP_BOTH) == {
        KIND_MEMBERS: KindStep.KEEP,
        KIND_MEETINGS: KindStep.SKIP,
    }
    result = colleague.packages.import_package(package, ClashChoice.REPLACE)
    assert result.kinds == {KIND_MEMBERS: KindStep.REPLACE, KIND_MEETINGS: KindStep.REPLACE}
    assert city_data(colleague) == city_data(context)


# --- hostile and broken data -----------------------------------------------------------------


@pytest.fixture
def partnership_package(context: AppContext, tmp_path: Path) -> Path:
    partnership_with_meeting(context)
    context.network.save_header(
        dataclasses.replace(context.network.network(), name="Sieć „Zielone Miasta”")
    )
    return context.packages.export_all(tmp_path / "źródło.pim").path


def _first_meeting(document: dict[str, Any]) -> dict[str, Any]:
    meeting: dict[str, Any] = document[KIND_MEETINGS][0]
    return meeting


BROKEN: dict[str, tuple[Any, str]] = {
    "an invitation to a member not in the file": (
        lambda d: _first_meeting(d)["invitations"][0].update(member_id=99),
        "„meetings[0].invitations[0].member_id”",
    ),
    "a member without a name": (
        lambda d: d[KIND_MEMBERS][0].update(organisation_name=""),
        "„partnership_members[0].organisation_name”: Podaj nazwę instytucji",
    ),
    "an unknown key": (
        lambda d: _first_meeting(d).update(hidden="x"),
        "„meetings[0].hidden”",
    ),
    "a meeting time without its zone": (
        lambda d: _first_meeting(d)["details"].update(starts_at="2025-03-11T17:00:00"),
        "„meetings[0].details.starts_at”",
    ),
    "an answer the program does not know": (
        lambda d: d[KIND_MEMBERS][1].update(sector="sekta"),
        "„partnership_members[1].sector”",
    ),
    "a number too large for any database": (
        lambda d: d[KIND_MEMBERS][0].update(importance=10**30),
        "„partnership_members[0].importance”",
    ),
    "a score out of range": (
        lambda d: d[KIND_MEMBERS][0].update(importance=9),
        "Ocena musi być liczbą od 1 do 5",
    ),
    "two members under one number": (
        lambda d: d[KIND_MEMBERS][1].update(ref=d[KIND_MEMBERS][0]["ref"]),
        "„partnership_members[1].ref”",
    ),
    "a substitution without the substitute": (
        lambda d: _first_meeting(d)["invitations"][1].pop("substitute_name"),
        "Przy zastępstwie podaj, kto zastępował",
    ),
    "a register that is not a list": (
        lambda d: d.update({KIND_MEMBERS: {"0": d[KIND_MEMBERS][0]}}),
        "„partnership_members”",
    ),
    "a network city without a name": (
        lambda d: d[KIND_NETWORK]["network"].update(cities=[{"ref": 1}]),
        "Podaj nazwę miasta",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_partnership_data_is_refused_naming_the_place(
    context: AppContext, partnership_package: Path, tmp_path: Path, case: str
) -> None:
    change, expected = BROKEN[case]
    broken = rewrite_package(
        partnership_package, tmp_path / "zepsuty.pim", data=edit_data(change), rehash=True
    )
    message = refused(context, broken)
    assert expected in message


def test_a_count_that_does_not_match_the_data_is_refused(
    context: AppContext, partnership_package: Path, tmp_path: Path
) -> None:
    def one_more(manifest: dict[str, Any]) -> None:
        manifest["contents"]["kinds"][KIND_MEETINGS] += 1

    broken = rewrite_package(partnership_package, tmp_path / "licznik.pim", manifest=one_more)
    assert "rodzaj „meetings”" in refused(context, broken)


def test_export_refuses_data_that_would_not_import(context: AppContext, tmp_path: Path) -> None:
    small_partnership(context)
    with context.engine.begin() as connection:
        connection.execute(text("UPDATE partnership_member SET importance = 9 WHERE id = 2"))
    target = tmp_path / "nie powstanie.pim"
    untouched = Untouched(context)
    with pytest.raises(Refused) as error:
        context.packages.export_all(target)
    assert "partnership_members[1].importance" in error.value.text()
    assert "Popraw je przed eksportem" in error.value.text()
    assert not target.exists()
    untouched.check()


def test_the_manifest_counts_each_kind(context: AppContext, tmp_path: Path) -> None:
    partnership_with_meeting(context)
    package = context.packages.export_all(tmp_path / "licz.pim").path
    manifest = json.loads(read_package(package)["manifest.json"])
    assert manifest["contents"]["kinds"] == {
        "applications": 0,
        KIND_MEMBERS: 4,
        KIND_MEETINGS: 1,
    }


def test_an_action_code_twice_in_the_mid_is_refused(
    context: AppContext, colleague: AppContext, tmp_path: Path
) -> None:
    context.sample_data.create()
    package = context.packages.export_all(tmp_path / "mid.pim").path

    def same_code(document: dict[str, Any]) -> None:
        actions = document[KIND_ACTION_PLAN]["actions"]
        actions[1]["code"] = " " + actions[0]["code"].lower()

    broken = rewrite_package(
        package, tmp_path / "dwa kody.pim", data=edit_data(same_code), rehash=True
    )
    message = refused(colleague, broken)
    assert "„action_plan.actions[1].code”" in message and "już jest w planie" in message
