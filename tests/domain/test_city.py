"""The city profile's checks: identifiers with check digits, contacts, population."""

from __future__ import annotations

import datetime as dt

import pytest

from pim_desktop.domain import identifiers
from pim_desktop.domain.city import (
    CityProfile,
    ContactPerson,
    Voivodeship,
    check_city_profile,
    revert_fields,
)
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY


@pytest.mark.parametrize("nip", ["7321234509", "732-123-45-09", "PL 732 123 45 09"])
def test_valid_nip_in_every_usual_spelling(nip: str) -> None:
    assert identifiers.is_valid_nip(nip)


@pytest.mark.parametrize("nip", ["7321234508", "732123450", "abcdefghij", "73212345099"])
def test_nip_with_wrong_check_digit_or_length_is_refused(nip: str) -> None:
    assert not identifiers.is_valid_nip(nip)


def test_regon_nine_and_fourteen_digits() -> None:
    assert identifiers.is_valid_regon("010554328")
    assert not identifiers.is_valid_regon("010554329")
    assert identifiers.is_valid_regon("12345678512347")
    assert not identifiers.is_valid_regon("12345678512348")


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("1499011", True),
        ("1465011", True),
        ("1499016", False),
        ("3399011", False),
        ("149901", False),
        ("0199011", False),
    ],
)
def test_teryt_structure(code: str, valid: bool) -> None:
    assert identifiers.is_valid_teryt(code) is valid


def test_sample_city_has_no_faults() -> None:
    assert check_city_profile(SAMPLE_CITY) == []


def test_empty_profile_has_no_faults() -> None:
    assert check_city_profile(CityProfile()) == []


def test_each_fault_names_its_field() -> None:
    profile = CityProfile(
        nip="1234567890",
        regon="123456789",
        teryt="12",
        postal_code="00000",
        edoreczenia_address="AE:PL-1",
        population=-5,
        population_year=2999,
        coordinator=ContactPerson(email="bez-malpy", phone="12"),
    )
    problems = check_city_profile(profile, today=dt.date(2026, 11, 28))
    assert [p.field_id for p in problems] == [
        "nip",
        "regon",
        "teryt",
        "postal_code",
        "edoreczenia_address",
        "coordinator.email",
        "coordinator.phone",
        "population",
        "population_year",
    ]
    nip = problems[0]
    assert "NIP „1234567890” jest błędny" in nip.text()
    assert "cyfrę kontrolną" in nip.text()


def test_teryt_of_another_voivodeship_is_pointed_out() -> None:
    profile = CityProfile(teryt="1499011", voivodeship=Voivodeship.SLASKIE)
    [problem] = check_city_profile(profile)
    assert problem.code == "teryt_voivodeship"
    assert "śląskie" in problem.text()


def test_revert_fields_takes_named_fields_from_the_stored_profile() -> None:
    stored = CityProfile(nip="7321234509", coordinator=ContactPerson(email="a@b.pl", name="Ala"))
    typed = CityProfile(
        nip="123", official_name="Nowa", coordinator=ContactPerson(email="zły", name="Ola")
    )
    result = revert_fields(typed, stored, {"nip", "coordinator.email"})
    assert result.nip == "7321234509"
    assert result.official_name == "Nowa"
    assert result.coordinator == ContactPerson(email="a@b.pl", name="Ola")
