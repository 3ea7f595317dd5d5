"""The change log of members, meetings, attendance and plan actions, and the version and author
every such row carries, inside a caller's session."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from pim_desktop.domain.record_fields import DELETED_FIELD, ChangeStamp, RecordChange
from pim_desktop.persistence.tables import RecordChangeRow, TeamEdited, aware, utc_now

Row = TypeVar("Row")


def stamp_of(row: TeamEdited, changed_at: dt.datetime | None = None) -> ChangeStamp:
    """The version a row holds and who wrote it, as the domain reads it."""
    return ChangeStamp(row.row_version or 1, row.changed_by or "", aware(changed_at))


def stamp_row(row: TeamEdited, officer: str) -> None:
    """Mark a row as written once more, by ``officer``."""
    row.row_version = (row.row_version or 1) + 1
    row.changed_by = officer


def locked_row(
    session: Session, table: type[Row], key: int, options: Sequence[ORMOption]
) -> Row | None:
    """A row read afresh and locked until the transaction ends (``None``: no such row), so a
    versioned save compares against what no one else can change before it writes."""
    return session.get(
        table, key, options=list(options), with_for_update=True, populate_existing=True
    )


class RecordChangeRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        kind: str,
        record_id: int,
        officer: str,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
    ) -> int:
        """One row per field whose value differs between ``before`` and ``after``; how many."""
        now = utc_now()
        changed = [
            field_id
            for field_id in sorted(set(before) | set(after))
            if before.get(field_id) != after.get(field_id)
        ]
        for field_id in changed:
            self._session.add(
                RecordChangeRow(
                    record_kind=kind,
                    record_id=record_id,
                    changed_at=now,
                    changed_by=officer,
                    field_id=field_id,
                    old_value_json=_json(before.get(field_id)),
                    new_value_json=_json(after.get(field_id)),
                )
            )
        return len(changed)

    def add_deletion(self, kind: str, record_id: int, officer: str, name: str) -> None:
        self.add(kind, record_id, officer, {DELETED_FIELD: name}, {DELETED_FIELD: None})

    def history(self, kinds: Iterable[str], record_id: int) -> list[RecordChange]:
        """The changes of one record (of any of ``kinds``), newest first."""
        query = (
            select(RecordChangeRow)
            .where(RecordChangeRow.record_kind.in_(list(kinds)))
            .where(RecordChangeRow.record_id == record_id)
            .order_by(RecordChangeRow.changed_at.desc(), RecordChangeRow.id.desc())
        )
        return [_change(row) for row in self._session.scalars(query)]

    def deleted_by(self, kind: str, record_id: int) -> str:
        """Who deleted a record ("" when the log does not say)."""
        query = (
            select(RecordChangeRow.changed_by)
            .where(RecordChangeRow.record_kind == kind, RecordChangeRow.record_id == record_id)
            .where(RecordChangeRow.field_id == DELETED_FIELD)
            .order_by(RecordChangeRow.id.desc())
            .limit(1)
        )
        return str(self._session.scalar(query) or "")


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _change(row: RecordChangeRow) -> RecordChange:
    changed_at = aware(row.changed_at)
    return RecordChange(
        changed_at=changed_at,
        changed_by=row.changed_by,
        record_kind=row.record_kind,
        field_id=row.field_id,
        old=None if row.old_value_json is None else json.loads(row.old_value_json),
        new=None if row.new_value_json is None else json.loads(row.new_value_json),
    )
