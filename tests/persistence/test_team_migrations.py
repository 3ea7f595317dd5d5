"""The one schema history on a real PostgreSQL server: every revision runs there, two officers
starting a new version together migrate once, and a server ahead of the program is only read."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL

from pim_desktop.app import open_database
from pim_desktop.paths import AppPaths
from pim_desktop.persistence.database_copy import data_tables
from pim_desktop.persistence.migrator import (
    MigrationOutcome,
    head_revision,
    known_revisions,
    read_revision,
    upgrade_team_database,
)
from pim_desktop.services.errors import StorageError
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY


def test_every_revision_runs_on_postgresql_and_builds_the_declared_tables(
    empty_team_database: URL,
) -> None:
    for revision in known_revisions():
        outcome = upgrade_team_database(empty_team_database, target=revision)
        assert outcome.to_revision == revision
        assert read_revision(empty_team_database) == revision
    engine = create_engine(empty_team_database)
    try:
        with engine.connect() as connection:
            found = inspect(connection)
            built = {
                name: {column["name"] for column in found.get_columns(name)}
                for name in found.get_table_names()
            }
    finally:
        engine.dispose()
    declared = {table.name: {column.name for column in table.columns} for table in data_tables()}
    assert built.pop("alembic_version") == {"version_num"}
    assert built == declared


def test_two_officers_starting_together_migrate_once(empty_team_database: URL) -> None:
    start = threading.Barrier(2)
    outcomes: list[MigrationOutcome] = []
    failures: list[BaseException] = []

    def officer() -> None:
        start.wait()
        try:
            outcomes.append(upgrade_team_database(empty_team_database))
        except BaseException as error:  # reported below, on the test's thread
            failures.append(error)

    threads = [threading.Thread(target=officer) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    assert sorted(outcome.changed for outcome in outcomes) == [False, True]
    assert {outcome.to_revision for outcome in outcomes} == {head_revision()}
    assert read_revision(empty_team_database) == head_revision()


def test_a_server_ahead_of_the_program_is_opened_read_only(
    empty_team_database: URL, paths: AppPaths
) -> None:
    upgrade_team_database(empty_team_database)
    engine = create_engine(empty_team_database)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9001'"))
    engine.dispose()
    context = open_database(paths, read_only=False, team=empty_team_database)
    try:
        assert context.read_only
        assert "nowszy układ danych (wersja 9001)" in context.notice
        assert "tylko do odczytu" in context.notice
        with pytest.raises(StorageError) as caught:
            context.city_profile.save(replace(SAMPLE_CITY))
        assert "tylko do odczytu" in caught.value.message
    finally:
        context.close()
    assert read_revision(empty_team_database) == "9001"


def test_sqlite_only_parts_stay_away_from_a_team_database(
    team_database: URL, paths: AppPaths, tmp_path: Path
) -> None:
    context = open_database(paths, read_only=False, team=team_database)
    try:
        context.city_profile.save(SAMPLE_CITY)
        assert context.backups.create(only_if_changed=True).backup is None
        assert context.backups.list() == []
        assert context.team_database.startswith("postgresql+psycopg://pim:***@")
    finally:
        context.close()
    assert not paths.database_file.exists()
    assert not paths.lock_file.exists()
    assert not any(paths.backup_dir.iterdir())
