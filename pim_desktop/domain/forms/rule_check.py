"""Checks the form-level rules of a definition: dates in order, dates and years not in the future.

A rule ties fields together (or the columns of each table row); its problem is reported at the
field the officer has to change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import partial

from pim_desktop.domain.forms import problem_codes as m
from pim_desktop.domain.forms.addresses import parse_address
from pim_desktop.domain.forms.day_limit import not_after_day_problems
from pim_desktop.domain.forms.definition import (
    DateOrderRule,
    FieldDefinition,
    FieldType,
    FormDefinition,
    NotAfterDayRule,
    NotInFutureRule,
    Role,
)
from pim_desktop.domain.forms.problem_codes import Place, ProblemCode
from pim_desktop.domain.forms.values import Values, is_empty, parse_date, parse_decimal, show_date
from pim_desktop.domain.problems import Problem

# turns a field or column id into the address of a problem there.
_RulePlace = tuple[Values, Callable[[str], str]]


def _rule_places(
    definition: FormDefinition, table_id: str | None, role: Role, values: Values
) -> list[_RulePlace]:
    if table_id is None:
        return [(values, lambda field_id: field_id)]
    if not definition.field(table_id).is_visible(values, role):
        return []
    rows = values.get(table_id)
    if not isinstance(rows, list):
        return []
    return [
        (row, partial(_cell_address, table_id, index))
        for index, row in enumerate(rows)
        if isinstance(row, Mapping) and not is_empty(row)
    ]


def _cell_address(table_id: str, index: int, column_id: str) -> str:
    return f"{table_id}[{index}].{column_id}"


def _rule_field(definition: FormDefinition, table_id: str | None, field_id: str) -> FieldDefinition:
    if table_id is None:
        return definition.field(field_id)
    return definition.field(table_id).column(field_id)


def _date_order_problems(
    definition: FormDefinition, rule: DateOrderRule, role: Role, values: Values
) -> list[Problem]:
    start_field = _rule_field(definition, rule.table, rule.start)
    end_field = _rule_field(definition, rule.table, rule.end)
    if rule.table is None and not (
        start_field.is_visible(values, role) and end_field.is_visible(values, role)
    ):
        return []
    problems: list[Problem] = []
    for row, address in _rule_places(definition, rule.table, role, values):
        start, end = parse_date(row.get(rule.start)), parse_date(row.get(rule.end))
        if start is None or end is None or end > start or (end == start and not rule.strict):
            continue
        message = m.M_DATE_ORDER_STRICT if rule.strict else m.M_DATE_ORDER
        where = Place(address(rule.end), end_field.section_id)
        problems.append(
            where.problem(
                ProblemCode.DATE_ORDER,
                message,
                start=show_date(start),
                start_label=start_field.label,
            )
        )
    return problems


def _not_in_future_problems(
    definition: FormDefinition, rule: NotInFutureRule, role: Role, values: Values, today: date
) -> list[Problem]:
    target = _rule_field(definition, rule.table, rule.field)
    if rule.table is None and not target.is_visible(values, role):
        return []
    problems: list[Problem] = []
    for row, address in _rule_places(definition, rule.table, role, values):
        where = Place(address(rule.field), target.section_id)
        raw = row.get(rule.field)
        if target.type is FieldType.DATE:
            day = parse_date(raw)
            if day is not None and day > today:
                problems.append(
                    where.problem(ProblemCode.IN_FUTURE, m.M_DATE_IN_FUTURE, today=show_date(today))
                )
        else:
            year = parse_decimal(raw)
            if year is not None and year > today.year:
                problems.append(
                    where.problem(ProblemCode.IN_FUTURE, m.M_YEAR_IN_FUTURE, year=today.year)
                )
    return problems


def rule_problems(
    definition: FormDefinition, role: Role, values: Values, today: date
) -> dict[str, list[Problem]]:
    """Rule problems grouped under the top-level field they belong to, for ordering."""
    grouped: dict[str, list[Problem]] = {}
    for rule in definition.rules:
        if isinstance(rule, DateOrderRule):
            found = _date_order_problems(definition, rule, role, values)
        elif isinstance(rule, NotAfterDayRule):
            found = not_after_day_problems(definition.field(rule.field), rule, role, values)
        else:
            found = _not_in_future_problems(definition, rule, role, values, today)
        for problem in found:
            grouped.setdefault(parse_address(problem.field_id).field_id, []).append(problem)
    return grouped
