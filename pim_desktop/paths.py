"""Where the program keeps its data, backups, logs and settings.

platformdirs gives the usual per-user folders of the system; the data folder can be moved in
Settings (the choice is kept in the settings file and used from the next start).
``PIM_DESKTOP_HOME`` puts all of them under one folder instead and overrides that choice (tests,
a portable copy on a stick).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

from pim_desktop import APP_ID
from pim_desktop.persistence.settings_store import SettingsStore

HOME_VARIABLE = "PIM_DESKTOP_HOME"
DATABASE_FILE_NAME = "pim-desktop.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The program's folders; ``ensure()`` creates them."""

    data_dir: Path
    backup_dir: Path
    log_dir: Path
    config_dir: Path
    cache_dir: Path
    # True when PIM_DESKTOP_HOME decides the folders: Settings then cannot move the data.
    data_dir_fixed: bool = False
    # True when the data folder is one chosen in Settings rather than the system's usual one.
    data_dir_chosen: bool = False

    @property
    def database_file(self) -> Path:
        return self.data_dir / DATABASE_FILE_NAME

    @property
    def lock_file(self) -> Path:
        return self.data_dir / (DATABASE_FILE_NAME + ".lock")

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def trusted_certificates_dir(self) -> Path:
        """Root certificates the user trusts for checking signatures, one file each."""
        return self.config_dir / "trusted-certificates"

    def with_data_dir(self, data_dir: Path) -> AppPaths:
        return replace(self, data_dir=data_dir)

    def ensure(self, *, data: bool = True) -> AppPaths:
        """Create the folders (``data=False`` leaves a missing data folder missing)."""
        for folder in (
            *((self.data_dir,) if data else ()),
            self.backup_dir,
            self.log_dir,
            self.config_dir,
            self.cache_dir,
        ):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @classmethod
    def under(cls, home: Path) -> AppPaths:
        """Every folder below one home folder."""
        return cls(
            data_dir=home / "data",
            backup_dir=home / "backups",
            log_dir=home / "logs",
            config_dir=home / "config",
            cache_dir=home / "cache",
        )

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> AppPaths:
        """The folders for this user, or those under ``PIM_DESKTOP_HOME`` when it is set."""
        env = os.environ if environ is None else environ
        home = env.get(HOME_VARIABLE, "").strip()
        if home:
            return replace(cls.under(Path(home).expanduser().resolve()), data_dir_fixed=True)
        dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False, roaming=False)
        data = Path(dirs.user_data_dir)
        paths = cls(
            data_dir=data,
            backup_dir=data / "backups",
            log_dir=Path(dirs.user_log_dir),
            config_dir=Path(dirs.user_config_dir),
            cache_dir=Path(dirs.user_cache_dir),
        )
        chosen = SettingsStore(paths.settings_file).load().data_dir
        # Backups stay on this computer's own disk, apart from the data they protect.
        if not chosen:
            return paths
        return replace(paths, data_dir=Path(chosen), data_dir_chosen=True)

    def chosen_folder_unavailable(self) -> bool:
        """A folder chosen in Settings that holds no database now (a drive not connected)."""
        return self.data_dir_chosen and not self.database_file.is_file()
