"""Opens the SQLite database with the pragmas every connection needs.

``foreign_keys`` is per connection and ignored inside a transaction, so it is set in the
``connect`` event; WAL persists in the file but is asked for again harmlessly. This is the one
place that speaks SQLite; the rest of the layer uses portable SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
SYNCHRONOUS = "FULL"


def sqlite_url(database_file: Path, *, read_only: bool = False) -> str:
    """A URL for the file; read-only opens it through SQLite's ``mode=ro`` URI."""
    if read_only:
        return f"sqlite:///file:{database_file.as_posix()}?mode=ro&uri=true"
    return f"sqlite:///{database_file.as_posix()}"


def create_database_engine(database_file: Path, *, read_only: bool = False) -> Engine:
    engine = create_engine(sqlite_url(database_file, read_only=read_only))
    event.listen(engine, "connect", _make_pragma_listener(read_only))
    return engine


def _make_pragma_listener(read_only: bool) -> Any:
    def set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
                # FULL: every commit reaches the disk, so a power cut loses no saved edit (with
                # NORMAL it could roll back every save since the last checkpoint). Measured in
                # tests/benchmarks/test_durable_saves.py: it adds well under a millisecond to
                # an autosave.
                cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
        finally:
            cursor.close()

    return set_pragmas


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
