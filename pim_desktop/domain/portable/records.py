"""Domain records (frozen dataclasses) as the portable file holds them, written and read strictly.

A record becomes a JSON object of its fields: enumerations by value, dates and times in ISO 8601,
decimals as text. Database numbers never travel: a record others point at carries ``ref``, a
number valid only inside the file, and the fields that point at it carry that number. Reading
refuses an unknown key, a value of the wrong type, an unknown choice and a reference to a record
the file does not hold, naming the place (``meetings[2].invitations[0].member_id``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Refused
from pim_desktop.domain.record_fields import STAMP_FIELD, scalar_json

REF_KEY = "ref"
_LARGEST_INT = 2**53  # the largest whole number every JSON reader keeps exactly
_LONGEST_DECIMAL = 40
_SHA256 = re.compile(r"[0-9a-f]{64}")
# A record with these fields describes a file kept in the attachment store by its hash.
_STORED_FILE = frozenset({"file_name", "size", "sha256"})
T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class RecordRules:
    """Which records carry a ``ref`` and which fields point at one, by namespace.

    ``identities``: a record class whose ``id`` travels as ``ref`` in the namespace named.
    ``references``: (record class, field name) to the namespace its number or numbers point into.
    Every other ``id`` field is a database number and stays out of the file.
    """

    identities: Mapping[type, str]
    references: Mapping[tuple[type, str], str]


class RecordWriter:
    """Turns records into JSON values; ``refs`` maps each namespace's ids to file numbers."""

    def __init__(self, rules: RecordRules, refs: Mapping[str, Mapping[int, int]]) -> None:
        self._rules = rules
        self._refs = refs

    def document(self, value: Any) -> Any:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self._record(value)
        if isinstance(value, tuple | list):
            return [self.document(item) for item in value]
        if isinstance(value, Mapping):
            return {scalar_json(key): self.document(item) for key, item in value.items()}
        return scalar_json(value)

    def _record(self, record: Any) -> dict[str, Any]:
        kind = type(record)
        document: dict[str, Any] = {}
        for item in _fields(kind):
            value = getattr(record, item.name)
            if item.name == "id":
                namespace = self._rules.identities.get(kind)
                if namespace is not None:
                    document[REF_KEY] = self._refs[namespace][value]
                continue
            namespace = self._rules.references.get((kind, item.name))
            if namespace is None:
                document[item.name] = self.document(value)
            else:
                document[item.name] = self._pointer(value, self._refs.get(namespace, {}))
        return document

    @staticmethod
    def _pointer(value: Any, refs: Mapping[int, int]) -> Any:
        # Database keys keep these consistent, so a number without a record cannot occur;
        # sets of references are written in order so that equal data give equal bytes.
        if isinstance(value, tuple):
            return sorted(refs[number] for number in value if number in refs)
        return None if value is None else refs.get(value)


class RecordReader:
    """Reads records of a file in order: a reference must point at a ``ref`` already read."""

    def __init__(self, rules: RecordRules) -> None:
        self._rules = rules
        self.refs: dict[str, set[int]] = {}

    def record(self, kind: type[T], raw: object, where: str) -> T:
        if not isinstance(raw, dict):
            raise Refused(E_DATA_SHAPE, where=where)
        hints = _hints(kind)
        names = {item.name for item in _fields(kind)}
        identity = self._rules.identities.get(kind)
        allowed = (names - {"id"}) | ({REF_KEY} if identity else set())
        for key in raw:
            if key not in allowed:
                raise Refused(E_DATA_FIELD, where=f"{where}.{key}")
        values: dict[str, Any] = {}
        if identity is not None:
            values["id"] = self._identity(identity, raw.get(REF_KEY), f"{where}.{REF_KEY}")
        for item in _fields(kind):
            if item.name == "id" or item.name not in raw:
                if item.name != "id" and not _has_default(item):
                    values[item.name] = _empty(hints[item.name], f"{where}.{item.name}")
                continue
            at = f"{where}.{item.name}"
            namespace = self._rules.references.get((kind, item.name))
            if namespace is None:
                values[item.name] = self.value(hints[item.name], raw[item.name], at)
            else:
                values[item.name] = self.reference(namespace, raw[item.name], at)
        record = kind(**values)
        if names >= _STORED_FILE:
            _check_attachment(record, where)
        return record

    def value(self, hint: Any, raw: object, where: str) -> Any:
        hint, optional = _unwrap_optional(hint)
        if raw is None:
            if optional:
                return None
            return _empty(hint, where)
        origin = typing.get_origin(hint)
        if origin is tuple:
            if not isinstance(raw, list):
                raise Refused(E_DATA_SHAPE, where=where)
            item_hint = typing.get_args(hint)[0]
            return tuple(self.value(item_hint, item, f"{where}[{n}]") for n, item in enumerate(raw))
        if origin in (dict, Mapping):
            return self._mapping(hint, raw, where)
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            return self.record(hint, raw, where)
        return _scalar(hint, raw, where)

    def _mapping(self, hint: Any, raw: object, where: str) -> dict[Any, Any]:
        if not isinstance(raw, dict):
            raise Refused(E_DATA_SHAPE, where=where)
        key_hint, value_hint = typing.get_args(hint)
        return {
            _scalar(key_hint, key, f"{where}.{key}"): self.value(value_hint, item, f"{where}.{key}")
            for key, item in raw.items()
        }

    def _identity(self, namespace: str, raw: object, where: str) -> int:
        number = _whole(raw, where)
        known = self.refs.setdefault(namespace, set())
        if number < 1 or number in known:
            raise Refused(E_DATA_FIELD, where=where)
        known.add(number)
        return number

    def reference(self, namespace: str, raw: object, where: str) -> Any:
        """A ``ref`` number (or a list of distinct ones) of a record already read."""
        if isinstance(raw, list):
            numbers = tuple(
                self.reference(namespace, item, f"{where}[{n}]") for n, item in enumerate(raw)
            )
            if len(set(numbers)) != len(numbers):
                raise Refused(E_DATA_FIELD, where=where)
            return numbers
        number = _whole(raw, where)
        if number not in self.refs.get(namespace, set()):
            raise Refused(E_UNKNOWN_REF, where=where)
        return number


_FIELDS: dict[type, tuple[dataclasses.Field[Any], ...]] = {}
_HINTS: dict[type, dict[str, Any]] = {}


def _fields(kind: type) -> tuple[dataclasses.Field[Any], ...]:
    """The fields a file holds: a record's stored version and author stay in the database."""
    if kind not in _FIELDS:
        _FIELDS[kind] = tuple(f for f in dataclasses.fields(kind) if f.name != STAMP_FIELD)
    return _FIELDS[kind]


def _hints(kind: type) -> dict[str, Any]:
    """The fields' types, resolved once per record class (resolving is the slow part)."""
    if kind not in _HINTS:
        _HINTS[kind] = typing.get_type_hints(kind)
    return _HINTS[kind]


def _has_default(item: dataclasses.Field[Any]) -> bool:
    return (
        item.default is not dataclasses.MISSING or item.default_factory is not dataclasses.MISSING
    )


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        others = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return others[0], len(others) < len(typing.get_args(hint))
    return hint, False


def _empty(hint: Any, where: str) -> Any:
    """What a key left out stands for: the canonical form drops empty texts and lists."""
    hint, optional = _unwrap_optional(hint)
    if optional:
        return None
    if hint is str:
        return ""
    if typing.get_origin(hint) is tuple:
        return ()
    raise Refused(E_DATA_FIELD, where=where)


def _scalar(hint: Any, raw: object, where: str) -> Any:
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        if isinstance(raw, str) and raw in {member.value for member in hint}:
            return hint(raw)
        raise Refused(E_DATA_FIELD, where=where)
    value = _SCALARS[hint](raw)
    if value is None:
        raise Refused(E_DATA_FIELD, where=where)
    return value


def _whole(raw: object, where: str) -> int:
    number = _as_whole(raw)
    if number is None:
        raise Refused(E_DATA_FIELD, where=where)
    return number


def _as_text(raw: object) -> str | None:
    return raw if isinstance(raw, str) else None


def _as_flag(raw: object) -> bool | None:
    return raw if isinstance(raw, bool) else None


def _as_whole(raw: object) -> int | None:
    if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) > _LARGEST_INT:
        return None
    return raw


def _as_decimal(raw: object) -> Decimal | None:
    if not isinstance(raw, str) or len(raw) > _LONGEST_DECIMAL:
        return None
    try:
        number = Decimal(raw)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _as_moment(raw: object) -> dt.datetime | None:
    """A time with its zone: a meeting's hour means nothing without one."""
    if not isinstance(raw, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(raw)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _as_day(raw: object) -> dt.date | None:
    if not isinstance(raw, str) or len(raw) != len("2026-01-31"):
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        return None


_SCALARS: dict[Any, Callable[[object], Any]] = {
    str: _as_text,
    bool: _as_flag,
    int: _as_whole,
    Decimal: _as_decimal,
    dt.datetime: _as_moment,
    dt.date: _as_day,
}


def _check_attachment(file: Any, where: str) -> None:
    if not file.file_name.strip():
        raise Refused(E_DATA_FIELD, where=f"{where}.file_name")
    if file.size < 0:
        raise Refused(E_DATA_FIELD, where=f"{where}.size")
    if not _SHA256.fullmatch(file.sha256):
        raise Refused(E_DATA_FIELD, where=f"{where}.sha256")


E_DATA_SHAPE = QT_TRANSLATE_NOOP(
    "domain", "Dane w pliku mają nieprawidłową budowę (w miejscu „{where}”)."
)
E_DATA_FIELD = QT_TRANSLATE_NOOP(
    "domain", "Dane w pliku zawierają brakującą, nieznaną lub błędną wartość: „{where}”."
)
E_UNKNOWN_REF = QT_TRANSLATE_NOOP(
    "domain",
    "Dane w pliku odwołują się do wpisu, którego w pliku nie ma: „{where}”. Plik jest "
    "niekompletny lub został zmieniony.",
)
