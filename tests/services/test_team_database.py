"""A city's data moved into a team database and back, checked by row counts and checksums; the
address kept without its password; connection faults told by the database's own codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MemoryKeyring
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from pim_desktop.app import main, open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.canonical import application_checksum
from pim_desktop.paths import HOME_VARIABLE, AppPaths
from pim_desktop.persistence.database_copy import row_counts
from pim_desktop.persistence.engine import team_url
from pim_desktop.persistence.settings_store import SettingsStore
from pim_desktop.services.team_database import (
    DATABASE_URL_VARIABLE,
    TeamAddress,
    TeamDatabaseSettings,
    check_connection,
    chosen_team_database,
)


def the_city(context: AppContext) -> tuple[dict[str, int], dict[int, str]]:
    with context.engine.connect() as connection:
        counts = row_counts(connection)
    sums = {
        summary.id: application_checksum(context.applications.load(summary.id))
        for summary in context.applications.summaries()
    }
    return counts, sums


def home_at(folder: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    monkeypatch.setenv(HOME_VARIABLE, str(folder))
    return AppPaths.from_environment().ensure()


def test_copy_to_moves_a_city_whole_and_refuses_a_database_with_data(
    paths: AppPaths, team_database: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    context = open_database(paths, read_only=False)
    context.sample_data.create()
    here = the_city(context)
    context.close()
    address = team_database.render_as_string(hide_password=False)

    assert main(["copy-data", "--to", address]) == 0
    said = capsys.readouterr().out
    assert "liczby wierszy każdej tabeli i sumy kontrolne wniosków są zgodne" in said
    assert "pim:pim@" not in said
    team = open_database(context.paths, read_only=True, team=team_database)
    try:
        assert the_city(team) == here
        assert sum(here[0].values()) > 100
    finally:
        team.close()

    assert main(["copy-data", "--to", address]) == 1
    refused = capsys.readouterr().out
    assert "zawiera już dane" in refused and "pim:***@" in refused


def test_copy_from_makes_a_local_copy_only_into_an_empty_folder(
    team_database: URL,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    address = team_database.render_as_string(hide_password=False)
    home_at(tmp_path / "serwer", monkeypatch)
    assert main(["--database", address, "sample-data"]) == 0
    team = open_database(AppPaths.from_environment(), read_only=True, team=team_database)
    there = the_city(team)
    team.close()

    paths = home_at(tmp_path / "laptop ż", monkeypatch)
    assert main(["copy-data", "--from", address]) == 0
    assert "są zgodne" in capsys.readouterr().out
    local = open_database(paths, read_only=True)
    try:
        assert the_city(local) == there
    finally:
        local.close()
    assert main(["copy-data", "--from", address]) == 1
    assert "nie są puste" in capsys.readouterr().out


def test_sample_data_on_a_server_equals_the_local_sample(
    team_database: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATABASE_URL_VARIABLE, team_database.render_as_string(hide_password=False))
    home_at(tmp_path / "zespół", monkeypatch)
    assert main(["sample-data"]) == 0
    monkeypatch.delenv(DATABASE_URL_VARIABLE)
    local_paths = home_at(tmp_path / "ten komputer", monkeypatch)
    assert main(["sample-data"]) == 0

    team = open_database(local_paths, read_only=True, team=team_database)
    local = open_database(local_paths, read_only=True)
    try:
        assert the_city(team) == the_city(local)
        assert len(the_city(team)[1]) == 2
    finally:
        team.close()
        local.close()


def test_two_members_imports_at_once_keep_every_row(team_database: URL, tmp_path: Path) -> None:
    address = team_database.render_as_string(hide_password=False)
    files = []
    for office in ("A", "B"):
        rows = "".join(
            f"Organizacja {office}{n};organizacja pozarządowa;Osoba {office}{n};"
            f"o{office}{n}@example.pl\r\n"
            for n in range(40)
        )
        source = tmp_path / f"członkowie {office}.csv"
        source.write_text("Nazwa;Sektor;Imię i nazwisko;E-mail\r\n" + rows, encoding="utf-8-sig")
        files.append(source)
    env = {"PIM_DESKTOP_HOME": str(tmp_path / "biuro"), "QT_QPA_PLATFORM": "offscreen"}
    commands = [
        [sys.executable, "-m", "pim_desktop", "--database", address, "members", "import", str(f)]
        for f in files
    ]
    running = [
        subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env={**_base_env(), **env},
        )
        for command in commands
    ]
    results = [process.communicate(timeout=120) for process in running]
    for process, (out, err) in zip(running, results, strict=True):
        assert process.returncode == 0, out + err
        assert "dopisano 40 członków" in out
    engine = create_engine(team_database)
    try:
        with engine.connect() as connection:
            names = connection.execute(
                text("SELECT organisation_name FROM partnership_member")
            ).scalars()
            stored = sorted(names)
    finally:
        engine.dispose()
    expected = sorted(f"Organizacja {office}{n}" for office in "AB" for n in range(40))
    assert stored == expected


def _base_env() -> dict[str, str]:
    import os

    return {key: value for key, value in os.environ.items() if key != DATABASE_URL_VARIABLE}


def test_the_address_is_kept_without_its_password(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    saved = TeamDatabaseSettings(store)
    address = TeamAddress("serwer.gmina.pl", "pim", "urzednik", 5433)
    saved.remember(address, "tajne-hasło")
    written = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert "tajne" not in written
    assert "urzednik@serwer.gmina.pl:5433/pim" in written
    url = chosen_team_database(None, {}, store)
    assert url is not None and url.password == "tajne-hasło"
    assert url.query["sslmode"] == "require"
    given = chosen_team_database("postgresql://a:b@127.0.0.1/inna", {}, store)
    assert given is not None and given.database == "inna" and "sslmode" not in given.query
    saved.forget()
    assert chosen_team_database(None, {}, store) is None


def test_tls_is_required_away_from_this_computer_unless_the_url_says_otherwise() -> None:
    assert team_url("postgresql://u:p@db.miasto.pl/pim").query["sslmode"] == "require"
    assert team_url("postgresql://u:p@db/pim?sslmode=verify-full").query["sslmode"] == (
        "verify-full"
    )
    assert "sslmode" not in team_url("postgresql://u:p@localhost/pim").query
    assert team_url("postgres://u:p@[::1]/pim").drivername == "postgresql+psycopg"


def test_an_unreachable_server_is_named_by_its_fault() -> None:
    reason = check_connection("postgresql://pim:pim@127.0.0.1:1/pim")
    assert reason is not None and "serwer nie odpowiada" in reason


def test_a_wrong_password_is_told_apart_by_its_sqlstate(team_database: URL) -> None:
    reason = check_connection(team_database.set(password="zle-haslo"))
    assert reason is not None and "nie przyjął użytkownika, hasła" in reason
    assert check_connection(team_database) is None


def test_the_password_reaches_neither_the_log_nor_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = home_at(tmp_path / "dane", monkeypatch)
    secret = "Tajne-Haslo-2026"
    address = f"postgresql://urzednik:{secret}@127.0.0.1:1/pim"
    assert main(["list", "--database", address]) == 1
    said = capsys.readouterr()
    assert "urzednik:***@127.0.0.1:1/pim" in said.err
    logged = "".join(
        log.read_text(encoding="utf-8") for log in paths.log_dir.rglob("*") if log.is_file()
    )
    assert "urzednik:***@" in logged
    assert secret not in said.out + said.err + logged


def test_copy_data_works_on_this_computer_even_with_a_team_database_chosen(
    team_database: URL,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    address = team_database.render_as_string(hide_password=False)
    home_at(tmp_path / "dane", monkeypatch)
    assert main(["sample-data"]) == 0
    monkeypatch.setenv(DATABASE_URL_VARIABLE, address)
    assert main(["copy-data", "--to", address]) == 0
    assert "są zgodne" in capsys.readouterr().out
    assert main(["backup"]) == 1
    assert "pg_dump" in capsys.readouterr().out
