"""Every connection the program opens to write keeps saved edits through a power cut."""

from __future__ import annotations

from pathlib import Path

from pim_desktop.persistence.engine import create_database_engine

FULL = 2  # what ``PRAGMA synchronous`` reports for FULL


def test_a_writing_connection_commits_to_the_disk_with_wal_and_foreign_keys(
    tmp_path: Path,
) -> None:
    engine = create_database_engine(tmp_path / "dane.sqlite3")
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == FULL
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
