"""Checks an application's stored values against its form definition and lists the problems.

Each problem is reported once, in the order the fields appear, and never for a field the officer
cannot see (another role's field, or one hidden by its ``visible_when`` condition).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import partial

from pim_desktop.domain import identifiers
from pim_desktop.domain.dates import day_text
from pim_desktop.domain.forms.definition import (
    PERSON_PART_LABELS,
    PERSON_PARTS,
    DateOrderRule,
    FieldDefinition,
    FieldType,
    FormDefinition,
    NotInFutureRule,
    Role,
    TextFormat,
)
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Problem

Values = Mapping[str, object]

# A person's name or position longer than this is a paste gone wrong, not a name.
PERSON_PART_MAX_CHARS = 200


class ProblemCode(StrEnum):
    """The ``Problem.code`` values this checker produces."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    BAD_DATE = "bad_date"
    BAD_NUMBER = "bad_number"
    OUT_OF_RANGE = "out_of_range"
    BAD_CHOICE = "bad_choice"
    TOO_MANY_CHOICES = "too_many_choices"
    DECLARATION_NOT_ACCEPTED = "declaration_not_accepted"
    TOO_FEW_ROWS = "too_few_rows"
    TOO_MANY_ROWS = "too_many_rows"
    BAD_EMAIL = "bad_email"
    BAD_PHONE = "bad_phone"
    BAD_NIP = "bad_nip"
    BAD_REGON = "bad_regon"
    BAD_TERYT = "bad_teryt"
    BAD_EPUAP_ADDRESS = "bad_epuap_address"
    BAD_EDORECZENIA_ADDRESS = "bad_edoreczenia_address"
    BAD_ATTACHMENT = "bad_attachment"
    BAD_FILE_TYPE = "bad_file_type"
    BAD_VALUE = "bad_value"
    DATE_ORDER = "date_order"
    IN_FUTURE = "in_future"


class SectionStatus(StrEnum):
    """How far a section is: nothing entered yet, entered with faults, or entered without faults."""

    NOT_STARTED = "not_started"
    HAS_PROBLEMS = "has_problems"
    COMPLETE = "complete"


# Phrased so that no number needs a Polish plural ending ("3 znaki" but "5 znaków").
_M_REQUIRED = QT_TRANSLATE_NOOP("domain", "To pole jest wymagane.")
_M_TOO_LONG = QT_TRANSLATE_NOOP(
    "domain", "Tekst jest za długi – liczba znaków ze spacjami: {count}, limit: {limit}."
)
_M_BAD_DATE = QT_TRANSLATE_NOOP(
    "domain", "Nieprawidłowa data „{value}” – oczekiwano daty w postaci RRRR-MM-DD."
)
_M_BAD_NUMBER = QT_TRANSLATE_NOOP(
    "domain",
    "Nieprawidłowy zapis liczby „{value}” – oczekiwano samych cyfr, z kropką oddzielającą "
    "część ułamkową, bez spacji.",
)
_M_NOT_INTEGER = QT_TRANSLATE_NOOP("domain", "Wartość musi być liczbą całkowitą.")
_M_TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP(
    "domain", "Za dużo cyfr po przecinku – dozwolona liczba cyfr: {decimals}."
)
_M_MONEY_DECIMALS = QT_TRANSLATE_NOOP(
    "domain", "Kwotę podaje się z dokładnością do grosza – najwyżej dwie cyfry po przecinku."
)
_M_BELOW_MIN = QT_TRANSLATE_NOOP("domain", "Wartość nie może być mniejsza niż {min}.")
_M_ABOVE_MAX = QT_TRANSLATE_NOOP("domain", "Wartość nie może być większa niż {max}.")
_M_DATE_BEFORE_MIN = QT_TRANSLATE_NOOP("domain", "Data nie może być wcześniejsza niż {min}.")
_M_DATE_AFTER_MAX = QT_TRANSLATE_NOOP("domain", "Data nie może być późniejsza niż {max}.")
_M_BAD_CHOICE = QT_TRANSLATE_NOOP(
    "domain", "Wartość „{value}” nie należy do listy dostępnych odpowiedzi."
)
_M_TOO_MANY_CHOICES = QT_TRANSLATE_NOOP(
    "domain", "Zaznaczonych odpowiedzi: {count}, dozwolone najwyżej: {max}."
)
_M_DECLARATION = QT_TRANSLATE_NOOP(
    "domain", "Zaznacz to oświadczenie – bez niego zgłoszenia nie można złożyć."
)
_M_TOO_FEW_ROWS = QT_TRANSLATE_NOOP(
    "domain", "Wypełnionych wierszy: {count}, wymagane co najmniej: {min}."
)
_M_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "domain", "Wypełnionych wierszy: {count}, dozwolone najwyżej: {max}."
)
_M_BAD_EMAIL = QT_TRANSLATE_NOOP("domain", "Nieprawidłowy adres e-mail „{value}”.")
_M_BAD_PHONE = QT_TRANSLATE_NOOP(
    "domain",
    "Nieprawidłowy numer telefonu „{value}” – podaj co najmniej 9 cyfr, np. +48 22 123 45 67.",
)
_M_BAD_NIP = QT_TRANSLATE_NOOP(
    "domain", "Nieprawidłowy NIP „{value}” – numer ma 10 cyfr, z których ostatnia jest kontrolna."
)
_M_BAD_REGON = QT_TRANSLATE_NOOP(
    "domain",
    "Nieprawidłowy REGON „{value}” – numer ma 9 albo 14 cyfr, z których ostatnia jest kontrolna.",
)
_M_BAD_TERYT = QT_TRANSLATE_NOOP(
    "domain", "Nieprawidłowy kod TERYT „{value}” – identyfikator gminy ma 7 cyfr, np. 1465011."
)
_M_BAD_EPUAP = QT_TRANSLATE_NOOP(
    "domain",
    "Nieprawidłowy adres skrytki ePUAP „{value}” – oczekiwano postaci /nazwa-urzedu/skrytka, "
    "np. /UMPrzykladowo/SkrytkaESP.",
)
_M_BAD_EDORECZENIA = QT_TRANSLATE_NOOP(
    "domain",
    "Nieprawidłowy adres do doręczeń elektronicznych „{value}” – oczekiwano postaci "
    "AE:PL-00000-00000-ABCDE-00.",
)
_M_BAD_ATTACHMENT = QT_TRANSLATE_NOOP(
    "domain", "Dane załącznika są niekompletne – dodaj plik ponownie."
)
_M_BAD_FILE_TYPE = QT_TRANSLATE_NOOP(
    "domain", "Plik „{file_name}” ma niedozwolony rodzaj – dozwolone: {accept}."
)
_M_BAD_VALUE = QT_TRANSLATE_NOOP(
    "domain", "Zapisana wartość pola ma nieprawidłową postać – wprowadź ją ponownie."
)
_M_DATE_ORDER = QT_TRANSLATE_NOOP(
    "domain", "Data nie może być wcześniejsza niż data w polu „{start_label}” ({start})."
)
_M_DATE_ORDER_STRICT = QT_TRANSLATE_NOOP(
    "domain", "Data musi być późniejsza niż data w polu „{start_label}” ({start})."
)
_M_DATE_IN_FUTURE = QT_TRANSLATE_NOOP(
    "domain", "Data nie może być późniejsza niż dzisiejsza ({today})."
)
_M_YEAR_IN_FUTURE = QT_TRANSLATE_NOOP("domain", "Rok nie może być późniejszy niż bieżący ({year}).")
_L_ROW = QT_TRANSLATE_NOOP("domain", "wiersz {number}")
_L_FILE = QT_TRANSLATE_NOOP("domain", "plik {number}")

_CANONICAL_DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
_ADDRESS = re.compile(
    r"(?P<field>[a-z][a-z0-9_]*)(\[(?P<row>[0-9]+)\])?(\.(?P<part>[a-z][a-z0-9_]*))?"
)


# --- Values: emptiness, counting, parsing ------------------------------------------------------


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


def parse_date(value: object) -> date | None:
    """A stored "YYYY-MM-DD" date, or None when it is not a real date in that form."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def show_decimal(value: Decimal, decimals: int) -> str:
    """A number the Polish way: decimal comma, and a space in thousands from five digits on."""
    text = f"{value:,.{decimals}f}" if abs(value) >= 10000 else f"{value:.{decimals}f}"
    return text.replace(",", "\u00a0").replace(".", ",")


def _fraction_digits(text: str) -> int:
    return len(text.partition(".")[2])


# --- Addresses of problems inside a field --------------------------------------------------------


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
    """Splits a ``Problem.field_id``; ValueError when it is not an address this checker makes."""
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


@dataclass(frozen=True)
class _Where:
    address: str
    section_id: str

    def problem(self, code: ProblemCode, message: str, **params: object) -> Problem:
        return Problem(self.address, code.value, message, params, self.section_id)

    def part(self, name: str) -> _Where:
        return _Where(f"{self.address}.{name}", self.section_id)

    def item(self, index: int) -> _Where:
        return _Where(f"{self.address}[{index}]", self.section_id)


# --- Checking one field ----------------------------------------------------------------------


def check_field(field: FieldDefinition, value: object) -> list[Problem]:
    """Problems of one field's value on its own, without the form-level rules."""
    return _check_value(field, value, _Where(field.id, field.section_id))


def _check_value(field: FieldDefinition, value: object, where: _Where) -> list[Problem]:
    if field.type is FieldType.DECLARATION:
        return _check_declaration(field, value, where)
    if is_empty(value):
        return [where.problem(ProblemCode.REQUIRED, _M_REQUIRED)] if field.required else []
    return _CHECKS[field.type](field, value, where)


def _check_declaration(field: FieldDefinition, value: object, where: _Where) -> list[Problem]:
    if value is not None and not isinstance(value, bool):
        return [where.problem(ProblemCode.BAD_VALUE, _M_BAD_VALUE)]
    if field.required and value is not True:
        return [where.problem(ProblemCode.DECLARATION_NOT_ACCEPTED, _M_DECLARATION)]
    return []


def _check_text(field: FieldDefinition, value: object, where: _Where) -> list[Problem]:
    if not isinstance(value, str):
        return [where.problem(ProblemCode.BAD_VALUE, _M_BAD_VALUE)]
    problems: list[Problem] = []
    count = count_chars(value)
    if field.max_chars is not None and count > field.max_chars:
        problems.append(_too_long(where, count, field.max_chars))
    if field.format is not None:
        valid, code, message = _FORMATS[field.format]
        if not valid(value.strip()):
            problems.append(where.problem(code, message, value=value.strip()))
    return problems


def _too_long(where: _Where, count: int, limit: int) -> Problem:
    return where.problem(
        ProblemCode.TOO_LONG, _M_TOO_LONG, count=count, limit=limit, excess=count - limit
    )


def _check_number(field: FieldDefinition, value: object, where: _Where) -> list[Problem]:
    if not isinstance(value, str):
        return [where.problem(ProblemCode.BAD_VALUE, _M_BAD_VALUE)]
    number = parse_decimal(value)
    if number is None:
        return [where.problem(ProblemCode.BAD_NUMBER, _M_BAD_NUMBER, value=value)]
    if _fraction_digits(value) > field.decimals:
        if field.type is FieldType.MONEY:
            message = _M_MONEY_DECIMALS
        else:
            message = _M_NOT_INTEGER if field.decimals == 0 else _M_TOO_MANY_DECIMALS
        return [where.problem(ProblemCode.BAD_NUMBER, message, decimals=field.decimals)]
    return _check_number_range(field, number, where)


def _check_number_range(field: FieldDefinition, number: Decimal, where: _Where) -> list[Problem]:
    def shown(bound: Decimal) -> str:
        text = show_decimal(bound, field.decimals)
        return f"{text}\u00a0{field.unit}" if field.unit else text

    if field.min_value is not None and number < field.min_value:
        bound = shown(field.min_value)
        return [where.problem(ProblemCode.OUT_OF_RANGE, _M_BELOW_MIN, min=bound)]
    if field.max_value is not None and number > field.max_value:
        bound = shown(field.max_value)
        return [where.problem(ProblemCode.OUT_OF_RANGE, _M_ABOVE_MAX, max=bound)]
    return []


def _check_date(field: FieldDefinition, value: object, where: _Where) -> list[Problem]:
    parsed = parse_date(value)
    if parsed is None:
        return [where.problem(ProblemCode.BAD_DATE, _M_BAD_DATE, value=value)]
    if field.min_date is not None and parsed < field.min_date:
        bound = day_text(field.min_date)
        return [where.problem(ProblemCode.OUT_OF_RANGE, _M_DATE_BEFORE_MIN, min=bound)]
    if field.max_date is not None and parsed > field.max_date:
        bound = day_text(field.max_date)
        return [where.problem(ProblemCode.OUT_OF_RANGE, _M_DATE_AFTER_MAX, max=bound)]
    return []


def _check_single_choice(field: FieldDefinition, value: object, where: _Where) -> list[Problem]:
    if not isinstance(value, str):
        return [where.problem(ProblemCode.BAD_VALUE, _M_BAD_VALUE)]
    if field.choice_label(value) is None:
        return [where.problem(ProblemCode.BAD_CHOICE, _M_BAD_CHOICE, value=value)]
    return []


def _check_multiple_choice(field: FieldDefinition, value: object, where: _Where) -> list[Problem]:
    if (
        not isinstance(value, list)
        or not all(isinstance(item, str) for item in value)
        or len(set(value)) != len(value)
    ):
        return [where.problem(ProblemCode.BAD_VALUE, _M_BAD_VALUE)]
    problems = [
        where.problem(ProblemCode.BAD_CHOICE, _M_BAD_CHOICE, value=item)
        for item in value
        if field.choice_label(item) is None
    ]
    if field.max_selected is not None and len(value) > field.max_selected:
        problems.append(
            where.problem(
                ProblemCode.TOO_MANY_CHOICES,
                _M_TOO_MANY_CHOICES,
                count=len(value),
                max=field.max_selected,
            )
        )
    return problems


# A person entered at all is entered in full; the department may stay empty in a small office.
_PERSON_REQUIRED = ("name", "position", "phone", "email")


def _check_person(field: FieldDefinition, value: object, where: _Where) -> list[Problem]:
    if not isinstance(value, Mapping) or not all(
        isinstance(value.get(part), str | None) for part in PERSON_PARTS
    ):
        return [where.problem(ProblemCode.BAD_VALUE, _M_BAD_VALUE)]
    problems: list[Problem] = []
    for part in PERSON_PARTS:
        text = (value.get(part) or "").strip()
        at = where.part(part)
        if not text:
            if part in _PERSON_REQUIRED:
                problems.append(at.problem(ProblemCode.REQUIRED, _M_REQUIRED))
        elif count_chars(text) > PERSON_PART_MAX_CHARS:
            problems.append(_too_long(at, count_chars(text), PERSON_PART_MAX_CHARS))
        elif part == "email" and not identifiers.is_valid_email(text):
            problems.append(at.problem(ProblemCode.BAD_EMAIL, _M_BAD_EMAIL, value=text))
        elif part == "phone" and not identifiers.is_valid_phone(text):
            problems.append(at.problem(ProblemCode.BAD_PHONE, _M_BAD_PHONE, value=text))
    return problems


def _check_table(field: FieldDefinition, value: object, where: _Where) -> list[Problem]:
    if not isinstance(value, list) or not all(isinstance(row, Mapping) for row in value):
        return [where.problem(ProblemCode.BAD_VALUE, _M_BAD_VALUE)]
    # Rows left empty are ignored rather than reported: the editor may keep a blank row open.
    filled = [(index, row) for index, row in enumerate(value) if not is_empty(row)]
    problems: list[Problem] = []
    if len(filled) < field.min_rows:
        problems.append(
            where.problem(
                ProblemCode.TOO_FEW_ROWS, _M_TOO_FEW_ROWS, count=len(filled), min=field.min_rows
            )
        )
    if field.max_rows is not None and len(filled) > field.max_rows:
        problems.append(
            where.problem(
                ProblemCode.TOO_MANY_ROWS, _M_TOO_MANY_ROWS, count=len(filled), max=field.max_rows
            )
        )
    for index, row in filled:
        cell = where.item(index)
        for column in field.columns:
            problems.extend(_check_value(column, row.get(column.id), cell.part(column.id)))
    return problems


def _check_attachment(field: FieldDefinition, value: object, where: _Where) -> list[Problem]:
    if field.multiple != isinstance(value, list):
        return [where.problem(ProblemCode.BAD_VALUE, _M_BAD_VALUE)]
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
            problems.append(at.problem(ProblemCode.BAD_ATTACHMENT, _M_BAD_ATTACHMENT))
        elif field.accept and not file_name.casefold().endswith(field.accept):
            accept = ", ".join(field.accept)
            problems.append(
                at.problem(
                    ProblemCode.BAD_FILE_TYPE, _M_BAD_FILE_TYPE, file_name=file_name, accept=accept
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


_CHECKS: dict[FieldType, Callable[[FieldDefinition, object, _Where], list[Problem]]] = {
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
    TextFormat.EMAIL: (identifiers.is_valid_email, ProblemCode.BAD_EMAIL, _M_BAD_EMAIL),
    TextFormat.PHONE: (identifiers.is_valid_phone, ProblemCode.BAD_PHONE, _M_BAD_PHONE),
    TextFormat.NIP: (identifiers.is_valid_nip, ProblemCode.BAD_NIP, _M_BAD_NIP),
    TextFormat.REGON: (identifiers.is_valid_regon, ProblemCode.BAD_REGON, _M_BAD_REGON),
    TextFormat.TERYT: (identifiers.is_valid_teryt, ProblemCode.BAD_TERYT, _M_BAD_TERYT),
    TextFormat.EPUAP: (
        identifiers.is_valid_epuap_address,
        ProblemCode.BAD_EPUAP_ADDRESS,
        _M_BAD_EPUAP,
    ),
    TextFormat.EDORECZENIA: (
        identifiers.is_valid_edoreczenia_address,
        ProblemCode.BAD_EDORECZENIA_ADDRESS,
        _M_BAD_EDORECZENIA,
    ),
}


# --- Form-level rules ------------------------------------------------------------------------

# Values of one place a rule applies to (the application, or one table row) with a function that
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
        message = _M_DATE_ORDER_STRICT if rule.strict else _M_DATE_ORDER
        where = _Where(address(rule.end), end_field.section_id)
        problems.append(
            where.problem(
                ProblemCode.DATE_ORDER,
                message,
                start=day_text(start),
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
        where = _Where(address(rule.field), target.section_id)
        raw = row.get(rule.field)
        if target.type is FieldType.DATE:
            day = parse_date(raw)
            if day is not None and day > today:
                problems.append(
                    where.problem(ProblemCode.IN_FUTURE, _M_DATE_IN_FUTURE, today=day_text(today))
                )
        else:
            year = parse_decimal(raw)
            if year is not None and year > today.year:
                problems.append(
                    where.problem(ProblemCode.IN_FUTURE, _M_YEAR_IN_FUTURE, year=today.year)
                )
    return problems


def _rule_problems(
    definition: FormDefinition, role: Role, values: Values, today: date
) -> dict[str, list[Problem]]:
    """Rule problems grouped under the top-level field they belong to, for ordering."""
    grouped: dict[str, list[Problem]] = {}
    for rule in definition.rules:
        if isinstance(rule, DateOrderRule):
            found = _date_order_problems(definition, rule, role, values)
        else:
            found = _not_in_future_problems(definition, rule, role, values, today)
        for problem in found:
            grouped.setdefault(parse_address(problem.field_id).field_id, []).append(problem)
    return grouped


# --- The whole application ---------------------------------------------------------------------


def check_application(
    definition: FormDefinition, role: Role, values: Values, *, today: date | None = None
) -> list[Problem]:
    """Every problem of an application in ``role``, in the order its fields appear.

    ``today`` decides what lies in the future; it defaults to the system date.
    """
    if not definition.has_role(role):
        raise ValueError(f"form {definition.id!r} has no role {role!r}")
    by_field = _rule_problems(definition, role, values, today or date.today())
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
