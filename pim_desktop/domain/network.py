"""The thematic network the city belongs to: the Leader, the partner cities, the expert, the tutor.

The programme's rules (a Leader and about 5–10 partner cities from at least 3 voivodeships) are
checked as warnings: a network is written down while it is still being put together. A city that
withdrew stays on the list for the record but no longer counts toward the rules.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from pim_desktop.domain.city import Voivodeship
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.meeting import MeetingType
from pim_desktop.domain.problems import Problem

MIN_PARTNERS = 5
MAX_PARTNERS = 10
MIN_VOIVODESHIPS = 3


class CityRole(StrEnum):
    LEADER = "leader"
    PARTNER = "partner"


CITY_ROLE_LABELS: dict[CityRole, str] = {
    CityRole.LEADER: QT_TRANSLATE_NOOP("domain", "Miasto Lider"),
    CityRole.PARTNER: QT_TRANSLATE_NOOP("domain", "miasto partnerskie"),
}


class LetterStatus(StrEnum):
    """Where the city's letter of intent stands."""

    NOT_SENT = "not_sent"
    REQUESTED = "requested"
    SIGNED = "signed"
    WITHDRAWN = "withdrawn"


LETTER_STATUS_LABELS: dict[LetterStatus, str] = {
    LetterStatus.NOT_SENT: QT_TRANSLATE_NOOP("domain", "nie wysłano prośby"),
    LetterStatus.REQUESTED: QT_TRANSLATE_NOOP("domain", "czekamy na list"),
    LetterStatus.SIGNED: QT_TRANSLATE_NOOP("domain", "list podpisany"),
    LetterStatus.WITHDRAWN: QT_TRANSLATE_NOOP("domain", "miasto wycofało się"),
}


@dataclass(frozen=True)
class ContributionSummary:
    """What a partner city sent of its MID in its contribution file."""

    mid_title: str = ""
    mid_status: str = ""
    mid_summary: str = ""
    actions: int = 0
    total_cost: int = 0  # grosze
    secured: int = 0  # grosze
    received_at: dt.datetime | None = None
    sha256: str = ""


@dataclass(frozen=True)
class NetworkCity:
    name: str
    voivodeship: Voivodeship | None = None
    role: CityRole = CityRole.PARTNER
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    letter_status: LetterStatus = LetterStatus.NOT_SENT
    contribution: ContributionSummary | None = None
    id: int | None = None

    @property
    def counts(self) -> bool:
        return self.letter_status is not LetterStatus.WITHDRAWN


@dataclass(frozen=True)
class Network:
    name: str = ""
    theme: str = ""
    edition: str = ""
    expert_name: str = ""
    expert_contact: str = ""
    tutor_name: str = ""
    tutor_contact: str = ""
    cities: tuple[NetworkCity, ...] = ()
    id: int | None = None

    @property
    def leader(self) -> NetworkCity | None:
        return next((c for c in self.cities if c.role is CityRole.LEADER and c.counts), None)

    @property
    def partners(self) -> list[NetworkCity]:
        return [c for c in self.cities if c.role is CityRole.PARTNER and c.counts]

    def city(self, city_id: int | None) -> NetworkCity | None:
        return next((c for c in self.cities if c.id == city_id), None)

    def city_names(self, city_ids: Sequence[int]) -> list[str]:
        return [city.name for i in city_ids if (city := self.city(i)) is not None]


@dataclass(frozen=True)
class NetworkMeeting:
    """A network meeting or study visit: the shared meeting record and the cities that came."""

    meeting_id: int
    title: str
    starts_at: dt.datetime
    meeting_type: MeetingType
    place: str = ""
    city_ids: tuple[int, ...] = ()


def network_rule_warnings(network: Network) -> list[Problem]:
    """Where the network breaks the programme's rules on its size and spread."""
    warnings: list[Problem] = []
    counted = [city for city in network.cities if city.counts]
    leaders = [city for city in counted if city.role is CityRole.LEADER]
    partners = len(network.partners)
    if len(leaders) != 1:
        message = QT_TRANSLATE_NOOP(
            "domain", "Sieć musi mieć dokładnie jedno Miasto Lider (jest: {count})."
        )
        warnings.append(Problem("cities", "leader_count", message, {"count": len(leaders)}))
    if partners < MIN_PARTNERS:
        message = QT_TRANSLATE_NOOP(
            "domain",
            "Miast partnerskich w sieci: {count}; zasady programu wymagają co najmniej {minimum}.",
        )
        params = {"count": partners, "minimum": MIN_PARTNERS}
        warnings.append(Problem("cities", "too_few_partners", message, params))
    if partners > MAX_PARTNERS:
        message = QT_TRANSLATE_NOOP(
            "domain", "Miast partnerskich w sieci: {count}; program przewiduje najwyżej {maximum}."
        )
        params = {"count": partners, "maximum": MAX_PARTNERS}
        warnings.append(Problem("cities", "too_many_partners", message, params))
    spread = {city.voivodeship for city in counted if city.voivodeship is not None}
    if len(spread) < MIN_VOIVODESHIPS:
        message = QT_TRANSLATE_NOOP(
            "domain",
            "Województw, w których leżą miasta sieci: {count}; zasady programu wymagają co "
            "najmniej {minimum}.",
        )
        params = {"count": len(spread), "minimum": MIN_VOIVODESHIPS}
        warnings.append(Problem("cities", "too_few_voivodeships", message, params))
    missing = [city.name for city in counted if city.voivodeship is None]
    if missing:
        message = QT_TRANSLATE_NOOP("domain", "Nie podano województwa miast: {names}.")
        names = {"names": ", ".join(missing)}
        warnings.append(Problem("cities", "voivodeship_missing", message, names))
    return warnings


def check_city(city: NetworkCity, others: Sequence[NetworkCity]) -> list[Problem]:
    """Faults that keep a city off the list: no name, or a name already there."""
    name = city.name.strip()
    if not name:
        message = QT_TRANSLATE_NOOP("domain", "Podaj nazwę miasta.")
        return [Problem("name", "name_missing", message)]
    if any(city_key(o.name) == city_key(name) and o.id != city.id for o in others):
        message = QT_TRANSLATE_NOOP("domain", "Miasto „{name}” jest już w sieci.")
        return [Problem("name", "name_duplicate", message, {"name": name})]
    return []


_NAME_PREFIXES = (
    "miasto stołeczne",
    "miasto na prawach powiatu",
    "gmina miejsko-wiejska",
    "gmina miejska",
    "gmina miasto",
    "gmina",
    "miasto",
)


def city_key(name: str) -> str:
    """A city's name for matching: "Gmina Miasto Przykładowo" and "przykładowo" are one city."""
    text = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    for prefix in _NAME_PREFIXES:
        if text.startswith(prefix + " "):
            return text[len(prefix) + 1 :]
    return text


def find_city(cities: Sequence[NetworkCity], name: str) -> NetworkCity | None:
    wanted = city_key(name)
    return next((city for city in cities if city_key(city.name) == wanted), None)
