"""A member, meeting, attendance, plan action or the city profile in the local journal: one rule
for every kind.

An edit of a stored record keeps the record as its dialog was opened (``base``, whole, with the
version it was read at), the fields the officer changed as they were then (``original``) and as
they were typed (``values``). A new record, not stored yet, keeps all its fields and takes a
number of this computer below zero, so a later edit of it can name it until the server gives it
its own. Each kind names the record class its entries are read back into.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pim_desktop.domain.action_plan import Action
from pim_desktop.domain.city import CityProfile
from pim_desktop.domain.meeting import Invitation, MeetingPlan
from pim_desktop.domain.partnership import Member
from pim_desktop.domain.record_fields import flat_fields, from_json, to_json, with_fields
from pim_desktop.domain.record_labels import ACTION, ATTENDANCE, CITY_PROFILE, MEETING, MEMBER
from pim_desktop.domain.team_journal import JournalEntry


@dataclass(frozen=True)
class AttendanceSheet:
    """The attendance one save records for a meeting: each member's invitation as ticked."""

    invitations: tuple[Invitation, ...] = ()
    stamp: Any = None  # attendance is versioned per member, in each invitation's own stamp


RECORD_TYPES: dict[str, type] = {
    MEMBER: Member,
    MEETING: MeetingPlan,
    ATTENDANCE: AttendanceSheet,
    ACTION: Action,
    CITY_PROFILE: CityProfile,
}


def is_record_kind(kind: str) -> bool:
    return kind in RECORD_TYPES


def is_new(entry: JournalEntry) -> bool:
    """Whether the entry creates a record the server has not stored yet."""
    return is_record_kind(entry.kind) and entry.based_on_version is None


def record_entry(
    kind: str,
    record_id: int,
    edited: object,
    original: object | None,
    *,
    officer: str,
    written_at: dt.datetime,
    database: str,
) -> JournalEntry:
    """The entry of one save: an edit of ``original`` (as its dialog was opened), or a new
    record when ``original`` is ``None`` (``record_id`` is then this computer's number)."""
    if original is None:
        values = flat_fields(edited)
        return JournalEntry(
            kind, record_id, None, {}, values, officer, written_at, database, to_json(edited)
        )
    before, after = flat_fields(original), flat_fields(edited)
    changed = [key for key in after if after[key] != before.get(key)]
    return JournalEntry(
        kind,
        record_id,
        _version(original),
        {key: before.get(key) for key in changed},
        {key: after[key] for key in changed},
        officer,
        written_at,
        database,
        to_json(original),
    )


def entry_records(entry: JournalEntry) -> tuple[Any, Any | None]:
    """The officer's record and the record its dialog was opened with (``None``: new)."""
    base = from_json(RECORD_TYPES[entry.kind], dict(entry.base))
    if entry.based_on_version is None:
        return base, None
    return with_fields(base, entry.values), base


def next_local_id(entries: Iterable[JournalEntry]) -> int:
    """A number below every one this computer gave a new record still waiting."""
    return min([0, *(e.record_id for e in entries if is_record_kind(e.kind))]) - 1


def with_id(record: Any, record_id: int) -> Any:
    """The record carrying ``record_id`` when its class has an id (a meeting's plan has none)."""
    names = {item.name for item in dataclasses.fields(record)}
    return dataclasses.replace(record, id=record_id) if "id" in names else record


def _version(record: object) -> int:
    stamp = getattr(record, "stamp", None)
    return int(getattr(stamp, "version", 0) or 0)
