"""Reads and changes the user's preferences."""

from __future__ import annotations

import getpass

# The two modules it needs, not the whole package (the window imports this before its first paint).
from pim_desktop.domain.signature.codes import SignatureErrorCode
from pim_desktop.domain.signature.errors import SignatureError
from pim_desktop.persistence.settings_store import LANGUAGES, SettingsStore, UserSettings


class SettingsService:
    def __init__(self, store: SettingsStore) -> None:
        self._store = store

    def load(self) -> UserSettings:
        return self._store.load()

    def set_language(self, language: str) -> UserSettings:
        if language not in LANGUAGES:
            raise ValueError(f"Unknown language {language!r}")
        settings = self._store.load().with_changes(language=language)
        self._store.save(settings)
        return settings

    def set_timestamp_url(self, url: str) -> UserSettings:
        """An RFC 3161 timestamp server for PAdES B-T; empty means signing offline (B-B)."""
        cleaned = url.strip()
        if cleaned and not cleaned.lower().startswith(("http://", "https://")):
            raise SignatureError(SignatureErrorCode.TIMESTAMP_URL_INVALID)
        settings = self._store.load().with_changes(timestamp_url=cleaned)
        self._store.save(settings)
        return settings

    def officer(self) -> str:
        """The officer's name written beside each change: the one set in Settings, else the
        system login."""
        return self._store.load().officer_name.strip() or system_login()

    def set_officer_name(self, name: str) -> UserSettings:
        """Remember the officer's name (``""``: the system login again)."""
        settings = self._store.load().with_changes(officer_name=" ".join(name.split())[:200])
        self._store.save(settings)
        return settings

    def set_data_dir(self, data_dir: str) -> UserSettings:
        """Remember the data folder for the next start (``""``: the system's usual place)."""
        settings = self._store.load().with_changes(data_dir=data_dir)
        self._store.save(settings)
        return settings

    def set_channel(self, channel: str, limit_mb: int | None, address: str) -> UserSettings:
        """A sending channel's size limit (None: the default) and address ("": the default)."""
        current = self._store.load()
        limits = dict(current.channel_limits_mb)
        addresses = dict(current.channel_addresses)
        if limit_mb is None:
            limits.pop(channel, None)
        else:
            limits[channel] = max(1, int(limit_mb))
        if address.strip():
            addresses[channel] = address.strip()
        else:
            addresses.pop(channel, None)
        settings = current.with_changes(channel_limits_mb=limits, channel_addresses=addresses)
        self._store.save(settings)
        return settings

    def last_folder(self, purpose: str) -> str:
        """The folder a file for ``purpose`` was last chosen in (``""``: none yet)."""
        return self._store.load().last_folders.get(purpose, "")

    def remember_folder(self, purpose: str, folder: str) -> UserSettings:
        """Start the next file chooser for ``purpose`` in ``folder``."""
        current = self._store.load()
        settings = current.with_changes(last_folders={**current.last_folders, purpose: folder})
        self._store.save(settings)
        return settings


def system_login() -> str:
    """The name the officer logged in to this computer with ("" when the system has none)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
