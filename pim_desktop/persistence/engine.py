"""Opens the database: the SQLite file on this computer, or a city team's PostgreSQL server.

This is the one place that speaks a particular database. For SQLite, ``foreign_keys`` is per
connection and ignored inside a transaction, so it is set in the ``connect`` event; WAL persists in
the file but is asked for again harmlessly. For PostgreSQL, a server on another machine is reached
only over TLS, and every connection works in UTC so times keep their zone. The rest of the layer
uses portable SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
SYNCHRONOUS = "FULL"
TEAM_DRIVER = "postgresql+psycopg"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", ""})
CONNECT_TIMEOUT_S = 10
# A server that vanishes without closing the connection (a cable pulled, a machine off) is
# noticed within seconds, not after the system's TCP timeout of many minutes: data unanswered
# for this long, or an idle connection silent to a few probes, breaks the connection.
TCP_USER_TIMEOUT_MS = 8000
KEEPALIVE = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 3,
    "keepalives_count": 3,
}
# SQLSTATEs of a server that went away: class 08 (connection_exception) and the shutdowns of
# class 57 (admin_shutdown, crash_shutdown, cannot_connect_now). The rest of class 57 (a
# cancelled statement, a dropped database) is no lost connection.
_GONE_SQLSTATE_CLASS = "08"
_GONE_SQLSTATES = frozenset({"57P01", "57P02", "57P03"})


class DatabaseUrlError(ValueError):
    """The address of a team database is not one the program can use; the message says why."""


def sqlite_url(database_file: Path, *, read_only: bool = False) -> str:
    """A URL for the file; read-only opens it through SQLite's ``mode=ro`` URI."""
    if read_only:
        return f"sqlite:///file:{database_file.as_posix()}?mode=ro&uri=true"
    return f"sqlite:///{database_file.as_posix()}"


def team_url(address: str | URL) -> URL:
    """The URL of a team database, with the psycopg driver and TLS for any host not this one.

    ``postgresql://`` and ``postgres://`` are accepted and given the psycopg driver; a URL that
    says its own ``sslmode`` keeps it.
    """
    try:
        url = make_url(address)
    except ArgumentError as error:
        raise DatabaseUrlError(f"Niepoprawny adres bazy zespołu: {error}") from error
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise DatabaseUrlError(
            "Baza zespołu musi być bazą PostgreSQL (adres postgresql+psycopg://…), "
            f"a nie {url.get_backend_name()}."
        )
    if url.drivername != TEAM_DRIVER:
        url = url.set(drivername=TEAM_DRIVER)
    if not url.database:
        raise DatabaseUrlError("W adresie bazy zespołu brakuje nazwy bazy danych.")
    if (url.host or "") not in LOCAL_HOSTS and "sslmode" not in url.query:
        url = url.update_query_dict({"sslmode": "require"})
    return url


def masked(url: str | URL) -> str:
    """The URL as it may be logged or shown: the password never leaves this function."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<niepoprawny adres>"


def is_unreachable(error: BaseException) -> bool:
    """Whether ``error`` (SQLAlchemy's or the driver's own) says that the team database cannot
    be reached: the server refused or dropped the connection, or is shutting down.

    Told by the database's codes, not its wording. psycopg gives no SQLSTATE when the socket
    closes mid-session (then it has no connection object) or when the connection is refused
    (then libpq never asked for a password); a refused password is the server answering.
    """
    original = error.orig if isinstance(error, DBAPIError) else error
    sqlstate = getattr(original, "sqlstate", None)
    if isinstance(sqlstate, str):
        return sqlstate.startswith(_GONE_SQLSTATE_CLASS) or sqlstate in _GONE_SQLSTATES
    if type(original).__name__ == "OperationalError" and type(original).__module__.startswith(
        "psycopg"
    ):
        pgconn = getattr(original, "pgconn", None)
        return pgconn is None or not (pgconn.used_password or pgconn.needs_password)
    return isinstance(error, DBAPIError) and error.connection_invalidated and not _is_sqlite(error)


def server_answers(session_factory: sessionmaker[Session]) -> bool:
    """Whether the database answers now; ``False`` when it is unreachable. Any other fault
    (a refused password) is raised."""
    try:
        with session_factory() as session:
            session.connection().exec_driver_sql("SELECT 1")
    except DBAPIError as error:
        if is_unreachable(error):
            return False
        raise
    return True


def _is_sqlite(error: DBAPIError) -> bool:
    return isinstance(error.orig, sqlite3.Error)


def is_team(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def create_database_engine(database: Path | str | URL, *, read_only: bool = False) -> Engine:
    """An engine for a SQLite file (a ``Path``) or for a team database (its URL)."""
    if isinstance(database, Path):
        return _create_sqlite_engine(database, read_only=read_only)
    return create_team_engine(database, read_only=read_only)


def create_team_engine(address: str | URL, *, read_only: bool = False) -> Engine:
    """A pooled engine for the team's PostgreSQL server; read-only sessions cannot write."""
    url = team_url(address)
    options = "-c TimeZone=UTC"
    if read_only:
        options += " -c default_transaction_read_only=on"
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={
            "options": options,
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "pim-desktop",
            "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
            **KEEPALIVE,
        },
    )


def _create_sqlite_engine(database_file: Path, *, read_only: bool) -> Engine:
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
    # The ORM is imported by the first service, not by every opening of an engine.
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)
