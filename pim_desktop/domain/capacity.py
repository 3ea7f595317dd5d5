"""The cities' capacity: a short self-assessment each city of the network fills at the start,
midway and at the end (five areas, 1–5 with a comment), and the network's spread per area, the gap
between its strongest and weakest city, which the programme means to narrow."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Problem

MIN_SCORE = 1
MAX_SCORE = 5


class AssessmentRound(StrEnum):
    START = "start"
    MIDWAY = "midway"
    END = "end"


ROUND_LABELS: dict[AssessmentRound, str] = {
    AssessmentRound.START: QT_TRANSLATE_NOOP("domain", "na początku"),
    AssessmentRound.MIDWAY: QT_TRANSLATE_NOOP("domain", "w połowie"),
    AssessmentRound.END: QT_TRANSLATE_NOOP("domain", "na końcu"),
}


class CapacityArea(StrEnum):
    LOCAL_PARTNERSHIP = "local_partnership"
    PARTICIPATION = "participation"
    INTEGRATED_APPROACH = "integrated_approach"
    PLANNING_MONITORING = "planning_monitoring"
    USE_OF_DATA = "use_of_data"


AREA_LABELS: dict[CapacityArea, str] = {
    CapacityArea.LOCAL_PARTNERSHIP: QT_TRANSLATE_NOOP("domain", "praca Lokalnego Partnerstwa"),
    CapacityArea.PARTICIPATION: QT_TRANSLATE_NOOP("domain", "udział mieszkańców"),
    CapacityArea.INTEGRATED_APPROACH: QT_TRANSLATE_NOOP("domain", "podejście zintegrowane"),
    CapacityArea.PLANNING_MONITORING: QT_TRANSLATE_NOOP(
        "domain", "planowanie i monitorowanie działań"
    ),
    CapacityArea.USE_OF_DATA: QT_TRANSLATE_NOOP("domain", "korzystanie z danych"),
}
AREAS = tuple(CapacityArea)
ROUNDS = tuple(AssessmentRound)


@dataclass(frozen=True)
class AreaScore:
    score: int
    comment: str = ""


@dataclass(frozen=True)
class SelfAssessment:
    """One city's answers in one round; an area left out was not assessed."""

    city_id: int
    round: AssessmentRound
    scores: Mapping[CapacityArea, AreaScore] = field(default_factory=dict)
    source: str = "leader"  # "leader" typed it in; "contribution" came in a partner's file

    def score(self, area: CapacityArea) -> int | None:
        entry = self.scores.get(area)
        return entry.score if entry else None


def check_assessment(assessment: SelfAssessment) -> list[Problem]:
    problems: list[Problem] = []
    for area, entry in assessment.scores.items():
        if not MIN_SCORE <= entry.score <= MAX_SCORE:
            message = QT_TRANSLATE_NOOP("domain", "Ocena musi być liczbą od 1 do 5.")
            problems.append(Problem(area.value, "score_range", message))
    return problems


@dataclass(frozen=True)
class Spread:
    """The gap between the strongest and the weakest city in one area and round."""

    area: CapacityArea
    round: AssessmentRound
    lowest: int
    highest: int
    cities: int

    @property
    def gap(self) -> int:
        return self.highest - self.lowest


def spreads(assessments: Iterable[SelfAssessment]) -> list[Spread]:
    """The spread per round and area, over the cities that answered; rounds in order."""
    by_round: dict[tuple[AssessmentRound, CapacityArea], list[int]] = {}
    for assessment in assessments:
        for area in AREAS:
            score = assessment.score(area)
            if score is not None:
                by_round.setdefault((assessment.round, area), []).append(score)
    return [
        Spread(area, round_, min(values), max(values), len(values))
        for round_ in ROUNDS
        for area in AREAS
        if (values := by_round.get((round_, area)))
    ]


def by_city(assessments: Iterable[SelfAssessment]) -> dict[int, list[SelfAssessment]]:
    """Each city's assessments in round order."""
    result: dict[int, list[SelfAssessment]] = {}
    for assessment in sorted(assessments, key=lambda a: ROUNDS.index(a.round)):
        result.setdefault(assessment.city_id, []).append(assessment)
    return result
