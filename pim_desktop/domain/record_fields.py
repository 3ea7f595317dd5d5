"""A record as a flat mapping of field ids to JSON-able values, and back.

The three-way merge of two officers' edits (``edit_conflicts.merge_fields``) compares records
field by field. Every kind of record (a member, a meeting, an action of the plan) is turned into
the same shape by one rule instead of one hand-written function per kind:

- a nested record that is always there (a member's representative, their consent) is opened up
  into dotted ids: ``representative.email``, ``representative.consent.basis``;
- every other value is one field, written as JSON would hold it: enums by their value, dates
  and times in ISO 8601, decimals as text, lists of records as lists of objects.

``with_fields`` puts such values back into a record of the same kind, reading each field's type
from the record's class, so a merged mapping becomes the record the service stores.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from pim_desktop.domain.edit_conflicts import EditConflict, resolved

R = TypeVar("R")

STAMP_FIELD = "stamp"
BOOKKEEPING = frozenset({"id", STAMP_FIELD})
"""Fields that say which record and which version it is, not what an officer edits."""
DELETED_FIELD = "*"
"""The field id of the change that deleted a whole record (its old value: the record's name)."""


@dataclasses.dataclass(frozen=True)
class ChangeStamp:
    """Which stored version a record was read at, and who wrote that version when.

    ``version`` 0 is a record not stored yet; a save names the version it started from.
    """

    version: int = 0
    changed_by: str = ""
    changed_at: dt.datetime | None = None


@dataclasses.dataclass(frozen=True)
class RecordChange:
    """One field of one record changed by one officer, as the history lists it."""

    changed_at: dt.datetime
    changed_by: str
    record_kind: str
    field_id: str
    old: Any
    new: Any
    # Whom the field belongs to when the record is one of many (a member's attendance).
    subject: str = ""


def flat_fields(record: object, prefix: str = "") -> dict[str, Any]:
    """The record's edited fields by dotted id, each as a JSON-able value."""
    values: dict[str, Any] = {}
    hints = _hints(type(record))
    for item in dataclasses.fields(record):  # type: ignore[arg-type]
        if item.name in BOOKKEEPING:
            continue
        value = getattr(record, item.name)
        if dataclasses.is_dataclass(value) and _is_record_type(hints[item.name]):
            values.update(flat_fields(value, f"{prefix}{item.name}."))
        else:
            values[f"{prefix}{item.name}"] = to_json(value)
    return values


def with_fields(record: R, values: Mapping[str, Any]) -> R:
    """The record with the given fields (dotted ids, JSON-able values) put in."""
    hints = _hints(type(record))
    direct: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {}
    for field_id, value in values.items():
        head, _, rest = field_id.partition(".")
        if head not in hints or head in BOOKKEEPING:
            continue
        if rest:
            nested.setdefault(head, {})[rest] = value
        else:
            direct[head] = from_json(hints[head], value)
    for head, inner in nested.items():
        direct[head] = with_fields(getattr(record, head), inner)
    return dataclasses.replace(record, **direct)  # type: ignore[type-var]


def resolved_record(record: R, conflict: EditConflict, choices: Mapping[str, Any]) -> R:
    """The officer's record after a conflict: the merged fields with their choices put in,
    to be saved against the version the conflict found stored."""
    values = with_fields(record, resolved(conflict.outcome, choices))
    stamp = dataclasses.replace(values.stamp, version=conflict.current_version)  # type: ignore[attr-defined]
    return dataclasses.replace(values, stamp=stamp)  # type: ignore[type-var]


def scalar_json(value: Any) -> Any:
    """One plain value as JSON holds it: an enum by its value, a date or time in ISO 8601, a
    decimal as text; anything else as it is."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def to_json(value: Any) -> Any:
    """A value with its records and lists opened up, every scalar as ``scalar_json`` writes it."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {item.name: to_json(getattr(value, item.name)) for item in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(to_json(key)): to_json(item) for key, item in value.items()}
    return scalar_json(value)


def from_json(kind: Any, value: Any) -> Any:
    """A JSON-able value read back as ``kind`` (a type as the record's class declares it)."""
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        inner = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return from_json(inner[0], value)
    if origin in (tuple, list):
        item_kind = typing.get_args(kind)[0]
        return origin(from_json(item_kind, item) for item in value or ())
    if origin is dict:
        key_kind, item_kind = typing.get_args(kind)
        return {from_json(key_kind, k): from_json(item_kind, v) for k, v in (value or {}).items()}
    if value is None:
        return None
    return _from_json_plain(kind, value)


def _from_json_plain(kind: Any, value: Any) -> Any:
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if kind is Decimal:
        return Decimal(value)
    if _is_record_type(kind):
        hints = _hints(kind)
        return kind(**{k: from_json(hints[k], v) for k, v in value.items() if k in hints})
    return value


def field_label(field_id: str, labels: Mapping[str, str], joiner: str = " – ") -> str:
    """A field's label: its own, else the labels of its parts (``representative.email`` →
    "przedstawiciel – e-mail"; a part labelled "" is left out), else its id."""
    if field_id in labels:
        return labels[field_id]
    parts = (labels.get(part, part) for part in field_id.split("."))
    return joiner.join(part for part in parts if part)


def _is_record_type(kind: Any) -> bool:
    return isinstance(kind, type) and dataclasses.is_dataclass(kind)


def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)
