"""Loads and stores the city profile; a field with a fault is refused, the rest is kept."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.city import CityProfile, check_city_profile, revert_fields
from pim_desktop.domain.problems import Problem
from pim_desktop.persistence.city_profile_repository import CityProfileRepository
from pim_desktop.services.errors import storage_errors

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProfileSaveResult:
    """What was stored, and the faults of the fields that were refused."""

    stored: CityProfile
    problems: list[Problem] = field(default_factory=list)

    @property
    def refused_fields(self) -> set[str]:
        return {problem.field_id for problem in self.problems}


class CityProfileService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def load(self) -> CityProfile:
        with storage_errors(), self._session_factory() as session:
            return CityProfileRepository(session).load()

    def save(self, profile: CityProfile) -> ProfileSaveResult:
        """Store every valid field; a field with a fault keeps its stored value.

        A wrong NIP typed into an otherwise good profile must not cost the officer the other
        edits, nor may it reach the database.
        """
        problems = check_city_profile(profile)
        with storage_errors(), self._session_factory.begin() as session:
            repository = CityProfileRepository(session)
            to_store = profile
            if problems:
                stored = repository.load()
                refused = {problem.field_id for problem in problems}
                to_store = revert_fields(profile, stored, refused)
                # A reverted field can clash with a new neighbour (TERYT against voivodeship).
                while leftover := {p.field_id for p in check_city_profile(to_store)} - refused:
                    refused |= leftover
                    to_store = revert_fields(to_store, stored, refused)
            repository.save(to_store)
        if problems:
            log.info(
                "City profile saved without refused fields %s", sorted(p.field_id for p in problems)
            )
        return ProfileSaveResult(to_store, problems)
