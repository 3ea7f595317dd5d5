"""What the MID's numbers add up to, and what in them does not add up.

Totals count every action except the abandoned ones. An action's cost is spread over its months
evenly, in whole grosze: the remainder of the division goes one grosz at a time to the earliest
months, so the years always add up to the cost exactly. (Our choice; real spending is uneven,
but the plan knows only the months, and an even spread is what a reader would assume.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pim_desktop.domain.action_plan import (
    NAMED_KINDS,
    PART_LABELS,
    PART_LIMITS,
    Action,
    ActionPlan,
    FundingKind,
    FundingStatus,
    PlanPart,
    PlanStatus,
    month_count,
    month_start,
    month_text,
    months,
)
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP, Label
from pim_desktop.domain.money import format_money
from pim_desktop.domain.problems import Problem


@dataclass(frozen=True)
class FundingLine:
    """The amount from one source: a kind, and for programmes the programme's name."""

    kind: FundingKind
    programme: str
    amount: int


@dataclass(frozen=True)
class PlanTotals:
    total_cost: int = 0
    funded: int = 0
    secured: int = 0
    by_source: tuple[FundingLine, ...] = ()
    by_status: tuple[tuple[FundingStatus, int], ...] = ()
    by_year: tuple[tuple[int, int], ...] = ()
    actions_counted: int = 0

    @property
    def share_secured(self) -> Decimal | None:
        """Secured funding as a share of the total cost; None for a plan that costs nothing."""
        if not self.total_cost:
            return None
        return Decimal(self.secured) / Decimal(self.total_cost)

    @property
    def gap(self) -> int:
        """Cost not yet covered by any source (negative where sources exceed the cost)."""
        return self.total_cost - self.funded


def spread_by_month(action: Action) -> dict[dt.date, int]:
    """The action's cost per month, even, in whole grosze, the remainder to the first months."""
    spanned = months(action.start_month, action.end_month)
    if not spanned:
        return {month_start(action.start_month): action.cost}
    share, remainder = divmod(action.cost, len(spanned))
    return {month: share + (1 if n < remainder else 0) for n, month in enumerate(spanned)}


def cost_by_year(actions: Sequence[Action]) -> tuple[tuple[int, int], ...]:
    years: dict[int, int] = {}
    for action in actions:
        for month, amount in spread_by_month(action).items():
            years[month.year] = years.get(month.year, 0) + amount
    return tuple(sorted(years.items()))


def compute_totals(actions: Sequence[Action]) -> PlanTotals:
    counted = [action for action in actions if action.counts_in_budget]
    by_source: dict[tuple[FundingKind, str], int] = {}
    by_status = dict.fromkeys(FundingStatus, 0)
    for action in counted:
        for source in action.funding:
            name = source.source_name if source.kind in NAMED_KINDS else ""
            key = (source.kind, name)
            by_source[key] = by_source.get(key, 0) + source.amount
            by_status[source.status] += source.amount
    kind_order = list(FundingKind)
    lines = sorted(
        (FundingLine(kind, name, amount) for (kind, name), amount in by_source.items()),
        key=lambda line: (kind_order.index(line.kind), line.programme.casefold()),
    )
    return PlanTotals(
        total_cost=sum(action.cost for action in counted),
        funded=sum(action.funded for action in counted),
        secured=by_status[FundingStatus.SECURED],
        by_source=tuple(lines),
        by_status=tuple(by_status.items()),
        by_year=cost_by_year(counted),
        actions_counted=len(counted),
    )


def action_warnings(action: Action, plan: ActionPlan) -> list[Problem]:
    """What is wrong but may stay while the plan is written: money and dates that disagree."""
    warnings: list[Problem] = []
    field_id = f"action:{action.id}" if action.id is not None else "action"
    if action.counts_in_budget and action.funded != action.cost:
        message = QT_TRANSLATE_NOOP(
            "domain",
            "Działanie {code}: źródła finansowania dają {funded}, a koszt wynosi {cost} "
            "(różnica {difference}).",
        )
        params = {
            "code": action.code,
            "funded": format_money(action.funded),
            "cost": format_money(action.cost),
            "difference": format_money(action.cost - action.funded),
        }
        warnings.append(Problem(field_id, "funding_mismatch", message, params))
    start, end = plan.horizon_start, plan.horizon_end
    if start is not None and end is not None:
        before = month_start(action.start_month) < month_start(start)
        after = month_start(action.end_month) > month_start(end)
        if before or after:
            message = QT_TRANSLATE_NOOP(
                "domain",
                "Działanie {code}: termin {start}–{end} wykracza poza horyzont planu "
                "({plan_start}–{plan_end}).",
            )
            params = {
                "code": action.code,
                "start": month_text(action.start_month),
                "end": month_text(action.end_month),
                "plan_start": month_text(start),
                "plan_end": month_text(end),
            }
            warnings.append(Problem(field_id, "outside_horizon", message, params))
    return warnings


def plan_warnings(plan: ActionPlan, actions: Sequence[Action]) -> list[Problem]:
    """Every warning of the plan: its texts, its adoption, then each action in order."""
    warnings: list[Problem] = []
    for part in PlanPart:
        length = len(plan.part(part))
        if length > PART_LIMITS[part]:
            message = QT_TRANSLATE_NOOP(
                "domain", "Część „{part}” ma {length} znaków, a limit to {limit}."
            )
            params = {
                "part": Label(PART_LABELS[part]),
                "length": length,
                "limit": PART_LIMITS[part],
            }
            warnings.append(Problem(f"part:{part.value}", "part_too_long", message, params))
    if plan.status is PlanStatus.ADOPTED and not (plan.adoption_act.strip() and plan.adopted_on):
        message = QT_TRANSLATE_NOOP(
            "domain", "Plan jest przyjęty: podaj numer i datę aktu, którym go przyjęto."
        )
        warnings.append(Problem("adoption_act", "adoption_missing", message))
    if plan.horizon_start is None or plan.horizon_end is None:
        message = QT_TRANSLATE_NOOP("domain", "Podaj horyzont planu (pierwszy i ostatni miesiąc).")
        warnings.append(Problem("horizon_start", "horizon_missing", message))
    for action in actions:
        warnings += action_warnings(action, plan)
    return warnings


def chart_range(plan: ActionPlan, actions: Sequence[Action]) -> tuple[dt.date, dt.date] | None:
    """The months a schedule must show: the plan's horizon widened to every action."""
    starts = [month_start(a.start_month) for a in actions]
    ends = [month_start(a.end_month) for a in actions]
    if plan.horizon_start is not None:
        starts.append(month_start(plan.horizon_start))
    if plan.horizon_end is not None:
        ends.append(month_start(plan.horizon_end))
    if not starts or not ends:
        return None
    first, last = min(starts), max(ends)
    return (first, last) if month_count(first, last) else (first, first)
