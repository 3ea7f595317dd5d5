"""Consistent copies of the SQLite file: dated backups, their check, pruning and restoring.

Every copy goes through SQLite's online backup (consistent even while the program writes),
lands under a temporary name, is checked with ``PRAGMA quick_check`` and only then gets its
real name. Backups are plain single files (rollback journal, not WAL), so they can be copied
and opened anywhere. This module speaks SQLite directly on purpose: it works on files, below
the level of tables.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from pim_desktop.domain.backup_retention import RetentionPolicy, backups_to_keep

log = logging.getLogger(__name__)

BACKUP_PREFIX = "pim-desktop-"
BACKUP_SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y-%m-%d_%H-%M-%S"
DAMAGED_MARK = "uszkodzona"
PARTIAL_SUFFIX = ".part"
# The first 100 bytes of page 1 are the file header; its counters change with every copy.
HEADER_BYTES = 100
_BACKUP_NAME = re.compile(
    r"^pim-desktop-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2})(?:-(?P<n>\d+))?\.sqlite3$"
)
_SIDE_FILES = ("-wal", "-shm", "-journal")
_DAMAGE_CODES = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_INDEX"})


class DatabaseFileError(Exception):
    """A copy could not be made or checked; ``str()`` holds SQLite's or the system's reason."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime  # local time, as in the file name
    size: int


def backup_name(moment: dt.datetime, counter: int = 0) -> str:
    """``pim-desktop-2026-11-28_14-05-12.sqlite3`` (``-2`` … for a second copy that second)."""
    extra = f"-{counter}" if counter else ""
    return f"{BACKUP_PREFIX}{moment.strftime(STAMP_FORMAT)}{extra}{BACKUP_SUFFIX}"


def parse_backup_name(name: str) -> dt.datetime | None:
    match = _BACKUP_NAME.match(name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group("stamp"), STAMP_FORMAT)
    except ValueError:
        return None


def _sequence(name: str) -> int:
    """The counter of a second backup taken within the same second (0 for the first)."""
    match = _BACKUP_NAME.match(name)
    return int(match.group("n")) if match and match.group("n") else 0


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """The dated backups in ``backup_dir``, newest first (other files are not looked at)."""
    if not backup_dir.is_dir():
        return []
    found: list[BackupFile] = []
    for path in backup_dir.iterdir():
        taken = parse_backup_name(path.name)
        if taken is None or not path.is_file():
            continue
        found.append(BackupFile(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, _sequence(b.path.name)), reverse=True)


def read_only_uri(database_file: Path) -> str:
    return "file:" + quote(database_file.as_posix(), safe="/:") + "?mode=ro"


@contextmanager
def _read_only(database_file: Path) -> Iterator[sqlite3.Connection]:
    if not database_file.is_file():
        raise DatabaseFileError(f"{database_file} does not exist")
    with closing(sqlite3.connect(read_only_uri(database_file), uri=True)) as connection:
        yield connection


@contextmanager
def looking_at(database_file: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that leaves the file's side files as it found them."""
    existed = {suffix for suffix in ("-wal", "-shm") if _side(database_file, suffix).exists()}
    try:
        with _read_only(database_file) as connection:
            yield connection
    finally:
        _remove_created_side_files(database_file, existed)


def quick_check(database_file: Path) -> str | None:
    """``None`` when SQLite finds the file sound; otherwise its first complaint.

    The file is opened read-only: a damaged file is never written to, not even by a checkpoint.
    A file that cannot be reached at all (no permission, a lost network drive) is not called
    damaged: that raises ``DatabaseFileError`` instead.
    """
    try:
        with looking_at(database_file) as connection:
            rows = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") in _DAMAGE_CODES:
            return str(error)
        raise DatabaseFileError(str(error)) from error
    if rows == ["ok"]:
        return None
    return "; ".join(rows[:5]) or "quick_check returned nothing"


def content_digest(database_file: Path) -> str:
    """SHA-256 of the pages after the file header: equal for copies of unchanged data."""
    digest = hashlib.sha256()
    with database_file.open("rb") as stream:
        stream.seek(HEADER_BYTES)
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def copy_database(source: Path, target: Path) -> None:
    """A checked, consistent copy of ``source`` at ``target`` (which must not exist yet).

    Written under a temporary name, flushed to the disk, checked, then renamed: a crash leaves
    either no file or a whole one.
    """
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    partial.unlink(missing_ok=True)
    try:
        with _read_only(source) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        problem = quick_check(partial)
        if problem is not None:
            raise DatabaseFileError(f"the copy failed its check: {problem}")
        _flush_to_disk(partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        raise DatabaseFileError(str(error)) from error
    finally:
        _remove_with_side_files(partial)


def take_backup(
    database_file: Path, backup_dir: Path, now: dt.datetime, *, unless_same_as: Path | None = None
) -> BackupFile | None:
    """A new dated backup; ``None`` when its data equal those of ``unless_same_as``."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    counter = 0
    while (backup_dir / backup_name(now, counter)).exists():
        counter += 1
    target = backup_dir / backup_name(now, counter)
    copy_database(database_file, target)
    if _same_data(target, unless_same_as):
        target.unlink()
        return None
    log.info("Backup written: %s", target)
    return BackupFile(target, now.replace(microsecond=0), target.stat().st_size)


def _same_data(new: Path, old: Path | None) -> bool:
    return old is not None and old.is_file() and content_digest(new) == content_digest(old)


def prune_backups(
    backup_dir: Path, now: dt.datetime, policy: RetentionPolicy | None = None
) -> list[Path]:
    """Remove the dated backups the policy does not keep; returns what was removed.

    The caller prunes only after a new backup has passed its check, so a good copy exists.
    """
    backups = list_backups(backup_dir)
    keep = backups_to_keep((b.taken_at for b in backups), now, policy)
    removed: list[Path] = []
    for backup in backups[1:]:  # the newest stays, whatever the clock says
        if backup.taken_at not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    if removed:
        log.info("Pruned %d old backups", len(removed))
    return removed


def restore_into(source: Path, live_database: Path) -> None:
    """Replace the contents of ``live_database`` with those of ``source``, in one transaction.

    SQLite's backup API writes through the live file's own journal (WAL), so connections the
    program keeps open see the restored data at their next transaction, and a crash midway
    leaves the old contents.
    """
    try:
        with _read_only(source) as src, closing(sqlite3.connect(live_database)) as dst:
            dst.execute("PRAGMA journal_mode=WAL")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error as error:
        raise DatabaseFileError(str(error)) from error


def set_aside(database_file: Path, now: dt.datetime) -> Path:
    """Rename a damaged database (with its WAL, which may hold recent work) for inspection.

    Renaming does not open the file; the name says what it is and when it was found damaged.
    """
    stamp = now.strftime(STAMP_FORMAT)
    counter = 0
    while True:
        extra = f"-{counter}" if counter else ""
        target = database_file.with_name(
            f"{database_file.stem}-{DAMAGED_MARK}-{stamp}{extra}{database_file.suffix}"
        )
        if not target.exists():
            break
        counter += 1
    os.replace(database_file, target)
    for suffix in _SIDE_FILES:
        side = database_file.with_name(database_file.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    log.warning("Damaged database set aside as %s", target)
    return target


def table_counts(database_file: Path) -> dict[str, int]:
    """Rows per table, read-only: a copy must have the same."""
    with _read_only(database_file) as connection:
        names = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: int(connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0])
            for name in names
        }


def _side(database_file: Path, suffix: str) -> Path:
    return database_file.with_name(database_file.name + suffix)


def _remove_created_side_files(database_file: Path, existed: set[str]) -> None:
    """A read-only look at a WAL file leaves an empty ``-wal`` and an index ``-shm`` behind;
    the check removes what it made, so a damaged file is set aside exactly as it was found."""
    wal, shm = _side(database_file, "-wal"), _side(database_file, "-shm")
    if "-wal" not in existed and wal.exists() and wal.stat().st_size == 0:
        wal.unlink(missing_ok=True)
    if "-shm" not in existed and not wal.exists():
        shm.unlink(missing_ok=True)


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def _remove_with_side_files(path: Path) -> None:
    path.unlink(missing_ok=True)
    for suffix in _SIDE_FILES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
