"""The city's partnership data in the portable file: the register, the meetings, the MID, the
network, its activities and the cities' self-assessments, six kinds of ``data.json`` beside the
applications and the city profile.

Each kind is written whole and read whole. The kinds point at one another (an invitation at a
member, an action at a meeting, a network meeting at a city) through the file's own ``ref``
numbers, so a kind depends on the kinds it points into: ``DEPENDS_ON``. Reading checks every
record by the same rules the windows apply when the officer saves it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from pim_desktop.domain.action_plan import (
    Action,
    ActionPlan,
    Objective,
    check_action,
    check_code_unique,
    check_objective_codes,
    check_plan,
)
from pim_desktop.domain.canonical import normalised
from pim_desktop.domain.capacity import SelfAssessment
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.improvement_plan import Recommendation, check_recommendation
from pim_desktop.domain.meeting import (
    Invitation,
    Meeting,
    Task,
    check_invitation,
    check_meeting_details,
    check_task,
)
from pim_desktop.domain.network import Network, NetworkCity, check_city
from pim_desktop.domain.network_activity import Activity
from pim_desktop.domain.partnership import Member, check_member
from pim_desktop.domain.portable.network_activity_records import (
    KIND_ACTIVITIES,
    KIND_CAPACITY,
    activity_documents,
    assessment_documents,
    check_activities,
    check_assessments,
    references,
)
from pim_desktop.domain.portable.records import (
    E_DATA_FIELD,
    E_DATA_SHAPE,
    RecordReader,
    RecordRules,
    RecordWriter,
)
from pim_desktop.domain.problems import Problem, Refused

KIND_MEMBERS = "partnership_members"
KIND_MEETINGS = "meetings"
KIND_ACTION_PLAN = "action_plan"
KIND_NETWORK = "network"
CITY_KINDS = (  # dependencies first
    KIND_MEMBERS,
    KIND_MEETINGS,
    KIND_ACTION_PLAN,
    KIND_NETWORK,
    KIND_ACTIVITIES,
    KIND_CAPACITY,
)
DEPENDS_ON: Mapping[str, tuple[str, ...]] = {
    KIND_MEMBERS: (),
    KIND_MEETINGS: (KIND_MEMBERS,),
    KIND_ACTION_PLAN: (KIND_MEMBERS, KIND_MEETINGS),
    KIND_NETWORK: (KIND_MEETINGS,),
    KIND_ACTIVITIES: (KIND_MEETINGS, KIND_NETWORK),
    KIND_CAPACITY: (KIND_NETWORK,),
}

E_INVALID_RECORD = QT_TRANSLATE_NOOP(
    "domain",
    "Dane w pliku łamią zasady programu w miejscu „{where}”: {problem} Import przerwano; "
    "nic nie zapisano.",
)
KIND_LABELS: Mapping[str, str] = {
    KIND_MEMBERS: QT_TRANSLATE_NOOP("domain", "Rejestr Lokalnego Partnerstwa"),
    KIND_MEETINGS: QT_TRANSLATE_NOOP("domain", "Spotkania (obecność, protokoły, zadania)"),
    KIND_ACTION_PLAN: QT_TRANSLATE_NOOP("domain", "Miejska Inicjatywa Działań"),
    KIND_NETWORK: QT_TRANSLATE_NOOP("domain", "Sieć miast i Plan Ulepszeń"),
    KIND_ACTIVITIES: QT_TRANSLATE_NOOP("domain", "Działania i wydatki sieci (z dokumentami)"),
    KIND_CAPACITY: QT_TRANSLATE_NOOP("domain", "Potencjał miast (samooceny)"),
}
# What a kind's count counts, as "{label}: {count}".
COUNT_LABELS: Mapping[str, str] = {
    KIND_MEMBERS: QT_TRANSLATE_NOOP("domain", "członków"),
    KIND_MEETINGS: QT_TRANSLATE_NOOP("domain", "spotkań"),
    KIND_ACTION_PLAN: QT_TRANSLATE_NOOP("domain", "działań"),
    KIND_NETWORK: QT_TRANSLATE_NOOP("domain", "miast w sieci"),
    KIND_ACTIVITIES: QT_TRANSLATE_NOOP("domain", "działań sieci"),
    KIND_CAPACITY: QT_TRANSLATE_NOOP("domain", "samoocen miast"),
}

_MEMBERS, _MEETINGS, _OBJECTIVES, _CITIES = "members", "meetings", "objectives", "cities"
RULES = RecordRules(
    identities={
        Member: _MEMBERS,
        Meeting: _MEETINGS,
        Objective: _OBJECTIVES,
        NetworkCity: _CITIES,
    },
    references={
        (Invitation, "member_id"): _MEMBERS,
        (Task, "owner_member_id"): _MEMBERS,
        (Action, "objective_id"): _OBJECTIVES,
        (Action, "partner_ids"): _MEMBERS,
        (Action, "meeting_ids"): _MEETINGS,
        (Recommendation, "evidence_city_ids"): _CITIES,
        (Recommendation, "supporting_city_ids"): _CITIES,
        (Recommendation, "source_city_id"): _CITIES,
        **references(_CITIES, _MEETINGS),
    },
)


@dataclass(frozen=True)
class CityData:
    """The partnership side of a city's data, as stored here or as read from a file.

    Read from a file, every ``id`` is the record's ``ref`` number in that file.
    """

    members: tuple[Member, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    plan: ActionPlan = field(default_factory=ActionPlan)
    actions: tuple[Action, ...] = ()
    network: Network = field(default_factory=Network)
    recommendations: tuple[Recommendation, ...] = ()
    meeting_cities: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    activities: tuple[Activity, ...] = ()
    assessments: tuple[SelfAssessment, ...] = ()


def city_documents(data: CityData) -> dict[str, Any]:
    """The kinds that hold anything, each as its ``data.json`` value (already normalised)."""
    refs = {
        _MEMBERS: _numbering(member.id for member in data.members),
        _MEETINGS: _numbering(meeting.id for meeting in data.meetings),
        _OBJECTIVES: _numbering(objective.id for objective in data.plan.objectives),
        _CITIES: _numbering(city.id for city in data.network.cities),
    }
    writer = RecordWriter(RULES, refs)
    meetings = []
    for meeting in data.meetings:
        document = writer.document(meeting)
        # Invitations form a set; their order in the database is no part of the data.
        document["invitations"] = sorted(document["invitations"], key=_by_number("member_id"))
        meetings.append(document)
    meeting_refs = refs[_MEETINGS]
    documents = {
        KIND_MEMBERS: [writer.document(member) for member in data.members],
        KIND_MEETINGS: meetings,
        KIND_ACTION_PLAN: {
            "plan": writer.document(data.plan),
            "actions": [writer.document(action) for action in data.actions],
        },
        KIND_NETWORK: {
            "network": writer.document(data.network),
            "recommendations": [writer.document(item) for item in data.recommendations],
            "meeting_cities": sorted(
                (
                    {
                        "meeting": meeting_refs[meeting_id],
                        "cities": sorted(refs[_CITIES][city] for city in cities),
                    }
                    for meeting_id, cities in data.meeting_cities.items()
                    if meeting_id in meeting_refs and cities
                ),
                key=_by_number("meeting"),
            ),
        },
        KIND_ACTIVITIES: activity_documents(writer, data.activities),
        KIND_CAPACITY: assessment_documents(writer, data.assessments),
    }
    found = {kind: normalised(document) for kind, document in documents.items()}
    if found[KIND_ACTION_PLAN] == {"plan": normalised(writer.document(ActionPlan()))}:
        del found[KIND_ACTION_PLAN]  # a plan never written: the defaults alone
    return {kind: document for kind, document in found.items() if document}


def record_count(kind: str, document: Any) -> int:
    """What ``contents.kinds`` counts of a kind: members, meetings, the MID's actions, the
    network's cities, activities, assessments (one per city and round)."""
    if kind == KIND_ACTION_PLAN:
        return len(document.get("actions", []))
    if kind == KIND_NETWORK:
        return len(document.get("network", {}).get("cities", []))
    return len(document)


def read_city_data(document: Mapping[str, Any]) -> CityData:
    """The six kinds from ``data.json`` (each may be missing), read and checked."""
    reader = RecordReader(RULES)
    members = _records(reader, Member, document.get(KIND_MEMBERS, []), KIND_MEMBERS)
    meetings = _records(reader, Meeting, document.get(KIND_MEETINGS, []), KIND_MEETINGS)
    plan, actions = ActionPlan(), ()
    if KIND_ACTION_PLAN in document:
        raw = _object(document[KIND_ACTION_PLAN], KIND_ACTION_PLAN, {"plan", "actions"})
        plan = reader.record(ActionPlan, raw.get("plan", {}), f"{KIND_ACTION_PLAN}.plan")
        actions = _records(reader, Action, raw.get("actions", []), f"{KIND_ACTION_PLAN}.actions")
    network, recommendations, links = Network(), (), {}
    if KIND_NETWORK in document:
        keys = {"network", "recommendations", "meeting_cities"}
        raw = _object(document[KIND_NETWORK], KIND_NETWORK, keys)
        network = reader.record(Network, raw.get("network", {}), f"{KIND_NETWORK}.network")
        recommendations = _records(
            reader,
            Recommendation,
            raw.get("recommendations", []),
            f"{KIND_NETWORK}.recommendations",
        )
        links = _meeting_cities(reader, raw.get("meeting_cities", []))
    activities = _records(reader, Activity, document.get(KIND_ACTIVITIES, []), KIND_ACTIVITIES)
    assessments = _records(reader, SelfAssessment, document.get(KIND_CAPACITY, []), KIND_CAPACITY)
    data = CityData(
        members, meetings, plan, actions, network, recommendations, links, activities, assessments
    )
    check_city_data(data)
    return data


def check_city_data(
    data: CityData, message: str = E_INVALID_RECORD, today: dt.date | None = None
) -> None:
    """Refuse data the program would not have let the officer save (first fault, with place).

    ``message`` is the refusal's template, with ``{where}`` and ``{problem}``.
    """
    today = today or dt.date.today()
    refuse_if = partial(_refuse_if, message)
    for n, member in enumerate(data.members):
        refuse_if(check_member(member, today), f"{KIND_MEMBERS}[{n}]")
    for n, meeting in enumerate(data.meetings):
        where = f"{KIND_MEETINGS}[{n}]"
        refuse_if(check_meeting_details(meeting.details), f"{where}.details")
        invited = [invitation.member_id for invitation in meeting.invitations]
        if len(set(invited)) != len(invited):
            raise Refused(E_DATA_FIELD, where=f"{where}.invitations")
        for i, invitation in enumerate(meeting.invitations):
            refuse_if(check_invitation(invitation), f"{where}.invitations[{i}]")
        for i, task in enumerate(meeting.tasks):
            refuse_if(check_task(task), f"{where}.tasks[{i}]")
    refuse_if(check_plan(data.plan), f"{KIND_ACTION_PLAN}.plan")
    refuse_if(check_objective_codes(data.plan.objectives), f"{KIND_ACTION_PLAN}.plan.objectives")
    for n, action in enumerate(data.actions):
        where = f"{KIND_ACTION_PLAN}.actions[{n}]"
        refuse_if(check_action(action) + check_code_unique(action, data.actions[:n]), where)
    cities = data.network.cities
    for n, city in enumerate(cities):
        refuse_if(check_city(city, cities), f"{KIND_NETWORK}.network.cities[{n}]")
    for n, recommendation in enumerate(data.recommendations):
        refuse_if(check_recommendation(recommendation), f"{KIND_NETWORK}.recommendations[{n}]")
    check_activities(data.activities, (city.id or 0 for city in cities), refuse_if)
    check_assessments(data.assessments, refuse_if)


def _records(reader: RecordReader, kind: type, raw: object, where: str) -> tuple[Any, ...]:
    items = _list(raw, where)
    return tuple(reader.record(kind, item, f"{where}[{n}]") for n, item in enumerate(items))


def _object(raw: object, where: str, keys: set[str]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise Refused(E_DATA_SHAPE, where=where)
    for key in raw:
        if key not in keys:
            raise Refused(E_DATA_FIELD, where=f"{where}.{key}")
    return raw


def _meeting_cities(reader: RecordReader, raw: object) -> dict[int, tuple[int, ...]]:
    where = f"{KIND_NETWORK}.meeting_cities"
    links: dict[int, tuple[int, ...]] = {}
    for n, item in enumerate(_list(raw, where)):
        at = f"{where}[{n}]"
        link = _object(item, at, {"meeting", "cities"})
        meeting = reader.reference(_MEETINGS, link.get("meeting"), f"{at}.meeting")
        if meeting in links:
            raise Refused(E_DATA_FIELD, where=f"{at}.meeting")
        links[meeting] = reader.reference(_CITIES, link.get("cities", []), f"{at}.cities")
    return links


def _list(raw: object, where: str) -> list[Any]:
    if not isinstance(raw, list):
        raise Refused(E_DATA_SHAPE, where=where)
    return raw


def _by_number(key: str) -> Callable[[dict[str, Any]], int]:
    return lambda item: int(item[key])


def _numbering(ids: Any) -> dict[int, int]:
    return {number: ref for ref, number in enumerate(ids, start=1) if number is not None}


def _refuse_if(message: str, problems: list[Problem], where: str) -> None:
    if problems:
        place = f"{where}.{problems[0].field_id}" if problems[0].field_id else where
        raise Refused(message, where=place, problem=problems[0].text())
