"""The whole city's partnership data in the portable file: the register, the meetings, the MID
and the network, carried with their links and attached files, compared kind by kind on import.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from partnership_data import organisation
from safety_files import read_package

from pim_desktop.context import AppContext
from pim_desktop.domain.meeting import (
    AttachmentKind,
)
from pim_desktop.domain.package_city import (
    KIND_ACTION_PLAN,
    KIND_MEETINGS,
    KIND_MEMBERS,
    KIND_NETWORK,
)
from pim_desktop.services.import_plan import KindOutcome, KindStep


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
