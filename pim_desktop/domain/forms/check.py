"""Checks an application's stored values against its form definition and lists the problems.

Each problem is reported once, in the order the fields appear, and never for a field the officer
cannot see (another role's field, or one hidden by its ``visible_when`` condition). One field's
value is checked by ``field_check``, the rules between fields by ``rule_check``.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pim_desktop.domain.forms.definition import FormDefinition, Role
from pim_desktop.domain.forms.field_check import check_field
from pim_desktop.domain.forms.rule_check import rule_problems
from pim_desktop.domain.forms.values import Values, is_filled
from pim_desktop.domain.problems import Problem


class SectionStatus(StrEnum):
    """How far a section is: nothing entered yet, entered with faults, or entered without faults."""

    NOT_STARTED = "not_started"
    HAS_PROBLEMS = "has_problems"
    COMPLETE = "complete"


# --- The whole application ---------------------------------------------------------------------


def check_application(
    definition: FormDefinition, role: Role, values: Values, *, today: date | None = None
) -> list[Problem]:
    """Every problem of an application in ``role``, in the order its fields appear.

    ``today`` decides what lies in the future; it defaults to the system date.
    """
    if not definition.has_role(role):
        raise ValueError(f"form {definition.id!r} has no role {role!r}")
    by_field = rule_problems(definition, role, values, today or date.today())
    problems: list[Problem] = []
    for field in definition.fields_for(role):
        if field.is_visible(values, role):
            problems.extend(check_field(field, values.get(field.id)))
            problems.extend(by_field.get(field.id, ()))
    return problems


def completeness(definition: FormDefinition, role: Role, values: Values) -> float:
    """The share (0..1) of visible required fields that are filled, whether valid or not."""
    required = [f for f in definition.fields_for(role) if f.required and f.is_visible(values, role)]
    if not required:
        return 1.0
    return sum(is_filled(f, values.get(f.id)) for f in required) / len(required)


def section_statuses(
    definition: FormDefinition, role: Role, values: Values, *, today: date | None = None
) -> dict[str, SectionStatus]:
    """The status of every section the role sees, from one run of the checker."""
    faulty = {p.section_id for p in check_application(definition, role, values, today=today)}
    statuses: dict[str, SectionStatus] = {}
    for section in definition.sections_for(role):
        visible = [f for f in section.fields_for(role) if f.is_visible(values, role)]
        if not any(is_filled(f, values.get(f.id)) for f in visible):
            statuses[section.id] = SectionStatus.NOT_STARTED
        elif section.id in faulty:
            statuses[section.id] = SectionStatus.HAS_PROBLEMS
        else:
            statuses[section.id] = SectionStatus.COMPLETE
    return statuses


def section_status(
    definition: FormDefinition,
    role: Role,
    values: Values,
    section_id: str,
    *,
    today: date | None = None,
) -> SectionStatus:
    """The status of one section; KeyError for an unknown section id.

    A section the role does not see counts as not started.
    """
    definition.section(section_id)
    statuses = section_statuses(definition, role, values, today=today)
    return statuses.get(section_id, SectionStatus.NOT_STARTED)
