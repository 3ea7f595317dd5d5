"""A city's shared team database: its address and password, a connection check, and moving a
city's data from this computer into it and back, with a comparison of what arrived.

The address (without the password) is remembered in the settings file; the password goes to the
system's keyring (the Windows Credential Manager), never to a file or a log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from pim_desktop.domain.canonical import application_checksum
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Refused
from pim_desktop.paths import AppPaths
from pim_desktop.persistence.application_repository import ApplicationRepository
from pim_desktop.persistence.database_copy import copy_rows, holds_data, row_counts
from pim_desktop.persistence.engine import (
    DatabaseUrlError,
    create_database_engine,
    make_session_factory,
    masked,
    team_url,
)
from pim_desktop.persistence.migrator import upgrade_database, upgrade_team_database
from pim_desktop.persistence.settings_store import SettingsStore
from pim_desktop.services.backup_service import Backup, BackupOutcome, BackupService, RestoreOutcome
from pim_desktop.services.errors import classify, explain, storage_errors

log = logging.getLogger(__name__)

KEYRING_SERVICE = "pim-desktop-baza-zespolu"
DEFAULT_PORT = 5432


class TeamDatabaseRefused(Exception):
    """The copy was not made; the message says why in Polish."""


@dataclass(frozen=True)
class TeamAddress:
    """Where the team database is, without the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self, password: str = "") -> URL:
        return team_url(
            URL.create(
                "postgresql+psycopg",
                username=self.user,
                password=password or None,
                host=self.host,
                port=self.port,
                database=self.database,
            )
        )

    @property
    def keyring_name(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, address: str | URL) -> TeamAddress:
        url = team_url(address)
        return cls(url.host or "", url.database or "", url.username or "", url.port or DEFAULT_PORT)


def check_connection(url: str | URL) -> str | None:
    """``None`` when the server answers; otherwise a Polish reason to show."""
    try:
        engine = create_database_engine(team_url(url))
    except DatabaseUrlError as error:
        return str(error)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except DBAPIError as error:
        log.warning("Team database %s refused or unreachable: %s", masked(url), error.orig)
        return explain(classify(error))
    finally:
        engine.dispose()
    return None


class TeamDatabaseSettings:
    """Remembers the team database: its address in the settings file, its password in the
    system's keyring."""

    def __init__(self, store: SettingsStore) -> None:
        self._store = store

    def address(self) -> TeamAddress | None:
        saved = self._store.load().team_database_url
        if not saved:
            return None
        try:
            return TeamAddress.from_url(saved)
        except DatabaseUrlError as error:
            log.warning("Saved team database address unusable: %s", error)
            return None

    def url(self) -> URL | None:
        """The saved address with its password from the keyring (``None`` when not set)."""
        import keyring

        address = self.address()
        if address is None:
            return None
        return address.url(keyring.get_password(KEYRING_SERVICE, address.keyring_name) or "")

    def remember(self, address: TeamAddress, password: str) -> None:
        import keyring

        keyring.set_password(KEYRING_SERVICE, address.keyring_name, password)
        plain = address.url().render_as_string(hide_password=False)  # it has no password
        self._store.save(self._store.load().with_changes(team_database_url=plain))

    def check(self, address: TeamAddress, password: str) -> str | None:
        """``None`` when the server answers with these data; otherwise a Polish reason."""
        return check_connection(address.url(password))

    def forget(self) -> None:
        self._store.save(self._store.load().with_changes(team_database_url=""))


@dataclass(frozen=True)
class CopyReport:
    """What was copied and whether the target holds the same: rows and application checksums."""

    rows: dict[str, tuple[int, int]]  # table: (in the source, in the target)
    checksums: dict[int, tuple[str, str | None]]  # application id: (source, target)
    attachments_left: int = 0  # files in this computer's attachment folder, not copied
    notes: list[str] = field(default_factory=list)

    @property
    def differences(self) -> list[str]:
        rows = [
            f"tabela {name}: {source} wierszy źródła, {target} po skopiowaniu"
            for name, (source, target) in self.rows.items()
            if source != target
        ]
        sums = [
            f"wniosek {number}: suma kontrolna się różni"
            for number, (source, target) in self.checksums.items()
            if source != target
        ]
        return rows + sums

    @property
    def total_rows(self) -> int:
        return sum(source for source, _target in self.rows.values())


def copy_to_team(paths: AppPaths, url: str | URL) -> CopyReport:
    """Copy this computer's data into an empty team database and compare what arrived."""
    upgrade_database(paths.database_file, paths.backup_dir)
    upgrade_team_database(url)
    source = create_database_engine(paths.database_file, read_only=True)
    target = create_database_engine(team_url(url))
    try:
        return _copy(source, target, _refusal_for_team(url), _count_files(paths.attachments_dir))
    finally:
        source.dispose()
        target.dispose()


def copy_from_team(url: str | URL, paths: AppPaths) -> CopyReport:
    """Make a local copy of a team database in this computer's (empty) SQLite file."""
    upgrade_team_database(url)
    upgrade_database(paths.database_file, paths.backup_dir)
    source = create_database_engine(team_url(url), read_only=True)
    target = create_database_engine(paths.database_file)
    try:
        return _copy(
            source,
            target,
            "Dane na tym komputerze nie są puste; kopię bazy zespołu robi się tylko do pustego "
            "folderu danych (ustaw PIM_DESKTOP_HOME na nowy folder).",
            0,
        )
    finally:
        source.dispose()
        target.dispose()


def _refusal_for_team(url: str | URL) -> str:
    return (
        f"Baza zespołu {masked(url)} zawiera już dane; kopiuje się tylko do pustej bazy. "
        "Nic nie zostało zmienione."
    )


def _copy(source: Engine, target: Engine, refusal: str, attachments: int) -> CopyReport:
    with storage_errors():
        if holds_data(target):
            raise TeamDatabaseRefused(refusal)
        copy_rows(source, target)
        with source.connect() as reading, target.connect() as writing:
            before, after = row_counts(reading), row_counts(writing)
        ours, theirs = _checksums(source), _checksums(target)
    rows = {name: (before[name], after.get(name, 0)) for name in before}
    checksums = {number: (value, theirs.get(number)) for number, value in ours.items()}
    return CopyReport(rows, checksums, attachments)


def _checksums(engine: Engine) -> dict[int, str]:
    with make_session_factory(engine)() as session:
        return {
            application.id: application_checksum(application)
            for application in ApplicationRepository(session).all()
        }


def _count_files(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    return sum(1 for path in folder.rglob("*") if path.is_file())


DATABASE_URL_VARIABLE = "PIM_DESKTOP_DATABASE_URL"


def chosen_team_database(
    given: str | None, environ: dict[str, str], store: SettingsStore
) -> URL | None:
    """The team database to open: ``--database``, else ``PIM_DESKTOP_DATABASE_URL``, else the
    one remembered in Settings; ``None`` for this computer's own file.

    Raises ``DatabaseUrlError`` for an address that is not a PostgreSQL one.
    """
    address = given or environ.get(DATABASE_URL_VARIABLE, "")
    if address:
        return team_url(address)
    return TeamDatabaseSettings(store).url()


class ServerKeptBackups(BackupService):
    """Backups of a team database are the server's job (``pg_dump`` by the city's IT): the
    program takes no file copies of it, lists none, and has no file to check at start."""

    def list(self) -> list[Backup]:
        return []

    def create(self, *, only_if_changed: bool = False) -> BackupOutcome:
        """The automatic backups (before an import, hourly) are skipped; one asked for is
        refused with the reason."""
        if not only_if_changed:
            raise Refused(_E_SERVER_BACKUP)
        return BackupOutcome(None, created=False)

    def create_at(self, target: Path) -> Backup:
        raise Refused(_E_SERVER_BACKUP)

    def database_problem(self) -> str | None:
        return None

    def newest_good(self) -> Backup | None:
        return None

    def restore(self, backup: Path) -> RestoreOutcome:
        raise Refused(_E_SERVER_BACKUP)


_E_SERVER_BACKUP = QT_TRANSLATE_NOOP(
    "domain",
    "Kopie zapasowe bazy zespołu robi administrator serwera (pg_dump); program nie zapisuje "
    "ich w plikach.",
)
