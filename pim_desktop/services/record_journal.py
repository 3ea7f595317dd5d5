"""Writing the journal's members, meetings, attendance and plan actions back to the team
database: each kind names its service's versioned save and its add, and one rule does the rest.

An edit is saved against the version its dialog was opened at, with the record it was opened
with as ``original``, so a colleague's change made meanwhile is merged field by field by the
service (``versioned_save``); a field both changed goes to ``resolve``. A new record is added,
and the id the server gives it is remembered, so a later edit of it made on this computer
reaches the same record.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.domain.record_fields import resolved_record
from pim_desktop.domain.record_journal import AttendanceSheet, entry_records
from pim_desktop.domain.record_labels import ACTION, ATTENDANCE, MEETING, MEMBER
from pim_desktop.domain.team_journal import JournalEntry
from pim_desktop.services.action_plan_service import ActionPlanService
from pim_desktop.services.meeting_service import MeetingService
from pim_desktop.services.partnership_service import PartnershipService

# The officer's choice for each field of a conflict found while replaying (None: not now).
Resolve = Callable[[EditConflict], dict[str, Any] | None]


@dataclass(frozen=True)
class RecordSaves:
    """How one kind of record is written: ``save(record_id, yours, original)`` against the
    version ``yours`` names, ``add(record)`` for a new one (``None``: the kind has no new
    records of its own), and the officer's choices put into ``yours`` after a conflict."""

    save: Callable[[int, Any, Any], Any]
    add: Callable[[Any], Any] | None = None
    resolved: Callable[[Any, EditConflict, Mapping[str, Any]], Any] = resolved_record


def record_saves(
    partnership: PartnershipService, meetings: MeetingService, plans: ActionPlanService
) -> dict[str, RecordSaves]:
    """The saves of every kind of record the journal keeps, by kind."""
    return {
        MEMBER: RecordSaves(
            lambda i, yours, original: partnership.update_member(
                dataclasses.replace(yours, id=i), original=original
            ),
            partnership.add_member,
        ),
        MEETING: RecordSaves(
            lambda i, yours, original: meetings.save_plan(i, yours, original=original),
            lambda plan: meetings.add_meeting(plan.details, plan.invited),
        ),
        ATTENDANCE: RecordSaves(
            lambda i, yours, original: meetings.record_attendance(
                i, yours.invitations, originals={x.member_id: x for x in original.invitations}
            ),
            resolved=_resolved_attendance,
        ),
        ACTION: RecordSaves(
            lambda i, yours, original: plans.update_action(
                dataclasses.replace(yours, id=i), original=original
            ),
            plans.add_action,
        ),
    }


class RecordReplay:
    """Writes record entries one at a time; remembers the records it created, by the number
    this computer gave them."""

    def __init__(self, saves: Mapping[str, RecordSaves]) -> None:
        self._saves = saves
        self._created: dict[tuple[str, int], Any] = {}

    def write(self, entry: JournalEntry, resolve: Resolve | None) -> Any:
        """Store one entry; the stored record. Raises ``EditConflict`` when ``resolve`` left a
        conflict undecided, ``LookupError`` for an edit of a new record never created, and
        whatever the service refuses with (``Refused``, ``ValidationFailed``)."""
        saves = self._saves[entry.kind]
        yours, original = entry_records(entry)
        if original is None:
            if saves.add is None:
                raise LookupError(f"{entry.kind} records are not added on their own")
            stored = saves.add(yours)
            self._created[(entry.kind, entry.record_id)] = stored
            return stored
        record_id = entry.record_id
        if record_id < 0:
            made = self._created.get((entry.kind, record_id))
            if made is None:
                raise LookupError(f"the new {entry.kind} {record_id} was not created here")
            record_id = made.id
            yours = dataclasses.replace(yours, stamp=made.stamp)
            original = dataclasses.replace(original, stamp=made.stamp)
        while True:
            try:
                return saves.save(record_id, yours, original)
            except EditConflict as conflict:
                choices = resolve(conflict) if resolve is not None else None
                if choices is None:
                    raise
                yours = saves.resolved(yours, conflict, choices)


def _resolved_attendance(
    sheet: AttendanceSheet, conflict: EditConflict, choices: Mapping[str, Any]
) -> AttendanceSheet:
    """A conflict of attendance names one member (its ``record_id``): only their invitation
    takes the choices."""
    invitations = tuple(
        resolved_record(invitation, conflict, choices)
        if invitation.member_id == conflict.record_id
        else invitation
        for invitation in sheet.invitations
    )
    return dataclasses.replace(sheet, invitations=invitations)
