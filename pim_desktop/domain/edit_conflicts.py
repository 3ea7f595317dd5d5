"""Several officers on one record: a three-way merge of field values and the conflicts it finds.

Every record an officer edits carries a version. A save names the version it started from; when
the stored record has moved on since, the officer's changes are merged field by field with the
stored ones against the values both started from (the original):

- a field only the officer changed takes the officer's value,
- a field only someone else changed keeps theirs,
- a field both changed to the same value is no conflict,
- a field both changed to different values is a conflict: the officer chooses theirs, keeps
  their own, or writes a merged value, and the save is then made against the newer version.

Values are compared as they are stored (JSON-able), so the rule is the same for an application's
form fields, a member, a meeting, its attendance and an action of the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

MISSING: Any = None
"""A field absent from a side counts as empty."""


@dataclass(frozen=True)
class FieldConflict:
    """One field both sides changed, to different values."""

    field_id: str
    original: Any
    theirs: Any
    yours: Any
    theirs_by: str = ""


@dataclass(frozen=True)
class MergeOutcome:
    """What the merge wrote together, and what it could not decide."""

    merged: dict[str, Any]
    conflicts: tuple[FieldConflict, ...] = ()
    taken_from_theirs: tuple[str, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.conflicts


def _same(left: Any, right: Any) -> bool:
    return (_empty(left) and _empty(right)) or left == right


def _empty(value: Any) -> bool:
    return value is None or value in ("", [], {})


def merge_fields(
    original: Mapping[str, Any],
    theirs: Mapping[str, Any],
    yours: Mapping[str, Any],
    *,
    theirs_by: str = "",
) -> MergeOutcome:
    """Merge the officer's values (``yours``) into the stored ones (``theirs``), both edited from
    ``original``. The merged mapping holds every field of either side; conflicts keep the stored
    value in ``merged`` until the officer decides."""
    merged: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    taken: list[str] = []
    for field_id in sorted(set(original) | set(theirs) | set(yours)):
        base = original.get(field_id, MISSING)
        stored = theirs.get(field_id, MISSING)
        mine = yours.get(field_id, MISSING)
        they_changed = not _same(stored, base)
        i_changed = not _same(mine, base)
        if i_changed and they_changed and not _same(mine, stored):
            conflicts.append(FieldConflict(field_id, base, stored, mine, theirs_by))
            value = stored
        elif i_changed:
            value = mine
        else:
            value = stored
            if they_changed:
                taken.append(field_id)
        if field_id in theirs or field_id in yours or not _empty(value):
            merged[field_id] = value
    return MergeOutcome(merged, tuple(conflicts), tuple(taken))


def resolved(outcome: MergeOutcome, choices: Mapping[str, Any]) -> dict[str, Any]:
    """The merged values with the officer's choice for each conflict (a field left out of
    ``choices`` keeps the stored value)."""
    values = dict(outcome.merged)
    for conflict in outcome.conflicts:
        if conflict.field_id in choices:
            values[conflict.field_id] = choices[conflict.field_id]
    return values


@dataclass
class EditConflict(Exception):
    """A save made against an older version found fields both sides changed. Nothing was
    written; the caller shows the conflicts, then saves the resolved values against
    ``current_version``."""

    record_kind: str
    record_id: int
    current_version: int
    outcome: MergeOutcome
    changed_by: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    # When the stored version was written (``None``: not known), shown beside "their" values.
    changed_at: dt.datetime | None = None

    def __str__(self) -> str:
        fields = ", ".join(c.field_id for c in self.outcome.conflicts)
        return f"{self.record_kind} {self.record_id}: conflicting fields {fields}"
