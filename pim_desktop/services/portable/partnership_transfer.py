"""The partnership kinds of a portable file against the database: read what is here, write what
the file brings.

Writing runs inside the import's one transaction. Records get new database numbers; the
file's ``ref`` numbers are translated kind by kind, dependencies first. A kind the file holds
exactly as it is here is not written, and its records here stand in for the file's (the order
is the same, since equal documents list records in equal order).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from pim_desktop.domain.meeting import Meeting
from pim_desktop.domain.network_activity import Activity
from pim_desktop.domain.portable.network_activity_records import KIND_ACTIVITIES, KIND_CAPACITY
from pim_desktop.domain.portable.partnership_records import (
    CITY_KINDS,
    KIND_ACTION_PLAN,
    KIND_MEETINGS,
    KIND_MEMBERS,
    KIND_NETWORK,
    CityData,
)
from pim_desktop.persistence.action_plan_repository import ActionPlanRepository
from pim_desktop.persistence.meeting_repository import MeetingRepository
from pim_desktop.persistence.network_activity_repository import NetworkActivityRepository
from pim_desktop.persistence.network_repository import NetworkRepository
from pim_desktop.persistence.partnership_repository import PartnershipRepository
from pim_desktop.services.portable.import_preview import WRITING_STEPS, KindStep


def load_city_data(session: Session) -> CityData:
    plans = ActionPlanRepository(session)
    networks = NetworkRepository(session)
    activities = NetworkActivityRepository(session)
    return CityData(
        members=tuple(PartnershipRepository(session).all()),
        meetings=tuple(MeetingRepository(session).all()),
        plan=plans.load(),
        actions=tuple(plans.actions()),
        network=networks.load(),
        recommendations=tuple(networks.recommendations()),
        meeting_cities=networks.meeting_cities(),
        activities=tuple(activities.activities()),
        assessments=tuple(activities.assessments()),
    )


class CityDataWriter:
    def __init__(self, session: Session) -> None:
        self._members = PartnershipRepository(session)
        self._meetings = MeetingRepository(session)
        self._plans = ActionPlanRepository(session)
        self._networks = NetworkRepository(session)
        self._activities = NetworkActivityRepository(session)

    def write(self, imported: CityData, here: CityData, steps: Mapping[str, KindStep]) -> None:
        """Apply each kind's step: remove what the file replaces, then add the file's records."""
        self._clear(steps)
        written = {kind for kind, step in steps.items() if step in WRITING_STEPS}
        member_ids: Mapping[int, int] = {}
        if steps.get(KIND_MEMBERS) is KindStep.SKIP:
            member_ids = _same_ids(imported.members, here.members)
        elif KIND_MEMBERS in written:
            added = self._members.add_all(imported.members)
            member_ids = {
                member.id or 0: new for member, new in zip(imported.members, added, strict=True)
            }
        meeting_ids: Mapping[int, int] = {}
        if steps.get(KIND_MEETINGS) is KindStep.SKIP:
            meeting_ids = _same_ids(imported.meetings, here.meetings)
        elif KIND_MEETINGS in written:
            meeting_ids = {
                meeting.id: self._add_meeting(meeting, member_ids) for meeting in imported.meetings
            }
        if KIND_ACTION_PLAN in written:
            self._add_plan(imported, member_ids, meeting_ids)
        city_ids: Mapping[int, int] = {}
        if steps.get(KIND_NETWORK) is KindStep.SKIP:
            city_ids = _same_ids(imported.network.cities, here.network.cities)
        elif KIND_NETWORK in written:
            city_ids = self._add_network(imported, meeting_ids)
        if KIND_ACTIVITIES in written:
            for activity in imported.activities:
                self._activities.save(_activity_here(activity, city_ids, meeting_ids))
        if KIND_CAPACITY in written:
            for assessment in imported.assessments:
                self._activities.save_assessment(
                    replace(assessment, city_id=city_ids[assessment.city_id])
                )

    def _clear(self, steps: Mapping[str, KindStep]) -> None:
        """Remove here the kinds the file replaces."""
        if steps.get(KIND_MEMBERS) is KindStep.REPLACE:
            self._meetings.keep_owner_names(self._members.names())
        clear = {
            KIND_MEMBERS: self._members.clear,
            KIND_MEETINGS: self._meetings.clear,
            KIND_ACTION_PLAN: self._plans.clear,
            KIND_NETWORK: self._networks.clear,
            KIND_ACTIVITIES: self._activities.clear,
            KIND_CAPACITY: self._activities.clear_assessments,
        }
        for kind in reversed(CITY_KINDS):  # what points at a kind goes before it
            if steps.get(kind) is KindStep.REPLACE:
                clear[kind]()

    def _add_meeting(self, meeting: Meeting, member_ids: Mapping[int, int]) -> int:
        def member(number: int | None) -> int | None:
            return None if number is None else member_ids[number]

        return self._meetings.add_record(
            replace(
                meeting,
                invitations=tuple(
                    replace(invitation, member_id=member_ids[invitation.member_id])
                    for invitation in meeting.invitations
                ),
                tasks=tuple(
                    replace(task, owner_member_id=member(task.owner_member_id))
                    for task in meeting.tasks
                ),
            )
        )

    def _add_plan(
        self, imported: CityData, member_ids: Mapping[int, int], meeting_ids: Mapping[int, int]
    ) -> None:
        objectives = imported.plan.objectives
        self._plans.save(imported.plan)
        saved = self._plans.save_objectives([replace(o, id=None) for o in objectives])
        objective_ids = {o.id: s.id for o, s in zip(objectives, saved.objectives, strict=True)}
        for action in imported.actions:
            self._plans.add(
                replace(
                    action,
                    id=None,
                    objective_id=objective_ids.get(action.objective_id),
                    partner_ids=_translated(action.partner_ids, member_ids),
                    meeting_ids=_translated(action.meeting_ids, meeting_ids),
                )
            )

    def _add_network(self, imported: CityData, meeting_ids: Mapping[int, int]) -> dict[int, int]:
        """Write the network and return the file's city numbers to the cities written."""
        self._networks.save_header(imported.network)
        city_ids = {
            city.id or 0: self._networks.save_city(replace(city, id=None)).id or 0
            for city in imported.network.cities
        }
        for item in imported.recommendations:
            source = item.source_city_id
            self._networks.save_recommendation(
                replace(
                    item,
                    id=None,
                    evidence_city_ids=_translated(item.evidence_city_ids, city_ids),
                    supporting_city_ids=_translated(item.supporting_city_ids, city_ids),
                    source_city_id=None if source is None else city_ids[source],
                )
            )
        for meeting, cities in imported.meeting_cities.items():
            self._networks.set_meeting_cities(meeting_ids[meeting], _translated(cities, city_ids))
        return city_ids


def _activity_here(
    activity: Activity, city_ids: Mapping[int, int], meeting_ids: Mapping[int, int]
) -> Activity:
    """The file's activity pointing at the cities and meetings written here."""

    def city(number: int | None) -> int | None:
        return None if number is None else city_ids[number]

    meeting = activity.meeting_id
    return replace(
        activity,
        id=None,
        host_city_id=city(activity.host_city_id),
        meeting_id=None if meeting is None else meeting_ids.get(meeting),
        participants=tuple(replace(p, city_id=city_ids[p.city_id]) for p in activity.participants),
        costs=tuple(replace(line, city_id=city(line.city_id)) for line in activity.costs),
        documents=tuple(replace(d, id=None) for d in activity.documents),
    )


def _same_ids(imported: Sequence[Any], here: Sequence[Any]) -> dict[int, int]:
    """File numbers to the records here, for a kind that is here exactly as in the file."""
    return {mine.id: theirs.id for mine, theirs in zip(imported, here, strict=True)}


def _translated(numbers: Sequence[int], ids: Mapping[int, int]) -> tuple[int, ...]:
    return tuple(ids[number] for number in numbers)
