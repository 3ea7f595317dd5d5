"""Brings a database file to the newest schema with Alembic, from code, safely.

A new database is made by the same revisions as an old one is upgraded. Before an existing file
is changed, a consistent copy is taken. Foreign keys are switched off on the migration connection,
because a batch rebuild of a parent table on SQLite would otherwise fire ON DELETE CASCADE and wipe
the child rows; ``PRAGMA foreign_key_check`` runs after, and a broken result is rolled back to the
copy. Alembic is imported only when a migration is really due, and a file already at the newest
revision is read through ``sqlite3`` alone: opening the data at start imports no SQLAlchemy.

A team's PostgreSQL database goes through the same revisions; there the upgrade runs under an
advisory lock, so two officers starting a new version at the same moment do not both migrate, and
a transaction per revision takes the place of the file copy.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pim_desktop.persistence.backups import DatabaseFileError, looking_at
from pim_desktop.persistence.revisions import (
    MIGRATIONS_DIR,
    MigrationError,
    head_revision,
    known_revisions,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.engine import URL

# The revisions' names live apart (reading a file needs no SQLAlchemy) and are offered here too.
__all__ = [
    "MIGRATIONS_DIR",
    "MIGRATION_LOCK_KEY",
    "MigrationError",
    "MigrationOutcome",
    "SchemaTooNew",
    "check_team_revision",
    "copy_database",
    "database_revision",
    "head_revision",
    "known_revisions",
    "read_revision",
    "upgrade_database",
    "upgrade_team_database",
]

log = logging.getLogger(__name__)


class SchemaTooNew(MigrationError):
    """The database was made by a newer version of the program: it may only be read."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"Baza zespołu ma nowszy układ danych (wersja {revision}) niż ten program. "
            "Dane są otwarte tylko do odczytu; zainstaluj nowszą wersję PIM Desktop, "
            "aby móc je zmieniać."
        )
        self.revision = revision


# Any fixed number the program owns: the key of the advisory lock held while migrating.
MIGRATION_LOCK_KEY = 0x50494D_0001


@dataclass(frozen=True)
class MigrationOutcome:
    from_revision: str | None
    to_revision: str
    backup_file: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def database_revision(connection: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def read_revision(database: Path | str | URL) -> str | None:
    """The revision a database file or a team database is at (``None`` for a new or empty one).

    Raises ``DatabaseFileError`` when a file cannot be read as a database.
    """
    if isinstance(database, Path):
        return _file_revision(database)
    from pim_desktop.persistence.engine import create_database_engine

    engine = create_database_engine(database, read_only=True)
    try:
        with engine.connect() as connection:
            return database_revision(connection)
    finally:
        engine.dispose()


def _file_revision(database_file: Path) -> str | None:
    """The file's revision, read-only and without SQLAlchemy (a file is the usual start)."""
    if not database_file.exists():
        return None
    try:
        with looking_at(database_file) as connection:
            found = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            if found is None:
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        raise DatabaseFileError(str(error)) from error
    return None if row is None else str(row[0])


def upgrade_database(
    database_file: Path,
    backup_dir: Path,
    script_dir: Path = MIGRATIONS_DIR,
    target: str | None = None,
) -> MigrationOutcome:
    """Create or upgrade ``database_file`` to ``target`` (the head revision by default)."""
    head = target or head_revision(script_dir)
    current = read_revision(database_file)
    if current == head:
        return MigrationOutcome(current, head, None)
    backup = None
    if current is not None:
        backup = _copy_before_migration(database_file, backup_dir, current)
    log.info("Migrating %s from %s to %s", database_file, current, head)
    try:
        _run_alembic_upgrade(database_file, script_dir, head)
    except Exception as error:
        if backup is not None:
            _restore_copy(backup, database_file)
        raise MigrationError(str(error)) from error
    return MigrationOutcome(current, head, backup)


def check_team_revision(revision: str | None, script_dir: Path = MIGRATIONS_DIR) -> None:
    """Raise ``SchemaTooNew`` for a revision this program does not know."""
    if revision is not None and revision not in known_revisions(script_dir):
        raise SchemaTooNew(revision)


def upgrade_team_database(
    url: str | URL, script_dir: Path = MIGRATIONS_DIR, target: str | None = None
) -> MigrationOutcome:
    """Create or upgrade a team database, one officer at a time (``pg_advisory_lock``).

    Raises ``SchemaTooNew`` when the server is ahead of this program and ``MigrationError``
    when a revision fails (that revision's transaction is rolled back).
    """
    from sqlalchemy import text

    from pim_desktop.persistence.engine import create_team_engine, masked

    head = target or head_revision(script_dir)
    engine = create_team_engine(url)
    try:
        with engine.connect() as connection:
            current = database_revision(connection)
            check_team_revision(current, script_dir)
            if current == head:
                return MigrationOutcome(current, head, None)
            connection.rollback()
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            connection.commit()
            try:
                # Whoever held the lock before may have migrated already: read again.
                current = database_revision(connection)
                check_team_revision(current, script_dir)
                connection.commit()
                if current != head:
                    log.info("Migrating %s from %s to %s", masked(url), current, head)
                    _alembic_upgrade(connection, script_dir, head)
            finally:
                connection.rollback()
                connection.execute(
                    text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
                connection.commit()
    except MigrationError:
        raise
    except Exception as error:
        raise MigrationError(str(error)) from error
    finally:
        engine.dispose()
    return MigrationOutcome(current, head, None)


def _alembic_upgrade(connection: Connection, script_dir: Path, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_dir))
    config.attributes["connection"] = connection
    command.upgrade(config, target)
    connection.commit()


def _run_alembic_upgrade(database_file: Path, script_dir: Path, target: str) -> None:
    from pim_desktop.persistence.engine import create_database_engine

    engine = create_database_engine(database_file)
    try:
        with engine.connect() as connection:
            # Outside any transaction, or SQLite ignores it.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
            _alembic_upgrade(connection, script_dir, target)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MigrationError(f"Foreign keys broken after migration: {broken[:5]}")
    finally:
        engine.dispose()


def _copy_before_migration(database_file: Path, backup_dir: Path, revision: str) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{database_file.stem}-przed-migracja-{revision}-{stamp}.sqlite3"
    copy_database(database_file, target)
    log.info("Copied %s to %s before migrating", database_file, target)
    return target


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup, even while others have the file open."""
    partial = target.with_name(target.name + ".part")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)


def _restore_copy(backup: Path, database_file: Path) -> None:
    for suffix in ("-wal", "-shm"):
        database_file.with_name(database_file.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, database_file)
    log.warning("Migration failed; restored %s from %s", database_file, backup)
