"""The network's activities: totals every way the report needs, and the warnings."""

from __future__ import annotations

import datetime as dt

from pim_desktop.domain.network_activity import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Amounts,
    CostCategory,
    CostLine,
    DocumentKind,
    Participation,
    PayerKey,
    PayerKind,
    SettlingDocument,
    activity_warnings,
    check_activity,
    missing_documents,
    totals,
    with_meeting_cities,
)

DAY = dt.date(2026, 5, 14)
HOST, PARTNER = 1, 2


def meeting(status: ActivityStatus = ActivityStatus.DONE, *docs: DocumentKind) -> Activity:
    return Activity(
        ActivityKind.NETWORK_MEETING,
        "Spotkanie sieci w Łodzi",
        DAY,
        host_city_id=HOST,
        status=status,
        costs=(
            CostLine(CostCategory.VENUE, PayerKind.HOST, 100_000, 120_000),
            CostLine(CostCategory.TRAVEL, PayerKind.PROGRAMME, 300_000, 250_000),
            CostLine(CostCategory.CATERING, PayerKind.CITY, 50_000, None, PARTNER),
        ),
        documents=tuple(SettlingDocument(d, f"{d}.pdf", 10, "a" * 64) for d in docs),
    )


def test_planned_and_spent_add_up_by_line() -> None:
    activity = meeting()
    assert activity.planned == 450_000
    assert activity.spent == 370_000  # the catering is not spent yet
    assert Activity(ActivityKind.OTHER, "x", DAY).spent is None


def test_totals_by_kind_category_payer_and_city() -> None:
    expertise = Activity(
        ActivityKind.EXPERTISE,
        "Ekspertyza",
        DAY,
        costs=(CostLine(CostCategory.EXPERT_FEE, PayerKind.PROGRAMME, 2_000_000, 2_100_000),),
    )
    sums = totals([meeting(), expertise])
    assert sums.total == Amounts(2_450_000, 2_470_000)
    assert sums.by_activity == {0: Amounts(450_000, 370_000), 1: Amounts(2_000_000, 2_100_000)}
    assert sums.by_kind[ActivityKind.EXPERTISE] == Amounts(2_000_000, 2_100_000)
    assert sums.by_category[CostCategory.VENUE] == Amounts(100_000, 120_000)
    assert sums.by_payer[PayerKey(PayerKind.PROGRAMME)] == Amounts(2_300_000, 2_350_000)
    assert sums.by_payer[PayerKey(PayerKind.HOST, HOST)] == Amounts(100_000, 120_000)
    assert sums.by_city == {HOST: Amounts(100_000, 120_000), PARTNER: Amounts(50_000, 0)}
    for grouping in (sums.by_kind, sums.by_category, sums.by_payer):
        assert sum(grouping.values(), Amounts()) == sums.total


def test_overspending_is_a_warning() -> None:
    activity = meeting(ActivityStatus.CONFIRMED)
    assert activity_warnings(activity) == []
    over = Activity(
        ActivityKind.OTHER,
        "Broszura",
        DAY,
        costs=(CostLine(CostCategory.OTHER, PayerKind.PROGRAMME, 100, 101),),
    )
    [warning] = activity_warnings(over)
    assert warning.code == "overspent"
    assert "1,01" in warning.text() and "1,00" in warning.text()


def test_done_activity_needs_its_settling_documents() -> None:
    assert missing_documents(meeting(ActivityStatus.CONFIRMED)) == ()
    done = meeting(ActivityStatus.DONE, DocumentKind.INVOICE)
    assert missing_documents(done) == (DocumentKind.ATTENDANCE_LIST,)
    assert [w.code for w in activity_warnings(done)] == ["missing_document"]
    assert "lista obecności" in activity_warnings(done)[0].text()
    settled = meeting(ActivityStatus.SETTLED, DocumentKind.INVOICE, DocumentKind.ATTENDANCE_LIST)
    assert activity_warnings(settled) == []
    expertise = Activity(ActivityKind.EXPERTISE, "E", DAY, status=ActivityStatus.SETTLED)
    assert missing_documents(expertise) == (DocumentKind.REPORT,)


def test_checks_refuse_a_host_outside_the_network_and_reversed_dates() -> None:
    activity = Activity(
        ActivityKind.STUDY_VISIT, " ", DAY, DAY - dt.timedelta(days=1), host_city_id=9
    )
    codes = {p.code for p in check_activity(activity, [HOST, PARTNER])}
    assert codes == {"required", "date_order", "not_in_network"}
    assert check_activity(meeting(), [HOST, PARTNER]) == []


def test_meeting_cities_become_participants_keeping_counts() -> None:
    activity = Activity(
        ActivityKind.NETWORK_MEETING, "S", DAY, participants=(Participation(PARTNER, 4),)
    )
    linked = with_meeting_cities(activity, [HOST, PARTNER])
    assert linked.participants == (Participation(HOST, None), Participation(PARTNER, 4))
    assert linked.people == 4
