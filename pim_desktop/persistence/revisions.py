"""Which schema revisions this program knows, read from the migrations' file names.

Kept apart from the migrator, which needs SQLAlchemy and Alembic: a command that only reads a
database at the newest revision learns that it may do so without importing either.
"""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


class MigrationError(Exception):
    """The schema could not be brought up to date; the database was left as it was."""


def known_revisions(script_dir: Path = MIGRATIONS_DIR) -> list[str]:
    """Every revision this program knows, read from the file names, oldest first."""
    return sorted(
        match.group(1)
        for path in (script_dir / "versions").iterdir()
        if (match := _REVISION_FILE.match(path.name))
    )


def head_revision(script_dir: Path = MIGRATIONS_DIR) -> str:
    """The newest revision, read from the file names (``0007_…py`` is revision ``0007``)."""
    numbers = known_revisions(script_dir)
    if not numbers:
        raise MigrationError(f"No revisions in {script_dir}")
    return numbers[-1]
