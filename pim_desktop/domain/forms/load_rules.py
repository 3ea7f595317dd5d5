"""Reads the form-level rules of a definition: dates in order, dates or years not in the future.

A rule may name only fields of the form, or the columns of one table, of the types it can check.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NoReturn

from pim_desktop.domain.forms.day_limit import RULE_NOT_AFTER_DAY, parse_not_after_day
from pim_desktop.domain.forms.definition import (
    DateOrderRule,
    FieldDefinition,
    FieldType,
    FormDefinition,
    FormRule,
    NotInFutureRule,
)
from pim_desktop.domain.forms.load_node import Node, listing, numbered
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

_E_RULE_TYPE = QT_TRANSLATE_NOOP("domain", 'nieznany typ reguły "{value}" (dozwolone: {allowed})')
_E_RULE_FIELD = QT_TRANSLATE_NOOP("domain", 'reguła wskazuje nieznane pole "{field}"')
_E_RULE_TABLE = QT_TRANSLATE_NOOP("domain", 'pole "{field}" wskazane jako "table" nie jest tabelą')
_E_RULE_FIELD_TYPE = QT_TRANSLATE_NOOP(
    "domain", 'pole "{field}" ma typ "{type}", a reguła "{rule}" wymaga: {expected}'
)

_W_RULE = QT_TRANSLATE_NOOP("domain", "reguła nr {number}")

_RULE_DATE_ORDER = "date_order"
_RULE_NOT_IN_FUTURE = "not_in_future"
_EXPECT_DATE = QT_TRANSLATE_NOOP("domain", 'pola typu "date"')
_EXPECT_DATE_OR_YEAR = QT_TRANSLATE_NOOP(
    "domain", 'pola typu "date" albo "number" bez miejsc po przecinku (rok)'
)


def parse_rules(root: Node, definition: FormDefinition) -> tuple[FormRule, ...]:
    rules: list[FormRule] = []
    for number, node in numbered(root.children("rules", allow_empty=True)):
        node.where = _W_RULE.format(number=number)
        kind = node.data.get("type")
        if kind == _RULE_DATE_ORDER:
            rules.append(_parse_date_order(node, definition))
        elif kind == _RULE_NOT_IN_FUTURE:
            rules.append(_parse_not_in_future(node, definition))
        elif kind == RULE_NOT_AFTER_DAY:
            rules.append(parse_not_after_day(node, {f.id: f for f in definition.all_fields()}))
        else:
            allowed = listing((_RULE_DATE_ORDER, _RULE_NOT_IN_FUTURE, RULE_NOT_AFTER_DAY))
            node.fail(_E_RULE_TYPE, value=kind, allowed=allowed)
    return tuple(rules)


def _parse_date_order(node: Node, definition: FormDefinition) -> DateOrderRule:
    node.expect_keys(("type", "start", "end"), ("table", "strict"))
    targets = _rule_targets(node, definition)
    for key in ("start", "end"):
        target = _rule_target(node, targets, key)
        if target.type is not FieldType.DATE:
            _refuse_type(node, target, _RULE_DATE_ORDER, _EXPECT_DATE)
    table = node.optional_text("table") or None
    return DateOrderRule(node.text("start"), node.text("end"), table, node.flag("strict"))


def _parse_not_in_future(node: Node, definition: FormDefinition) -> NotInFutureRule:
    node.expect_keys(("type", "field"), ("table",))
    target = _rule_target(node, _rule_targets(node, definition), "field")
    is_year = target.type is FieldType.NUMBER and target.decimals == 0
    if target.type is not FieldType.DATE and not is_year:
        _refuse_type(node, target, _RULE_NOT_IN_FUTURE, _EXPECT_DATE_OR_YEAR)
    return NotInFutureRule(target.id, node.optional_text("table") or None)


def _refuse_type(node: Node, target: FieldDefinition, rule: str, expected: str) -> NoReturn:
    node.fail(_E_RULE_FIELD_TYPE, field=target.id, type=target.type, rule=rule, expected=expected)


def _rule_targets(node: Node, definition: FormDefinition) -> dict[str, FieldDefinition]:
    """The fields a rule may name: the form's top-level fields, or one table's columns."""
    if not node.has("table"):
        return {f.id: f for f in definition.all_fields()}
    table_id = node.text("table")
    try:
        table = definition.field(table_id)
    except KeyError:
        node.fail(_E_RULE_FIELD, field=table_id)
    if table.type is not FieldType.TABLE:
        node.fail(_E_RULE_TABLE, field=table_id)
    return {c.id: c for c in table.columns}


def _rule_target(node: Node, targets: Mapping[str, FieldDefinition], key: str) -> FieldDefinition:
    field_id = node.text(key)
    target = targets.get(field_id)
    if target is None:
        node.fail(_E_RULE_FIELD, field=field_id)
    return target
