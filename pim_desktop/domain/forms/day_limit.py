"""The form rule ``not_after_day``: a date field may not fall after a fixed day, e.g. the signing
date after the call's deadline. How it is read from a definition and how it is checked.

```json
{"type": "not_after_day", "field": "sign_date", "day": "2024-01-28", "day_label": "termin naboru"}
```
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NoReturn, Protocol

from pim_desktop.domain.forms.definition import (
    FieldDefinition,
    FieldType,
    NotAfterDayRule,
    Role,
)
from pim_desktop.domain.forms.values import parse_date, show_date
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Problem

RULE_NOT_AFTER_DAY = "not_after_day"
PROBLEM_CODE = "after_day"

_E_FIELD = QT_TRANSLATE_NOOP("domain", 'reguła wskazuje nieznane pole "{field}"')
_E_NOT_DATE = QT_TRANSLATE_NOOP(
    "domain", 'reguła "not_after_day" wymaga pola typu "date", a "{field}" jest typu "{type}"'
)
_E_DAY = QT_TRANSLATE_NOOP(
    "domain", '"day" musi być prawdziwą datą w postaci RRRR-MM-DD, a jest "{value}"'
)
_M_AFTER_DAY = QT_TRANSLATE_NOOP("domain", "Ta data nie może przypadać po {day_label} ({day}).")


class RuleNode(Protocol):
    """The part of the loader's JSON node the rule needs."""

    def fail(self, fault: str, **params: object) -> NoReturn: ...
    def expect_keys(self, required: Iterable[str], optional: Iterable[str] = ()) -> None: ...
    def text(self, key: str) -> str: ...
    def optional_text(self, key: str, default: str = "") -> str: ...


def parse_not_after_day(node: RuleNode, fields: Mapping[str, FieldDefinition]) -> NotAfterDayRule:
    node.expect_keys(("type", "field", "day"), ("day_label",))
    field_id = node.text("field")
    target = fields.get(field_id)
    if target is None:
        node.fail(_E_FIELD, field=field_id)
    if target.type is not FieldType.DATE:
        node.fail(_E_NOT_DATE, field=field_id, type=target.type)
    raw = node.text("day")
    day = parse_date(raw)
    if day is None:
        node.fail(_E_DAY, value=raw)
    return NotAfterDayRule(field_id, day, node.optional_text("day_label", "") or "")


def not_after_day_problems(
    field: FieldDefinition, rule: NotAfterDayRule, role: Role, values: Mapping[str, object]
) -> list[Problem]:
    """A problem on the field when its date is after the rule's day (hidden fields are free)."""
    if not field.is_visible(values, role):
        return []
    value = parse_date(values.get(rule.field))
    if value is None or value <= rule.day:
        return []
    label = rule.day_label or QT_TRANSLATE_NOOP("domain", "wyznaczonym dniu")
    return [
        Problem(
            rule.field,
            PROBLEM_CODE,
            _M_AFTER_DAY,
            {"day": show_date(rule.day), "day_label": label},
            field.section_id,
        )
    ]
