"""Fills an empty data folder with a fictional, realistic city, so a newcomer sees a full program.

The city comes with a complete Leader application and a half-done Partner draft.

Gmina Miasto Przykładowo does not exist; its identifiers are made up with valid check digits.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.city import (
    CityProfile,
    ContactPerson,
    SignatoryFunction,
    UnitType,
    Voivodeship,
)
from pim_desktop.persistence.application_repository import ApplicationRepository
from pim_desktop.persistence.city_profile_repository import CityProfileRepository
from pim_desktop.persistence.meeting_repository import MeetingRepository
from pim_desktop.persistence.partnership_repository import PartnershipRepository
from pim_desktop.services.samples.action_plan import add_sample_action_plan
from pim_desktop.services.samples.network import add_sample_network
from pim_desktop.services.samples.network_activities import add_sample_activities
from pim_desktop.services.samples.partnership import add_sample_partnership

SAMPLE_CITY = CityProfile(
    official_name="Gmina Miasto Przykładowo",
    unit_type=UnitType.URBAN_GMINA,
    voivodeship=Voivodeship.MAZOWIECKIE,
    powiat="przykładowski",
    teryt="1499011",
    regon="010554328",
    nip="7321234509",
    street="ul. Źródlana 12",
    postal_code="05-999",
    post_town="Przykładowo",
    epuap_address="/UMPrzykladowo/SkrytkaESP",
    edoreczenia_address="AE:PL-12345-67890-ABCDE-12",
    population=48_312,
    population_year=2025,
    signatory_name="Małgorzata Żółkiewska",
    signatory_function=SignatoryFunction.MAYOR,
    coordinator=ContactPerson(
        name="Łukasz Wiśniewski",
        position="główny specjalista",
        department="Wydział Rozwoju i Funduszy Zewnętrznych",
        phone="+48 22 555 01 23",
        email="l.wisniewski@przykladowo.example.pl",
    ),
    deputy_coordinator=ContactPerson(
        name="Agnieszka Ćwiklińska",
        position="inspektor",
        department="Biuro Strategii Miasta",
        phone="+48 22 555 01 45",
        email="a.cwiklinska@przykladowo.example.pl",
    ),
)


SAMPLE_APPLICATIONS = ("pim2024-planowanie-lider.json", "pim2024-transfer-partner.json")


class SampleDataService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        samples_dir: Path,
        officer: Callable[[], str] = lambda: "",
    ) -> None:
        """``officer`` names who fills the sample city (written beside its applications)."""
        self._officer = officer
        self._session_factory = session_factory
        self._samples_dir = samples_dir

    def create(self, today: dt.date | None = None) -> None:
        """Write the sample city, its applications, partnership, MID and network.

        Refuses a city that is already described.
        """
        with self._session_factory.begin() as session:
            profiles = CityProfileRepository(session)
            if not profiles.load().is_empty():
                raise SampleDataRefused
            profiles.save(SAMPLE_CITY, self._officer())
            applications = ApplicationRepository(session, self._officer())
            for file_name in SAMPLE_APPLICATIONS:
                sample = json.loads((self._samples_dir / file_name).read_text(encoding="utf-8"))
                applications.add(
                    form_id=sample["form_id"],
                    form_version=sample["form_version"],
                    role=sample["role"],
                    network_id=sample["network_id"],
                    values=sample["values"],
                )
            day = today or dt.date.today()
            add_sample_partnership(session, day)
            members = [m.id or 0 for m in PartnershipRepository(session).all()]
            meetings = [m.id for m in MeetingRepository(session).all()]
            add_sample_action_plan(session, day, members, meetings)
            add_sample_network(session, day)
            add_sample_activities(session, day)


class SampleDataRefused(Exception):
    """The data folder already holds a city: sample data would mix with real data."""
