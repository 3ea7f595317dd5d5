"""Reads a form definition's JSON into objects that know their place in the file.

Every fault found while reading names the file, the place and what is wrong, in Polish; the
modules that read fields, conditions and rules all report through a ``Node``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NoReturn, TypeVar

from pim_desktop.domain.forms.definition import FormDefinitionError
from pim_desktop.domain.forms.values import parse_date
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

_E_JSON = QT_TRANSLATE_NOOP(
    "domain", "niepoprawny JSON w wierszu {line}, kolumnie {column}: {detail}"
)
_E_DUPLICATE_JSON_KEY = QT_TRANSLATE_NOOP("domain", 'klucz "{key}" powtarza się w jednym obiekcie')
_E_NOT_OBJECT = QT_TRANSLATE_NOOP("domain", "oczekiwano obiektu JSON ({{…}})")
_E_UNKNOWN_KEY = QT_TRANSLATE_NOOP("domain", 'nieznany klucz "{key}"')
_E_DID_YOU_MEAN = QT_TRANSLATE_NOOP("domain", ' (czy chodziło o "{suggestion}"?)')
E_MISSING_KEY = QT_TRANSLATE_NOOP("domain", 'brak wymaganego klucza "{key}"')
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
_E_BAD_FORM_ID = QT_TRANSLATE_NOOP(
    "domain", 'identyfikator formularza "{value}" może zawierać tylko małe litery, cyfry, - i _'
)
_E_BAD_ID = QT_TRANSLATE_NOOP(
    "domain",
    'identyfikator "{value}" musi być zapisany w stylu snake_case (małe litery, cyfry i _)',
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
W_FIELD = QT_TRANSLATE_NOOP("domain", '{parent}, pole "{field}"')
W_COLUMN = QT_TRANSLATE_NOOP("domain", '{parent}, kolumna "{column}"')

FORM_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_SNAKE_ID = re.compile(r"[a-z][a-z0-9_]*")

_E = TypeVar("_E", bound=StrEnum)
_T = TypeVar("_T")


def listing(values: Iterable[str]) -> str:
    """Allowed values as a definition's author reads them in a fault: "a, b, c"."""
    return ", ".join(values)


def fail_at(source: str, where: str, fault: str, **params: object) -> NoReturn:
    """Reports a fault found after reading, at a place remembered from the reading."""
    raise FormDefinitionError(source, fault.format(**params), where)


def read_json(text: str, source: str) -> Node:
    """The definition's top object; ``source`` names the file in every fault."""
    try:
        data = json.loads(text, parse_float=Decimal, object_pairs_hook=_reject_duplicate_keys)
    except _DuplicateJsonKey as error:
        raise FormDefinitionError(source, _E_DUPLICATE_JSON_KEY.format(key=error.key)) from None
    except json.JSONDecodeError as error:
        detail = _JSON_DETAILS.get(error.msg, error.msg)
        fault = _E_JSON.format(line=error.lineno, column=error.colno, detail=detail)
        raise FormDefinitionError(source, fault) from None
    return Node(data, source, "")


class Node:
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
                import difflib  # only a faulty definition needs it

                close = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.7)
                hint = _E_DID_YOU_MEAN.format(suggestion=close[0]) if close else ""
                self.fail(_E_UNKNOWN_KEY + hint, key=key)
        for key in required:
            if key not in self.data:
                self.fail(E_MISSING_KEY, key=key)

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def text(self, key: str) -> str:
        """A required, non-blank text."""
        value = self.data.get(key)
        if value is None:
            self.fail(E_MISSING_KEY, key=key)
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
        return parse_date(value) or self.fail(_E_BAD_DATE, key=key, value=value)

    def items(self, key: str, *, allow_empty: bool = False) -> list[object]:
        value = self.data.get(key)
        if value is None:
            self.fail(E_MISSING_KEY, key=key)
        if not isinstance(value, list):
            self.fail(_E_NOT_LIST, key=key)
        if not value and not allow_empty:
            self.fail(_E_EMPTY_LIST, key=key)
        return value

    def children(self, key: str, *, allow_empty: bool = False) -> list[Node]:
        parent = self.where or _W_KEY.format(key=key)
        return [
            Node(item, self.source, _W_ITEM.format(parent=parent, number=number))
            for number, item in enumerate(self.items(key, allow_empty=allow_empty), start=1)
        ]

    def child(self, key: str) -> Node:
        where = _W_KEY.format(key=key)
        return Node(
            self.data.get(key), self.source, f"{self.where}, {where}" if self.where else where
        )

    def enum(self, key: str, kind: type[_E], fault: str) -> _E:
        value = self.data.get(key)
        if isinstance(value, str):
            try:
                return kind(value)
            except ValueError:
                pass
        self.fail(fault, value=value, allowed=listing(kind))

    def identifier(self, key: str, pattern: re.Pattern[str] = _SNAKE_ID) -> str:
        value = self.text(key)
        if not pattern.fullmatch(value):
            self.fail(_E_BAD_FORM_ID if pattern is FORM_ID else _E_BAD_ID, value=value)
        return value

    def unique_children(
        self,
        key: str,
        make: Callable[[Node], _T],
        identity: Callable[[_T], object],
        duplicate: str,
    ) -> tuple[_T, ...]:
        """Reads a list of objects whose identities may stand only once; ``duplicate`` says so."""
        made: list[_T] = []
        for child in self.children(key):
            item = make(child)
            if any(identity(other) == identity(item) for other in made):
                child.fail(duplicate, value=identity(item))
            made.append(item)
        return tuple(made)


def numbered(nodes: list[Node]) -> list[tuple[int, Node]]:
    return list(enumerate(nodes, start=1))


def field_nodes(parent: Node, key: str) -> list[Node]:
    """Children named by their id when they have one, so messages point at "pole \"x\"."""
    nodes = parent.children(key)
    template = W_COLUMN if key == "columns" else W_FIELD
    for number, node in enumerate(nodes, start=1):
        name = node.data.get("id")
        label = name if isinstance(name, str) and name else f"nr {number}"
        node.where = template.format(parent=parent.where, field=label, column=label)
    return nodes


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
