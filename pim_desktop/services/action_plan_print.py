"""Turns the stored MID into what its PDF prints, in Polish, amounts from whole grosze."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal

from pim_desktop.domain.action_plan import (
    ACTION_STATUS_LABELS,
    ACTION_TYPE_LABELS,
    FUNDING_KIND_LABELS,
    FUNDING_STATUS_LABELS,
    INDICATOR_KIND_LABELS,
    LEVEL_LABELS,
    OBJECTIVE_KIND_LABELS,
    PART_LABELS,
    PLAN_STATUS_LABELS,
    Action,
    ActionPlan,
    ActionStatus,
    FundingSource,
    Indicator,
    PlanPart,
    PlanStatus,
    month_text,
)
from pim_desktop.domain.action_plan_figures import (
    PlanTotals,
    chart_range,
    compute_totals,
    plan_warnings,
)
from pim_desktop.domain.dates import day_text
from pim_desktop.domain.money import format_decimal, format_money, format_percent
from pim_desktop.pdf.action_plan_pdf import ActionCard, ActionPlanDocument
from pim_desktop.pdf.gantt_drawing import GanttRow
from pim_desktop.pdf.meeting_header import city_or_placeholder

NONE = "—"


def period_text(action: Action) -> str:
    return f"{month_text(action.start_month)}–{month_text(action.end_month)}"


def source_text(source: FundingSource) -> str:
    label = FUNDING_KIND_LABELS[source.kind]
    return f"{label}: {source.source_name}" if source.source_name else label


def action_plan_document(
    plan: ActionPlan,
    actions: Sequence[Action],
    city_name: str,
    partners: Mapping[int, str],
    meetings: Mapping[int, str],
    *,
    created: dt.datetime | None = None,
) -> ActionPlanDocument:
    totals = compute_totals(actions)
    city = city_or_placeholder(city_name)
    status = PLAN_STATUS_LABELS[plan.status]
    return ActionPlanDocument(
        city_name=city,
        title=plan.title,
        version_line=f"{plan.title} · wersja {plan.version} · {status}",
        facts=_facts(plan, totals, len(actions)),
        parts=tuple((PART_LABELS[part], plan.part(part)) for part in PlanPart),
        objectives=tuple((o.code, OBJECTIVE_KIND_LABELS[o.kind], o.text) for o in plan.objectives),
        action_rows=tuple(
            (
                a.code,
                a.title,
                _objective_code(plan, a),
                period_text(a),
                format_money(a.cost),
                ACTION_STATUS_LABELS[a.status],
            )
            for a in actions
        ),
        gantt=tuple(_gantt_row(a) for a in actions),
        gantt_range=chart_range(plan, actions),
        status_legend=tuple((s, ACTION_STATUS_LABELS[s]) for s in ActionStatus),
        budget=_budget(totals),
        by_source=_by_source(totals),
        by_status=tuple(
            (FUNDING_STATUS_LABELS[state], format_money(amount))
            for state, amount in totals.by_status
        ),
        by_year=tuple((str(year), format_money(amount)) for year, amount in totals.by_year),
        warnings=tuple(problem.text() for problem in plan_warnings(plan, actions)),
        cards=tuple(_card(plan, a, partners, meetings) for a in actions),
        draft=plan.status is PlanStatus.DRAFT,
        created=created,
    )


def _gantt_row(action: Action) -> GanttRow:
    return GanttRow(
        action.code,
        action.title,
        action.start_month,
        action.end_month,
        action.status,
        ACTION_STATUS_LABELS[action.status],
    )


def _by_source(totals: PlanTotals) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (
            source_text(FundingSource(line.kind, line.amount, programme=line.programme)),
            format_money(line.amount),
            format_percent(_share(line.amount, totals.total_cost)),
        )
        for line in totals.by_source
    )


def _share(amount: int, total: int) -> Decimal | None:
    return Decimal(amount) / Decimal(total) if total else None


def _facts(plan: ActionPlan, totals: PlanTotals, count: int) -> tuple[tuple[str, str], ...]:
    adoption = NONE
    if plan.adoption_act.strip() or plan.adopted_on:
        when = f" z dnia {day_text(plan.adopted_on)}" if plan.adopted_on else ""
        adoption = f"{plan.adoption_act.strip()}{when}".strip()
    horizon = NONE
    if plan.horizon_start and plan.horizon_end:
        horizon = f"{month_text(plan.horizon_start)}–{month_text(plan.horizon_end)}"
    return (
        ("Wersja", plan.version or NONE),
        ("Status", PLAN_STATUS_LABELS[plan.status]),
        ("Akt przyjęcia", adoption),
        ("Horyzont planu", horizon),
        ("Liczba działań", str(count)),
        ("Koszt całkowity", format_money(totals.total_cost)),
        ("Udział finansowania zapewnionego", format_percent(totals.share_secured)),
    )


def _budget(totals: PlanTotals) -> tuple[tuple[str, str], ...]:
    return (
        ("Koszt całkowity działań (bez zaniechanych)", format_money(totals.total_cost)),
        ("Suma wskazanych źródeł finansowania", format_money(totals.funded)),
        ("Finansowanie zapewnione", format_money(totals.secured)),
        ("Udział finansowania zapewnionego", format_percent(totals.share_secured)),
        ("Koszt bez wskazanego źródła", format_money(totals.gap)),
    )


def _objective_code(plan: ActionPlan, action: Action) -> str:
    objective = plan.objective(action.objective_id)
    return objective.code if objective else NONE


def _names(ids: Sequence[int], names: Mapping[int, str]) -> str:
    listed = [names[i] for i in ids if i in names]
    return "; ".join(listed) if listed else NONE


def _card(
    plan: ActionPlan, action: Action, partners: Mapping[int, str], meetings: Mapping[int, str]
) -> ActionCard:
    objective = plan.objective(action.objective_id)
    return ActionCard(
        code=action.code,
        title=action.title,
        facts=(
            ("Cel", f"{objective.code} {objective.text}" if objective else NONE),
            ("Rodzaj działania", ACTION_TYPE_LABELS[action.action_type]),
            ("Jednostka odpowiedzialna", action.responsible_unit or NONE),
            ("Partnerzy (Lokalne Partnerstwo)", _names(action.partner_ids, partners)),
            ("Termin", period_text(action)),
            ("Koszt", format_money(action.cost)),
            ("Priorytet", LEVEL_LABELS[action.priority]),
            ("Status", ACTION_STATUS_LABELS[action.status]),
            ("Prace na spotkaniach", _names(action.meeting_ids, meetings)),
        ),
        description=action.description,
        funding=tuple(
            (source_text(s), format_money(s.amount), FUNDING_STATUS_LABELS[s.status])
            for s in action.funding
        ),
        indicators=tuple(_indicator(i) for i in action.indicators),
        risks=tuple(
            (
                r.description,
                LEVEL_LABELS[r.likelihood],
                LEVEL_LABELS[r.impact],
                r.mitigation or NONE,
                r.owner or NONE,
            )
            for r in action.risks
        ),
    )


def _with_year(value: str, year: int | None) -> str:
    if not value:
        return NONE
    return f"{value} ({year})" if year else value


def _indicator(indicator: Indicator) -> tuple[str, str, str, str, str, str]:
    return (
        INDICATOR_KIND_LABELS[indicator.kind],
        indicator.name,
        indicator.unit or NONE,
        _with_year(format_decimal(indicator.baseline), indicator.baseline_year),
        _with_year(format_decimal(indicator.target), indicator.target_year),
        indicator.data_source or NONE,
    )
