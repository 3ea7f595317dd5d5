"""The one rule every save of a member, meeting, attendance or plan action follows when several
officers work on one database.

The editor was opened at a version of the record (``original``). Inside the save's transaction,
with the stored row locked:

- the stored version is the one the editor started from: the officer's record is written;
- it has moved on: the two edits are merged field by field against ``original``; fields only one
  side changed are kept from that side and written together;
- both changed one field to different values: ``EditConflict`` with the fields' Polish names,
  and nothing is written. The page shows the conflict, then saves the resolved record against
  the conflict's ``current_version``.

Each save that writes logs the fields it changed, with the officer's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from pim_desktop.domain.edit_conflicts import EditConflict, merge_fields
from pim_desktop.domain.problems import Refused
from pim_desktop.domain.record_fields import ChangeStamp, field_label, flat_fields, with_fields
from pim_desktop.domain.record_labels import DELETED_BY_OTHER, FIELD_LABELS, SOMEONE
from pim_desktop.persistence.record_change_repository import RecordChangeRepository

R = TypeVar("R")
Fields = Callable[[Any], dict[str, Any]]


@dataclass(frozen=True)
class Edit(Generic[R]):
    """An officer's edit of one stored record: what the editor was opened with (``None``: not
    known, so every field the two sides hold differently is a conflict) and what it returned,
    at the version the editor started from."""

    kind: str
    record_id: int
    version: int
    yours: R
    original: R | None = None


def merged(
    edit: Edit[R],
    stored: R,
    stamp: ChangeStamp,
    fields: Fields = flat_fields,
    put: Callable[[R, dict[str, Any]], R] = with_fields,
) -> R:
    """The record to write: the officer's own when nobody saved in between, else both edits
    merged. Raises ``EditConflict`` (nothing written) when both changed one field."""
    if edit.version == stamp.version:
        return edit.yours
    original = {} if edit.original is None else fields(edit.original)
    outcome = merge_fields(original, fields(stored), fields(edit.yours), theirs_by=stamp.changed_by)
    if not outcome.clean:
        labels = FIELD_LABELS.get(edit.kind, {})
        raise EditConflict(
            edit.kind,
            edit.record_id,
            stamp.version,
            outcome,
            stamp.changed_by,
            {c.field_id: field_label(c.field_id, labels) for c in outcome.conflicts},
            stamp.changed_at,
        )
    return put(edit.yours, outcome.merged)


def log_changes(
    session: Session,
    kind: str,
    record_id: int,
    *,
    officer: str,
    before: Any,
    after: Any,
    fields: Fields = flat_fields,
) -> int:
    """Write one change-log row per field that differs between two versions of a record."""
    return RecordChangeRepository(session).add(
        kind, record_id, officer, fields(before), fields(after)
    )


def gone(session: Session, kind: str, record_id: int) -> Refused:
    """The refusal for a save of a record someone else deleted meanwhile, naming them."""
    officer = RecordChangeRepository(session).deleted_by(kind, record_id) or SOMEONE
    return Refused(DELETED_BY_OTHER[kind], officer=officer)
