"""The city's profile (dane wnioskodawcy): who applies, where, and who speaks and signs for it.

The profile pre-fills every application; its check refuses identifiers with wrong check digits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum

from pim_desktop.domain import identifiers
from pim_desktop.domain.contact_checks import contact_problems
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Problem
from pim_desktop.domain.record_fields import ChangeStamp


class UnitType(StrEnum):
    CITY_WITH_COUNTY_RIGHTS = "city_county"
    URBAN_GMINA = "urban_gmina"
    URBAN_RURAL_GMINA = "urban_rural_gmina"
    FUNCTIONAL_AREA_BODY = "functional_area"
    CITY_UNIT = "city_unit"


UNIT_TYPE_LABELS: dict[UnitType, str] = {
    UnitType.CITY_WITH_COUNTY_RIGHTS: QT_TRANSLATE_NOOP("domain", "miasto na prawach powiatu"),
    UnitType.URBAN_GMINA: QT_TRANSLATE_NOOP("domain", "gmina miejska"),
    UnitType.URBAN_RURAL_GMINA: QT_TRANSLATE_NOOP("domain", "gmina miejsko-wiejska"),
    UnitType.FUNCTIONAL_AREA_BODY: QT_TRANSLATE_NOOP(
        "domain", "związek / porozumienie obszaru funkcjonalnego"
    ),
    UnitType.CITY_UNIT: QT_TRANSLATE_NOOP("domain", "jednostka miejska"),
}


class Voivodeship(StrEnum):
    """The 16 voivodeships; the value is the TERYT code, the label the official name."""

    DOLNOSLASKIE = "02"
    KUJAWSKO_POMORSKIE = "04"
    LUBELSKIE = "06"
    LUBUSKIE = "08"
    LODZKIE = "10"
    MALOPOLSKIE = "12"
    MAZOWIECKIE = "14"
    OPOLSKIE = "16"
    PODKARPACKIE = "18"
    PODLASKIE = "20"
    POMORSKIE = "22"
    SLASKIE = "24"
    SWIETOKRZYSKIE = "26"
    WARMINSKO_MAZURSKIE = "28"
    WIELKOPOLSKIE = "30"
    ZACHODNIOPOMORSKIE = "32"


# Names of voivodeships are proper names: they are not translated.
VOIVODESHIP_NAMES: dict[Voivodeship, str] = {
    Voivodeship.DOLNOSLASKIE: "dolnośląskie",
    Voivodeship.KUJAWSKO_POMORSKIE: "kujawsko-pomorskie",
    Voivodeship.LUBELSKIE: "lubelskie",
    Voivodeship.LUBUSKIE: "lubuskie",
    Voivodeship.LODZKIE: "łódzkie",
    Voivodeship.MALOPOLSKIE: "małopolskie",
    Voivodeship.MAZOWIECKIE: "mazowieckie",
    Voivodeship.OPOLSKIE: "opolskie",
    Voivodeship.PODKARPACKIE: "podkarpackie",
    Voivodeship.PODLASKIE: "podlaskie",
    Voivodeship.POMORSKIE: "pomorskie",
    Voivodeship.SLASKIE: "śląskie",
    Voivodeship.SWIETOKRZYSKIE: "świętokrzyskie",
    Voivodeship.WARMINSKO_MAZURSKIE: "warmińsko-mazurskie",
    Voivodeship.WIELKOPOLSKIE: "wielkopolskie",
    Voivodeship.ZACHODNIOPOMORSKIE: "zachodniopomorskie",
}


class SignatoryFunction(StrEnum):
    PRESIDENT = "president"
    MAYOR = "mayor"
    WOJT = "wojt"
    AUTHORISED = "authorised"


SIGNATORY_FUNCTION_LABELS: dict[SignatoryFunction, str] = {
    SignatoryFunction.PRESIDENT: QT_TRANSLATE_NOOP("domain", "prezydent miasta"),
    SignatoryFunction.MAYOR: QT_TRANSLATE_NOOP("domain", "burmistrz"),
    SignatoryFunction.WOJT: QT_TRANSLATE_NOOP("domain", "wójt"),
    SignatoryFunction.AUTHORISED: QT_TRANSLATE_NOOP("domain", "osoba upoważniona"),
}


@dataclass(frozen=True)
class ContactPerson:
    """A person the ministry can reach: the PIM coordinator or the deputy."""

    name: str = ""
    position: str = ""
    department: str = ""
    phone: str = ""
    email: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name).strip() for f in fields(self))


@dataclass(frozen=True)
class CityProfile:
    """Everything the city states about itself in every application."""

    official_name: str = ""
    unit_type: UnitType | None = None
    voivodeship: Voivodeship | None = None
    powiat: str = ""
    teryt: str = ""
    regon: str = ""
    nip: str = ""
    street: str = ""
    postal_code: str = ""
    post_town: str = ""
    epuap_address: str = ""
    edoreczenia_address: str = ""
    population: int | None = None
    population_year: int | None = None
    signatory_name: str = ""
    signatory_function: SignatoryFunction | None = None
    coordinator: ContactPerson = field(default_factory=ContactPerson)
    deputy_coordinator: ContactPerson = field(default_factory=ContactPerson)
    # The stored version the profile was read at (several officers may edit it at once).
    stamp: ChangeStamp = field(default_factory=ChangeStamp, compare=False, repr=False)

    def address_text(self) -> str:
        """The address on one line, as a form prints it."""
        town = " ".join(part for part in (self.postal_code.strip(), self.post_town.strip()) if part)
        return ", ".join(part for part in (self.street.strip(), town) if part)

    def is_empty(self) -> bool:
        return self == CityProfile()


def check_city_profile(profile: CityProfile, today: dt.date | None = None) -> list[Problem]:
    """Faults in what is filled in; empty fields are allowed while the profile is being written."""
    problems: list[Problem] = []
    problems += _check_identifiers(profile)
    problems += _check_contact_data(profile)
    problems += _check_population(profile, today or dt.date.today())
    return problems


def _check_identifiers(profile: CityProfile) -> list[Problem]:
    problems: list[Problem] = []
    if profile.nip.strip() and not identifiers.is_valid_nip(profile.nip):
        problems.append(
            Problem(
                "nip",
                "bad_nip",
                QT_TRANSLATE_NOOP(
                    "domain",
                    "NIP „{value}” jest błędny: musi mieć 10 cyfr i poprawną cyfrę kontrolną.",
                ),
                {"value": profile.nip.strip()},
            )
        )
    if profile.regon.strip() and not identifiers.is_valid_regon(profile.regon):
        problems.append(
            Problem(
                "regon",
                "bad_regon",
                QT_TRANSLATE_NOOP(
                    "domain",
                    "REGON „{value}” jest błędny: musi mieć 9 lub 14 cyfr "
                    "i poprawną cyfrę kontrolną.",
                ),
                {"value": profile.regon.strip()},
            )
        )
    problems += _check_teryt(profile)
    return problems


def _check_teryt(profile: CityProfile) -> list[Problem]:
    teryt = profile.teryt.strip()
    if not teryt:
        return []
    if not identifiers.is_valid_teryt(teryt):
        message = QT_TRANSLATE_NOOP(
            "domain",
            "Kod TERYT „{value}” jest błędny: gmina ma kod z 7 cyfr "
            "(województwo, powiat, gmina, rodzaj gminy).",
        )
        return [Problem("teryt", "bad_teryt", message, {"value": teryt})]
    voivodeship = profile.voivodeship
    if voivodeship is not None and identifiers.teryt_voivodeship_code(teryt) != voivodeship.value:
        message = QT_TRANSLATE_NOOP(
            "domain",
            "Kod TERYT „{value}” należy do innego województwa niż wybrane ({voivodeship}).",
        )
        params = {"value": teryt, "voivodeship": VOIVODESHIP_NAMES[voivodeship]}
        return [Problem("teryt", "teryt_voivodeship", message, params)]
    return []


def _check_contact_data(profile: CityProfile) -> list[Problem]:
    problems: list[Problem] = []
    if profile.postal_code.strip() and not identifiers.is_valid_postal_code(profile.postal_code):
        message = QT_TRANSLATE_NOOP("domain", "Kod pocztowy „{value}” ma mieć postać 00-000.")
        problems.append(
            Problem("postal_code", "bad_postal_code", message, {"value": profile.postal_code})
        )
    edoreczenia = profile.edoreczenia_address.strip()
    if edoreczenia and not identifiers.is_valid_edoreczenia_address(edoreczenia):
        message = QT_TRANSLATE_NOOP(
            "domain", "Adres do e-Doręczeń „{value}” ma mieć postać AE:PL-12345-67890-ABCDE-12."
        )
        problems.append(
            Problem("edoreczenia_address", "bad_edoreczenia", message, {"value": edoreczenia})
        )
    for prefix, person in (
        ("coordinator", profile.coordinator),
        ("deputy_coordinator", profile.deputy_coordinator),
    ):
        problems += contact_problems(person, prefix)
    return problems


def _check_population(profile: CityProfile, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    if profile.population is not None and profile.population <= 0:
        message = QT_TRANSLATE_NOOP("domain", "Liczba mieszkańców musi być większa od zera.")
        problems.append(Problem("population", "bad_population", message))
    year = profile.population_year
    if year is not None and not 1990 <= year <= today.year:
        message = QT_TRANSLATE_NOOP(
            "domain", "Rok danych o liczbie mieszkańców musi być z lat 1990–{year}."
        )
        problems.append(Problem("population_year", "bad_year", message, {"year": today.year}))
    return problems


def revert_fields(profile: CityProfile, stored: CityProfile, field_ids: set[str]) -> CityProfile:
    """``profile`` with the named fields (``nip``, ``coordinator.email``) taken from ``stored``."""
    changes: dict[str, object] = {}
    for field_id in sorted(field_ids):
        name, _, attribute = field_id.partition(".")
        if attribute:
            person = changes.get(name, getattr(profile, name))
            stored_value = getattr(getattr(stored, name), attribute)
            changes[name] = replace(person, **{attribute: stored_value})  # type: ignore[type-var]
        else:
            changes[name] = getattr(stored, name)
    return replace(profile, **changes)  # type: ignore[arg-type]
