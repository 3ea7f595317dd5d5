"""Reads, types and shows the values an application stores for its form's fields.

The editor's widgets, the check, the checksum and the PDF all read stored values through these
helpers, so that "empty", "a number" and "a date" mean the same everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from pim_desktop.domain.dates import day_text
from pim_desktop.domain.forms.definition import FieldDefinition, FieldType

Values = Mapping[str, object]

_CANONICAL_DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def count_chars(text: str) -> int:
    """Characters with spaces, as Polish forms count them; NFC so that "ó" is one, not two."""
    return len(unicodedata.normalize("NFC", text))


def is_empty(value: object) -> bool:
    """Missing, blank, or a list or mapping of nothing but empty items (an untouched table row)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return all(is_empty(item) for item in value)
    if isinstance(value, Mapping):
        return all(is_empty(item) for item in value.values())
    return False


def is_filled(field: FieldDefinition, value: object) -> bool:
    """Whether a field counts as answered: a declaration only when it is ticked."""
    if field.type is FieldType.DECLARATION:
        return value is True
    return not is_empty(value)


def parse_decimal(value: object) -> Decimal | None:
    """A stored number or amount in canonical form ("1234.56"), or None when it is not one."""
    if not isinstance(value, str) or not _CANONICAL_DECIMAL.fullmatch(value):
        return None
    number = Decimal(value)
    if value.startswith("-") and number == 0:
        return None
    return number


def fraction_digits(text: str) -> int:
    """How many digits a stored number has after its decimal point."""
    return len(text.partition(".")[2])


def parse_date(value: object) -> date | None:
    """A stored "YYYY-MM-DD" date, or None when it is not a real date in that form."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def show_date(value: date) -> str:
    """A date as Polish readers write it: 20.09.2021."""
    return day_text(value)


def show_decimal(value: Decimal, decimals: int) -> str:
    """A number the Polish way: decimal comma, and a space in thousands from five digits on."""
    text = f"{value:,.{decimals}f}" if abs(value) >= 10000 else f"{value:.{decimals}f}"
    return text.replace(",", "\u00a0").replace(".", ",")
