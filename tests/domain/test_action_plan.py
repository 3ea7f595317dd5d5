"""The MID's derived numbers and its warnings, computed from the actions alone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pim_desktop.domain.action_plan import (
    Action,
    ActionPlan,
    ActionStatus,
    FundingKind,
    FundingSource,
    FundingStatus,
    PlanPart,
    check_action,
    month_count,
)
from pim_desktop.domain.action_plan_figures import (
    chart_range,
    compute_totals,
    plan_warnings,
    spread_by_month,
)

PLAN = ActionPlan(title="Plan", horizon_start=dt.date(2026, 1, 1), horizon_end=dt.date(2027, 12, 1))


def action(
    code: str,
    start: tuple[int, int],
    end: tuple[int, int],
    cost: int,
    *funding: FundingSource,
    status: ActionStatus = ActionStatus.PLANNED,
) -> Action:
    return Action(
        code=code,
        title=f"Działanie {code}",
        start_month=dt.date(*start, 1),
        end_month=dt.date(*end, 1),
        cost=cost,
        funding=funding,
        status=status,
    )


def test_cost_spreads_evenly_over_months_in_whole_grosze() -> None:
    item = action("D1", (2026, 11), (2027, 3), 100_001)  # five months
    spread = spread_by_month(item)
    assert list(spread.values()) == [20_001, 20_000, 20_000, 20_000, 20_000]
    assert sum(spread.values()) == 100_001
    assert month_count(dt.date(2026, 11, 1), dt.date(2027, 3, 1)) == 5


def test_totals_by_source_year_and_share_secured() -> None:
    city = FundingSource(FundingKind.CITY_BUDGET, 300_000_00, FundingStatus.SECURED)
    eu = FundingSource(FundingKind.EU_PROGRAMME, 700_000_00, FundingStatus.APPLIED, "FEnIKS")
    actions = [
        action("D1", (2026, 7), (2027, 6), 1_000_000_00, city, eu),
        action(
            "D2",
            (2027, 1),
            (2027, 12),
            200_000_00,
            FundingSource(FundingKind.CITY_BUDGET, 200_000_00, FundingStatus.SECURED),
        ),
        action("D3", (2026, 1), (2026, 6), 999_00, status=ActionStatus.ABANDONED),
    ]
    totals = compute_totals(actions)
    assert totals.total_cost == 1_200_000_00
    assert totals.funded == 1_200_000_00
    assert totals.secured == 500_000_00
    assert totals.share_secured == Decimal(5) / Decimal(12)
    assert [(line.kind, line.programme, line.amount) for line in totals.by_source] == [
        (FundingKind.CITY_BUDGET, "", 500_000_00),
        (FundingKind.EU_PROGRAMME, "FEnIKS", 700_000_00),
    ]
    # D1's 100 000 000 gr over 12 months: 8 333 333 gr a month, the 4 gr left in its first months.
    assert totals.by_year == ((2026, 50_000_002), (2027, 69_999_998))
    assert sum(amount for _year, amount in totals.by_year) == totals.total_cost


def test_funding_that_does_not_add_up_and_dates_outside_the_horizon_are_warned() -> None:
    short = action(
        "D1", (2026, 1), (2026, 12), 100_00, FundingSource(FundingKind.CITY_BUDGET, 60_00)
    )
    late = action("D2", (2027, 6), (2028, 3), 0)
    codes = [(w.code, w.params.get("code")) for w in plan_warnings(PLAN, [short, late])]
    assert ("funding_mismatch", "D1") in codes
    assert ("outside_horizon", "D2") in codes
    text = next(w.text() for w in plan_warnings(PLAN, [short]) if w.code == "funding_mismatch")
    assert "60,00\u00a0zł" in text and "100,00\u00a0zł" in text and "40,00\u00a0zł" in text


def test_abandoned_action_is_not_warned_about_money() -> None:
    gone = action("D9", (2026, 1), (2026, 2), 500_00, status=ActionStatus.ABANDONED)
    assert plan_warnings(PLAN, [gone]) == []


def test_long_part_is_warned_not_cut() -> None:
    plan = ActionPlan(
        horizon_start=PLAN.horizon_start,
        horizon_end=PLAN.horizon_end,
        parts={PlanPart.SUMMARY: "ż" * 3001},
    )
    warnings = plan_warnings(plan, [])
    assert [w.code for w in warnings] == ["part_too_long"]
    assert plan.part(PlanPart.SUMMARY) == "ż" * 3001


def test_action_faults_are_refused() -> None:
    bad = Action(
        code=" ",
        title="",
        start_month=dt.date(2026, 5, 1),
        end_month=dt.date(2026, 4, 1),
        funding=(FundingSource(FundingKind.EU_PROGRAMME, 10),),
    )
    assert {p.code for p in check_action(bad)} == {
        "code_missing",
        "title_missing",
        "ends_before_start",
        "programme_missing",
    }


def test_chart_covers_horizon_and_stray_actions() -> None:
    stray = action("D1", (2025, 10), (2026, 2), 0)
    assert chart_range(PLAN, [stray]) == (dt.date(2025, 10, 1), dt.date(2027, 12, 1))
    assert chart_range(ActionPlan(), []) is None
