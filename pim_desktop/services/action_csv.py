"""The MID's action table as a CSV file for Excel: semicolons, UTF-8 with a byte-order mark.

Amounts are written as Excel with Polish settings reads numbers ("1234567,89"), so the sheet can
sum them; lists (funding sources, indicators, risks) go one item a line inside their cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

from pim_desktop.domain.action_plan import (
    ACTION_STATUS_LABELS,
    ACTION_TYPE_LABELS,
    FUNDING_STATUS_LABELS,
    INDICATOR_KIND_LABELS,
    LEVEL_LABELS,
    Action,
    ActionPlan,
    FundingStatus,
    month_text,
)
from pim_desktop.domain.money import format_decimal, format_money_for_excel
from pim_desktop.services.action_plan_print import source_text

DELIMITER = ";"
HEADERS = (
    "Kod",
    "Tytuł",
    "Opis",
    "Cel",
    "Rodzaj",
    "Jednostka odpowiedzialna",
    "Partnerzy",
    "Początek (miesiąc)",
    "Koniec (miesiąc)",
    "Koszt (zł)",
    "Finansowanie zapewnione (zł)",
    "Źródła finansowania",
    "Wskaźniki",
    "Ryzyka",
    "Priorytet",
    "Status",
    "Spotkania",
)


def write_actions(
    target: Path,
    plan: ActionPlan,
    actions: Sequence[Action],
    partners: Mapping[int, str],
    meetings: Mapping[int, str],
) -> int:
    """Write one row per action to ``target``; return the number of actions written."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for action in actions:
        writer.writerow([_guard(cell) for cell in _row(plan, action, partners, meetings)])
    target.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return len(actions)


def _row(
    plan: ActionPlan, action: Action, partners: Mapping[int, str], meetings: Mapping[int, str]
) -> list[str]:
    objective = plan.objective(action.objective_id)
    secured = sum(s.amount for s in action.funding if s.status is FundingStatus.SECURED)
    return [
        action.code,
        action.title,
        action.description,
        f"{objective.code} {objective.text}" if objective else "",
        ACTION_TYPE_LABELS[action.action_type],
        action.responsible_unit,
        "\n".join(partners[i] for i in action.partner_ids if i in partners),
        month_text(action.start_month),
        month_text(action.end_month),
        format_money_for_excel(action.cost),
        format_money_for_excel(secured),
        "\n".join(
            f"{source_text(s)}: {format_money_for_excel(s.amount)} zł "
            f"({FUNDING_STATUS_LABELS[s.status]})"
            for s in action.funding
        ),
        "\n".join(
            f"{INDICATOR_KIND_LABELS[i.kind]}: {i.name} [{i.unit}] "
            f"{format_decimal(i.baseline) or '?'} ({i.baseline_year or '?'}) → "
            f"{format_decimal(i.target) or '?'} ({i.target_year or '?'})"
            for i in action.indicators
        ),
        "\n".join(r.description for r in action.risks),
        LEVEL_LABELS[action.priority],
        ACTION_STATUS_LABELS[action.status],
        "\n".join(meetings[i] for i in action.meeting_ids if i in meetings),
    ]


def _guard(value: str) -> str:
    """Keep Excel from running a cell as a formula ("=HYPERLINK(…)" typed into a title)."""
    value = value.replace("\u00a0", " ")
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
