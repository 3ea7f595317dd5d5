"""What the dashboard showed when the program last closed, so the next start can paint it at once.

A small JSON file in the cache folder holds the dashboard's data (the texts that hold on any day
and the dates the day's texts are counted from, as the dashboard gives them) under a key that
names everything they depend on but the day: the program's version, the language, the form
definitions' files, and the state of the data file (its size, modification time and header, and
those of its write-ahead log). The day is left out: the dashboard counts the days left from the
kept dates at each start, so the first start of a day is as quick as the others. Anything that
changes the data since (another copy of the program, a command, a restore, a migration, a crash
that left a log behind) changes the key, and the kept data are not shown; the window then reads
the database before it paints, as it always did. A matching key also says the form definitions
loaded without fault at the last close.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

# SQLite's file header: its change counter and schema cookie move with the data.
HEADER_BYTES = 100
FILE_NAME = "pulpit.json"


def forms_state(forms_dir: Path) -> list[object]:
    """Name, size and modification time of every form definition."""
    try:
        files = sorted(forms_dir.glob("*.json"))
        return [[path.name, path.stat().st_size, path.stat().st_mtime_ns] for path in files]
    except OSError:
        return []


def data_file_state(database_file: Path) -> list[object]:
    """Size, modification time and header digest of the file and of its write-ahead log."""
    state: list[object] = []
    for path in (database_file, database_file.with_name(database_file.name + "-wal")):
        try:
            with path.open("rb") as stream:
                stat = os.fstat(stream.fileno())
                header = hashlib.sha256(stream.read(HEADER_BYTES)).hexdigest()
        except FileNotFoundError:
            state.append(None)
            continue
        state.append([stat.st_size, stat.st_mtime_ns, header])
    return state


class FirstLookStore:
    """The dashboard's data of the last close, given back only under the same key."""

    def __init__(self, cache_dir: Path, database_file: Path, forms_dir: Path, version: str) -> None:
        self._file = cache_dir / FILE_NAME
        self._database_file = database_file
        self._forms_dir = forms_dir
        self._version = version

    def key(self, language: str) -> str:
        """Names the program, its forms, the language and the data file as they are."""
        return json.dumps(
            [
                self._version,
                forms_state(self._forms_dir),
                language,
                data_file_state(self._database_file),
            ]
        )

    def load(self, key: str) -> dict[str, object] | None:
        """The data kept under ``key``; ``None`` when there are none or the key differs."""
        try:
            stored = json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(stored, dict) or stored.get("key") != key:
            return None
        look = stored.get("look")
        if not isinstance(look, dict) or not all(isinstance(name, str) for name in look):
            return None
        return look

    def save(self, key: str, look: dict[str, object]) -> None:
        """Keep ``look`` under ``key``; a failure only costs the next start its head start."""
        partial = self._file.with_name(self._file.name + ".part")
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(json.dumps({"key": key, "look": look}), encoding="utf-8")
            partial.replace(self._file)
        except OSError as error:
            log.warning("Could not keep the dashboard for the next start: %s", error)

    def forget(self) -> None:
        try:
            self._file.unlink(missing_ok=True)
        except OSError as error:
            log.warning("Could not remove the kept dashboard: %s", error)
