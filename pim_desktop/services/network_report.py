"""Turns the network's activities into the report's rows, once, for the PDF and the CSV alike:
dates as dd.mm.rrrr, amounts the Polish way, labels in Polish, totals from the domain's sums."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from pim_desktop.domain.money import GROSZE_PER_ZLOTY, format_money, format_money_for_excel
from pim_desktop.domain.network import Network
from pim_desktop.domain.network_activity import (
    ACTIVITY_KIND_LABELS,
    ACTIVITY_STATUS_LABELS,
    COST_CATEGORY_LABELS,
    DOCUMENT_KIND_LABELS,
    PAYER_KIND_LABELS,
    Activity,
    Amounts,
    CostLine,
    PayerKey,
    PayerKind,
    activity_warnings,
    payer_of,
    totals,
)
from pim_desktop.pdf.network_report_pdf import ActivityEntry, NetworkReportDocument

NONE = "—"
CSV_HEADERS = (
    "Lp.",
    "Rodzaj",
    "Działanie",
    "Od",
    "Do",
    "Gospodarz",
    "Uczestnicy (miasto: osób)",
    "Status",
    "Zaplanowano (zł)",
    "Wydano (zł)",
    "Dokumenty (SHA-256)",
)


def date_text(activity: Activity) -> str:
    start = activity.starts_on.strftime("%d.%m.%Y")
    if activity.ends_on is None or activity.ends_on == activity.starts_on:
        return start
    return f"{start} – {activity.ends_on.strftime('%d.%m.%Y')}"


def payer_text(key: PayerKey, names: Mapping[int, str]) -> str:
    label = PAYER_KIND_LABELS[key.kind]
    if key.kind is PayerKind.PROGRAMME:
        return label
    return f"{label}: {names.get(key.city_id or 0, NONE)}"


def decimal_zloty(grosze: int | None) -> str | None:
    """ "12500.00" for 1 250 000 grosze: the plain decimal string of the JSON listing."""
    if grosze is None:
        return None
    zloty, rest = divmod(grosze, GROSZE_PER_ZLOTY)
    return f"{zloty}.{rest:02d}"


def _spent(grosze: int | None) -> str:
    return NONE if grosze is None else format_money(grosze)


def _participants(activity: Activity, names: Mapping[int, str]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (names.get(p.city_id, NONE), "" if p.people is None else str(p.people))
        for p in activity.participants
    )


def _cost_row(line: CostLine, activity: Activity, names: Mapping[int, str]) -> tuple[str, ...]:
    payer = payer_text(payer_of(line, activity), names)
    return (
        COST_CATEGORY_LABELS[line.category],
        payer,
        format_money(line.planned),
        _spent(line.spent),
    )


def activity_entry(number: int, activity: Activity, names: Mapping[int, str]) -> ActivityEntry:
    return ActivityEntry(
        number=number,
        kind=ACTIVITY_KIND_LABELS[activity.kind],
        title=activity.title,
        dates=date_text(activity),
        host=names.get(activity.host_city_id or 0, NONE),
        status=ACTIVITY_STATUS_LABELS[activity.status],
        participants=_participants(activity, names),
        costs=tuple(_cost_row(line, activity, names) for line in activity.costs),
        planned=format_money(activity.planned),
        spent=_spent(activity.spent),
        documents=tuple(
            (DOCUMENT_KIND_LABELS[d.kind], d.file_name, d.sha256) for d in activity.documents
        ),
        warnings=tuple(problem.text() for problem in activity_warnings(activity)),
    )


def _amount_rows(items: Sequence[tuple[str, Amounts]]) -> tuple[tuple[str, ...], ...]:
    return tuple((label, format_money(a.planned), format_money(a.spent)) for label, a in items)


def report_document(
    network: Network, activities: Sequence[Activity], period: str, prepared_by: str = ""
) -> NetworkReportDocument:
    names = {city.id or 0: city.name for city in network.cities}
    sums = totals(activities)
    leader = network.leader
    facts = (
        ("Sieć", network.name or NONE),
        ("Temat", network.theme or NONE),
        ("Miasto Lider", leader.name if leader else NONE),
        ("Ekspert tematyczny", network.expert_name or NONE),
        ("Okres", period),
        ("Liczba działań", str(len(activities))),
    )
    summaries: list[tuple[str, str, tuple[tuple[str, ...], ...]]] = [
        (
            "Według rodzaju działania",
            "Rodzaj",
            _amount_rows([(ACTIVITY_KIND_LABELS[k], a) for k, a in sums.by_kind.items()]),
        ),
        (
            "Według kategorii kosztów",
            "Kategoria",
            _amount_rows([(COST_CATEGORY_LABELS[c], a) for c, a in sums.by_category.items()]),
        ),
        (
            "Według płacącego",
            "Płaci",
            _amount_rows([(payer_text(k, names), a) for k, a in sums.by_payer.items()]),
        ),
    ]
    by_city = [(names.get(i, NONE), a) for i, a in sums.by_city.items()]
    by_city.append(
        ("wsparcie programu PIM", sums.by_payer.get(PayerKey(PayerKind.PROGRAMME), Amounts()))
    )
    summaries.append(("Według miasta (w tym wsparcie programu)", "Miasto", _amount_rows(by_city)))
    return NetworkReportDocument(
        network_name=network.name,
        period=period,
        facts=facts,
        activities=tuple(activity_entry(n, a, names) for n, a in enumerate(activities, 1)),
        summaries=tuple(summaries),
        total=(format_money(sums.total.planned), format_money(sums.total.spent)),
        prepared_by=prepared_by,
    )


def write_report_csv(target: Path, network: Network, activities: Sequence[Activity]) -> int:
    """One row per activity for Excel (semicolons, UTF-8 with BOM); return the rows written."""
    names = {city.id or 0: city.name for city in network.cities}
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    for number, activity in enumerate(activities, 1):
        people = "\n".join(
            f"{city}: {count or '?'}" for city, count in _participants(activity, names)
        )
        spent = activity.spent
        writer.writerow(
            (
                number,
                ACTIVITY_KIND_LABELS[activity.kind],
                activity.title,
                activity.starts_on.strftime("%d.%m.%Y"),
                (activity.ends_on or activity.starts_on).strftime("%d.%m.%Y"),
                names.get(activity.host_city_id or 0, ""),
                people,
                ACTIVITY_STATUS_LABELS[activity.status],
                format_money_for_excel(activity.planned),
                "" if spent is None else format_money_for_excel(spent),
                "\n".join(f"{d.file_name} ({d.sha256})" for d in activity.documents),
            )
        )
    target.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return len(activities)


def listing_json(activities: Sequence[Activity], network: Network) -> str:
    """The activities as the command line's JSON list."""
    names = {city.id or 0: city.name for city in network.cities}
    items = [
        {
            "id": a.id,
            "kind": a.kind.value,
            "title": a.title,
            "date": a.starts_on.isoformat(),
            "end_date": a.ends_on.isoformat() if a.ends_on else None,
            "host_city": names.get(a.host_city_id or 0),
            "planned": decimal_zloty(a.planned) if a.costs else None,
            "spent": decimal_zloty(a.spent),
            "status": a.status.value,
            "documents": len(a.documents),
            "warnings": [p.code for p in activity_warnings(a)],
        }
        for a in activities
    ]
    return json.dumps(items, ensure_ascii=False, indent=2)
