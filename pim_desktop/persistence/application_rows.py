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


class ApplicationNotFound(LookupError):
    def __init__(self, application_id: int) -> None:
        super().__init__(f"No application {application_id}")
        self.application_id = application_id


class StoredApplication(Protocol):
    """The columns of an application's row, the one list of them: ``ApplicationRow`` has them
    all, and ``file_snapshot`` selects them (``APPLICATION_COLUMNS``) in this order."""

    id: int
    form_id: str
    form_version: str
    role: str
    network_id: str
    status: str
    version_number: int
    lineage_id: int | None
    lineage_uid: str | None
    previous_id: int | None
    values_json: str
    created_at: dt.datetime
    updated_at: dt.datetime
    sent_on: dt.date | None
    sent_channel: str | None
    receipt_json: str | None
    row_version: int
    changed_by: str


APPLICATION_COLUMNS = tuple(StoredApplication.__annotations__)


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
