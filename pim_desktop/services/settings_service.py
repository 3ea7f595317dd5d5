"""Reads and changes the user's preferences.

The preferences are read from the file once and then kept: the officer's name is asked for on
every save and every change notice, and a file read there would be small I/O on the autosave's
path. The officer's own Settings page, through this service, is the only writer of what it keeps
in normal use; each change here reads the file afresh, applies the change, writes it and keeps
what it wrote, so a field written beside it (the team database's address, which its own box
stores) is never lost. A hand edit or another running copy of the program is seen at the next
start, or at the next change made here.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable

# The two modules it needs, not the whole package (the window imports this before its first paint).
from pim_desktop.domain.signature.codes import SignatureErrorCode
from pim_desktop.domain.signature.errors import SignatureError
from pim_desktop.persistence.settings_store import LANGUAGES, SettingsStore, UserSettings


class SettingsService:
    def __init__(self, store: SettingsStore) -> None:
        self._store = store
        self._kept: UserSettings | None = None

    def load(self) -> UserSettings:
        """The preferences as this service last read or wrote them (the file once, then kept)."""
        if self._kept is None:
            self._kept = self._store.load()
        return self._kept

    def set_language(self, language: str) -> UserSettings:
        if language not in LANGUAGES:
            raise ValueError(f"Unknown language {language!r}")
        return self._change(lambda current: current.with_changes(language=language))

    def set_timestamp_url(self, url: str) -> UserSettings:
        """An RFC 3161 timestamp server for PAdES B-T; empty means signing offline (B-B)."""
        cleaned = url.strip()
        if cleaned and not cleaned.lower().startswith(("http://", "https://")):
            raise SignatureError(SignatureErrorCode.TIMESTAMP_URL_INVALID)
        return self._change(lambda current: current.with_changes(timestamp_url=cleaned))

    def officer(self) -> str:
        """The officer's name written beside each change: the one set in Settings, else the
        system login (read from the kept preferences, never from the file)."""
        return self.load().officer_name.strip() or system_login()

    def set_officer_name(self, name: str) -> UserSettings:
        """Remember the officer's name (``""``: the system login again)."""
        cleaned = " ".join(name.split())[:200]
        return self._change(lambda current: current.with_changes(officer_name=cleaned))

    def set_data_dir(self, data_dir: str) -> UserSettings:
        """Remember the data folder for the next start (``""``: the system's usual place)."""
        return self._change(lambda current: current.with_changes(data_dir=data_dir))

    def set_channel(self, channel: str, limit_mb: int | None, address: str) -> UserSettings:
        """A sending channel's size limit (None: the default) and address ("": the default)."""

        def changed(current: UserSettings) -> UserSettings:
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
            return current.with_changes(channel_limits_mb=limits, channel_addresses=addresses)

        return self._change(changed)

    def last_folder(self, purpose: str) -> str:
        """The folder a file for ``purpose`` was last chosen in (``""``: none yet)."""
        return self.load().last_folders.get(purpose, "")

    def remember_folder(self, purpose: str, folder: str) -> UserSettings:
        """Start the next file chooser for ``purpose`` in ``folder``."""
        return self._change(
            lambda current: current.with_changes(
                last_folders={**current.last_folders, purpose: folder}
            )
        )

    def _change(self, change: Callable[[UserSettings], UserSettings]) -> UserSettings:
        """Apply ``change`` to the file as it is now, write it and keep the result."""
        settings = change(self._store.load())
        self._store.save(settings)
        self._kept = settings
        return settings


def system_login() -> str:
    """The name the officer logged in to this computer with ("" when the system has none)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
