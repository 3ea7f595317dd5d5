"""Where the data folder lies (a network share or a removable drive is a risk) and moving it.

A move copies safely: the database through SQLite's online backup, every attachment with its
hash checked, then both copies are compared before the new place is remembered. The old folder
stays as it was; the program uses the new one from its next start.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Refused
from pim_desktop.paths import DATABASE_FILE_NAME, AppPaths
from pim_desktop.persistence import backups
from pim_desktop.persistence.attachment_store import sha256_of
from pim_desktop.persistence.backups import DatabaseFileError
from pim_desktop.platform_checks import DriveKind, drive_kind, is_risky
from pim_desktop.services.settings_service import SettingsService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DataFolderState:
    folder: Path
    kind: DriveKind
    fixed_by_environment: bool

    @property
    def risky(self) -> bool:
        return is_risky(self.kind)


@dataclass(frozen=True)
class MoveOutcome:
    new_folder: Path
    old_folder: Path
    attachments: int


class DataFolderService:
    def __init__(self, paths: AppPaths, settings: SettingsService) -> None:
        self._paths = paths
        self._settings = settings

    def state(self) -> DataFolderState:
        return DataFolderState(
            self._paths.data_dir, drive_kind(self._paths.data_dir), self._paths.data_dir_fixed
        )

    def target_kind(self, target: Path) -> DriveKind:
        return drive_kind(target)

    def move_to(self, target: Path) -> MoveOutcome:
        """Copy the data to ``target`` (an empty or new folder) and remember it for next start.

        Save every pending edit first: what is written after the copy stays in the old folder.
        """
        if self._paths.data_dir_fixed:
            raise Refused(_E_FIXED)
        source = self._paths.data_dir.resolve()
        target = target.expanduser().resolve()
        if target == source or source in target.parents or target in source.parents:
            raise Refused(_E_NESTED, target=str(target), source=str(source))
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            raise Refused(_E_NOT_EMPTY, target=str(target))
        created = not target.exists()
        try:
            target.mkdir(parents=True, exist_ok=True)
            new_database = target / DATABASE_FILE_NAME
            backups.copy_database(self._paths.database_file, new_database)
            copied = _copy_attachments(self._paths.attachments_dir, target / "attachments")
            _compare(self._paths.database_file, new_database)
        except (DatabaseFileError, OSError, _CopyMismatch) as error:
            log.error("Moving the data folder to %s failed: %s", target, error)
            _clean_up(target, created)
            raise Refused(_E_MOVE_FAILED, detail=str(error)) from error
        self._settings.set_data_dir(str(target))
        log.info("Data copied from %s to %s; used from the next start", source, target)
        return MoveOutcome(target, source, copied)


class _CopyMismatch(Exception):
    pass


def _copy_attachments(source: Path, target: Path) -> int:
    if not source.is_dir():
        return 0
    copied = 0
    for file in sorted(source.rglob("*")):
        if not file.is_file() or file.name.endswith(".part"):
            continue
        destination = target / file.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(destination.name + ".part")
        shutil.copyfile(file, partial)
        expected = file.name if _is_sha256(file.name) else sha256_of(file)
        if sha256_of(partial) != expected:
            partial.unlink(missing_ok=True)
            raise _CopyMismatch(f"attachment {file.name} differs after copying")
        os.replace(partial, destination)
        copied += 1
    return copied


def _compare(old_database: Path, new_database: Path) -> None:
    problem = backups.quick_check(new_database)
    if problem is not None:
        raise _CopyMismatch(f"the copied database failed its check: {problem}")
    if backups.table_counts(old_database) != backups.table_counts(new_database):
        raise _CopyMismatch("the copied database has other row counts than the original")


def _is_sha256(name: str) -> bool:
    return len(name) == 64 and all(ch in "0123456789abcdef" for ch in name)


def _clean_up(target: Path, created: bool) -> None:
    """Remove what the failed move wrote; a folder the user made stays (empty)."""
    if created:
        shutil.rmtree(target, ignore_errors=True)
        return
    for child in target.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


_E_FIXED = QT_TRANSLATE_NOOP(
    "domain",
    "Folder danych jest ustawiony zmienną środowiskową PIM_DESKTOP_HOME i nie można go "
    "przenieść z programu. Zmień tę zmienną albo ją usuń.",
)
_E_NESTED = QT_TRANSLATE_NOOP(
    "domain",
    "Nowy folder {target} nie może być obecnym folderem danych ({source}) ani leżeć w nim "
    "lub nad nim. Wybierz inny folder.",
)
_E_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "domain", "Folder {target} nie jest pusty. Wybierz pusty folder albo utwórz nowy."
)
_E_MOVE_FAILED = QT_TRANSLATE_NOOP(
    "domain",
    "Nie udało się skopiować danych ({detail}). Program nadal używa dotychczasowego folderu; "
    "nic nie zmieniono.",
)
