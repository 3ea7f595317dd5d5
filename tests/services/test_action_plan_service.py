"""The MID service on a real SQLite file: actions with partners and meetings, totals, CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest

from pim_desktop.context import AppContext
from pim_desktop.domain.action_plan import (
    Action,
    ActionPlan,
    FundingKind,
    FundingSource,
    FundingStatus,
    Indicator,
    IndicatorKind,
    Objective,
    ObjectiveKind,
    PlanPart,
    Risk,
)
from pim_desktop.domain.meeting import MeetingDetails, MeetingType
from pim_desktop.domain.partnership import Member, Sector
from pim_desktop.domain.problems import ValidationFailed

START = dt.date(2026, 1, 1)


def seed_partnership(context: AppContext) -> tuple[list[int], list[int]]:
    members = [
        context.partnership.add_member(Member(organisation_name=name, sector=Sector.NGO)).id or 0
        for name in ("Stowarzyszenie „Zielone Łąki”", "Politechnika Śląska")
    ]
    when = dt.datetime(2026, 3, 10, 17, 0, tzinfo=dt.UTC)
    meeting = context.meetings.add_meeting(
        MeetingDetails(MeetingType.WORKSHOP, "Warsztat o zieleni", when), members
    )
    return members, [meeting.id]


def sample_action(members: list[int], meetings: list[int], objective: int | None) -> Action:
    return Action(
        code="D1",
        title="Park kieszonkowy przy ul. Źródlanej",
        start_month=dt.date(2026, 4, 1),
        end_month=dt.date(2027, 3, 1),
        objective_id=objective,
        partner_ids=tuple(members),
        meeting_ids=tuple(meetings),
        cost=1_234_567_89,
        funding=(
            FundingSource(FundingKind.CITY_BUDGET, 234_567_89, FundingStatus.SECURED),
            FundingSource(FundingKind.EU_PROGRAMME, 900_000_00, FundingStatus.APPLIED, "FEnIKS"),
        ),
        indicators=(
            Indicator(
                IndicatorKind.OUTPUT,
                "Nowa zieleń",
                "m²",
                Decimal("0"),
                2025,
                Decimal("2400.5"),
                2027,
                "MZDiZ",
            ),
        ),
        risks=(Risk("Opóźnienie przetargu", mitigation="Wcześniejsze ogłoszenie"),),
    )


def test_action_with_partners_meetings_and_money_is_stored_exactly(context: AppContext) -> None:
    members, meetings = seed_partnership(context)
    plan = context.action_plan.save_plan(
        ActionPlan(title="MID", horizon_start=START, horizon_end=dt.date(2029, 12, 1))
    )
    plan = context.action_plan.save_objectives(
        [Objective(ObjectiveKind.GENERAL, "C1", "Zielone śródmieście")]
    )
    stored = context.action_plan.add_action(sample_action(members, meetings, plan.objectives[0].id))
    again = context.action_plan.action(stored.id or 0)
    assert again == stored
    assert again.partner_ids == tuple(members)
    assert again.meeting_ids == tuple(meetings)
    assert again.indicators[0].target == Decimal("2400.5")
    overview = context.action_plan.overview()
    assert overview.totals.total_cost == 1_234_567_89
    assert overview.totals.secured == 234_567_89
    assert [w.code for w in overview.warnings] == ["funding_mismatch"]
    assert overview.partner_names[members[0]] == "Stowarzyszenie „Zielone Łąki”"


def test_a_deleted_member_or_meeting_leaves_the_action(context: AppContext) -> None:
    members, meetings = seed_partnership(context)
    stored = context.action_plan.add_action(sample_action(members, meetings, None))
    context.meetings.delete_meeting(meetings[0])
    context.partnership.remove_member(members[1])
    again = context.action_plan.action(stored.id or 0)
    assert again.meeting_ids == ()
    assert again.partner_ids == (members[0],)


def test_codes_are_unique_and_faults_refused(context: AppContext) -> None:
    first = sample_action([], [], None)
    context.action_plan.add_action(first)
    with pytest.raises(ValidationFailed) as refused:
        context.action_plan.add_action(first)
    assert [p.code for p in refused.value.problems] == ["code_duplicate"]


def test_texts_over_the_limit_are_kept_whole(context: AppContext) -> None:
    long_text = "Zażółć gęślą jaźń. " * 400
    context.action_plan.save_plan(ActionPlan(parts={PlanPart.CONTEXT: long_text}))
    assert context.action_plan.plan().part(PlanPart.CONTEXT) == long_text


def test_objectives_keep_their_ids_so_actions_keep_their_objective(context: AppContext) -> None:
    plan = context.action_plan.save_objectives(
        [
            Objective(ObjectiveKind.GENERAL, "C1", "Cel"),
            Objective(ObjectiveKind.SPECIFIC, "C1.1", "A"),
        ]
    )
    kept = plan.objectives[1]
    action = context.action_plan.add_action(sample_action([], [], kept.id))
    context.action_plan.save_objectives([kept, Objective(ObjectiveKind.SPECIFIC, "C1.2", "B")])
    assert context.action_plan.action(action.id or 0).objective_id == kept.id
    with pytest.raises(ValidationFailed):
        context.action_plan.save_objectives([kept, kept])


def test_action_table_goes_to_excel_csv(context: AppContext, tmp_path: Path) -> None:
    members, meetings = seed_partnership(context)
    context.action_plan.add_action(sample_action(members, meetings, None))
    target = tmp_path / "działania.csv"
    assert context.action_plan.export_csv(target) == 1
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header, row = rows
    assert header[0] == "Kod" and "Koszt (zł)" in header
    record = dict(zip(header, row, strict=True))
    assert record["Tytuł"] == "Park kieszonkowy przy ul. Źródlanej"
    assert record["Koszt (zł)"] == "1234567,89"
    assert record["Finansowanie zapewnione (zł)"] == "234567,89"
    assert "Politechnika Śląska" in record["Partnerzy"]
    assert "Warsztat o zieleni" in record["Spotkania"]
    assert record["Początek (miesiąc)"] == "04.2026"


def test_sample_data_adds_a_plan_and_a_network(context: AppContext) -> None:
    context.sample_data.create(dt.date(2026, 5, 15))
    overview = context.action_plan.overview()
    assert len(overview.actions) == 12
    assert all(a.partner_ids for a in overview.actions)
    assert any(a.meeting_ids for a in overview.actions)
    assert "funding_mismatch" in {w.code for w in overview.warnings}
    network = context.network.overview()
    assert len(network.network.cities) == 8
    assert network.warnings == ()
    assert len({c.voivodeship for c in network.network.cities}) >= 3
    assert len(context.improvement_plan.recommendations()) == 10
    assert len(network.meetings) >= 3
