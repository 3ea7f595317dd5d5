"""Plan Ulepszeń: the network's recommendations to the national level.

A recommendation names a barrier, the evidence behind it (which cities, what data), what should
change, the kind of change (law, funding, organisation), who should make it, its priority, and the
cities that support it. Recommendations arrive from partner cities in contribution files; each
remembers the city it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pim_desktop.domain.action_plan import LEVEL_LABELS, Level
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Problem

__all__ = ["LEVEL_LABELS", "Level"]


class RecommendationType(StrEnum):
    LEGAL = "legal"
    FINANCIAL = "financial"
    ORGANISATIONAL = "organisational"
    OTHER = "other"


RECOMMENDATION_TYPE_LABELS: dict[RecommendationType, str] = {
    RecommendationType.LEGAL: QT_TRANSLATE_NOOP("domain", "prawna"),
    RecommendationType.FINANCIAL: QT_TRANSLATE_NOOP("domain", "finansowa"),
    RecommendationType.ORGANISATIONAL: QT_TRANSLATE_NOOP("domain", "organizacyjna"),
    RecommendationType.OTHER: QT_TRANSLATE_NOOP("domain", "inna"),
}


@dataclass(frozen=True)
class Recommendation:
    title: str
    barrier: str = ""
    evidence: str = ""  # the data behind the barrier
    evidence_city_ids: tuple[int, ...] = ()
    recommendation: str = ""
    rec_type: RecommendationType = RecommendationType.OTHER
    addressee: str = ""  # e.g. "Ministerstwo Funduszy i Polityki Regionalnej"
    priority: Level = Level.MEDIUM
    supporting_city_ids: tuple[int, ...] = ()
    source_city_id: int | None = None  # the city whose contribution brought it
    id: int | None = None


def check_recommendation(recommendation: Recommendation) -> list[Problem]:
    problems: list[Problem] = []
    if not recommendation.title.strip():
        message = QT_TRANSLATE_NOOP("domain", "Podaj krótki tytuł rekomendacji.")
        problems.append(Problem("title", "title_missing", message))
    if not recommendation.barrier.strip():
        message = QT_TRANSLATE_NOOP("domain", "Opisz barierę, której dotyczy rekomendacja.")
        problems.append(Problem("barrier", "barrier_missing", message))
    if not recommendation.recommendation.strip():
        message = QT_TRANSLATE_NOOP("domain", "Wpisz treść rekomendacji: co należy zmienić.")
        problems.append(Problem("recommendation", "recommendation_missing", message))
    return problems


def count_by_type(recommendations: list[Recommendation]) -> dict[RecommendationType, int]:
    counts = dict.fromkeys(RecommendationType, 0)
    for recommendation in recommendations:
        counts[recommendation.rec_type] += 1
    return counts
