"""The city profile goes to the database (a SQLite file or a team database) and comes back;
faults are refused field by field."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.engine import URL

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY


def test_profile_survives_reopening_the_database(
    context: AppContext, database_url: URL | None
) -> None:
    result = context.city_profile.save(SAMPLE_CITY)
    assert result.problems == []
    context.close()
    reopened = open_database(context.paths, read_only=False, team=database_url)
    try:
        assert reopened.city_profile.load() == SAMPLE_CITY
    finally:
        reopened.close()


def test_wrong_nip_is_refused_but_other_edits_are_kept(context: AppContext) -> None:
    context.city_profile.save(SAMPLE_CITY)
    typed = replace(SAMPLE_CITY, nip="7321234508", official_name="Gmina Miasto Nowe Przykładowo")
    result = context.city_profile.save(typed)
    assert result.refused_fields == {"nip"}
    stored = context.city_profile.load()
    assert stored.nip == SAMPLE_CITY.nip
    assert stored.official_name == "Gmina Miasto Nowe Przykładowo"


def test_read_only_context_reads_but_cannot_write(
    context: AppContext, database_url: URL | None
) -> None:
    import pytest

    from pim_desktop.services.errors import StorageError

    context.city_profile.save(SAMPLE_CITY)
    viewer = open_database(context.paths, read_only=True, team=database_url)
    try:
        assert viewer.city_profile.load().official_name == SAMPLE_CITY.official_name
        with pytest.raises(StorageError) as caught:
            viewer.city_profile.save(replace(SAMPLE_CITY, powiat="inny"))
        assert "tylko do odczytu" in caught.value.message
    finally:
        viewer.close()
