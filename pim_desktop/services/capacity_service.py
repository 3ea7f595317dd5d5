"""The cities' capacity self-assessments: entered by the Leader or received from a partner,
the network's spread over the rounds, and their PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.capacity import (
    AREA_LABELS,
    AREAS,
    ROUND_LABELS,
    ROUNDS,
    SelfAssessment,
    Spread,
    by_city,
    check_assessment,
    spreads,
)
from pim_desktop.domain.network import Network
from pim_desktop.pdf.capacity_pdf import CapacityDocument, CityCapacity, build_capacity_pdf
from pim_desktop.persistence.city_profile_repository import CityProfileRepository
from pim_desktop.persistence.network_activity_repository import NetworkActivityRepository
from pim_desktop.persistence.network_repository import NetworkRepository
from pim_desktop.services.errors import storage_errors
from pim_desktop.services.record_keeping import raise_if


@dataclass(frozen=True)
class CapacityOverview:
    network: Network
    assessments: tuple[SelfAssessment, ...]
    spreads: tuple[Spread, ...]


class CapacityService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def overview(self) -> CapacityOverview:
        with storage_errors(), self._session_factory() as session:
            network = NetworkRepository(session).load()
            assessments = NetworkActivityRepository(session).assessments()
        return CapacityOverview(network, tuple(assessments), tuple(spreads(assessments)))

    def save_assessment(self, assessment: SelfAssessment) -> None:
        raise_if(check_assessment(assessment))
        with storage_errors(), self._session_factory.begin() as session:
            NetworkActivityRepository(session).save_assessment(assessment)

    def print_pdf(self, target: Path, created: dt.datetime | None = None) -> int:
        overview = self.overview()
        with storage_errors(), self._session_factory() as session:
            prepared_by = CityProfileRepository(session).load().official_name
        document = capacity_document(overview, prepared_by)
        return build_capacity_pdf(target, replace(document, created=created))


def capacity_document(overview: CapacityOverview, prepared_by: str = "") -> CapacityDocument:
    rounds = tuple(ROUND_LABELS[r] for r in ROUNDS)
    areas = tuple(AREA_LABELS[a] for a in AREAS)
    found = {(s.area, s.round): s for s in overview.spreads}
    spread = tuple(
        tuple(found[(a, r)].gap if (a, r) in found else None for r in ROUNDS) for a in AREAS
    )
    spread_rows = tuple(
        (AREA_LABELS[a], *(_range_text(found.get((a, r))) for r in ROUNDS)) for a in AREAS
    )
    cities: list[CityCapacity] = []
    grouped = by_city(overview.assessments)
    for city in overview.network.cities:
        answers = {x.round: x for x in grouped.get(city.id or 0, [])}
        if not answers:
            continue
        scores = tuple(
            tuple(answers[r].score(a) if r in answers else None for a in AREAS) for r in ROUNDS
        )
        comments = tuple(
            (ROUND_LABELS[r], AREA_LABELS[a], entry.comment)
            for r in ROUNDS
            if r in answers
            for a, entry in answers[r].scores.items()
            if entry.comment.strip()
        )
        cities.append(CityCapacity(city.name, scores, comments))
    return CapacityDocument(
        overview.network.name, areas, rounds, spread, spread_rows, tuple(cities), prepared_by
    )


def _range_text(spread: Spread | None) -> str:
    if spread is None:
        return "—"
    return f"{spread.lowest}–{spread.highest} (różnica {spread.gap}; miast: {spread.cities})"
