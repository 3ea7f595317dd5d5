"""Edits that the team database could not take: kept at once in the local journal on this
computer, written to the server in order when it answers again, or handed over as a file.

A save goes to the server while the journal holds nothing for its record; once the server is
unreachable (told by the database's codes), that save and every later one of the same record go
to the journal, so the server later receives them in the order they were made. An entry leaves
the journal only after its save was committed. Members, meetings, attendance and plan actions
take the same way (``record_journal``); one the server refuses for good (a colleague deleted the
record meanwhile) is set aside in the journal's folder and reported, not tried again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.application import Application, ApplicationFrozen, Values
from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Refused, ValidationFailed
from pim_desktop.domain.record_journal import is_record_kind, next_local_id, record_entry
from pim_desktop.domain.team_journal import (
    KIND_APPLICATION,
    JournalEntry,
    application_from_snapshot,
    application_snapshot,
    applied,
    pending_applications,
)
from pim_desktop.persistence.engine import server_answers
from pim_desktop.persistence.journal_store import JOURNAL_FOLDER, JournalStore
from pim_desktop.services.application_service import ApplicationService
from pim_desktop.services.errors import StorageError
from pim_desktop.services.portable.package_service import ExportResult, PackageService
from pim_desktop.services.record_journal import RecordReplay, RecordSaves, Resolve, created_key

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReplayOutcome:
    """What a replay wrote (the stored applications; the other records by kind), how many
    entries still wait, and why it stopped early (a Polish template, "" when it did not)."""

    written: list[Application] = field(default_factory=list)
    waiting: int = 0
    stopped_because: str = ""
    refused: int = 0  # entries the server can never take (a signed or removed application)
    records: list[tuple[str, Any]] = field(default_factory=list)
    # Record entries the server refused for good (deleted meanwhile, no longer valid), set aside.
    set_aside: list[tuple[JournalEntry, Refused | ValidationFailed | LookupError]] = field(
        default_factory=list
    )


class TeamJournal:
    """The journal of one team database (``database``: its address without the password)."""

    def __init__(
        self,
        store: JournalStore,
        applications: ApplicationService,
        packages: PackageService,
        session_factory: sessionmaker[Session],
        *,
        database: str,
        officer: Callable[[], str],
        records: Mapping[str, RecordSaves] | None = None,
    ) -> None:
        self._store = store
        self._records = RecordReplay(records or {})
        self._applications = applications
        self._packages = packages
        self._session_factory = session_factory
        self.database = database
        self._officer = officer

    @property
    def server(self) -> str:
        """The server's name as the officer knows it: host, port and database."""
        url = make_url(self.database)
        return f"{url.host}:{url.port or 5432}/{url.database}"

    # --- what waits ---------------------------------------------------------------------------

    def waiting(self) -> list[JournalEntry]:
        """The entries of this team database, in the order they were written."""
        return waiting_entries(self._store, self.database)

    def count(self) -> int:
        return len(self.waiting())

    def holds(self, record_id: int, kind: str = KIND_APPLICATION) -> bool:
        """Whether saves of the record wait here (a new one must wait behind them)."""
        return any(e.record_id == record_id and e.kind == kind for e in self.waiting())

    def counts_by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.waiting():
            counts[entry.kind] = counts.get(entry.kind, 0) + 1
        return counts

    # --- saving -------------------------------------------------------------------------------

    def keep_waiting(self, application: Application, changes: Values) -> Application:
        """Keep a save the team database could not take (or that must queue behind older
        waiting edits of the same application); the application as the officer now has it."""
        log.warning("Team database %s unreachable; the save waits here", self.database)
        return applied(application, [self.keep(application, changes)])

    def keep(self, application: Application, changes: Values) -> JournalEntry:
        """Write the save to the journal. The base is the application as the server last had it:
        the first waiting entry's, else ``application``. Raises ``StorageError`` when this
        computer cannot write the journal."""
        earlier = [
            e
            for e in self.waiting()
            if e.record_id == application.id and e.kind == KIND_APPLICATION
        ]
        base = application_from_snapshot(earlier[0].base) if earlier else application
        current = applied(base, earlier)
        entry = JournalEntry(
            kind=KIND_APPLICATION,
            record_id=application.id,
            based_on_version=base.row_version,
            original={field_id: current.values.get(field_id) for field_id in changes},
            values=dict(changes),
            officer=self._officer(),
            written_at=dt.datetime.now(dt.UTC),
            database=self.database,
            base=application_snapshot(base),
        )
        return self._write(entry)

    def keep_record(
        self, kind: str, record_id: int | None, edited: object, original: object | None
    ) -> JournalEntry:
        """Write the save of a member, meeting, attendance or plan action to the journal: an
        edit of ``original`` (as its dialog was opened), or a new record (``record_id`` and
        ``original`` ``None``), which takes this computer's number below zero. Raises
        ``StorageError`` when this computer cannot write the journal."""
        log.warning("Team database %s unreachable; the %s waits here", self.database, kind)
        entry = record_entry(
            kind,
            self._next_local_id() if record_id is None else record_id,
            edited,
            None if record_id is None else original,
            officer=self._officer(),
            written_at=dt.datetime.now(dt.UTC),
            database=self.database,
        )
        return self._write(entry)

    def _next_local_id(self) -> int:
        """Below every number still waiting and every one a replay mapped to the server's id
        (kept until no entry names it)."""
        try:
            mapped = [int(key) for key in self._store.created()]
        except (OSError, ValueError):
            mapped = []
        return min([next_local_id(self.waiting()), *(number - 1 for number in mapped)])

    def forget_new(self, record_id: int) -> int:
        """Remove every waiting entry of a new record this computer numbered ``record_id``
        (below 0: its creation, its later edits, a new meeting's attendance): the officer
        deleted it before the server ever had it. How many entries went."""
        if record_id >= 0:
            raise ValueError("only a record not stored yet is forgotten here")
        gone = [e for e in self.waiting() if is_record_kind(e.kind) and e.record_id == record_id]
        for entry in gone:
            self._store.remove(entry.name)
        return len(gone)

    def _write(self, entry: JournalEntry) -> JournalEntry:
        try:
            name = self._store.write(entry)
        except OSError as error:
            log.error("Journal entry could not be written in %s: %s", self._store.folder, error)
            message = _E_JOURNAL_FULL if error.errno == errno.ENOSPC else _E_JOURNAL_LOCKED
            raise StorageError(message, str(error)) from error
        return dataclasses.replace(entry, name=name)

    # --- back on the server -------------------------------------------------------------------

    def server_answers(self) -> bool:
        """Whether the team database answers now (a short query; run it off the UI thread)."""
        return server_answers(self._session_factory)

    def replay(self, resolve: Resolve | None = None) -> ReplayOutcome:
        """Write the waiting entries to the server in order, each removed once committed; stops
        at the first that cannot be written now (the server went away again, or a colleague's
        change of the same field that ``resolve`` left undecided).

        Each entry is saved against the version it started from (the version its predecessor
        of the same record wrote, during this replay), so a colleague's change made meanwhile
        is merged field by field; a field both changed goes to ``resolve``, which returns the
        officer's choices (``None``: not now)."""
        done = ReplayOutcome()
        written: dict[int, Application] = {}
        try:
            created = self._store.created()
        except (OSError, ValueError) as error:
            return self._outcome(
                done, written, _E_JOURNAL_LOCKED if isinstance(error, OSError) else UNREADABLE
            )
        for entry in self.waiting():
            try:
                if is_record_kind(entry.kind):
                    stored = self._replay_record(entry, resolve, created)
                    done.records.append((entry.kind, stored))
                else:
                    got = (
                        written[entry.record_id].row_version if entry.record_id in written else None
                    )
                    written[entry.record_id] = self._replay_one(entry, got, resolve)
            except StorageError as error:
                log.warning("Replay of %s stopped: %s", entry.name, error.detail)
                return self._outcome(done, written, error.message)
            except EditConflict:
                return self._outcome(done, written, UNDECIDED)
            except (ApplicationFrozen, LookupError):
                log.error("Journal entry %s cannot be written: frozen or removed", entry.name)
                done = dataclasses.replace(done, refused=done.refused + 1)
                continue
            except _SetAside as aside:
                log.error("Journal entry %s refused by the server: %s", entry.name, aside.reason)
                self._store.set_aside(entry.name)
                done.set_aside.append((entry, aside.reason))
                continue
            self._store.remove(entry.name)
        self._forget_created(created)
        return self._outcome(done, written, "")

    def _forget_created(self, created: dict[str, Any]) -> None:
        """Drop the created records no waiting entry names any more."""
        named = {created_key(e.record_id) for e in self.waiting() if is_record_kind(e.kind)}
        kept = {key: made for key, made in created.items() if key in named}
        if kept != created:
            try:
                self._store.keep_created(kept)
            except OSError as error:
                log.warning("Created records could not be trimmed: %s", error)

    def _outcome(
        self, done: ReplayOutcome, written: dict[int, Application], stopped_because: str
    ) -> ReplayOutcome:
        return dataclasses.replace(
            done,
            written=list(written.values()),
            waiting=self.count(),
            stopped_because=stopped_because,
        )

    def _replay_record(
        self, entry: JournalEntry, resolve: Resolve | None, created: dict[str, Any]
    ) -> Any:
        """Store one record entry; one the server can never take is to be set aside. A new
        record's id is written to the journal's folder before its entry is removed."""
        try:
            return self._records.write(entry, resolve, created, lambda: self._remember(created))
        except (Refused, ValidationFailed, LookupError) as error:
            raise _SetAside(error) from error

    def _remember(self, created: dict[str, Any]) -> None:
        try:
            self._store.keep_created(created)
        except OSError as error:
            log.error("Created records could not be written in %s: %s", self._store.folder, error)
            raise StorageError(_E_JOURNAL_LOCKED, str(error)) from error

    def _replay_one(
        self, entry: JournalEntry, version: int | None, resolve: Resolve | None
    ) -> Application:
        changes, original = dict(entry.values), dict(entry.original)
        base_version = entry.based_on_version if version is None else version
        while True:
            try:
                return self._applications.save_values(
                    entry.record_id, changes, base_version=base_version, original=original
                )
            except EditConflict as conflict:
                choices = resolve(conflict) if resolve is not None else None
                if choices is None:
                    raise
                # Saved against the version that conflicted: nothing is merged any more.
                changes = {**changes, **choices}
                base_version, original = conflict.current_version, {}

    def export(self, target: Path) -> ExportResult:
        """The applications the journal touches, with its entries applied, as a ``.pim`` file
        made on this computer alone (the server is not asked)."""
        return self._packages.export_detached(pending_applications(self.waiting()), target)


def journal_folder(data_dir: Path) -> Path:
    return data_dir / JOURNAL_FOLDER


def waiting_entries(store: JournalStore, database: str) -> list[JournalEntry]:
    """The entries ``store`` holds for the team database ``database`` (its masked address)."""
    return [
        entry
        for entry in store.entries()
        if entry.database == database
        and (entry.kind == KIND_APPLICATION or is_record_kind(entry.kind))
    ]


class _SetAside(Exception):
    """A record entry the server refused for good."""

    def __init__(self, reason: Refused | ValidationFailed | LookupError) -> None:
        super().__init__(str(reason))
        self.reason = reason


def count_waiting(data_dir: Path, database: str) -> int:
    """How many edits wait in ``data_dir``'s journal for ``database``, read without a server."""
    return len(waiting_entries(JournalStore(journal_folder(data_dir)), database))


UNDECIDED = QT_TRANSLATE_NOOP(
    "domain",
    "Ktoś zmienił w tym czasie te same pola; zmiany czekają, aż wybierzesz, którą wersję zapisać.",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "domain",
    "Zapisów czekających na tym komputerze nie da się odczytać (plik created.json w folderze "
    "team-journal jest uszkodzony); zmiany czekają dalej.",
)
_E_JOURNAL_FULL = QT_TRANSLATE_NOOP(
    "domain",
    "Brak połączenia z bazą zespołu, a zmian nie da się też zapisać na tym komputerze: na dysku "
    "zabrakło miejsca. To, co wpisano, zostaje w oknie; zwolnij miejsce, a zapis zostanie "
    "ponowiony.",
)
_E_JOURNAL_LOCKED = QT_TRANSLATE_NOOP(
    "domain",
    "Brak połączenia z bazą zespołu, a zmian nie da się też zapisać na tym komputerze: folder "
    "danych nie pozwala na zapis. To, co wpisano, zostaje w oknie; przywróć dostęp do folderu, "
    "a zapis zostanie ponowiony.",
)
