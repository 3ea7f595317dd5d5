"""Two officers saving the city profile on one database: what both changed is kept, one field
changed by both is a conflict that writes nothing, a field with a fault is still refused, and
the history names who changed what."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL
from team_officers import FIRST_OFFICER, SECOND_OFFICER, colleague_on

from pim_desktop.context import AppContext
from pim_desktop.domain.city import ContactPerson
from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.domain.record_fields import resolved_record
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY


@pytest.fixture
def other(context: AppContext, database_url: URL | None, tmp_path: Path) -> Iterator[AppContext]:
    with colleague_on(context, database_url, tmp_path / "ustawienia kolegi") as colleague:
        yield colleague


def test_two_officers_changing_different_fields_both_keep_them(
    context: AppContext, other: AppContext
) -> None:
    context.city_profile.save(SAMPLE_CITY)
    mine = context.city_profile.load()
    theirs = other.city_profile.load()
    assert (mine.stamp.version, mine.stamp.changed_by) == (1, FIRST_OFFICER)

    other.city_profile.save(dataclasses.replace(theirs, street="ul. Długa 5"), theirs)
    coordinator = dataclasses.replace(mine.coordinator, phone="42 111 22 33")
    result = context.city_profile.save(dataclasses.replace(mine, coordinator=coordinator), mine)

    assert result.others_by == SECOND_OFFICER
    assert (result.stored.street, result.stored.coordinator.phone) == (
        "ul. Długa 5",
        "42 111 22 33",
    )
    stored = other.city_profile.load()
    assert (stored.street, stored.coordinator.phone) == ("ul. Długa 5", "42 111 22 33")
    assert stored.official_name == SAMPLE_CITY.official_name
    assert (stored.stamp.version, stored.stamp.changed_by) == (3, FIRST_OFFICER)
    history = context.city_profile.history()
    assert [(c.changed_by, c.field_id, c.new) for c in history[:2]] == [
        (FIRST_OFFICER, "coordinator.phone", "42 111 22 33"),
        (SECOND_OFFICER, "street", "ul. Długa 5"),
    ]


def test_one_field_changed_by_both_is_a_conflict_that_writes_nothing_until_resolved(
    context: AppContext, other: AppContext
) -> None:
    context.city_profile.save(SAMPLE_CITY)
    mine = context.city_profile.load()
    theirs = other.city_profile.load()
    other.city_profile.save(
        dataclasses.replace(theirs, powiat="łódzki wschodni", post_town="Zgierz"), theirs
    )

    edited = dataclasses.replace(
        mine,
        powiat="zgierski",
        deputy_coordinator=ContactPerson(name="Ewa Żak", email="ewa.zak@example.pl"),
    )
    logged = len(context.city_profile.history())
    with pytest.raises(EditConflict) as conflict:
        context.city_profile.save(edited, mine)

    error = conflict.value
    assert [c.field_id for c in error.outcome.conflicts] == ["powiat"]
    assert error.labels == {"powiat": "powiat"}
    assert error.changed_by == SECOND_OFFICER
    unchanged = context.city_profile.load()
    assert unchanged.powiat == "łódzki wschodni"
    assert unchanged.deputy_coordinator == SAMPLE_CITY.deputy_coordinator
    assert unchanged.stamp.version == error.current_version == 2
    assert len(context.city_profile.history()) == logged

    final = resolved_record(edited, error, {"powiat": "zgierski"})
    result = context.city_profile.save(final, mine)
    assert (result.stored.powiat, result.stored.post_town) == ("zgierski", "Zgierz")
    assert result.stored.deputy_coordinator.email == "ewa.zak@example.pl"
    assert result.stored.stamp.changed_by == FIRST_OFFICER


def test_a_field_with_a_fault_is_still_refused_while_a_colleagues_change_is_merged(
    context: AppContext, other: AppContext
) -> None:
    context.city_profile.save(SAMPLE_CITY)
    mine = context.city_profile.load()
    theirs = other.city_profile.load()
    other.city_profile.save(
        dataclasses.replace(theirs, epuap_address="/um-przyklad/skrytka"), theirs
    )

    typed = dataclasses.replace(mine, nip="7321234508", signatory_name="Jan Nowak")
    logged = len(context.city_profile.history())
    result = context.city_profile.save(typed, mine)

    assert result.refused_fields == {"nip"}
    stored = context.city_profile.load()
    assert stored.nip == SAMPLE_CITY.nip
    assert (stored.signatory_name, stored.epuap_address) == ("Jan Nowak", "/um-przyklad/skrytka")
    history = context.city_profile.history()
    newest = history[: len(history) - logged]
    assert [(c.changed_by, c.field_id, c.new) for c in newest] == [
        (FIRST_OFFICER, "signatory_name", "Jan Nowak")
    ]


def test_a_save_that_changes_nothing_writes_no_new_version(
    context: AppContext, other: AppContext
) -> None:
    context.city_profile.save(SAMPLE_CITY)
    mine = context.city_profile.load()
    result = context.city_profile.save(dataclasses.replace(mine, nip="123"), mine)
    assert result.refused_fields == {"nip"}
    assert other.city_profile.load().stamp.version == 1


def test_the_first_save_on_an_empty_database_merges_with_a_colleagues_first_save(
    context: AppContext, other: AppContext
) -> None:
    mine = context.city_profile.load()
    theirs = other.city_profile.load()
    assert mine.stamp.version == theirs.stamp.version == 0

    other.city_profile.save(dataclasses.replace(theirs, official_name="Miasto Zmyślin"), theirs)
    result = context.city_profile.save(dataclasses.replace(mine, powiat="zmyśliński"), mine)

    assert (result.stored.official_name, result.stored.powiat) == ("Miasto Zmyślin", "zmyśliński")
    assert result.stored.stamp.version == 2
