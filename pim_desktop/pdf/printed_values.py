"""How a stored value reads on paper: every digit kept, dates and amounts the Polish way.

The printout must never disagree with the data: numbers are rewritten from their stored text,
not through a float or a rounding format, and a value that cannot be read is printed as stored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pim_desktop.domain.dates import day_text
from pim_desktop.domain.forms.definition import FieldDefinition, FieldType
from pim_desktop.domain.forms.values import is_empty, parse_date

EMPTY = "—"
NBSP = "\u00a0"
CURRENCY = "zł"
MONEY_DECIMALS = 2
# Polish typesetting leaves four-digit numbers whole, so a year reads "2024", not "2 024";
# amounts of money are grouped from four digits on, as bank statements and budgets show them.
NUMBER_GROUPING_FROM = 5
MONEY_GROUPING_FROM = 4

_DECIMAL = re.compile(r"(?P<sign>-?)(?P<whole>0|[1-9][0-9]*)(?:\.(?P<fraction>[0-9]+))?")


def group_digits(digits: str) -> str:
    """``"1234567"`` → ``"1 234 567"`` with no-break spaces, so a number never wraps."""
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return NBSP.join(groups)


def decimal_text(stored: str, *, money: bool = False) -> str | None:
    """A canonical decimal the Polish way, or None when ``stored`` is not canonical.

    No digit is dropped: "1234567.891" stays "1 234 567,891"; money shows at least its grosze.
    """
    match = _DECIMAL.fullmatch(stored)
    if match is None:
        return None
    whole, fraction = match.group("whole"), match.group("fraction") or ""
    if money:
        fraction = fraction.ljust(MONEY_DECIMALS, "0")
    grouping_from = MONEY_GROUPING_FROM if money else NUMBER_GROUPING_FROM
    if len(whole) >= grouping_from:
        whole = group_digits(whole)
    text = match.group("sign") + whole
    return f"{text},{fraction}" if fraction else text


def file_size_text(size: int) -> str:
    """The exact size in bytes, with a rounded size in kB or MB for the eye when it helps."""
    exact = f"{group_digits(str(size))}{NBSP}B"
    for unit, factor in (("MB", 1024 * 1024), ("kB", 1024)):
        if size >= factor:
            rounded = f"{size / factor:.1f}".replace(".", ",")
            return f"{rounded}{NBSP}{unit} ({exact})"
    return exact


def simple_value_text(field: FieldDefinition, value: object) -> str:
    """A one-part value (text, number, amount, date, choice) as printed; "—" when empty."""
    if is_empty(value):
        return EMPTY
    if not isinstance(value, str):
        return str(value)
    match field.type:
        case FieldType.NUMBER | FieldType.MONEY:
            money = field.type is FieldType.MONEY
            number = decimal_text(value, money=money)
            if number is None:
                return value
            unit = CURRENCY if money else field.unit
            return f"{number}{NBSP}{unit}" if unit else number
        case FieldType.DATE:
            day = parse_date(value)
            return value if day is None else day_text(day)
        case FieldType.SINGLE_CHOICE:
            return field.choice_label(value) or value
    return value


def choice_labels(field: FieldDefinition, value: object) -> list[tuple[str, bool]]:
    """Every answer of a multiple choice with whether it is chosen; stray stored values last."""
    chosen = [item for item in value if isinstance(item, str)] if isinstance(value, list) else []
    offered = [(choice.label, choice.value in chosen) for choice in field.choices]
    known = {choice.value for choice in field.choices}
    return offered + [(item, True) for item in chosen if item not in known]


def filled_rows(value: object) -> list[Mapping[str, object]]:
    """The rows of a table value that hold anything; empty rows are not part of the answer."""
    if not isinstance(value, list):
        return []
    return [row for row in value if isinstance(row, Mapping) and not is_empty(row)]


def attachment_items(value: object) -> list[Mapping[str, object]]:
    """The file records of an attachment field, one or many, without empty ones."""
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, Mapping) and not is_empty(item)]
