"""Sample applications built from a form definition: every field filled with a valid, telling value.

Checks expect such an application to have no problems; printed forms are expected to show every
value, so each value names its field and carries Polish letters.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal

from pim_desktop.domain.forms.definition import (
    DateOrderRule,
    FieldDefinition,
    FieldType,
    FormDefinition,
    Role,
    TextFormat,
    VisibleWhen,
)

FORMAT_SAMPLES = {
    TextFormat.EMAIL: "sekretariat@urzad.przykladowo.pl",
    TextFormat.PHONE: "+48 22 123 45 67",
    TextFormat.NIP: "5261040828",
    TextFormat.REGON: "630258239",
    TextFormat.TERYT: "1465011",
    TextFormat.EPUAP: "/UMPrzykladowo/SkrytkaESP",
    TextFormat.EDORECZENIA: "AE:PL-12345-67890-ABCDE-12",
}
PEOPLE = ("Anna Żółkiewska", "Łukasz Ścibor-Rylski", "Grażyna Nowak-Jeziorańska", "Jerzy Źródło")
UNBOUNDED_DATE = date(2020, 5, 15)


def fill_every_field(definition: FormDefinition, role: Role) -> dict[str, object]:
    """Values for every field the role sees, choosing answers that reveal conditional fields."""
    fields = definition.fields_for(role)
    conditions = _conditions_by_controller(fields)
    values: dict[str, object] = {}
    for position, field in enumerate(fields):
        values[field.id] = sample_value(field, position, conditions.get(field.id, []))
    _satisfy_date_order(definition, values)
    return values


def sample_value(
    field: FieldDefinition, index: int = 0, wanted: Sequence[VisibleWhen] = ()
) -> object:
    """A valid value for one field; ``index`` varies it between rows and fields."""
    match field.type:
        case FieldType.SHORT_TEXT | FieldType.LONG_TEXT:
            return _text(field, index)
        case FieldType.NUMBER | FieldType.MONEY:
            return _number(field, index)
        case FieldType.DATE:
            return _date(field, index).isoformat()
        case FieldType.SINGLE_CHOICE:
            return _single_choice(field, index, wanted)
        case FieldType.MULTIPLE_CHOICE:
            return _multiple_choice(field, wanted)
        case FieldType.DECLARATION:
            return True
        case FieldType.PERSON:
            return _person(field, index)
        case FieldType.TABLE:
            return _table(field)
        case FieldType.ATTACHMENT:
            return _attachment(field)
    raise AssertionError(field.type)


def _conditions_by_controller(fields: Sequence[FieldDefinition]) -> dict[str, list[VisibleWhen]]:
    found: dict[str, list[VisibleWhen]] = {}
    for field in fields:
        if field.visible_when is not None:
            found.setdefault(field.visible_when.field, []).append(field.visible_when)
    return found


def _text(field: FieldDefinition, index: int) -> str:
    if field.format is not None:
        return FORMAT_SAMPLES[field.format]
    text = f"{field.label} ({index + 1}) – zażółć gęślą jaźń"
    if field.type is FieldType.LONG_TEXT:
        text += ".\nDrugi akapit: ŻÓŁTA ŁÓDŹ PŁYNIE PO ŚWIĘCIE."
    return text[: field.max_chars] if field.max_chars else text


def _number(field: FieldDefinition, index: int) -> str:
    if field.type is FieldType.MONEY:
        candidate = Decimal("123456.78") + index
    else:
        candidate = Decimal(12 + index) + (Decimal("0.5") if field.decimals else 0)
    if field.min_value is not None:
        candidate = max(candidate, field.min_value)
    if field.max_value is not None:
        candidate = min(candidate, field.max_value)
    return f"{candidate:.{field.decimals}f}"


def _date(field: FieldDefinition, index: int) -> date:
    if field.min_date is not None:
        day = field.min_date + timedelta(days=index)
    elif field.max_date is not None:
        day = field.max_date - timedelta(days=index)
    else:
        day = UNBOUNDED_DATE + timedelta(days=index)
    return min(day, field.max_date) if field.max_date is not None else day


def _single_choice(field: FieldDefinition, index: int, wanted: Sequence[VisibleWhen]) -> str:
    if not wanted:
        return field.choices[index % len(field.choices)].value
    # The answer revealing most dependent fields; max() keeps the first of equal answers.
    best = max(field.choices, key=lambda c: sum(w.matches(c.value) for w in wanted))
    return best.value


def _multiple_choice(field: FieldDefinition, wanted: Sequence[VisibleWhen]) -> list[str]:
    chosen = [field.choices[0].value]
    for condition in wanted:
        chosen.extend(v for v in condition.values if isinstance(v, str) and v not in chosen)
    return chosen[: field.max_selected] if field.max_selected else chosen


def _person(field: FieldDefinition, index: int) -> dict[str, str]:
    return {
        "name": PEOPLE[index % len(PEOPLE)],
        "position": f"Główny specjalista ({field.label})",
        "department": "Wydział Rozwoju Miasta i Współpracy Zagranicznej",
        "phone": "+48 22 123 45 67",
        "email": f"{field.id.replace('_', '.')}@urzad.przykladowo.pl",
    }


def _table(field: FieldDefinition) -> list[dict[str, object]]:
    count = max(field.min_rows, 2)
    if field.max_rows is not None:
        count = min(count, field.max_rows)
    return [
        {column.id: sample_value(column, row) for column in field.columns} for row in range(count)
    ]


def _attachment(field: FieldDefinition) -> object:
    extension = field.accept[0] if field.accept else ".pdf"

    def record(number: int) -> dict[str, object]:
        name = f"Załącznik {field.id} nr {number}{extension}"
        digest = hashlib.sha256(name.encode("utf-8")).hexdigest()
        return {"file_name": name, "size": 1024 * number, "sha256": digest}

    return [record(1), record(2)] if field.multiple else record(1)


def _satisfy_date_order(definition: FormDefinition, values: dict[str, object]) -> None:
    """Moves end dates forward where a rule wants them after their start."""
    for rule in definition.rules:
        if not isinstance(rule, DateOrderRule):
            continue
        places: list[dict[str, object]] = [values]
        if rule.table is not None:
            rows = values.get(rule.table)
            places = (
                [row for row in rows if isinstance(row, dict)] if isinstance(rows, list) else []
            )
        for place in places:
            _order_dates(place, rule)


def _order_dates(place: dict[str, object], rule: DateOrderRule) -> None:
    start, end = place.get(rule.start), place.get(rule.end)
    if not (isinstance(start, str) and isinstance(end, str)):
        return
    first = date.fromisoformat(start)
    if date.fromisoformat(end) < first or (rule.strict and end == start):
        place[rule.end] = (first + timedelta(days=1 if rule.strict else 0)).isoformat()


def visible_values(
    definition: FormDefinition, role: Role, values: Mapping[str, object]
) -> dict[str, object]:
    """Only the values of fields the role sees with these values: what a printed form shows."""
    return {
        f.id: values[f.id]
        for f in definition.fields_for(role)
        if f.id in values and f.is_visible(values, role)
    }
