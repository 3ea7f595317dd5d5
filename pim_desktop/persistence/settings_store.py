"""The user's preferences (language and the like) in a small JSON file in the config folder.

Preferences are read before the database is opened, so they live apart from it. The file is
written atomically; a damaged file gives the defaults rather than stopping the program.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES = ("pl", "en")


@dataclass(frozen=True)
class UserSettings:
    language: str = "pl"
    # Empty: signatures are PAdES B-B and the program never goes online to sign.
    timestamp_url: str = ""
    # A data folder chosen in Settings ("" for the system's usual place).
    data_dir: str = ""
    # Per sending channel ("epuap", "edoreczenia"): the office's size limit in MB and an address;
    # what is missing takes the program's defaults.
    channel_limits_mb: dict[str, int] = field(default_factory=dict)
    channel_addresses: dict[str, str] = field(default_factory=dict)
    # The folder a file was last chosen in, per purpose ("package", "pdf-export", ...).
    last_folders: dict[str, str] = field(default_factory=dict)
    # The team's PostgreSQL database, without its password ("" for this computer's own file).
    team_database_url: str = ""
    # The officer's name written beside each change ("" takes the system login).
    officer_name: str = ""

    def with_changes(self, **changes: Any) -> UserSettings:
        return replace(self, **changes)


class SettingsStore:
    def __init__(self, settings_file: Path) -> None:
        self._file = settings_file

    def load(self) -> UserSettings:
        try:
            raw = json.loads(self._file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return UserSettings()
        except (OSError, ValueError) as error:
            log.warning("Settings file %s unreadable (%s); using defaults", self._file, error)
            return UserSettings()
        if not isinstance(raw, dict):
            return UserSettings()
        known = {f.name for f in fields(UserSettings)}
        settings = UserSettings(**{k: v for k, v in raw.items() if k in known})
        if settings.language not in LANGUAGES:
            settings = settings.with_changes(language="pl")
        if not isinstance(settings.timestamp_url, str):
            settings = settings.with_changes(timestamp_url="")
        if not isinstance(settings.data_dir, str):
            settings = settings.with_changes(data_dir="")
        settings = _clean_channels(settings)
        folders = settings.last_folders
        if not isinstance(folders, dict):
            folders = {}
        folders = {k: v for k, v in folders.items() if isinstance(k, str) and isinstance(v, str)}
        settings = settings.with_changes(last_folders=folders)
        if not isinstance(settings.team_database_url, str):
            settings = settings.with_changes(team_database_url="")
        if not isinstance(settings.officer_name, str):
            settings = settings.with_changes(officer_name="")
        return settings

    def save(self, settings: UserSettings) -> None:
        self._file.parent.mkdir(parents=True, exist_ok=True)
        partial = self._file.with_name(self._file.name + ".part")
        partial.write_text(
            json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8"
        )
        os.replace(partial, self._file)


def _clean_channels(settings: UserSettings) -> UserSettings:
    """Drops hand-edited entries of the wrong type rather than failing on them later."""
    limits = settings.channel_limits_mb if isinstance(settings.channel_limits_mb, dict) else {}
    addresses = settings.channel_addresses if isinstance(settings.channel_addresses, dict) else {}
    return settings.with_changes(
        channel_limits_mb={
            str(k): v for k, v in limits.items() if isinstance(v, int) and not isinstance(v, bool)
        },
        channel_addresses={str(k): v for k, v in addresses.items() if isinstance(v, str)},
    )
