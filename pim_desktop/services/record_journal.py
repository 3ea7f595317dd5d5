"""Writing the journal's members, meetings, attendance, plan actions and city profile back to the
team database: each kind names its service's versioned save and its add, one rule does the rest.

An edit is saved against the version its dialog was opened at, with the record it was opened
with as ``original``, so a colleague's change made meanwhile is merged field by field by the
service (``versioned_save``); a field both changed goes to ``resolve``. A new record is added,
and the id the server gives it is remembered, so a later edit of it made on this computer
reaches the same record.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.domain.record_fields import ChangeStamp, from_json, resolved_record, to_json
from pim_desktop.domain.record_journal import AttendanceSheet, entry_records
from pim_desktop.domain.record_labels import ACTION, ATTENDANCE, CITY_PROFILE, MEETING, MEMBER
from pim_desktop.domain.team_journal import JournalEntry
from pim_desktop.services.action_plan_service import ActionPlanService
from pim_desktop.services.city_profile_service import CityProfileService
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
    partnership: PartnershipService,
    meetings: MeetingService,
    plans: ActionPlanService,
    city: CityProfileService,
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
        # The city profile is one record: its fields the officer changed, merged when saved.
        CITY_PROFILE: RecordSaves(lambda _i, yours, original: city.save(yours, original)),
    }


class RecordReplay:
    """Writes record entries one at a time. ``created`` maps a new record's key (this computer's
    number, ``"-1"``) to the id and stamp the server gave it; ``remember``
    makes it durable, and is called after the add committed and before its entry is removed."""

    def __init__(self, saves: Mapping[str, RecordSaves]) -> None:
        self._saves = saves

    def write(
        self,
        entry: JournalEntry,
        resolve: Resolve | None,
        created: MutableMapping[str, Any],
        remember: Callable[[], None],
    ) -> Any:
        """Store one entry; the stored record. Raises ``EditConflict`` when ``resolve`` left a
        conflict undecided, ``LookupError`` for an edit of a new record never created, and
        whatever the service refuses with (``Refused``, ``ValidationFailed``)."""
        saves = self._saves[entry.kind]
        yours, original = entry_records(entry)
        key = created_key(entry.record_id)
        if original is None:
            if saves.add is None:
                raise LookupError(f"{entry.kind} records are not added on their own")
            if key in created:
                return None  # added before the program closed; only its entry was left
            stored = saves.add(yours)
            created[key] = {"id": stored.id, "stamp": to_json(stored.stamp)}
            remember()
            return stored
        record_id = entry.record_id
        if record_id < 0:
            made = created.get(key)
            if made is None:
                raise LookupError(f"the new {entry.kind} {record_id} was not created here")
            record_id = int(made["id"])
            stamp = from_json(ChangeStamp, made["stamp"])
            yours = dataclasses.replace(yours, stamp=stamp)
            original = dataclasses.replace(original, stamp=stamp)
        while True:
            try:
                return saves.save(record_id, yours, original)
            except EditConflict as conflict:
                choices = resolve(conflict) if resolve is not None else None
                if choices is None:
                    raise
                yours = saves.resolved(yours, conflict, choices)


def created_key(record_id: int) -> str:
    """This computer's numbers are unique across kinds: a new meeting's attendance names it."""
    return str(record_id)


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
