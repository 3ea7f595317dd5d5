"""Reads form definition files: JSON in, a checked ``FormDefinition`` out, or a precise fault.

Every reference, limit and choice is checked when a file is read, so the editor, the checker and
the PDF can trust the definition; a fault names the file, the place and what is wrong, in Polish.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from pim_desktop.domain.forms.day_limit import RULE_NOT_AFTER_DAY, parse_not_after_day
from pim_desktop.domain.forms.definition import (
    CHOICE_TYPES,
    COLUMN_TYPES,
    FORMAT_VERSION,
    MAX_DECIMALS,
    MONEY_DECIMALS,
    TEXT_TYPES,
    VOIVODESHIPS,
    Call,
    Choice,
    ChoiceSource,
    DateOrderRule,
    Edition,
    FieldDefinition,
    FieldType,
    FormDefinition,
    FormDefinitionError,
    FormRule,
    Network,
    NotInFutureRule,
    PrefillKey,
    PrintOptions,
    PrintWidth,
    Role,
    RoleDefinition,
    RowSource,
    SectionDefinition,
    TextFormat,
    VisibleWhen,
    prefill_types,
)
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

# --- Messages ------------------------------------------------------------------------------------

_E_READ = QT_TRANSLATE_NOOP("domain", "nie można odczytać pliku: {error}")
_E_ENCODING = QT_TRANSLATE_NOOP("domain", "plik nie jest zapisany w kodowaniu UTF-8")
_E_JSON = QT_TRANSLATE_NOOP(
    "domain", "niepoprawny JSON w wierszu {line}, kolumnie {column}: {detail}"
)
_E_DUPLICATE_JSON_KEY = QT_TRANSLATE_NOOP("domain", 'klucz "{key}" powtarza się w jednym obiekcie')
_E_NOT_OBJECT = QT_TRANSLATE_NOOP("domain", "oczekiwano obiektu JSON ({{…}})")
_E_UNKNOWN_KEY = QT_TRANSLATE_NOOP("domain", 'nieznany klucz "{key}"')
_E_DID_YOU_MEAN = QT_TRANSLATE_NOOP("domain", ' (czy chodziło o "{suggestion}"?)')
_E_MISSING_KEY = QT_TRANSLATE_NOOP("domain", 'brak wymaganego klucza "{key}"')
_E_NOT_TEXT = QT_TRANSLATE_NOOP("domain", 'klucz "{key}" musi być tekstem')
_E_EMPTY_TEXT = QT_TRANSLATE_NOOP("domain", 'klucz "{key}" nie może być pusty')
_E_NOT_BOOL = QT_TRANSLATE_NOOP("domain", 'klucz "{key}" musi mieć wartość true albo false')
_E_NOT_INT = QT_TRANSLATE_NOOP("domain", 'klucz "{key}" musi być liczbą całkowitą')
_E_INT_TOO_SMALL = QT_TRANSLATE_NOOP("domain", 'klucz "{key}" musi wynosić co najmniej {minimum}')
_E_NOT_NUMBER = QT_TRANSLATE_NOOP("domain", 'klucz "{key}" musi być liczbą')
_E_NOT_LIST = QT_TRANSLATE_NOOP("domain", 'klucz "{key}" musi być listą')
_E_EMPTY_LIST = QT_TRANSLATE_NOOP("domain", 'lista "{key}" nie może być pusta')
_E_BAD_DATE = QT_TRANSLATE_NOOP(
    "domain", 'klucz "{key}": niepoprawna data "{value}" (oczekiwany format RRRR-MM-DD)'
)
_E_FORMAT_VERSION = QT_TRANSLATE_NOOP(
    "domain", "nieobsługiwana wersja formatu {value} (obsługiwana: {supported})"
)
_E_BAD_FORM_ID = QT_TRANSLATE_NOOP(
    "domain", 'identyfikator formularza "{value}" może zawierać tylko małe litery, cyfry, - i _'
)
_E_BAD_VERSION = QT_TRANSLATE_NOOP(
    "domain", 'wersja "{value}" musi składać się z liczb rozdzielonych kropkami, np. "1.0"'
)
_E_BAD_ID = QT_TRANSLATE_NOOP(
    "domain",
    'identyfikator "{value}" musi być zapisany w stylu snake_case (małe litery, cyfry i _)',
)
_E_YEARS = QT_TRANSLATE_NOOP(
    "domain", 'klucz "years" musi być parą lat [pierwszy, ostatni], np. [2021, 2023]'
)
_E_CALL_ORDER = QT_TRANSLATE_NOOP(
    "domain", 'data "{later}" nie może być wcześniejsza niż data "{earlier}"'
)
_E_UNKNOWN_ROLE = QT_TRANSLATE_NOOP("domain", 'nieznana rola "{role}" (dozwolone: {allowed})')
_E_DUPLICATE = QT_TRANSLATE_NOOP("domain", 'identyfikator "{value}" powtarza się na liście')
_E_ROLE_NOT_IN_FORM = QT_TRANSLATE_NOOP(
    "domain", 'rola "{role}" nie należy do ról formularza ({allowed})'
)
_E_ROLE_NOT_IN_SECTION = QT_TRANSLATE_NOOP(
    "domain", 'rola "{role}" nie należy do ról sekcji ({allowed})'
)
_E_NEVER_VISIBLE = QT_TRANSLATE_NOOP(
    "domain", 'pole nie byłoby widoczne dla żadnej roli (jego role wykluczają role pola "{field}")'
)
_E_DUPLICATE_SECTION = QT_TRANSLATE_NOOP(
    "domain", 'sekcja o identyfikatorze lub numerze "{value}" występuje więcej niż raz'
)
_E_DUPLICATE_FIELD = QT_TRANSLATE_NOOP(
    "domain", 'pole "{field}" występuje w formularzu więcej niż raz (także w sekcji "{other}")'
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
_E_RULE_TYPE = QT_TRANSLATE_NOOP("domain", 'nieznany typ reguły "{value}" (dozwolone: {allowed})')
_E_RULE_FIELD = QT_TRANSLATE_NOOP("domain", 'reguła wskazuje nieznane pole "{field}"')
_E_RULE_TABLE = QT_TRANSLATE_NOOP("domain", 'pole "{field}" wskazane jako "table" nie jest tabelą')
_E_RULE_FIELD_TYPE = QT_TRANSLATE_NOOP(
    "domain", 'pole "{field}" ma typ "{type}", a reguła "{rule}" wymaga: {expected}'
)

_JSON_DETAILS = {
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("domain", "brakuje przecinka"),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("domain", "brakuje dwukropka"),
    "Expecting value": QT_TRANSLATE_NOOP("domain", "oczekiwano wartości"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "domain", "oczekiwano nazwy klucza w cudzysłowie (może zbędny przecinek na końcu listy?)"
    ),
    "Unterminated string starting at": QT_TRANSLATE_NOOP("domain", "niezamknięty cudzysłów"),
    "Extra data": QT_TRANSLATE_NOOP("domain", "nadmiarowe dane po zakończeniu dokumentu"),
    "Invalid control character at": QT_TRANSLATE_NOOP(
        "domain", "niedozwolony znak sterujący w tekście (nowy wiersz zapisz jako \\n)"
    ),
}

_W_KEY = QT_TRANSLATE_NOOP("domain", 'klucz "{key}"')
_W_ITEM = QT_TRANSLATE_NOOP("domain", "{parent}, pozycja {number}")
_W_SECTION = QT_TRANSLATE_NOOP("domain", 'sekcja "{section}"')
_W_FIELD = QT_TRANSLATE_NOOP("domain", '{parent}, pole "{field}"')
_W_COLUMN = QT_TRANSLATE_NOOP("domain", '{parent}, kolumna "{column}"')
_W_RULE = QT_TRANSLATE_NOOP("domain", "reguła nr {number}")

_FORM_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_SNAKE_ID = re.compile(r"[a-z][a-z0-9_]*")
_VERSION = re.compile(r"\d+(\.\d+)*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_E = TypeVar("_E", bound=StrEnum)


def _listing(values: Iterable[str]) -> str:
    return ", ".join(values)


# --- Reading JSON objects with their place in the file -------------------------------------------


class _Node:
    """A JSON object under reading; every fault it reports names the file and the place."""

    def __init__(self, data: object, source: str, where: str) -> None:
        self.source = source
        self.where = where
        if not isinstance(data, dict):
            self.fail(_E_NOT_OBJECT)
        self.data: dict[str, object] = data

    def fail(self, fault: str, **params: object) -> NoReturn:
        raise FormDefinitionError(self.source, fault.format(**params), self.where)

    def expect_keys(self, required: Iterable[str], optional: Iterable[str] = ()) -> None:
        """Rejects unknown keys (naming the likely intended one) and missing required keys."""
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in self.data:
            if key not in allowed:
                close = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.7)
                hint = _E_DID_YOU_MEAN.format(suggestion=close[0]) if close else ""
                self.fail(_E_UNKNOWN_KEY + hint, key=key)
        for key in required:
            if key not in self.data:
                self.fail(_E_MISSING_KEY, key=key)

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def text(self, key: str) -> str:
        """A required, non-blank text."""
        value = self.data.get(key)
        if value is None:
            self.fail(_E_MISSING_KEY, key=key)
        if not isinstance(value, str):
            self.fail(_E_NOT_TEXT, key=key)
        if not value.strip():
            self.fail(_E_EMPTY_TEXT, key=key)
        return value

    def optional_text(self, key: str, default: str = "") -> str:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            self.fail(_E_NOT_TEXT, key=key)
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.fail(_E_NOT_BOOL, key=key)
        return value

    def integer(self, key: str, minimum: int = 0) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(_E_NOT_INT, key=key)
        if value < minimum:
            self.fail(_E_INT_TOO_SMALL, key=key, minimum=minimum)
        return value

    def number(self, key: str) -> Decimal | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            self.fail(_E_NOT_NUMBER, key=key)
        return Decimal(value)

    def iso_date(self, key: str) -> date | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(_E_BAD_DATE, key=key, value=value)
        return _parse_iso_date(value) or self.fail(_E_BAD_DATE, key=key, value=value)

    def items(self, key: str, *, allow_empty: bool = False) -> list[object]:
        value = self.data.get(key)
        if value is None:
            self.fail(_E_MISSING_KEY, key=key)
        if not isinstance(value, list):
            self.fail(_E_NOT_LIST, key=key)
        if not value and not allow_empty:
            self.fail(_E_EMPTY_LIST, key=key)
        return value

    def children(self, key: str, *, allow_empty: bool = False) -> list[_Node]:
        parent = self.where or _W_KEY.format(key=key)
        return [
            _Node(item, self.source, _W_ITEM.format(parent=parent, number=number))
            for number, item in enumerate(self.items(key, allow_empty=allow_empty), start=1)
        ]

    def child(self, key: str) -> _Node:
        where = _W_KEY.format(key=key)
        return _Node(
            self.data.get(key), self.source, f"{self.where}, {where}" if self.where else where
        )

    def enum(self, key: str, kind: type[_E], fault: str) -> _E:
        value = self.data.get(key)
        if isinstance(value, str):
            try:
                return kind(value)
            except ValueError:
                pass
        self.fail(fault, value=value, allowed=_listing(kind))

    def identifier(self, key: str, pattern: re.Pattern[str] = _SNAKE_ID) -> str:
        value = self.text(key)
        if not pattern.fullmatch(value):
            self.fail(_E_BAD_FORM_ID if pattern is _FORM_ID else _E_BAD_ID, value=value)
        return value


def _parse_iso_date(value: str) -> date | None:
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _reject_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateJsonKey(key)
        result[key] = value
    return result


class _DuplicateJsonKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


# --- Public loading ------------------------------------------------------------------------------


def load_form_definition(path: Path | str) -> FormDefinition:
    """Reads and checks one definition file; FormDefinitionError names any fault in Polish."""
    path = Path(path)
    source = path.name
    try:
        raw = path.read_bytes().decode("utf-8-sig")  # a BOM from Windows Notepad is harmless
    except UnicodeDecodeError:
        raise FormDefinitionError(source, _E_ENCODING) from None
    except OSError as error:
        raise FormDefinitionError(source, _E_READ.format(error=error.strerror)) from error
    return parse_form_definition(raw, source)


def parse_form_definition(text: str, source: str) -> FormDefinition:
    """Parses a definition from its JSON text; ``source`` names it in error messages."""
    try:
        data = json.loads(text, parse_float=Decimal, object_pairs_hook=_reject_duplicate_keys)
    except _DuplicateJsonKey as error:
        raise FormDefinitionError(source, _E_DUPLICATE_JSON_KEY.format(key=error.key)) from None
    except json.JSONDecodeError as error:
        detail = _JSON_DETAILS.get(error.msg, error.msg)
        fault = _E_JSON.format(line=error.lineno, column=error.colno, detail=detail)
        raise FormDefinitionError(source, fault) from None
    return _parse_form(_Node(data, source, ""))


# --- The form, its header parts and its sections -------------------------------------------------

_FORM_REQUIRED = (
    "format_version",
    "id",
    "version",
    "title",
    "edition",
    "roles",
    "networks",
    "call",
    "notice",
    "sections",
)
_FORM_OPTIONAL = ("network_type", "one_network_per_city", "rules")


@dataclass(frozen=True)
class _Context:
    source: str
    roles: frozenset[Role]
    networks: tuple[Choice, ...]
    one_network_per_city: bool


def _parse_form(root: _Node) -> FormDefinition:
    root.expect_keys(_FORM_REQUIRED, _FORM_OPTIONAL)
    format_version = root.integer("format_version")
    if format_version != FORMAT_VERSION:
        root.fail(_E_FORMAT_VERSION, value=format_version, supported=FORMAT_VERSION)
    roles = _parse_roles(root)
    networks = _parse_networks(root)
    one_network = root.flag("one_network_per_city")
    context = _Context(
        source=root.source,
        roles=frozenset(r.role for r in roles),
        networks=tuple(Choice(n.id, n.name) for n in networks),
        one_network_per_city=one_network,
    )
    raw = [_parse_section(node, context, n) for n, node in _numbered(root.children("sections"))]
    sections = _resolve_visibility(raw, context)
    definition = FormDefinition(
        format_version=FORMAT_VERSION,
        id=root.identifier("id", _FORM_ID),
        version=_parse_version(root),
        title=root.text("title"),
        edition=_parse_edition(root.child("edition")),
        network_type=root.optional_text("network_type") or None,
        roles=roles,
        networks=networks,
        one_network_per_city=one_network,
        call=_parse_call(root.child("call")),
        notice=root.text("notice"),
        sections=sections,
        source=root.source,
    )
    rules = _parse_rules(root, definition) if root.has("rules") else ()
    return replace(definition, rules=rules)


def _numbered(nodes: list[_Node]) -> list[tuple[int, _Node]]:
    return list(enumerate(nodes, start=1))


def _parse_version(root: _Node) -> str:
    value = root.text("version")
    if not _VERSION.fullmatch(value):
        root.fail(_E_BAD_VERSION, value=value)
    return value


def _parse_edition(node: _Node) -> Edition:
    node.expect_keys(("id", "name", "years"))
    years = node.data["years"]
    if not (
        isinstance(years, list)
        and len(years) == 2
        and all(isinstance(y, int) and not isinstance(y, bool) for y in years)
        and years[0] <= years[1]
    ):
        node.fail(_E_YEARS)
    return Edition(node.identifier("id", _FORM_ID), node.text("name"), years[0], years[1])


def _parse_roles(root: _Node) -> tuple[RoleDefinition, ...]:
    roles: list[RoleDefinition] = []
    for node in root.children("roles"):
        node.expect_keys(("id", "label"))
        value = node.text("id")
        role = _role_or_none(value) or node.fail(
            _E_UNKNOWN_ROLE, role=value, allowed=_listing(Role)
        )
        if any(r.role == role for r in roles):
            node.fail(_E_DUPLICATE, value=role)
        roles.append(RoleDefinition(role, node.text("label")))
    return tuple(roles)


def _role_or_none(value: object) -> Role | None:
    try:
        return Role(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _parse_networks(root: _Node) -> tuple[Network, ...]:
    networks: list[Network] = []
    for node in root.children("networks"):
        node.expect_keys(("id", "name"))
        network = Network(node.identifier("id"), node.text("name"))
        if any(n.id == network.id for n in networks):
            node.fail(_E_DUPLICATE, value=network.id)
        networks.append(network)
    return tuple(networks)


def _parse_call(node: _Node) -> Call:
    node.expect_keys(("deadline",), ("opens", "top_up_deadline", "notes"))
    call = Call(
        opens=node.iso_date("opens"),
        deadline=node.iso_date("deadline") or node.fail(_E_MISSING_KEY, key="deadline"),
        top_up_deadline=node.iso_date("top_up_deadline"),
        notes=node.optional_text("notes"),
    )
    if call.opens and call.opens > call.deadline:
        node.fail(_E_CALL_ORDER, later="deadline", earlier="opens")
    if call.top_up_deadline and call.top_up_deadline < call.deadline:
        node.fail(_E_CALL_ORDER, later="top_up_deadline", earlier="deadline")
    return call


def _parse_role_list(
    node: _Node, form_roles: frozenset[Role], section_roles: frozenset[Role] | None = None
) -> frozenset[Role] | None:
    """Reads an optional ``roles`` list; absent or null means every role of the enclosing part."""
    if not node.has("roles"):
        return None
    roles: set[Role] = set()
    for value in node.items("roles"):
        role = _role_or_none(value) or node.fail(
            _E_UNKNOWN_ROLE, role=value, allowed=_listing(Role)
        )
        if role not in form_roles:
            node.fail(_E_ROLE_NOT_IN_FORM, role=role, allowed=_listing(sorted(form_roles)))
        if section_roles is not None and role not in section_roles:
            node.fail(_E_ROLE_NOT_IN_SECTION, role=role, allowed=_listing(sorted(section_roles)))
        roles.add(role)
    return frozenset(roles)


@dataclass(frozen=True)
class _RawSection:
    section: SectionDefinition
    where: str


def _parse_section(node: _Node, context: _Context, position: int) -> _RawSection:
    label = node.data.get("number") or node.data.get("id") or str(position)
    node.where = _W_SECTION.format(section=label)
    node.expect_keys(("id", "number", "title", "fields"), ("help", "roles"))
    section_id = node.identifier("id")
    roles = _parse_role_list(node, context.roles) or context.roles
    fields = tuple(
        _parse_field(child, context, section_id, roles) for child in _field_nodes(node, "fields")
    )
    section = SectionDefinition(
        id=section_id,
        number=node.text("number"),
        title=node.text("title"),
        help=node.optional_text("help"),
        roles=roles,
        fields=fields,
    )
    return _RawSection(section, node.where)


def _field_nodes(parent: _Node, key: str) -> list[_Node]:
    """Children named by their id when they have one, so messages point at "pole \"x\"."""
    nodes = parent.children(key)
    template = _W_COLUMN if key == "columns" else _W_FIELD
    for number, node in enumerate(nodes, start=1):
        name = node.data.get("id")
        label = name if isinstance(name, str) and name else f"nr {number}"
        node.where = template.format(parent=parent.where, field=label, column=label)
    return nodes


def _resolve_visibility(raw: list[_RawSection], context: _Context) -> tuple[SectionDefinition, ...]:
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
                _fail_at(context, item.where, _E_DUPLICATE_SECTION, value=key)
            seen_sections.add(key)
        fields: list[FieldDefinition] = []
        for parsed in section.fields:
            where = _W_FIELD.format(parent=item.where, field=parsed.id)
            if parsed.id in resolved:
                other = owner[parsed.id]
                _fail_at(context, where, _E_DUPLICATE_FIELD, field=parsed.id, other=other)
            definition = _with_conditions(parsed, resolved, all_ids, context, where)
            resolved[definition.id] = definition
            owner[definition.id] = section.number
            fields.append(definition)
        sections.append(replace(section, fields=tuple(fields)))
    return tuple(sections)


def _fail_at(context: _Context, where: str, fault: str, **params: object) -> NoReturn:
    raise FormDefinitionError(context.source, fault.format(**params), where)


def _with_conditions(
    definition: FieldDefinition,
    earlier: Mapping[str, FieldDefinition],
    all_ids: frozenset[str],
    context: _Context,
    where: str,
) -> FieldDefinition:
    condition = definition.visible_when
    if condition is None:
        return definition
    controller = earlier.get(condition.field)
    if controller is None:
        later = condition.field in all_ids
        fault = _E_WHEN_LATER if later else _E_WHEN_UNKNOWN
        _fail_at(context, where, fault, field=condition.field)
    _check_condition_values(controller, condition, context, where)
    roles = definition.roles & controller.roles
    if not roles:
        _fail_at(context, where, _E_NEVER_VISIBLE, field=controller.id)
    return replace(definition, roles=roles, conditions=(*controller.conditions, condition))


def _check_condition_values(
    controller: FieldDefinition, condition: VisibleWhen, context: _Context, where: str
) -> None:
    if controller.type in CHOICE_TYPES:
        offered = {c.value for c in controller.choices}
        for value in condition.values:
            if not isinstance(value, str) or value not in offered:
                _fail_at(context, where, _E_WHEN_NOT_CHOICE, value=value, field=controller.id)
    elif controller.type is FieldType.DECLARATION:
        if not all(isinstance(value, bool) for value in condition.values):
            _fail_at(context, where, _E_WHEN_NOT_BOOL, field=controller.id)
    else:
        _fail_at(context, where, _E_WHEN_TYPE, field=controller.id, type=controller.type)


# --- Fields --------------------------------------------------------------------------------------

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

    context: _Context
    section_id: str
    roles: frozenset[Role]
    field_type: FieldType


def _parse_field(
    node: _Node,
    context: _Context,
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
        node.fail(_E_COLUMN_TYPE, type=field_type, allowed=_listing(sorted(COLUMN_TYPES)))
    _reject_foreign_keys(node, field_type)
    roles = section_roles
    if not column:
        roles = _parse_role_list(node, context.roles, section_roles) or section_roles
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
        visible_when=_parse_visible_when(node),
        prefill=_parse_prefill(node, field_type),
        print_options=_parse_print(node),
        **options,
    )


def _reject_foreign_keys(node: _Node, field_type: FieldType) -> None:
    for key in node.data:
        if key in _TYPE_ONLY_KEYS and key not in _TYPE_KEYS[field_type]:
            types = [str(t) for t, keys in _TYPE_KEYS.items() if key in keys]
            node.fail(_E_KEY_NOT_FOR_TYPE, key=key, type=field_type, types=_listing(types))


def _text_options(node: _Node, scope: _Scope) -> dict[str, Any]:
    options: dict[str, Any] = {"max_chars": node.integer("max_chars", minimum=1)}
    if node.has("format"):
        options["format"] = node.enum("format", TextFormat, _E_UNKNOWN_FORMAT)
    return options


def _bounds(node: _Node) -> tuple[Decimal | None, Decimal | None]:
    minimum, maximum = node.number("min"), node.number("max")
    if minimum is not None and maximum is not None and minimum > maximum:
        node.fail(_E_MIN_ABOVE_MAX, minimum=minimum, maximum=maximum)
    return minimum, maximum


def _number_options(node: _Node, scope: _Scope) -> dict[str, Any]:
    decimals = node.integer("decimals") or 0
    if decimals > MAX_DECIMALS:
        node.fail(_E_DECIMALS, maximum=MAX_DECIMALS)
    minimum, maximum = _bounds(node)
    unit = node.optional_text("unit")
    return {"decimals": decimals, "min_value": minimum, "max_value": maximum, "unit": unit}


def _money_options(node: _Node, scope: _Scope) -> dict[str, Any]:
    # Amounts in an application are never negative unless a definition says so explicitly.
    minimum, maximum = _bounds(node)
    minimum = Decimal(0) if minimum is None else minimum
    return {"decimals": MONEY_DECIMALS, "min_value": minimum, "max_value": maximum, "unit": "zł"}


def _date_options(node: _Node, scope: _Scope) -> dict[str, Any]:
    minimum, maximum = node.iso_date("min"), node.iso_date("max")
    if minimum is not None and maximum is not None and minimum > maximum:
        node.fail(_E_MIN_ABOVE_MAX, minimum=minimum, maximum=maximum)
    return {"min_date": minimum, "max_date": maximum}


def _choice_options(node: _Node, scope: _Scope) -> dict[str, Any]:
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


def _parse_choices(node: _Node) -> tuple[Choice, ...]:
    choices: list[Choice] = []
    for child in node.children("choices"):
        child.expect_keys(("value", "label"))
        choice = Choice(child.text("value"), child.text("label"))
        if any(c.value == choice.value for c in choices):
            child.fail(_E_DUPLICATE_CHOICE, value=choice.value)
        choices.append(choice)
    return tuple(choices)


def _declaration_options(node: _Node, scope: _Scope) -> dict[str, Any]:
    return {"text": node.text("text")}


def _person_options(node: _Node, scope: _Scope) -> dict[str, Any]:
    return {}


def _table_options(node: _Node, scope: _Scope) -> dict[str, Any]:
    columns: list[FieldDefinition] = []
    for child in _field_nodes(node, "columns"):
        column = _parse_field(child, scope.context, scope.section_id, scope.roles, column=True)
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


def _attachment_options(node: _Node, scope: _Scope) -> dict[str, Any]:
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


def _parse_prefill(node: _Node, field_type: FieldType) -> PrefillKey | None:
    if not node.has("prefill"):
        return None
    key = node.enum("prefill", PrefillKey, _E_UNKNOWN_PREFILL)
    types = prefill_types(key)
    if field_type not in types:
        node.fail(_E_PREFILL_TYPE, value=key, type=field_type, types=_listing(sorted(types)))
    return key


def _parse_visible_when(node: _Node) -> VisibleWhen | None:
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


def _parse_print(node: _Node) -> PrintOptions:
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


# --- Form-level rules ----------------------------------------------------------------------------

_RULE_DATE_ORDER = "date_order"
_RULE_NOT_IN_FUTURE = "not_in_future"
_EXPECT_DATE = QT_TRANSLATE_NOOP("domain", 'pola typu "date"')
_EXPECT_DATE_OR_YEAR = QT_TRANSLATE_NOOP(
    "domain", 'pola typu "date" albo "number" bez miejsc po przecinku (rok)'
)


def _parse_rules(root: _Node, definition: FormDefinition) -> tuple[FormRule, ...]:
    rules: list[FormRule] = []
    for number, node in _numbered(root.children("rules", allow_empty=True)):
        node.where = _W_RULE.format(number=number)
        kind = node.data.get("type")
        if kind == _RULE_DATE_ORDER:
            rules.append(_parse_date_order(node, definition))
        elif kind == _RULE_NOT_IN_FUTURE:
            rules.append(_parse_not_in_future(node, definition))
        elif kind == RULE_NOT_AFTER_DAY:
            rules.append(parse_not_after_day(node, {f.id: f for f in definition.all_fields()}))
        else:
            allowed = _listing((_RULE_DATE_ORDER, _RULE_NOT_IN_FUTURE, RULE_NOT_AFTER_DAY))
            node.fail(_E_RULE_TYPE, value=kind, allowed=allowed)
    return tuple(rules)


def _parse_date_order(node: _Node, definition: FormDefinition) -> DateOrderRule:
    node.expect_keys(("type", "start", "end"), ("table", "strict"))
    targets = _rule_targets(node, definition)
    for key in ("start", "end"):
        target = _rule_target(node, targets, key)
        if target.type is not FieldType.DATE:
            node.fail(
                _E_RULE_FIELD_TYPE,
                field=target.id,
                type=target.type,
                rule=_RULE_DATE_ORDER,
                expected=_EXPECT_DATE,
            )
    table = node.optional_text("table") or None
    return DateOrderRule(node.text("start"), node.text("end"), table, node.flag("strict"))


def _parse_not_in_future(node: _Node, definition: FormDefinition) -> NotInFutureRule:
    node.expect_keys(("type", "field"), ("table",))
    target = _rule_target(node, _rule_targets(node, definition), "field")
    is_year = target.type is FieldType.NUMBER and target.decimals == 0
    if target.type is not FieldType.DATE and not is_year:
        node.fail(
            _E_RULE_FIELD_TYPE,
            field=target.id,
            type=target.type,
            rule=_RULE_NOT_IN_FUTURE,
            expected=_EXPECT_DATE_OR_YEAR,
        )
    return NotInFutureRule(target.id, node.optional_text("table") or None)


def _rule_targets(node: _Node, definition: FormDefinition) -> dict[str, FieldDefinition]:
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


def _rule_target(node: _Node, targets: Mapping[str, FieldDefinition], key: str) -> FieldDefinition:
    field_id = node.text(key)
    target = targets.get(field_id)
    if target is None:
        node.fail(_E_RULE_FIELD, field=field_id)
    return target
