"""The programme's rules for a network: a Leader, at least 5 partners, at least 3 voivodeships."""

from __future__ import annotations

from pim_desktop.domain.city import Voivodeship
from pim_desktop.domain.network import (
    CityRole,
    LetterStatus,
    Network,
    NetworkCity,
    check_city,
    city_key,
    find_city,
    network_rule_warnings,
)

V = Voivodeship


def network(*cities: NetworkCity) -> Network:
    return Network(name="Sieć", cities=cities)


LEADER = NetworkCity("Gmina Miasto Przykładowo", V.MAZOWIECKIE, CityRole.LEADER, id=1)


def partners(count: int, voivodeship: V = V.LODZKIE) -> list[NetworkCity]:
    return [NetworkCity(f"Miasto {n}", voivodeship, id=10 + n) for n in range(count)]


def test_a_network_that_follows_the_rules_has_no_warnings() -> None:
    cities = [LEADER, *partners(4), NetworkCity("Zmyślin", V.LUBELSKIE, id=30)]
    assert network_rule_warnings(network(*cities)) == []


def test_too_few_partners_and_voivodeships_are_warned() -> None:
    codes = {w.code for w in network_rule_warnings(network(LEADER, *partners(4)))}
    assert codes == {"too_few_partners", "too_few_voivodeships"}


def test_a_withdrawn_city_does_not_count() -> None:
    gone = NetworkCity("Zmyślin", V.LUBELSKIE, letter_status=LetterStatus.WITHDRAWN, id=30)
    warnings = network_rule_warnings(network(LEADER, *partners(5), gone))
    assert {w.code for w in warnings} == {"too_few_voivodeships"}
    assert warnings[0].params == {"count": 2, "minimum": 3}


def test_no_leader_and_too_many_partners_are_warned() -> None:
    many = [NetworkCity(f"M{n}", list(V)[n % 16], id=n) for n in range(11)]
    assert {w.code for w in network_rule_warnings(network(*many))} == {
        "leader_count",
        "too_many_partners",
    }


def test_cities_are_matched_by_name_without_their_legal_prefix() -> None:
    assert city_key("Gmina Miasto Przykładowo") == city_key("przykładowo")
    assert find_city([LEADER], "  PRZYKŁADOWO ") is LEADER
    assert [p.code for p in check_city(NetworkCity("gmina miasto przykładowo"), [LEADER])] == [
        "name_duplicate"
    ]
