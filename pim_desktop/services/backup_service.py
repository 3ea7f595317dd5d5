"""Dated backups of the database, the start-up check, and recovery from a damaged file.

Works on the database file itself (SQLite's online backup), so it is usable before the
database is opened, when the start-up check has found it damaged.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from pathlib import Path

from pim_desktop.domain.backup_retention import RetentionPolicy
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Refused
from pim_desktop.persistence import backups
from pim_desktop.persistence.backups import DatabaseFileError
from pim_desktop.persistence.migrator import (
    MigrationError,
    head_revision,
    known_revisions,
    read_revision,
    upgrade_database,
)

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


class RecoveryChoice(Enum):
    """What the officer chose when the database was found damaged at start."""

    RESTORE_NEWEST = auto()
    START_EMPTY = auto()
    QUIT = auto()


@dataclass(frozen=True)
class Backup:
    """One dated backup, as the list in Settings shows it."""

    path: Path
    taken_at: dt.datetime
    size: int


@dataclass(frozen=True)
class BackupOutcome:
    """``created`` is false when the data had not changed since ``backup`` was taken."""

    backup: Backup | None
    created: bool
    pruned: int = 0


@dataclass(frozen=True)
class RestoreOutcome:
    restored_from: Path | None  # None: started with empty data after setting a damaged file aside
    safety_backup: Backup | None  # the state just before the restore (None: it was damaged)
    damaged_file: Path | None = None  # where a damaged database was set aside


class BackupService:
    def __init__(
        self,
        database_file: Path,
        backup_dir: Path,
        *,
        policy: RetentionPolicy | None = None,
        clock: Clock = dt.datetime.now,
    ) -> None:
        self.database_file = database_file
        self.backup_dir = backup_dir
        self._policy = policy or RetentionPolicy()
        self._clock = clock

    # --- listing and making ---------------------------------------------------------------

    def list(self) -> list[Backup]:
        """The dated backups, newest first."""
        return [_backup(found) for found in backups.list_backups(self.backup_dir)]

    def create(self, *, only_if_changed: bool = False) -> BackupOutcome:
        """Take a checked backup, then prune the old ones the policy lets go.

        With ``only_if_changed`` (the automatic backups) a copy equal to the newest backup is
        dropped again, so a day of opening and closing the program does not push real history
        out of the last ten.
        """
        existing = self.list()
        newest = existing[0] if existing else None
        compare = newest.path if only_if_changed and newest else None
        now = self._clock()
        try:
            made = backups.take_backup(
                self.database_file, self.backup_dir, now, unless_same_as=compare
            )
        except (DatabaseFileError, OSError) as error:
            log.error("Backup failed: %s", error)
            raise Refused(_E_BACKUP_FAILED, detail=str(error)) from error
        if made is None:
            return BackupOutcome(newest, created=False)
        try:
            pruned = len(backups.prune_backups(self.backup_dir, now, self._policy))
        except OSError as error:  # an old copy that cannot be removed is no reason to fail
            log.warning("Pruning old backups failed: %s", error)
            pruned = 0
        return BackupOutcome(_backup(made), created=True, pruned=pruned)

    def create_at(self, target: Path) -> Backup:
        """A checked copy at a place the user chose (never over an existing file)."""
        if target.exists():
            raise Refused(_E_TARGET_EXISTS, path=str(target))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            backups.copy_database(self.database_file, target)
        except (DatabaseFileError, OSError) as error:
            raise Refused(_E_BACKUP_FAILED, detail=str(error)) from error
        return Backup(target, self._clock().replace(microsecond=0), target.stat().st_size)

    # --- the start-up check -----------------------------------------------------------------

    def database_problem(self) -> str | None:
        """``None`` when the database is sound or does not exist yet; else SQLite's complaint.

        Raises ``DatabaseFileError`` when the file cannot be read at all.
        """
        if not self.database_file.exists():
            return None
        return backups.quick_check(self.database_file)

    def newest_good(self) -> Backup | None:
        """The newest backup that passes its own check."""
        for candidate in self.list():
            try:
                if backups.quick_check(candidate.path) is None:
                    return candidate
            except DatabaseFileError:
                continue
            log.warning("Backup %s failed its check; trying an older one", candidate.path)
        return None

    def recover(self, backup: Path | None) -> RestoreOutcome:
        """Set the damaged database aside and put ``backup`` in its place (or nothing)."""
        damaged = backups.set_aside(self.database_file, self._clock())
        if backup is not None:
            self._install(backup, replace_live=False)
        return RestoreOutcome(restored_from=backup, safety_backup=None, damaged_file=damaged)

    # --- restoring ----------------------------------------------------------------------------

    def restore(self, backup: Path) -> RestoreOutcome:
        """Put a backup's data in place of the current ones, after backing those up.

        A damaged current database is set aside instead of backed up.
        """
        self._verify_candidate(backup)
        try:
            problem = self.database_problem()
        except DatabaseFileError as error:
            raise Refused(_E_RESTORE_FAILED, detail=str(error)) from error
        if problem is not None:
            return self.recover(backup)
        safety = self.create().backup if self.database_file.exists() else None
        self._install(backup, replace_live=self.database_file.exists())
        log.info("Restored the database from %s", backup)
        return RestoreOutcome(backup, safety)

    def _verify_candidate(self, backup: Path) -> None:
        if not backup.is_file():
            raise Refused(_E_NO_SUCH_FILE, path=str(backup))
        try:
            problem = backups.quick_check(backup)
            revision = read_revision(backup) if problem is None else None
        except DatabaseFileError as error:
            raise Refused(_E_NOT_A_BACKUP, path=str(backup), detail=str(error)) from error
        if problem is not None:
            raise Refused(_E_BACKUP_DAMAGED, path=str(backup), detail=problem)
        if revision is None or revision not in known_revisions():
            raise Refused(_E_NOT_A_BACKUP, path=str(backup), detail=f"revision {revision}")

    def _install(self, backup: Path, *, replace_live: bool) -> None:
        """Bring a copy of ``backup`` to the newest schema, then make it the database."""
        self._verify_candidate(backup)
        with tempfile.TemporaryDirectory(prefix="pim-restore-", dir=self.backup_dir) as work:
            working = Path(work) / "restore.sqlite3"
            try:
                backups.copy_database(backup, working)
                if read_revision(working) != head_revision():
                    upgrade_database(working, Path(work) / "before-migration")
                if replace_live:
                    backups.restore_into(working, self.database_file)
                else:
                    backups.copy_database(working, self.database_file)
            except (DatabaseFileError, MigrationError, OSError) as error:
                raise Refused(_E_RESTORE_FAILED, detail=str(error)) from error
        problem = backups.quick_check(self.database_file)
        if problem is not None:
            raise Refused(_E_RESTORE_FAILED, detail=problem)


def _backup(found: backups.BackupFile) -> Backup:
    return Backup(found.path, found.taken_at, found.size)


_E_BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "domain",
    "Nie udało się utworzyć kopii zapasowej ({detail}). Sprawdź, czy na dysku jest miejsce "
    "i czy folder kopii pozwala na zapis.",
)
_E_TARGET_EXISTS = QT_TRANSLATE_NOOP(
    "domain",
    "Plik {path} już istnieje. Podaj nazwę nowego pliku; istniejący nie zostanie nadpisany.",
)
_E_NO_SUCH_FILE = QT_TRANSLATE_NOOP("domain", "Nie ma pliku {path}.")
_E_NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "domain",
    "Plik {path} nie jest kopią danych PIM Desktop albo pochodzi z nowszej wersji programu "
    "({detail}). Dane pozostały bez zmian.",
)
_E_BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "domain",
    "Kopia {path} jest uszkodzona ({detail}) i nie może być przywrócona. Wybierz starszą kopię.",
)
_E_RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "domain", "Nie udało się przywrócić kopii ({detail}). Dane pozostały bez zmian."
)
