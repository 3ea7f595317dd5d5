"""Addresses of places inside an application's values: a field, a row of it, a column or part.

A problem names its place with such an address (``Problem.field_id``); the editor finds the widget
by it and the command line describes it in Polish words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pim_desktop.domain.forms.definition import (
    PERSON_PART_LABELS,
    FieldType,
    FormDefinition,
)
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

_L_ROW = QT_TRANSLATE_NOOP("domain", "wiersz {number}")
_L_FILE = QT_TRANSLATE_NOOP("domain", "plik {number}")

_ADDRESS = re.compile(
    r"(?P<field>[a-z][a-z0-9_]*)(\[(?P<row>[0-9]+)\])?(\.(?P<part>[a-z][a-z0-9_]*))?"
)


@dataclass(frozen=True)
class FieldAddress:
    """Where a problem sits: a field, optionally a row of it (0-based) and a column or part.

    ``"team"`` is the team table, ``"team[2].role"`` the role cell of its third stored row,
    ``"coordinator.email"`` a person's e-mail, ``"letters[1]"`` the second file of a multiple
    attachment.
    """

    field_id: str
    row: int | None = None
    part: str | None = None

    def __str__(self) -> str:
        row = "" if self.row is None else f"[{self.row}]"
        part = "" if self.part is None else f".{self.part}"
        return f"{self.field_id}{row}{part}"


def parse_address(address: str) -> FieldAddress:
    """Splits a ``Problem.field_id``; ValueError when it is not an address the check makes."""
    match = _ADDRESS.fullmatch(address)
    if match is None:
        raise ValueError(address)
    row = match.group("row")
    return FieldAddress(
        match.group("field"), None if row is None else int(row), match.group("part")
    )


def describe_address(definition: FormDefinition, address: str) -> str:
    """Polish words for an address: "Zespół PIM – wiersz 3 – Rola w projekcie"."""
    where = parse_address(address)
    field = definition.field(where.field_id)
    words = [field.label]
    if where.row is not None:
        template = _L_FILE if field.type is FieldType.ATTACHMENT else _L_ROW
        words.append(template.format(number=where.row + 1))
    if where.part is not None:
        if field.type is FieldType.TABLE:
            words.append(field.column(where.part).label)
        else:
            words.append(PERSON_PART_LABELS.get(where.part, where.part))
    return " – ".join(words)
