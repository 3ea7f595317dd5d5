"""Reads ``visible_when`` conditions and resolves them across a whole form definition.

A condition may name only a choice or a declaration that stands earlier in the form; a field
inherits the conditions of the field it depends on and sees only the roles both share. Ids are
checked across the form here too, since resolution walks every field in order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from pim_desktop.domain.forms.definition import (
    CHOICE_TYPES,
    FieldDefinition,
    FieldType,
    SectionDefinition,
    VisibleWhen,
)
from pim_desktop.domain.forms.load_node import W_FIELD, Node, fail_at
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

_E_NEVER_VISIBLE = QT_TRANSLATE_NOOP(
    "domain", 'pole nie byłoby widoczne dla żadnej roli (jego role wykluczają role pola "{field}")'
)
_E_DUPLICATE_SECTION = QT_TRANSLATE_NOOP(
    "domain", 'sekcja o identyfikatorze lub numerze "{value}" występuje więcej niż raz'
)
_E_DUPLICATE_FIELD = QT_TRANSLATE_NOOP(
    "domain", 'pole "{field}" występuje w formularzu więcej niż raz (także w sekcji "{other}")'
)
_E_WHEN_SHAPE = QT_TRANSLATE_NOOP(
    "domain", 'visible_when musi mieć klucz "field" i dokładnie jeden z kluczy "equals" albo "in"'
)
_E_WHEN_VALUE = QT_TRANSLATE_NOOP(
    "domain", "visible_when: wartości warunku muszą być tekstem albo true/false"
)
_E_WHEN_UNKNOWN = QT_TRANSLATE_NOOP("domain", 'visible_when wskazuje nieznane pole "{field}"')
_E_WHEN_LATER = QT_TRANSLATE_NOOP(
    "domain",
    'visible_when wskazuje pole "{field}", które nie występuje wcześniej w formularzu '
    "(pole sterujące musi poprzedzać pole zależne)",
)
_E_WHEN_TYPE = QT_TRANSLATE_NOOP(
    "domain",
    'visible_when może wskazywać tylko pole wyboru albo oświadczenie, a pole "{field}" ma typ '
    '"{type}"',
)
_E_WHEN_NOT_CHOICE = QT_TRANSLATE_NOOP(
    "domain", 'visible_when: wartość "{value}" nie należy do odpowiedzi pola "{field}"'
)
_E_WHEN_NOT_BOOL = QT_TRANSLATE_NOOP(
    "domain",
    'visible_when: pole "{field}" jest oświadczeniem, więc warunek musi być true albo false',
)


@dataclass(frozen=True)
class RawSection:
    """A section as read, before its conditions are resolved; ``where`` names it in faults."""

    section: SectionDefinition
    where: str


def parse_visible_when(node: Node) -> VisibleWhen | None:
    if not node.has("visible_when"):
        return None
    child = node.child("visible_when")
    child.expect_keys(("field",), ("equals", "in"))
    if ("equals" in child.data) == ("in" in child.data):
        child.fail(_E_WHEN_SHAPE)
    field_id = child.text("field")
    values = [child.data["equals"]] if "equals" in child.data else child.items("in")
    accepted: list[str | bool] = []
    for value in values:
        if not isinstance(value, str | bool):
            child.fail(_E_WHEN_VALUE)
        accepted.append(value)
    return VisibleWhen(field_id, tuple(accepted))


def resolve_visibility(raw: list[RawSection], source: str) -> tuple[SectionDefinition, ...]:
    """Checks ids across the form and resolves each ``visible_when`` against earlier fields."""
    all_ids = frozenset(f.id for item in raw for f in item.section.fields)
    seen_sections: set[str] = set()
    resolved: dict[str, FieldDefinition] = {}
    owner: dict[str, str] = {}
    sections: list[SectionDefinition] = []
    for item in raw:
        section = item.section
        for key in (section.id, section.number):
            if key in seen_sections:
                fail_at(source, item.where, _E_DUPLICATE_SECTION, value=key)
            seen_sections.add(key)
        fields: list[FieldDefinition] = []
        for parsed in section.fields:
            where = W_FIELD.format(parent=item.where, field=parsed.id)
            if parsed.id in resolved:
                other = owner[parsed.id]
                fail_at(source, where, _E_DUPLICATE_FIELD, field=parsed.id, other=other)
            definition = _with_conditions(parsed, resolved, all_ids, source, where)
            resolved[definition.id] = definition
            owner[definition.id] = section.number
            fields.append(definition)
        sections.append(replace(section, fields=tuple(fields)))
    return tuple(sections)


def _with_conditions(
    definition: FieldDefinition,
    earlier: Mapping[str, FieldDefinition],
    all_ids: frozenset[str],
    source: str,
    where: str,
) -> FieldDefinition:
    condition = definition.visible_when
    if condition is None:
        return definition
    controller = earlier.get(condition.field)
    if controller is None:
        later = condition.field in all_ids
        fault = _E_WHEN_LATER if later else _E_WHEN_UNKNOWN
        fail_at(source, where, fault, field=condition.field)
    _check_condition_values(controller, condition, source, where)
    roles = definition.roles & controller.roles
    if not roles:
        fail_at(source, where, _E_NEVER_VISIBLE, field=controller.id)
    return replace(definition, roles=roles, conditions=(*controller.conditions, condition))


def _check_condition_values(
    controller: FieldDefinition, condition: VisibleWhen, source: str, where: str
) -> None:
    if controller.type in CHOICE_TYPES:
        offered = {c.value for c in controller.choices}
        for value in condition.values:
            if not isinstance(value, str) or value not in offered:
                fail_at(source, where, _E_WHEN_NOT_CHOICE, value=value, field=controller.id)
    elif controller.type is FieldType.DECLARATION:
        if not all(isinstance(value, bool) for value in condition.values):
            fail_at(source, where, _E_WHEN_NOT_BOOL, field=controller.id)
    else:
        fail_at(source, where, _E_WHEN_TYPE, field=controller.id, type=controller.type)
