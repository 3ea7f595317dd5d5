"""The local journal's folder: one JSON file per waiting save, written so that a crash or a
power cut leaves either the whole entry or none of it.

An entry is written to a side file, flushed to the disk (``fsync``), then renamed into place;
the folder itself is flushed too where the system allows it, so the rename survives a power
cut. File names start with a running number, so the journal reads back in the order it was
written.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from pathlib import Path
from typing import Any

from pim_desktop.domain.team_journal import JournalEntry

log = logging.getLogger(__name__)

JOURNAL_FOLDER = "team-journal"
# A new record waiting for its id has a number of this computer below zero: "-member--2".
_ENTRY_NAME = re.compile(r"(\d{9})-[a-z_]+--?\d+\.json")
_PARTIAL = ".part"
SET_ASIDE_FOLDER = "refused"
# The records a replay created, by this computer's number: read back after a crash.
CREATED_FILE = "created.json"


class JournalStore:
    """Writes, lists and removes the journal's entries in ``folder``. ``OSError`` (a full disk,
    a folder that cannot be written) reaches the caller, which tells the officer."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def write(self, entry: JournalEntry) -> str:
        """Store ``entry`` after every entry already there; returns its name."""
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"{self._next_number():09d}-{entry.kind}-{entry.record_id}.json"
        _write_whole(self.folder / name, entry.as_document())
        return name

    def created(self) -> dict[str, Any]:
        """The records a replay created on the server, by this computer's number
        (``"-1"``), as ``keep_created`` last wrote them."""
        path = self.folder / CREATED_FILE
        try:
            found: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.error("%s cannot be read; it is left in place", CREATED_FILE)
            raise
        return dict(found)

    def keep_created(self, created: dict[str, Any]) -> None:
        """Write the whole map of created records at once (a crash leaves the old or the new);
        an empty map leaves no file."""
        if not created:
            self.remove(CREATED_FILE)
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_whole(self.folder / CREATED_FILE, created)

    def entries(self) -> list[JournalEntry]:
        """Every readable entry in the order written; an unreadable one is logged and kept."""
        found = []
        for path in self._paths():
            try:
                document: Any = json.loads(path.read_text(encoding="utf-8"))
                found.append(JournalEntry.from_document(document, path.name))
            except (OSError, ValueError, KeyError, TypeError):
                log.error("Journal entry %s cannot be read; it is left in place", path.name)
        return found

    def remove(self, name: str) -> None:
        (self.folder / name).unlink(missing_ok=True)
        _flush_folder(self.folder)

    def set_aside(self, name: str) -> None:
        """Move an entry the server refused for good out of the journal, into ``refused/``,
        where it stays for whoever helps the officer (it is never tried again)."""
        aside = self.folder / SET_ASIDE_FOLDER
        aside.mkdir(exist_ok=True)
        os.replace(self.folder / name, aside / name)
        _flush_folder(self.folder)

    def _paths(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if _ENTRY_NAME.fullmatch(p.name))

    def _next_number(self) -> int:
        paths = self._paths()
        if not paths:
            return 1
        match = _ENTRY_NAME.fullmatch(paths[-1].name)
        assert match is not None
        return int(match.group(1)) + 1


def _write_whole(target: Path, document: Any) -> None:
    """Write ``document`` to a side file, flush it to the disk, then rename it into place."""
    partial = target.with_name(target.name + _PARTIAL)
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        with partial.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    _flush_folder(target.parent)


def _flush_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable; Windows opens no folder for flushing, and its
    file system journals the rename itself."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
