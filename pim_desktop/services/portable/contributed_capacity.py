"""The capacity self-assessment carried by a contribution file: the partner's own answers on the
way out, and on the Leader's side stored for the partner city (replacing that round's answers)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from pim_desktop.domain.capacity import SelfAssessment
from pim_desktop.domain.network import Network, find_city
from pim_desktop.persistence.network_activity_repository import NetworkActivityRepository
from pim_desktop.services.portable.contribution_data import ContributedAssessment

FROM_CONTRIBUTION = "contribution"


def own_assessments(session: Session, network: Network, city_name: str) -> list[SelfAssessment]:
    """This city's self-assessments, found by its name among the network's cities."""
    own = find_city(network.cities, city_name)
    if own is None or own.id is None:
        return []
    return [a for a in NetworkActivityRepository(session).assessments() if a.city_id == own.id]


def take_assessments(
    session: Session, city_id: int, received: Sequence[ContributedAssessment]
) -> None:
    repository = NetworkActivityRepository(session)
    for item in received:
        repository.save_assessment(
            SelfAssessment(city_id, item.round, dict(item.scores), FROM_CONTRIBUTION)
        )
