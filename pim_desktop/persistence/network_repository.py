"""Reads and writes the network, its cities, the cities at network meetings and the
recommendations of the Improvement Plan, inside a caller's session."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from pim_desktop.domain.action_plan import Level
from pim_desktop.domain.city import Voivodeship
from pim_desktop.domain.improvement_plan import Recommendation, RecommendationType
from pim_desktop.domain.network import (
    CityRole,
    ContributionSummary,
    LetterStatus,
    Network,
    NetworkCity,
)
from pim_desktop.persistence.tables import (
    NetworkCityRow,
    NetworkMeetingCityRow,
    NetworkRow,
    RecommendationCityRow,
    RecommendationRow,
    aware,
    utc_now,
)

EVIDENCE = "evidence"
SUPPORT = "support"


class NetworkItemNotFound(LookupError):
    """A city or a recommendation that is not (or no longer) stored."""


class NetworkRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- the network and its cities ---------------------------------------------------------

    def load(self) -> Network:
        row = self._network_row()
        return Network() if row is None else _network(row)

    def save_header(self, network: Network) -> Network:
        row = self._network_row(create=True)
        assert row is not None
        for name in (
            "name",
            "theme",
            "edition",
            "expert_name",
            "expert_contact",
            "tutor_name",
            "tutor_contact",
        ):
            setattr(row, name, str(getattr(network, name)).strip())
        row.updated_at = utc_now()
        self._session.flush()
        return _network(row)

    def save_city(self, city: NetworkCity) -> NetworkCity:
        network = self._network_row(create=True)
        assert network is not None
        if city.id is None:
            row = NetworkCityRow(network_id=network.id, position=len(network.cities) + 1)
            network.cities.append(row)
        else:
            row = self._city_row(city.id)
        row.name = city.name.strip()
        row.voivodeship = city.voivodeship.value if city.voivodeship else None
        row.role = city.role.value
        row.contact_name = city.contact_name.strip()
        row.contact_email = city.contact_email.strip()
        row.contact_phone = city.contact_phone.strip()
        row.letter_status = city.letter_status.value
        _fill_contribution(row, city.contribution)
        self._session.flush()
        return _city(row)

    def delete_city(self, city_id: int) -> None:
        self._session.delete(self._city_row(city_id))

    def clear(self) -> None:
        """Remove the network, its cities, their meeting links and the recommendations."""
        self._session.execute(delete(RecommendationRow))
        self._session.execute(delete(NetworkRow))

    def city_by_name(self, name: str) -> NetworkCity | None:
        wanted = name.strip().casefold()
        return next((c for c in self.load().cities if c.name.strip().casefold() == wanted), None)

    # --- cities at network meetings ---------------------------------------------------------

    def meeting_cities(self) -> dict[int, tuple[int, ...]]:
        found: dict[int, list[int]] = {}
        query = select(NetworkMeetingCityRow).order_by(NetworkMeetingCityRow.city_id)
        for row in self._session.scalars(query):
            found.setdefault(row.meeting_id, []).append(row.city_id)
        return {meeting: tuple(cities) for meeting, cities in found.items()}

    def set_meeting_cities(self, meeting_id: int, city_ids: Iterable[int]) -> None:
        self._session.execute(
            delete(NetworkMeetingCityRow).where(NetworkMeetingCityRow.meeting_id == meeting_id)
        )
        for city_id in dict.fromkeys(city_ids):
            self._session.add(NetworkMeetingCityRow(meeting_id=meeting_id, city_id=city_id))
        self._session.flush()

    # --- recommendations --------------------------------------------------------------------

    def recommendations(self) -> list[Recommendation]:
        query = (
            select(RecommendationRow)
            .options(selectinload(RecommendationRow.cities))
            .order_by(RecommendationRow.position)
        )
        return [_recommendation(row) for row in self._session.scalars(query)]

    def save_recommendation(self, recommendation: Recommendation) -> Recommendation:
        network = self._network_row(create=True)
        assert network is not None
        if recommendation.id is None:
            last = self._session.scalar(select(func.max(RecommendationRow.position))) or 0
            row = RecommendationRow(network_id=network.id, position=last + 1, created_at=utc_now())
            self._session.add(row)
        else:
            row = self._recommendation_row(recommendation.id)
        _fill_recommendation(row, recommendation)
        self._session.flush()
        return _recommendation(row)

    def delete_recommendation(self, recommendation_id: int) -> None:
        self._session.delete(self._recommendation_row(recommendation_id))

    def delete_recommendations_from(self, city_id: int) -> int:
        """Remove what an earlier contribution of the city brought; return how many."""
        rows = list(
            self._session.scalars(
                select(RecommendationRow).where(RecommendationRow.source_city_id == city_id)
            )
        )
        for row in rows:
            self._session.delete(row)
        self._session.flush()
        return len(rows)

    # --- rows -------------------------------------------------------------------------------

    def _network_row(self, *, create: bool = False) -> NetworkRow | None:
        query = select(NetworkRow).options(selectinload(NetworkRow.cities)).limit(1)
        row = self._session.scalars(query).first()
        if row is None and create:
            row = NetworkRow(updated_at=utc_now())
            row.cities = []
            self._session.add(row)
            self._session.flush()
        return row

    def _city_row(self, city_id: int) -> NetworkCityRow:
        row = self._session.get(NetworkCityRow, city_id)
        if row is None:
            raise NetworkItemNotFound(city_id)
        return row

    def _recommendation_row(self, recommendation_id: int) -> RecommendationRow:
        row = self._session.get(
            RecommendationRow,
            recommendation_id,
            options=[selectinload(RecommendationRow.cities)],
        )
        if row is None:
            raise NetworkItemNotFound(recommendation_id)
        return row


def _fill_contribution(row: NetworkCityRow, summary: ContributionSummary | None) -> None:
    if summary is None:
        return
    row.mid_title = summary.mid_title
    row.mid_status = summary.mid_status
    row.mid_summary = summary.mid_summary
    row.mid_actions = summary.actions
    row.mid_total_grosze = summary.total_cost
    row.mid_secured_grosze = summary.secured
    row.contribution_received_at = summary.received_at
    row.contribution_sha256 = summary.sha256


def _network(row: NetworkRow) -> Network:
    return Network(
        name=row.name,
        theme=row.theme,
        edition=row.edition,
        expert_name=row.expert_name,
        expert_contact=row.expert_contact,
        tutor_name=row.tutor_name,
        tutor_contact=row.tutor_contact,
        cities=tuple(_city(city) for city in row.cities),
        id=row.id,
    )


def _city(row: NetworkCityRow) -> NetworkCity:
    contribution = None
    if row.contribution_received_at is not None:
        contribution = ContributionSummary(
            mid_title=row.mid_title or "",
            mid_status=row.mid_status or "",
            mid_summary=row.mid_summary or "",
            actions=row.mid_actions or 0,
            total_cost=row.mid_total_grosze or 0,
            secured=row.mid_secured_grosze or 0,
            received_at=aware(row.contribution_received_at),
            sha256=row.contribution_sha256 or "",
        )
    return NetworkCity(
        name=row.name,
        voivodeship=Voivodeship(row.voivodeship) if row.voivodeship else None,
        role=CityRole(row.role),
        contact_name=row.contact_name,
        contact_email=row.contact_email,
        contact_phone=row.contact_phone,
        letter_status=LetterStatus(row.letter_status),
        contribution=contribution,
        id=row.id,
    )


def _fill_recommendation(row: RecommendationRow, recommendation: Recommendation) -> None:
    row.title = recommendation.title.strip()
    row.barrier = recommendation.barrier.strip()
    row.evidence = recommendation.evidence.strip()
    row.recommendation = recommendation.recommendation.strip()
    row.rec_type = recommendation.rec_type.value
    row.addressee = recommendation.addressee.strip()
    row.priority = recommendation.priority.value
    row.source_city_id = recommendation.source_city_id
    row.updated_at = utc_now()
    wanted = [(c, EVIDENCE) for c in dict.fromkeys(recommendation.evidence_city_ids)]
    wanted += [(c, SUPPORT) for c in dict.fromkeys(recommendation.supporting_city_ids)]
    kept = {(c.city_id, c.relation): c for c in row.cities}
    row.cities = [
        kept.get(key) or RecommendationCityRow(city_id=key[0], relation=key[1]) for key in wanted
    ]


def _recommendation(row: RecommendationRow) -> Recommendation:
    ordered = sorted(row.cities, key=lambda c: c.city_id)
    return Recommendation(
        title=row.title,
        barrier=row.barrier,
        evidence=row.evidence,
        evidence_city_ids=tuple(c.city_id for c in ordered if c.relation == EVIDENCE),
        recommendation=row.recommendation,
        rec_type=RecommendationType(row.rec_type),
        addressee=row.addressee,
        priority=Level(row.priority),
        supporting_city_ids=tuple(c.city_id for c in ordered if c.relation == SUPPORT),
        source_city_id=row.source_city_id,
        id=row.id,
    )
