"""Reads the fields of a form definition: their type, limits, choices, columns, roles and print.

Each type's own keys are read by one function, and a key that belongs to another type is refused
by name, so a definition's author learns what the key would mean elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from pim_desktop.domain.forms.definition import (
    COLUMN_TYPES,
    MAX_DECIMALS,
    MONEY_DECIMALS,
    TEXT_TYPES,
    VOIVODESHIPS,
    Choice,
    ChoiceSource,
    FieldDefinition,
    FieldType,
    PrefillKey,
    PrintOptions,
    PrintWidth,
    Role,
    RowSource,
    TextFormat,
    prefill_types,
)
from pim_desktop.domain.forms.load_node import Node, field_nodes, listing
from pim_desktop.domain.forms.load_visibility import parse_visible_when
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

E_UNKNOWN_ROLE = QT_TRANSLATE_NOOP("domain", 'nieznana rola "{role}" (dozwolone: {allowed})')
_E_ROLE_NOT_IN_FORM = QT_TRANSLATE_NOOP(
    "domain", 'rola "{role}" nie należy do ról formularza ({allowed})'
)
_E_ROLE_NOT_IN_SECTION = QT_TRANSLATE_NOOP(
    "domain", 'rola "{role}" nie należy do ról sekcji ({allowed})'
)
_E_DUPLICATE_COLUMN = QT_TRANSLATE_NOOP(
    "domain", 'kolumna "{column}" występuje w tabeli więcej niż raz'
)
_E_UNKNOWN_TYPE = QT_TRANSLATE_NOOP("domain", 'nieznany typ pola "{value}"')
_E_KEY_NOT_FOR_TYPE = QT_TRANSLATE_NOOP(
    "domain", 'klucz "{key}" nie dotyczy pól typu "{type}" (dotyczy typów: {types})'
)
_E_COLUMN_TYPE = QT_TRANSLATE_NOOP(
    "domain", 'typ "{type}" nie może być kolumną tabeli (dozwolone: {allowed})'
)
_E_UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "domain", 'nieznany format tekstu "{value}" (dozwolone: {allowed})'
)
_E_MIN_ABOVE_MAX = QT_TRANSLATE_NOOP(
    "domain", 'wartość "min" ({minimum}) jest większa niż "max" ({maximum})'
)
_E_DECIMALS = QT_TRANSLATE_NOOP(
    "domain", 'klucz "decimals" musi być liczbą całkowitą od 0 do {maximum}'
)
_E_CHOICES_MISSING = QT_TRANSLATE_NOOP(
    "domain", 'pole typu "{type}" wymaga listy "choices" albo klucza "choices_from"'
)
_E_CHOICES_BOTH = QT_TRANSLATE_NOOP(
    "domain", 'podaj albo listę "choices", albo klucz "choices_from", nie oba naraz'
)
_E_UNKNOWN_CHOICE_SOURCE = QT_TRANSLATE_NOOP(
    "domain", 'nieznane źródło odpowiedzi "{value}" (dozwolone: {allowed})'
)
_E_DUPLICATE_CHOICE = QT_TRANSLATE_NOOP(
    "domain", 'wartość odpowiedzi "{value}" powtarza się na liście "choices"'
)
_E_ONE_NETWORK = QT_TRANSLATE_NOOP(
    "domain",
    'formularz ma "one_network_per_city": true, więc wybór sieci musi być polem typu '
    '"single_choice"',
)
_E_MAX_SELECTED = QT_TRANSLATE_NOOP(
    "domain", 'klucz "max_selected" ({value}) przekracza liczbę odpowiedzi ({count})'
)
_E_ROWS = QT_TRANSLATE_NOOP(
    "domain", 'klucz "max_rows" ({maximum}) jest mniejszy niż "min_rows" ({minimum})'
)
_E_UNKNOWN_ROW_SOURCE = QT_TRANSLATE_NOOP(
    "domain", 'nieznane źródło wierszy "{value}" (dozwolone: {allowed})'
)
_E_ROW_SOURCE_COLUMNS = QT_TRANSLATE_NOOP(
    "domain",
    'tabela z "rows_from": "{value}" wymaga kolumny "name" typu tekstowego; kolumna "sector" '
    'musi być typu "single_choice", a "planned_role" tekstowa',
)
_E_ACCEPT = QT_TRANSLATE_NOOP(
    "domain", 'rozszerzenie "{value}" na liście "accept" musi zaczynać się od kropki, np. ".pdf"'
)
_E_UNKNOWN_PREFILL = QT_TRANSLATE_NOOP(
    "domain", 'nieznany klucz prefill "{value}" (dozwolone: {allowed})'
)
_E_PREFILL_TYPE = QT_TRANSLATE_NOOP(
    "domain", 'klucz prefill "{value}" nie pasuje do pola typu "{type}" (pasuje do: {types})'
)
_E_UNKNOWN_WIDTH = QT_TRANSLATE_NOOP(
    "domain", 'nieznana szerokość "{value}" (dozwolone: {allowed})'
)

_Limit = TypeVar("_Limit", Decimal, date)


@dataclass(frozen=True)
class FormContext:
    """What the form's header tells the reading of its fields."""

    source: str
    roles: frozenset[Role]
    networks: tuple[Choice, ...]
    one_network_per_city: bool


def role_or_none(value: object) -> Role | None:
    try:
        return Role(value) if isinstance(value, str) else None
    except ValueError:
        return None


def parse_role_list(
    node: Node, form_roles: frozenset[Role], section_roles: frozenset[Role] | None = None
) -> frozenset[Role] | None:
    """Reads an optional ``roles`` list; absent or null means every role of the enclosing part."""
    if not node.has("roles"):
        return None
    roles: set[Role] = set()
    for value in node.items("roles"):
        role = role_or_none(value) or node.fail(E_UNKNOWN_ROLE, role=value, allowed=listing(Role))
        if role not in form_roles:
            node.fail(_E_ROLE_NOT_IN_FORM, role=role, allowed=listing(sorted(form_roles)))
        if section_roles is not None and role not in section_roles:
            node.fail(_E_ROLE_NOT_IN_SECTION, role=role, allowed=listing(sorted(section_roles)))
        roles.add(role)
    return frozenset(roles)


_FIELD_REQUIRED = ("id", "label", "type", "required", "help")
_COLUMN_REQUIRED = ("id", "label", "type", "required")
_FIELD_COMMON = frozenset({"roles", "visible_when", "prefill", "print"})
_TYPE_KEYS: dict[FieldType, tuple[str, ...]] = {
    FieldType.SHORT_TEXT: ("max_chars", "format"),
    FieldType.LONG_TEXT: ("max_chars",),
    FieldType.NUMBER: ("min", "max", "decimals", "unit"),
    FieldType.MONEY: ("min", "max"),
    FieldType.DATE: ("min", "max"),
    FieldType.SINGLE_CHOICE: ("choices", "choices_from"),
    FieldType.MULTIPLE_CHOICE: ("choices", "choices_from", "max_selected"),
    FieldType.DECLARATION: ("text",),
    FieldType.PERSON: (),
    FieldType.TABLE: ("columns", "min_rows", "max_rows", "rows_from"),
    FieldType.ATTACHMENT: ("multiple", "accept"),
}
_TYPE_ONLY_KEYS = frozenset(key for keys in _TYPE_KEYS.values() for key in keys)


@dataclass(frozen=True)
class _Scope:
    """What a field's type-specific keys are read against."""

    context: FormContext
    section_id: str
    roles: frozenset[Role]
    field_type: FieldType


def parse_field(
    node: Node,
    context: FormContext,
    section_id: str,
    section_roles: frozenset[Role],
    *,
    column: bool = False,
) -> FieldDefinition:
    if column:
        node.expect_keys(_COLUMN_REQUIRED, _TYPE_ONLY_KEYS | {"help"})
    else:
        node.expect_keys(_FIELD_REQUIRED, _TYPE_ONLY_KEYS | _FIELD_COMMON)
    field_id = node.identifier("id")
    field_type = node.enum("type", FieldType, _E_UNKNOWN_TYPE)
    if column and field_type not in COLUMN_TYPES:
        node.fail(_E_COLUMN_TYPE, type=field_type, allowed=listing(sorted(COLUMN_TYPES)))
    _reject_foreign_keys(node, field_type)
    roles = section_roles
    if not column:
        roles = parse_role_list(node, context.roles, section_roles) or section_roles
    scope = _Scope(context, section_id, roles, field_type)
    options = _TYPE_PARSERS[field_type](node, scope)
    return FieldDefinition(
        id=field_id,
        label=node.text("label"),
        type=field_type,
        section_id=section_id,
        required=node.flag("required"),
        help=node.optional_text("help"),
        roles=roles,
        visible_when=parse_visible_when(node),
        prefill=_parse_prefill(node, field_type),
        print_options=_parse_print(node),
        **options,
    )


def _reject_foreign_keys(node: Node, field_type: FieldType) -> None:
    for key in node.data:
        if key in _TYPE_ONLY_KEYS and key not in _TYPE_KEYS[field_type]:
            types = [str(t) for t, keys in _TYPE_KEYS.items() if key in keys]
            node.fail(_E_KEY_NOT_FOR_TYPE, key=key, type=field_type, types=listing(types))


def _text_options(node: Node, scope: _Scope) -> dict[str, Any]:
    options: dict[str, Any] = {"max_chars": node.integer("max_chars", minimum=1)}
    if node.has("format"):
        options["format"] = node.enum("format", TextFormat, _E_UNKNOWN_FORMAT)
    return options


def _bounds(node: Node) -> tuple[Decimal | None, Decimal | None]:
    return _in_order(node, node.number("min"), node.number("max"))


def _in_order(
    node: Node, minimum: _Limit | None, maximum: _Limit | None
) -> tuple[_Limit | None, _Limit | None]:
    """The "min" and "max" of a field, refused when the lower one is the greater."""
    if minimum is not None and maximum is not None and minimum > maximum:
        node.fail(_E_MIN_ABOVE_MAX, minimum=minimum, maximum=maximum)
    return minimum, maximum


def _number_options(node: Node, scope: _Scope) -> dict[str, Any]:
    decimals = node.integer("decimals") or 0
    if decimals > MAX_DECIMALS:
        node.fail(_E_DECIMALS, maximum=MAX_DECIMALS)
    minimum, maximum = _bounds(node)
    unit = node.optional_text("unit")
    return {"decimals": decimals, "min_value": minimum, "max_value": maximum, "unit": unit}


def _money_options(node: Node, scope: _Scope) -> dict[str, Any]:
    # Amounts in an application are never negative unless a definition says so explicitly.
    minimum, maximum = _bounds(node)
    minimum = Decimal(0) if minimum is None else minimum
    return {"decimals": MONEY_DECIMALS, "min_value": minimum, "max_value": maximum, "unit": "zł"}


def _date_options(node: Node, scope: _Scope) -> dict[str, Any]:
    minimum, maximum = _in_order(node, node.iso_date("min"), node.iso_date("max"))
    return {"min_date": minimum, "max_date": maximum}


def _choice_options(node: Node, scope: _Scope) -> dict[str, Any]:
    has_list, has_source = node.has("choices"), node.has("choices_from")
    if has_list and has_source:
        node.fail(_E_CHOICES_BOTH)
    if not has_list and not has_source:
        node.fail(_E_CHOICES_MISSING, type=scope.field_type)
    multiple = scope.field_type is FieldType.MULTIPLE_CHOICE
    source: ChoiceSource | None = None
    if has_source:
        source = node.enum("choices_from", ChoiceSource, _E_UNKNOWN_CHOICE_SOURCE)
        if source is ChoiceSource.NETWORKS and multiple and scope.context.one_network_per_city:
            node.fail(_E_ONE_NETWORK)
        choices = scope.context.networks if source is ChoiceSource.NETWORKS else VOIVODESHIPS
    else:
        choices = _parse_choices(node)
    options: dict[str, Any] = {"choices": choices, "choices_from": source}
    if multiple:
        max_selected = node.integer("max_selected", minimum=1)
        if max_selected is not None and max_selected > len(choices):
            node.fail(_E_MAX_SELECTED, value=max_selected, count=len(choices))
        options["max_selected"] = max_selected
    return options


def _parse_choices(node: Node) -> tuple[Choice, ...]:
    return node.unique_children("choices", _read_choice, _choice_value, _E_DUPLICATE_CHOICE)


def _read_choice(node: Node) -> Choice:
    node.expect_keys(("value", "label"))
    return Choice(node.text("value"), node.text("label"))


def _choice_value(choice: Choice) -> str:
    return choice.value


def _declaration_options(node: Node, scope: _Scope) -> dict[str, Any]:
    return {"text": node.text("text")}


def _person_options(node: Node, scope: _Scope) -> dict[str, Any]:
    return {}


def _table_options(node: Node, scope: _Scope) -> dict[str, Any]:
    columns: list[FieldDefinition] = []
    for child in field_nodes(node, "columns"):
        column = parse_field(child, scope.context, scope.section_id, scope.roles, column=True)
        if any(c.id == column.id for c in columns):
            child.fail(_E_DUPLICATE_COLUMN, column=column.id)
        columns.append(column)
    min_rows = node.integer("min_rows") or 0
    max_rows = node.integer("max_rows", minimum=1)
    if max_rows is not None and max_rows < min_rows:
        node.fail(_E_ROWS, minimum=min_rows, maximum=max_rows)
    rows_from = None
    if node.has("rows_from"):
        rows_from = node.enum("rows_from", RowSource, _E_UNKNOWN_ROW_SOURCE)
        kinds = {column.id: column.type for column in columns}
        fits = (
            kinds.get("name") in TEXT_TYPES
            and kinds.get("sector", FieldType.SINGLE_CHOICE) is FieldType.SINGLE_CHOICE
            and kinds.get("planned_role", FieldType.SHORT_TEXT) in TEXT_TYPES
        )
        if not fits:
            node.fail(_E_ROW_SOURCE_COLUMNS, value=rows_from)
    return {
        "columns": tuple(columns),
        "min_rows": min_rows,
        "max_rows": max_rows,
        "rows_from": rows_from,
    }


def _attachment_options(node: Node, scope: _Scope) -> dict[str, Any]:
    accept: list[str] = []
    if node.has("accept"):
        for value in node.items("accept"):
            if not isinstance(value, str) or not value.startswith(".") or len(value) < 2:
                node.fail(_E_ACCEPT, value=value)
            accept.append(value.casefold())
    return {"multiple": node.flag("multiple"), "accept": tuple(accept)}


_TYPE_PARSERS = {
    FieldType.SHORT_TEXT: _text_options,
    FieldType.LONG_TEXT: _text_options,
    FieldType.NUMBER: _number_options,
    FieldType.MONEY: _money_options,
    FieldType.DATE: _date_options,
    FieldType.SINGLE_CHOICE: _choice_options,
    FieldType.MULTIPLE_CHOICE: _choice_options,
    FieldType.DECLARATION: _declaration_options,
    FieldType.PERSON: _person_options,
    FieldType.TABLE: _table_options,
    FieldType.ATTACHMENT: _attachment_options,
}


def _parse_prefill(node: Node, field_type: FieldType) -> PrefillKey | None:
    if not node.has("prefill"):
        return None
    key = node.enum("prefill", PrefillKey, _E_UNKNOWN_PREFILL)
    types = prefill_types(key)
    if field_type not in types:
        node.fail(_E_PREFILL_TYPE, value=key, type=field_type, types=listing(sorted(types)))
    return key


def _parse_print(node: Node) -> PrintOptions:
    if not node.has("print"):
        return PrintOptions()
    child = node.child("print")
    child.expect_keys((), ("label", "page_break_before", "width"))
    width = PrintWidth.FULL
    if child.has("width"):
        width = child.enum("width", PrintWidth, _E_UNKNOWN_WIDTH)
    return PrintOptions(
        label=child.optional_text("label") or None,
        page_break_before=child.flag("page_break_before"),
        width=width,
    )
