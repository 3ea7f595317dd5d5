"""An application as stored, turned into the domain's ``Application``, whoever read the row.

The repository reads rows through the ORM; a command that only reads one application reads the
same columns with SQLite alone (``file_snapshot``). Both hand them here, so an application is
made from its columns in one place.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Protocol

from pim_desktop.domain.application import (
    Application,
    ApplicationStatus,
    Submission,
    SubmissionChannel,
)
from pim_desktop.persistence.stored_times import aware

# The columns read, in the order ``file_snapshot`` selects them.
APPLICATION_COLUMNS = (
    "id",
    "form_id",
    "form_version",
    "role",
    "network_id",
    "status",
    "version_number",
    "lineage_id",
    "lineage_uid",
    "previous_id",
    "values_json",
    "created_at",
    "updated_at",
    "sent_on",
    "sent_channel",
    "receipt_json",
    "row_version",
    "changed_by",
)


class ApplicationNotFound(LookupError):
    def __init__(self, application_id: int) -> None:
        super().__init__(f"No application {application_id}")
        self.application_id = application_id


class StoredApplication(Protocol):
    """The columns of an application's row (``ApplicationRow`` has them all)."""

    @property
    def id(self) -> int: ...
    @property
    def form_id(self) -> str: ...
    @property
    def form_version(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def network_id(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def version_number(self) -> int: ...
    @property
    def lineage_id(self) -> int | None: ...
    @property
    def lineage_uid(self) -> str | None: ...
    @property
    def previous_id(self) -> int | None: ...
    @property
    def values_json(self) -> str: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def updated_at(self) -> dt.datetime: ...
    @property
    def sent_on(self) -> dt.date | None: ...
    @property
    def sent_channel(self) -> str | None: ...
    @property
    def receipt_json(self) -> str | None: ...
    @property
    def row_version(self) -> int: ...
    @property
    def changed_by(self) -> str: ...


def application_from_row(row: StoredApplication) -> Application:
    submission = None
    if row.sent_on is not None and row.sent_channel:
        submission = Submission(
            sent_on=row.sent_on,
            channel=SubmissionChannel(row.sent_channel),
            receipt=json.loads(row.receipt_json) if row.receipt_json else None,
        )
    return Application(
        id=row.id,
        form_id=row.form_id,
        form_version=row.form_version,
        role=row.role,
        network_id=row.network_id,
        status=ApplicationStatus(row.status),
        version_number=row.version_number,
        lineage_id=row.lineage_id or row.id,
        values=json.loads(row.values_json),
        created_at=aware(row.created_at),
        updated_at=aware(row.updated_at),
        submission=submission,
        previous_id=row.previous_id,
        lineage_uid=row.lineage_uid or "",
        row_version=row.row_version or 1,
        changed_by=row.changed_by or "",
    )
