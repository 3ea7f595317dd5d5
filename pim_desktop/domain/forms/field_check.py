"""Checks one field's stored value on its own: its type, limits, format and choices.

A table's cells are checked as fields of their own; rules that tie several fields together live
in ``rule_check``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import TypeVar

from pim_desktop.domain import identifiers
from pim_desktop.domain.forms import problem_codes as m
from pim_desktop.domain.forms.definition import (
    PERSON_PARTS,
    FieldDefinition,
    FieldType,
    TextFormat,
)
from pim_desktop.domain.forms.problem_codes import Place, ProblemCode
from pim_desktop.domain.forms.values import (
    count_chars,
    fraction_digits,
    is_empty,
    parse_date,
    parse_decimal,
    show_date,
    show_decimal,
)
from pim_desktop.domain.problems import Problem

# A person's name or position longer than this is a paste gone wrong, not a name.
PERSON_PART_MAX_CHARS = 200

_SHA256 = re.compile(r"[0-9a-fA-F]{64}")

_Bound = TypeVar("_Bound", Decimal, date)


def check_field(field: FieldDefinition, value: object) -> list[Problem]:
    """Problems of one field's value on its own, without the form-level rules."""
    return _check_value(field, value, Place(field.id, field.section_id))


def _check_value(field: FieldDefinition, value: object, where: Place) -> list[Problem]:
    if field.type is FieldType.DECLARATION:
        return _check_declaration(field, value, where)
    if is_empty(value):
        return [where.problem(ProblemCode.REQUIRED, m.M_REQUIRED)] if field.required else []
    return _CHECKS[field.type](field, value, where)


def _check_declaration(field: FieldDefinition, value: object, where: Place) -> list[Problem]:
    if value is not None and not isinstance(value, bool):
        return [where.problem(ProblemCode.BAD_VALUE, m.M_BAD_VALUE)]
    if field.required and value is not True:
        return [where.problem(ProblemCode.DECLARATION_NOT_ACCEPTED, m.M_DECLARATION)]
    return []


def _check_text(field: FieldDefinition, value: object, where: Place) -> list[Problem]:
    if not isinstance(value, str):
        return [where.problem(ProblemCode.BAD_VALUE, m.M_BAD_VALUE)]
    problems: list[Problem] = []
    count = count_chars(value)
    if field.max_chars is not None and count > field.max_chars:
        problems.append(_too_long(where, count, field.max_chars))
    if field.format is not None:
        valid, code, message = _FORMATS[field.format]
        if not valid(value.strip()):
            problems.append(where.problem(code, message, value=value.strip()))
    return problems


def _too_long(where: Place, count: int, limit: int) -> Problem:
    return where.problem(
        ProblemCode.TOO_LONG, m.M_TOO_LONG, count=count, limit=limit, excess=count - limit
    )


def _check_number(field: FieldDefinition, value: object, where: Place) -> list[Problem]:
    if not isinstance(value, str):
        return [where.problem(ProblemCode.BAD_VALUE, m.M_BAD_VALUE)]
    number = parse_decimal(value)
    if number is None:
        return [where.problem(ProblemCode.BAD_NUMBER, m.M_BAD_NUMBER, value=value)]
    if fraction_digits(value) > field.decimals:
        if field.type is FieldType.MONEY:
            message = m.M_MONEY_DECIMALS
        else:
            message = m.M_NOT_INTEGER if field.decimals == 0 else m.M_TOO_MANY_DECIMALS
        return [where.problem(ProblemCode.BAD_NUMBER, message, decimals=field.decimals)]
    return _check_number_range(field, number, where)


def _check_number_range(field: FieldDefinition, number: Decimal, where: Place) -> list[Problem]:
    def shown(bound: Decimal) -> str:
        text = show_decimal(bound, field.decimals)
        return f"{text}\u00a0{field.unit}" if field.unit else text

    limits = (field.min_value, field.max_value)
    return _out_of_range(where, number, limits, shown, (m.M_BELOW_MIN, m.M_ABOVE_MAX))


def _check_date(field: FieldDefinition, value: object, where: Place) -> list[Problem]:
    parsed = parse_date(value)
    if parsed is None:
        return [where.problem(ProblemCode.BAD_DATE, m.M_BAD_DATE, value=value)]
    limits = (field.min_date, field.max_date)
    messages = (m.M_DATE_BEFORE_MIN, m.M_DATE_AFTER_MAX)
    return _out_of_range(where, parsed, limits, show_date, messages)


def _out_of_range(
    where: Place,
    value: _Bound,
    limits: tuple[_Bound | None, _Bound | None],
    shown: Callable[[_Bound], str],
    messages: tuple[str, str],
) -> list[Problem]:
    """The problem of a value below its lower or above its upper limit, the limit in words."""
    (low, high), (below, above) = limits, messages
    if low is not None and value < low:
        return [where.problem(ProblemCode.OUT_OF_RANGE, below, min=shown(low))]
    if high is not None and value > high:
        return [where.problem(ProblemCode.OUT_OF_RANGE, above, max=shown(high))]
    return []


def _check_single_choice(field: FieldDefinition, value: object, where: Place) -> list[Problem]:
    if not isinstance(value, str):
        return [where.problem(ProblemCode.BAD_VALUE, m.M_BAD_VALUE)]
    if field.choice_label(value) is None:
        return [where.problem(ProblemCode.BAD_CHOICE, m.M_BAD_CHOICE, value=value)]
    return []


def _check_multiple_choice(field: FieldDefinition, value: object, where: Place) -> list[Problem]:
    if (
        not isinstance(value, list)
        or not all(isinstance(item, str) for item in value)
        or len(set(value)) != len(value)
    ):
        return [where.problem(ProblemCode.BAD_VALUE, m.M_BAD_VALUE)]
    problems = [
        where.problem(ProblemCode.BAD_CHOICE, m.M_BAD_CHOICE, value=item)
        for item in value
        if field.choice_label(item) is None
    ]
    if field.max_selected is not None and len(value) > field.max_selected:
        problems.append(
            where.problem(
                ProblemCode.TOO_MANY_CHOICES,
                m.M_TOO_MANY_CHOICES,
                count=len(value),
                max=field.max_selected,
            )
        )
    return problems


# A person entered at all is entered in full; the department may stay empty in a small office.
_PERSON_REQUIRED = ("name", "position", "phone", "email")


def _check_person(field: FieldDefinition, value: object, where: Place) -> list[Problem]:
    if not isinstance(value, Mapping) or not all(
        isinstance(value.get(part), str | None) for part in PERSON_PARTS
    ):
        return [where.problem(ProblemCode.BAD_VALUE, m.M_BAD_VALUE)]
    problems: list[Problem] = []
    for part in PERSON_PARTS:
        text = (value.get(part) or "").strip()
        at = where.part(part)
        if not text:
            if part in _PERSON_REQUIRED:
                problems.append(at.problem(ProblemCode.REQUIRED, m.M_REQUIRED))
        elif count_chars(text) > PERSON_PART_MAX_CHARS:
            problems.append(_too_long(at, count_chars(text), PERSON_PART_MAX_CHARS))
        elif part == "email" and not identifiers.is_valid_email(text):
            problems.append(at.problem(ProblemCode.BAD_EMAIL, m.M_BAD_EMAIL, value=text))
        elif part == "phone" and not identifiers.is_valid_phone(text):
            problems.append(at.problem(ProblemCode.BAD_PHONE, m.M_BAD_PHONE, value=text))
    return problems


def _check_table(field: FieldDefinition, value: object, where: Place) -> list[Problem]:
    if not isinstance(value, list) or not all(isinstance(row, Mapping) for row in value):
        return [where.problem(ProblemCode.BAD_VALUE, m.M_BAD_VALUE)]
    # Rows left empty are ignored rather than reported: the editor may keep a blank row open.
    filled = [(index, row) for index, row in enumerate(value) if not is_empty(row)]
    problems: list[Problem] = []
    if len(filled) < field.min_rows:
        problems.append(
            where.problem(
                ProblemCode.TOO_FEW_ROWS, m.M_TOO_FEW_ROWS, count=len(filled), min=field.min_rows
            )
        )
    if field.max_rows is not None and len(filled) > field.max_rows:
        problems.append(
            where.problem(
                ProblemCode.TOO_MANY_ROWS, m.M_TOO_MANY_ROWS, count=len(filled), max=field.max_rows
            )
        )
    for index, row in filled:
        cell = where.item(index)
        for column in field.columns:
            problems.extend(_check_value(column, row.get(column.id), cell.part(column.id)))
    return problems


def _check_attachment(field: FieldDefinition, value: object, where: Place) -> list[Problem]:
    if field.multiple != isinstance(value, list):
        return [where.problem(ProblemCode.BAD_VALUE, m.M_BAD_VALUE)]
    if isinstance(value, list):
        items = [(where.item(index), item) for index, item in enumerate(value)]
    else:
        items = [(where, value)]
    problems: list[Problem] = []
    for at, item in items:
        if is_empty(item):
            continue
        file_name = _attachment_name(item)
        if file_name is None:
            problems.append(at.problem(ProblemCode.BAD_ATTACHMENT, m.M_BAD_ATTACHMENT))
        elif field.accept and not file_name.casefold().endswith(field.accept):
            accept = ", ".join(field.accept)
            problems.append(
                at.problem(
                    ProblemCode.BAD_FILE_TYPE, m.M_BAD_FILE_TYPE, file_name=file_name, accept=accept
                )
            )
    return problems


def _attachment_name(item: object) -> str | None:
    """The file name of a well-formed attachment record, or None when the record is broken."""
    if not isinstance(item, Mapping):
        return None
    file_name, size, sha256 = item.get("file_name"), item.get("size"), item.get("sha256")
    if not isinstance(file_name, str) or not file_name.strip():
        return None
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        return None
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        return None
    return file_name


_CHECKS: dict[FieldType, Callable[[FieldDefinition, object, Place], list[Problem]]] = {
    FieldType.SHORT_TEXT: _check_text,
    FieldType.LONG_TEXT: _check_text,
    FieldType.NUMBER: _check_number,
    FieldType.MONEY: _check_number,
    FieldType.DATE: _check_date,
    FieldType.SINGLE_CHOICE: _check_single_choice,
    FieldType.MULTIPLE_CHOICE: _check_multiple_choice,
    FieldType.PERSON: _check_person,
    FieldType.TABLE: _check_table,
    FieldType.ATTACHMENT: _check_attachment,
}


# --- Text formats ----------------------------------------------------------------------------


_FORMATS: dict[TextFormat, tuple[Callable[[str], bool], ProblemCode, str]] = {
    TextFormat.EMAIL: (identifiers.is_valid_email, ProblemCode.BAD_EMAIL, m.M_BAD_EMAIL),
    TextFormat.PHONE: (identifiers.is_valid_phone, ProblemCode.BAD_PHONE, m.M_BAD_PHONE),
    TextFormat.NIP: (identifiers.is_valid_nip, ProblemCode.BAD_NIP, m.M_BAD_NIP),
    TextFormat.REGON: (identifiers.is_valid_regon, ProblemCode.BAD_REGON, m.M_BAD_REGON),
    TextFormat.TERYT: (identifiers.is_valid_teryt, ProblemCode.BAD_TERYT, m.M_BAD_TERYT),
    TextFormat.EPUAP: (
        identifiers.is_valid_epuap_address,
        ProblemCode.BAD_EPUAP_ADDRESS,
        m.M_BAD_EPUAP,
    ),
    TextFormat.EDORECZENIA: (
        identifiers.is_valid_edoreczenia_address,
        ProblemCode.BAD_EDORECZENIA_ADDRESS,
        m.M_BAD_EDORECZENIA,
    ),
}
