"""An edit the team database could not take, kept on this computer until the server is back.

One entry is one save of one record: what kind of record, which, the version and values it was
made from, the values it wrote, who wrote it, when, and on which team database. The application
the edit started from travels whole (``base``), so the waiting edits can also be handed over
as a file while the server is away.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pim_desktop.domain.application import Application, ApplicationStatus

KIND_APPLICATION = "application"
ENTRY_FORMAT = 1


@dataclass(frozen=True)
class JournalEntry:
    """One waiting save. ``original`` holds the changed fields as they were in ``base``."""

    kind: str
    record_id: int
    based_on_version: int | None
    original: Mapping[str, Any]
    values: Mapping[str, Any]
    officer: str
    written_at: dt.datetime
    database: str
    base: Mapping[str, Any]
    name: str = ""  # the entry's place in the journal, given by the store

    def as_document(self) -> dict[str, Any]:
        return {
            "format": ENTRY_FORMAT,
            "kind": self.kind,
            "record_id": self.record_id,
            "based_on_version": self.based_on_version,
            "original": dict(self.original),
            "values": dict(self.values),
            "officer": self.officer,
            "written_at": self.written_at.isoformat(),
            "database": self.database,
            "base": dict(self.base),
        }

    @classmethod
    def from_document(cls, document: Mapping[str, Any], name: str) -> JournalEntry:
        """Raises ``KeyError``, ``TypeError`` or ``ValueError`` for an entry not of this form."""
        if document["format"] != ENTRY_FORMAT:
            raise ValueError(f"unknown journal entry format {document['format']!r}")
        version = document["based_on_version"]
        return cls(
            kind=str(document["kind"]),
            record_id=int(document["record_id"]),
            based_on_version=None if version is None else int(version),
            original=dict(document["original"]),
            values=dict(document["values"]),
            officer=str(document["officer"]),
            written_at=dt.datetime.fromisoformat(document["written_at"]),
            database=str(document["database"]),
            base=dict(document["base"]),
            name=name,
        )


def application_snapshot(application: Application) -> dict[str, Any]:
    """An editable application as plain JSON data (an editable one has no submission)."""
    document: dict[str, Any] = {}
    for item in dataclasses.fields(application):
        value = getattr(application, item.name)
        if item.name == "submission":
            continue
        if isinstance(value, dt.datetime):
            value = value.isoformat()
        elif isinstance(value, ApplicationStatus):
            value = value.value
        document[item.name] = value
    return document


def application_from_snapshot(document: Mapping[str, Any]) -> Application:
    values = dict(document)
    values["status"] = ApplicationStatus(values["status"])
    for moment in ("created_at", "updated_at"):
        if values.get(moment):
            values[moment] = dt.datetime.fromisoformat(values[moment])
    known = {item.name for item in dataclasses.fields(Application)}
    return Application(**{key: value for key, value in values.items() if key in known})


def applied(base: Application, entries: Iterable[JournalEntry]) -> Application:
    """``base`` with the values of ``entries`` written over it in order (``None`` clears)."""
    values = dict(base.values)
    for entry in entries:
        for field_id, value in entry.values.items():
            if value is None:
                values.pop(field_id, None)
            else:
                values[field_id] = value
    return dataclasses.replace(base, values=values)


def pending_applications(entries: Iterable[JournalEntry]) -> list[Application]:
    """Each application the entries touch, as the first entry found it, with every entry applied."""
    by_record: dict[int, list[JournalEntry]] = {}
    for entry in entries:
        if entry.kind == KIND_APPLICATION:
            by_record.setdefault(entry.record_id, []).append(entry)
    return [
        applied(application_from_snapshot(found[0].base), found) for found in by_record.values()
    ]
