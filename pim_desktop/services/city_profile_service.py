"""Loads and stores the city profile; a field with a fault is refused, the rest is kept.

On a team database several officers may edit the profile at once: a save made from the profile
as the page loaded it follows the rule every edited record follows (``versioned_save``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.city import CityProfile, check_city_profile, revert_fields
from pim_desktop.domain.problems import Problem
from pim_desktop.domain.record_fields import RecordChange, flat_fields
from pim_desktop.domain.record_labels import CITY_PROFILE
from pim_desktop.persistence.city_profile_repository import PROFILE_ID, CityProfileRepository
from pim_desktop.persistence.record_change_repository import RecordChangeRepository
from pim_desktop.services.errors import storage_errors
from pim_desktop.services.versioned_save import Edit, log_changes, merged

log = logging.getLogger(__name__)
# The profile's one id, which names it in the local journal too.
__all__ = ["PROFILE_ID", "CityProfileService", "ProfileSaveResult"]


@dataclass(frozen=True)
class ProfileSaveResult:
    """What is stored now, the faults of the fields that were refused, and who saved the newer
    version the officer's edits were merged into ("": nobody saved in between)."""

    stored: CityProfile
    problems: list[Problem] = field(default_factory=list)
    others_by: str = ""

    @property
    def refused_fields(self) -> set[str]:
        return {problem.field_id for problem in self.problems}


class CityProfileService:
    def __init__(
        self, session_factory: sessionmaker[Session], officer: Callable[[], str] = str
    ) -> None:
        self._session_factory = session_factory
        # Who this program's saves are written by (read at each save: Settings may change it).
        self._officer = officer

    def load(self) -> CityProfile:
        with storage_errors(), self._session_factory() as session:
            return CityProfileRepository(session).load()

    def save(self, profile: CityProfile, original: CityProfile | None = None) -> ProfileSaveResult:
        """Store every valid field; a field with a fault keeps its stored value.

        A wrong NIP typed into an otherwise good profile must not cost the officer the other
        edits, nor may it reach the database. With ``original`` (the profile as the page loaded
        it; ``profile.stamp`` names that version) a colleague's save made meanwhile is merged
        field by field, and a field both changed raises ``EditConflict`` with nothing written.
        Without it the profile is written whole (the sample city, a script).
        """
        with storage_errors(), self._session_factory.begin() as session:
            repository = CityProfileRepository(session)
            stored = repository.locked()
            chosen, others_by = profile, ""
            if original is not None:
                edit = Edit(CITY_PROFILE, PROFILE_ID, profile.stamp.version, profile, original)
                chosen = merged(edit, stored, stored.stamp)
                if edit.version != stored.stamp.version:
                    others_by = stored.stamp.changed_by
            to_store, problems = _without_faults(chosen, stored)
            if stored.stamp.version and flat_fields(to_store) == flat_fields(stored):
                return ProfileSaveResult(stored, problems, others_by)
            officer = self._officer()
            saved = repository.save(to_store, officer)
            log_changes(
                session, CITY_PROFILE, PROFILE_ID, officer=officer, before=stored, after=saved
            )
        if problems:
            log.info(
                "City profile saved without refused fields %s", sorted(p.field_id for p in problems)
            )
        return ProfileSaveResult(saved, problems, others_by)

    def history(self) -> list[RecordChange]:
        """Who changed which field of the profile, and when, newest first."""
        with storage_errors(), self._session_factory() as session:
            return RecordChangeRepository(session).history([CITY_PROFILE], PROFILE_ID)


def _without_faults(profile: CityProfile, stored: CityProfile) -> tuple[CityProfile, list[Problem]]:
    """``profile`` with every field that has a fault put back to its stored value, and the
    faults found."""
    problems = check_city_profile(profile)
    if not problems:
        return profile, problems
    refused = {problem.field_id for problem in problems}
    to_store = revert_fields(profile, stored, refused)
    # A reverted field can clash with a new neighbour (TERYT against voivodeship).
    while leftover := {p.field_id for p in check_city_profile(to_store)} - refused:
        refused |= leftover
        to_store = revert_fields(to_store, stored, refused)
    return to_store, problems
