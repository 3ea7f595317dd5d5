"""A read-only look at the database file with SQLite alone, for commands that only read.

Opening the data the usual way imports SQLAlchemy and its tables, which costs a command-line
verb more than its own work. A verb that reads one application or the city's names reads them
here instead, in one read transaction, and only from a file at this program's newest revision;
any other file (older, newer, unreadable) raises ``SnapshotUnavailable`` and the verb opens the
data the usual way, which migrates, refuses or explains.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pim_desktop.domain.application import Application
from pim_desktop.persistence.application_rows import (
    APPLICATION_COLUMNS,
    ApplicationNotFound,
    application_from_row,
)
from pim_desktop.persistence.backups import DatabaseFileError, looking_at
from pim_desktop.persistence.revisions import head_revision

_DATES = {"created_at", "updated_at"}


class SnapshotUnavailable(Exception):
    """The file cannot be read this way; open the data the usual way."""


@dataclass(frozen=True)
class CityNames:
    official_name: str
    post_town: str


class FileSnapshot:
    """Rows read inside one read transaction of the file."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def application(self, application_id: int) -> Application:
        query = f"SELECT {', '.join(APPLICATION_COLUMNS)} FROM application WHERE id = ?"
        row = self._fetch_one(query, (application_id,))
        if row is None:
            raise ApplicationNotFound(application_id)
        columns: dict[str, Any] = dict(zip(APPLICATION_COLUMNS, row, strict=True))
        for name in _DATES:
            columns[name] = dt.datetime.fromisoformat(columns[name])
        if columns["sent_on"] is not None:
            columns["sent_on"] = dt.date.fromisoformat(columns["sent_on"])
        try:
            return application_from_row(SimpleNamespace(**columns))
        except (TypeError, ValueError) as error:  # a value this program would not have written
            raise SnapshotUnavailable(str(error)) from error

    def city_names(self) -> CityNames:
        """The city's official name and post town, empty before the profile is filled in."""
        row = self._fetch_one("SELECT official_name, post_town FROM city_profile WHERE id = 1")
        if row is None:
            return CityNames("", "")
        return CityNames(str(row[0] or ""), str(row[1] or ""))

    def _fetch_one(
        self, query: str, parameters: tuple[object, ...] = ()
    ) -> tuple[object, ...] | None:
        try:
            row: tuple[object, ...] | None = self._connection.execute(query, parameters).fetchone()
        except sqlite3.Error as error:
            raise SnapshotUnavailable(str(error)) from error
        return row


@contextmanager
def read_snapshot(database_file: Path) -> Iterator[FileSnapshot]:
    """The file at this program's newest revision, for reading; else ``SnapshotUnavailable``."""
    try:
        with looking_at(database_file) as connection:
            try:
                connection.execute("BEGIN")  # the revision and the rows from one moment
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.Error as error:
                raise SnapshotUnavailable(str(error)) from error
            if revision is None or revision[0] != head_revision():
                raise SnapshotUnavailable(f"revision {revision} is not {head_revision()}")
            yield FileSnapshot(connection)
    except (DatabaseFileError, sqlite3.Error) as error:  # no file, or SQLite cannot open it
        raise SnapshotUnavailable(str(error)) from error
