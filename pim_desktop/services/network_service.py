"""The network: its header, its cities with the programme's rules, and the network meetings and
study visits (rows of the shared meeting record, with the cities that came)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.meeting import (
    NETWORK_MEETING_TYPES,
    MeetingDetails,
    check_meeting_details,
)
from pim_desktop.domain.network import (
    Network,
    NetworkCity,
    NetworkMeeting,
    check_city,
    network_rule_warnings,
)
from pim_desktop.domain.problems import Problem
from pim_desktop.persistence.meeting_repository import MeetingRepository
from pim_desktop.persistence.network_repository import NetworkRepository
from pim_desktop.services.errors import storage_errors
from pim_desktop.services.record_keeping import raise_if


@dataclass(frozen=True)
class NetworkOverview:
    network: Network
    warnings: tuple[Problem, ...]
    meetings: tuple[NetworkMeeting, ...]


class NetworkService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def overview(self) -> NetworkOverview:
        with storage_errors(), self._session_factory() as session:
            network = NetworkRepository(session).load()
            cities = NetworkRepository(session).meeting_cities()
            summaries = MeetingRepository(session).summaries()
        meetings = tuple(
            NetworkMeeting(
                meeting_id=s.id,
                title=s.title,
                starts_at=s.starts_at,
                meeting_type=s.meeting_type,
                place=s.place,
                city_ids=cities.get(s.id, ()),
            )
            for s in summaries
            if s.meeting_type in NETWORK_MEETING_TYPES or s.id in cities
        )
        return NetworkOverview(network, tuple(network_rule_warnings(network)), meetings)

    def network(self) -> Network:
        with storage_errors(), self._session_factory() as session:
            return NetworkRepository(session).load()

    def save_header(self, network: Network) -> Network:
        with storage_errors(), self._session_factory.begin() as session:
            return NetworkRepository(session).save_header(network)

    def save_city(self, city: NetworkCity) -> NetworkCity:
        with storage_errors(), self._session_factory.begin() as session:
            repository = NetworkRepository(session)
            raise_if(check_city(city, repository.load().cities))
            return repository.save_city(city)

    def delete_city(self, city_id: int) -> None:
        with storage_errors(), self._session_factory.begin() as session:
            NetworkRepository(session).delete_city(city_id)

    def meeting(self, meeting_id: int) -> tuple[MeetingDetails, tuple[int, ...]]:
        """A network meeting's details and the cities that came."""
        with storage_errors(), self._session_factory() as session:
            meeting = MeetingRepository(session).get(meeting_id)
            cities = NetworkRepository(session).meeting_cities().get(meeting_id, ())
        return meeting.details, cities

    def add_meeting(self, details: MeetingDetails, city_ids: Iterable[int]) -> int:
        raise_if(check_meeting_details(details))
        with storage_errors(), self._session_factory.begin() as session:
            meeting = MeetingRepository(session).add(details, [])
            NetworkRepository(session).set_meeting_cities(meeting.id, city_ids)
            return meeting.id

    def update_meeting(
        self, meeting_id: int, details: MeetingDetails, city_ids: Iterable[int]
    ) -> None:
        """Change a network meeting; the partnership members it lists stay invited."""
        raise_if(check_meeting_details(details))
        with storage_errors(), self._session_factory.begin() as session:
            meetings = MeetingRepository(session)
            invited = [i.member_id for i in meetings.get(meeting_id).invitations]
            meetings.update_details(meeting_id, details, invited)
            NetworkRepository(session).set_meeting_cities(meeting_id, city_ids)

    def delete_meeting(self, meeting_id: int) -> None:
        with storage_errors(), self._session_factory.begin() as session:
            MeetingRepository(session).delete(meeting_id)
