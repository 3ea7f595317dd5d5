"""Opening a data folder whose file is at the newest revision reads the revision through SQLite
alone: neither SQLAlchemy nor Alembic is imported, and the file is left as it was found."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pim_desktop.paths import AppPaths
from pim_desktop.persistence.backups import DatabaseFileError
from pim_desktop.persistence.migrator import head_revision, read_revision, upgrade_database

OPEN_AND_LIST_MODULES = """
import json, sys
from pim_desktop.app import open_database
from pim_desktop.paths import AppPaths
context = open_database(AppPaths.from_environment(), read_only=False)
sys.stdout.write(json.dumps(sorted(sys.modules)))
"""


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths.under(tmp_path).ensure()
    upgrade_database(paths.database_file, paths.backup_dir)
    return paths


def test_a_file_at_the_newest_revision_opens_without_sqlalchemy(paths: AppPaths) -> None:
    env = {**os.environ, "PIM_DESKTOP_HOME": str(paths.data_dir.parent)}
    result = subprocess.run(
        [sys.executable, "-c", OPEN_AND_LIST_MODULES],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    families = {name.split(".")[0] for name in json.loads(result.stdout)}
    assert not {"sqlalchemy", "alembic"} & families


def test_the_revision_is_read_without_leaving_side_files(paths: AppPaths) -> None:
    before = sorted(path.name for path in paths.data_dir.iterdir())
    assert read_revision(paths.database_file) == head_revision()
    assert sorted(path.name for path in paths.data_dir.iterdir()) == before


def test_a_file_that_is_no_database_is_named_as_such(tmp_path: Path) -> None:
    not_a_database = tmp_path / "dane.sqlite3"
    not_a_database.write_bytes(b"to nie jest baza danych" * 100)
    with pytest.raises(DatabaseFileError):
        read_revision(not_a_database)


def test_a_database_without_revisions_has_none(tmp_path: Path) -> None:
    empty = tmp_path / "pusta.sqlite3"
    sqlite3.connect(empty).close()
    assert read_revision(empty) is None
