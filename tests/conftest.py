"""Shared fixtures: an offscreen Qt, a fresh data folder with the real migrations per test, the
same on a real PostgreSQL server for the persistence and services tests, and for signing a real
PKI, a SoftHSM2 token and a timestamp responder."""

from __future__ import annotations

import itertools
import os

# Before PySide6 is imported anywhere: without a display the whole run would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from signing_pki import SigningPki, TimestampServer, make_softhsm_token, softhsm_library
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from team_programs import open_program

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.paths import HOME_VARIABLE, AppPaths
from pim_desktop.persistence.database_copy import data_tables
from pim_desktop.persistence.engine import team_url
from pim_desktop.persistence.migrator import upgrade_team_database

# --- every database the program supports --------------------------------------------------------

POSTGRES_VARIABLE = "PIM_DESKTOP_TEST_POSTGRES_URL"
DATABASE_KINDS = ("sqlite", "postgresql")
# Tests under these folders run once per database when they use ``database_kind`` (through
# ``context``), unless marked ``sqlite_only`` (file backups, the data folder, the file's pragmas).
BOTH_DATABASES_UNDER = ("persistence", "services")
_TESTS_DIR = Path(__file__).resolve().parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: works on this computer's SQLite file, not on a team database"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_kind" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    folder = Path(str(metafunc.definition.path)).resolve().relative_to(_TESTS_DIR).parts[0]
    if folder in BOTH_DATABASES_UNDER:
        metafunc.parametrize("database_kind", DATABASE_KINDS, indirect=True)


@pytest.fixture
def database_kind(request: pytest.FixtureRequest) -> str:
    """``sqlite`` (this computer's file) or ``postgresql`` (a team database)."""
    return str(getattr(request, "param", "sqlite"))


class PostgresServer:
    """The test server: one migrated database per run, emptied before each test (deleting the
    few rows and restarting the key sequences takes milliseconds, a new database a second), and
    new empty databases for the tests of the migrations themselves."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self._admin = create_engine(url, isolation_level="AUTOCOMMIT")
        self._names = (f"pim_t{os.getpid()}_{n}" for n in itertools.count())
        self.shared = self.new_database()
        upgrade_team_database(self.shared)
        self._cleaner = create_engine(self.shared, connect_args={"options": "-c lock_timeout=10s"})

    def emptied(self) -> URL:
        """The shared database at the newest schema with no rows and keys starting at 1."""
        with self._cleaner.begin() as connection:
            for table in reversed(data_tables()):
                connection.execute(table.delete())
            sequences = connection.execute(
                text(
                    "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) "
                    "FROM pg_sequences"
                )
            ).scalars()
            for sequence in list(sequences):
                connection.execute(text(f"ALTER SEQUENCE {sequence} RESTART"))
        self._cleaner.dispose()
        return self.shared

    def new_database(self) -> URL:
        name = next(self._names)
        with self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
        return self.url.set(database=name)

    def drop(self, url: URL) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))

    def close(self) -> None:
        self._cleaner.dispose()
        self.drop(self.shared)
        self._admin.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    address = os.environ.get(POSTGRES_VARIABLE, "")
    if not address:
        reason = f"{POSTGRES_VARIABLE} is not set: no PostgreSQL server to test against"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI must start one: see .ci/run)")
        pytest.skip(reason + " (.ci/run starts one)")
    server = PostgresServer(team_url(make_url(address)))
    yield server
    server.close()


@pytest.fixture
def team_database(postgres_server: PostgresServer) -> URL:
    """A team database at the newest schema holding no data."""
    return postgres_server.emptied()


@pytest.fixture
def anna(tmp_path: Path, team_database: URL) -> Iterator[AppContext]:
    """Anna Nowak's program on the team database, as on her own computer."""
    context = open_program(tmp_path / "komputer Anny", "Anna Nowak", team_database)
    yield context
    context.close()


@pytest.fixture
def jan(tmp_path: Path, team_database: URL) -> Iterator[AppContext]:
    """Jan Kowalski's program on the same team database, on another computer."""
    context = open_program(tmp_path / "komputer Jana", "Jan Kowalski", team_database)
    yield context
    context.close()


@pytest.fixture
def empty_team_database(postgres_server: PostgresServer) -> Iterator[URL]:
    """A new team database with no schema at all, dropped after the test."""
    url = postgres_server.new_database()
    yield url
    postgres_server.drop(url)


class MemoryKeyring(KeyringBackend):
    """The system's password store, in memory: tests never touch the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def database_url(database_kind: str, request: pytest.FixtureRequest) -> URL | None:
    """The team database this test works on, or ``None`` for the data folder's file."""
    if database_kind == "sqlite":
        return None
    url: URL = request.getfixturevalue("team_database")
    return url


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "dane programu ąę"
    monkeypatch.setenv(HOME_VARIABLE, str(folder))
    return folder


@pytest.fixture
def paths(home: Path) -> AppPaths:
    return AppPaths.from_environment().ensure()


@pytest.fixture
def context(paths: AppPaths, database_url: URL | None) -> Iterator[AppContext]:
    """The services over a fresh database: the data folder's file, or a team database."""
    ctx = open_database(paths, read_only=False, team=database_url)
    yield ctx
    ctx.close()


@pytest.fixture
def sample(context: AppContext) -> tuple[AppContext, int, int]:
    """The sample city: a complete Leader application and a half-done Partner draft."""
    context.sample_data.create()
    summaries = context.applications.summaries()
    leader = next(s.id for s in summaries if s.application.role == "lider")
    partner = next(s.id for s in summaries if s.application.role == "partner")
    return context, leader, partner


# --- signing: a real PKI, a SoftHSM2 token, a timestamp responder, a final PDF -----------------


@dataclass(frozen=True)
class SoftHsm:
    library: Path
    config: Path


@pytest.fixture
def colleague(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """An empty data folder on "another computer": its own PIM_DESKTOP_HOME."""
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "komputer koleżanki"))
    ctx = open_database(AppPaths.from_environment().ensure(), read_only=False)
    yield ctx
    ctx.close()


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> SigningPki:
    return SigningPki(tmp_path_factory.mktemp("pki ąę"))


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory: pytest.TempPathFactory, pki: SigningPki) -> SoftHsm:
    library = softhsm_library()
    if library is None:
        pytest.skip("softhsm2 is not installed (apt-get install softhsm2; .ci/run installs it)")
    folder = tmp_path_factory.mktemp("softhsm")
    # The library reads its configuration when it is first loaded in this process.
    os.environ["SOFTHSM2_CONF"] = str(folder / "softhsm2.conf")
    config = make_softhsm_token(folder, pki.signer, library)
    return SoftHsm(library, config)


@pytest.fixture(scope="session")
def timestamp_server(pki: SigningPki) -> Iterator[TimestampServer]:
    with TimestampServer(pki.tsa, pki.ca_der) as server:
        yield server


def make_final_pdf(target: Path, pages: int = 2, marker: str = "") -> Path:
    """An application-like PDF from the program's own A4 frame."""
    from reportlab.platypus import PageBreak, Paragraph

    from pim_desktop.pdf.document_frame import DocumentInfo, build_pdf, styles

    sheet = styles()
    story: list[Any] = []
    for page in range(1, pages + 1):
        story.append(Paragraph(f"Wniosek o udział w PIM – strona {page} {marker}", sheet.title))
        story.append(Paragraph("Zażółć gęślą jaźń. " * 40, sheet.body))
        if page < pages:
            story.append(PageBreak())
    build_pdf(
        target,
        DocumentInfo(
            title="Wniosek – Gmina Miasto Przykładowo",
            header_lines=["Partnerska Inicjatywa Miast"],
            footer_left="PIM/2024/WN/0001",
        ),
        story,
    )
    return target


@pytest.fixture
def final_pdf(tmp_path: Path) -> Path:
    return make_final_pdf(tmp_path / "Wniosek Przykładowo – wersja 1.pdf")
