"""The network's activities and the cities' self-assessments in the portable file: two
partnership kinds beside the network, written in an order that gives the same bytes for the
same data, and checked on reading by the rules the network page applies when the Leader saves.

Activities point at the network's cities (host, participants, a city's own budget) and at a
network meeting; assessments at a city. Both through the file's ``ref`` numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pim_desktop.domain.capacity import ROUNDS, SelfAssessment, check_assessment
from pim_desktop.domain.network_activity import (
    Activity,
    CostLine,
    Participation,
    check_activity,
)
from pim_desktop.domain.portable.records import E_DATA_FIELD, RecordWriter
from pim_desktop.domain.problems import Problem, Refused

KIND_ACTIVITIES = "network_activities"
KIND_CAPACITY = "capacity"
# Where an assessment came from: typed in by the Leader, or received in a partner's file.
ASSESSMENT_SOURCES = frozenset({"leader", "contribution"})

RefuseIf = Callable[[list[Problem], str], None]


def references(cities: str, meetings: str) -> dict[tuple[type, str], str]:
    """The fields of the two kinds that point at a city or a meeting of the file."""
    return {
        (Activity, "host_city_id"): cities,
        (Activity, "meeting_id"): meetings,
        (Participation, "city_id"): cities,
        (CostLine, "city_id"): cities,
        (SelfAssessment, "city_id"): cities,
    }


def activity_documents(writer: RecordWriter, activities: Iterable[Activity]) -> list[Any]:
    """Activities in their stored order (by start, then as entered); the participants, a set,
    in the order of their city's ``ref``."""
    documents = []
    for activity in activities:
        document = writer.document(activity)
        document["participants"] = sorted(
            document["participants"], key=lambda item: int(item["city_id"])
        )
        documents.append(document)
    return documents


def assessment_documents(writer: RecordWriter, assessments: Iterable[SelfAssessment]) -> list[Any]:
    """One record per city and round, by the city's ``ref`` and then the round's order."""
    documents = [writer.document(assessment) for assessment in assessments]
    return sorted(
        documents,
        key=lambda item: (int(item["city_id"]), [r.value for r in ROUNDS].index(item["round"])),
    )


def check_activities(
    activities: Sequence[Activity], city_ids: Iterable[int], refuse_if: RefuseIf
) -> None:
    """Each activity as the activity dialog checks it, a city listed once among the
    participants, and every settling document described as a stored file is."""
    cities = tuple(city_ids)
    for n, activity in enumerate(activities):
        where = f"{KIND_ACTIVITIES}[{n}]"
        refuse_if(check_activity(activity, cities), where)
        came = [p.city_id for p in activity.participants]
        if len(set(came)) != len(came):
            raise Refused(E_DATA_FIELD, where=f"{where}.participants")


def check_assessments(assessments: Sequence[SelfAssessment], refuse_if: RefuseIf) -> None:
    """Scores from 1 to 5, a known source, and one assessment per city and round."""
    seen: set[tuple[int, str]] = set()
    for n, assessment in enumerate(assessments):
        where = f"{KIND_CAPACITY}[{n}]"
        refuse_if(check_assessment(assessment), f"{where}.scores")
        if assessment.source not in ASSESSMENT_SOURCES:
            raise Refused(E_DATA_FIELD, where=f"{where}.source")
        key = (assessment.city_id, assessment.round.value)
        if key in seen:
            raise Refused(E_DATA_FIELD, where=f"{where}.round")
        seen.add(key)
