"""A team database that goes away is told by the database's codes: a connection refused, a
socket closed mid-session and a server shutting down are "unreachable"; a wrong password, a
constraint broken and SQLite's own faults are not."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from tcp_proxy import TcpProxy

from pim_desktop.persistence.engine import (
    create_database_engine,
    is_unreachable,
    make_session_factory,
    server_answers,
)


@pytest.fixture
def proxy(team_database: URL) -> Iterator[TcpProxy]:
    relay = TcpProxy(team_database.host or "127.0.0.1", team_database.port or 5432)
    relay.start()
    yield relay
    relay.stop()


def failure(run: object) -> DBAPIError:
    with pytest.raises(DBAPIError) as caught:
        run()  # type: ignore[operator]
    return caught.value


def test_a_refused_and_a_dropped_connection_are_unreachable(
    proxy: TcpProxy, team_database: URL
) -> None:
    engine = create_database_engine(proxy.url_for(team_database))
    try:
        connection = engine.connect()
        connection.execute(text("SELECT 1"))
        proxy.stop()
        dropped = failure(lambda: connection.execute(text("SELECT 1")))
        refused = failure(engine.connect)
        assert is_unreachable(dropped) and is_unreachable(refused)
        assert not server_answers(make_session_factory(engine))
        proxy.start()
        assert server_answers(make_session_factory(engine))
    finally:
        engine.dispose()


def test_a_server_shutting_down_is_unreachable(team_database: URL) -> None:
    """57P01 (admin_shutdown) reaches a session the server ends, as in a restart."""
    engine = create_database_engine(team_database)
    watcher = create_database_engine(team_database)
    try:
        with engine.connect() as victim, watcher.connect() as admin:
            pid = victim.execute(text("SELECT pg_backend_pid()")).scalar_one()
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            ended = failure(lambda: victim.execute(text("SELECT 1")))
        assert getattr(ended.orig, "sqlstate", None) in (None, "57P01")
        assert is_unreachable(ended)
    finally:
        engine.dispose()
        watcher.dispose()


def test_a_wrong_password_and_a_broken_rule_are_not_unreachable(team_database: URL) -> None:
    engine = create_database_engine(team_database.set(password="zle-haslo"))
    try:
        assert not is_unreachable(failure(engine.connect))
        with pytest.raises(DBAPIError):
            server_answers(make_session_factory(engine))
    finally:
        engine.dispose()
    good = create_database_engine(team_database)
    try:
        with good.connect() as connection:
            broken = failure(lambda: connection.execute(text("SELECT 1/0")))
        assert getattr(broken.orig, "sqlstate", None) == "22012"
        assert not is_unreachable(broken)
    finally:
        good.dispose()


def test_sqlite_s_faults_are_never_a_lost_server(tmp_path: Path) -> None:
    engine = create_database_engine(tmp_path / "dane.sqlite3")
    try:
        with engine.connect() as connection:
            fault = failure(lambda: connection.execute(text("SELECT * FROM brak_tabeli")))
        assert isinstance(fault.orig, sqlite3.Error)
        assert not is_unreachable(fault)
    finally:
        engine.dispose()
