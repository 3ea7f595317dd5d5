"""Reads and writes applications and their change history inside a caller's session."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pim_desktop.domain.application import (
    Application,
    ApplicationStatus,
    FieldChange,
    Submission,
    Values,
)
from pim_desktop.persistence.application_rows import ApplicationNotFound
from pim_desktop.persistence.application_rows import application_from_row as _application
from pim_desktop.persistence.tables import (
    ApplicationChangeRow,
    ApplicationExportRow,
    ApplicationRow,
    aware,
    utc_now,
)

__all__ = ["ApplicationNotFound", "ApplicationRepository", "dump_json", "new_lineage_uid"]


def dump_json(value: Any) -> str:
    """JSON as stored: Polish letters kept, keys in a fixed order."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class ApplicationRepository:
    """``officer`` is written beside every change this repository makes (``""``: not known)."""

    def __init__(self, session: Session, officer: str = "") -> None:
        self._session = session
        self._officer = officer

    def add(
        self,
        *,
        form_id: str,
        form_version: str,
        role: str,
        network_id: str,
        values: Values,
        version_number: int = 1,
        lineage_id: int | None = None,
        previous_id: int | None = None,
        lineage_uid: str | None = None,
        status: ApplicationStatus = ApplicationStatus.DRAFT,
        submission: Submission | None = None,
        created_at: dt.datetime | None = None,
        updated_at: dt.datetime | None = None,
    ) -> Application:
        """Store a new application; a new lineage gets a new ``lineage_uid`` unless one is given.

        Status, submission and times are given only when an application arrives from a
        portable file, where it already has them.
        """
        now = utc_now()
        row = ApplicationRow(
            form_id=form_id,
            form_version=form_version,
            role=role,
            network_id=network_id,
            status=status.value,
            version_number=version_number,
            lineage_id=lineage_id,
            lineage_uid=lineage_uid or new_lineage_uid(),
            previous_id=previous_id,
            values_json=dump_json(values),
            created_at=created_at or now,
            updated_at=updated_at or created_at or now,
            row_version=1,
            changed_by=self._officer,
        )
        _set_submission(row, submission)
        self._session.add(row)
        self._session.flush()
        if row.lineage_id is None:
            row.lineage_id = row.id
        return _application(row)

    def get(self, application_id: int, *, for_update: bool = False) -> Application:
        """The stored application; ``for_update`` locks its row until the transaction ends
        (PostgreSQL; SQLite has one writer at a time anyway), so a version compared is the
        version written over."""
        return _application(self._row(application_id, for_update=for_update))

    def all(self) -> list[Application]:
        rows = self._session.scalars(select(ApplicationRow).order_by(ApplicationRow.id))
        return [_application(row) for row in rows]

    def lineage(self, lineage_id: int) -> list[Application]:
        query = (
            select(ApplicationRow)
            .where(ApplicationRow.lineage_id == lineage_id)
            .order_by(ApplicationRow.version_number, ApplicationRow.id)
        )
        return [_application(row) for row in self._session.scalars(query)]

    def delete_lineage(self, lineage_id: int) -> int:
        """Remove every version of a lineage (a replace on import); returns how many."""
        rows = list(
            self._session.scalars(
                select(ApplicationRow).where(ApplicationRow.lineage_id == lineage_id)
            )
        )
        for row in rows:
            self._session.delete(row)
        self._session.flush()
        return len(rows)

    def update_values(self, application_id: int, changes: Values) -> tuple[Application, int]:
        """Apply ``changes`` (a ``None`` value removes the field); record each real change."""
        row = self._row(application_id)
        values = json.loads(row.values_json)
        now = utc_now()
        recorded = 0
        for field_id, new_value in changes.items():
            old_value = values.get(field_id)
            if old_value == new_value:
                continue
            if new_value is None:
                values.pop(field_id, None)
            else:
                values[field_id] = new_value
            self._session.add(
                ApplicationChangeRow(
                    application_id=application_id,
                    changed_at=now,
                    field_id=field_id,
                    old_value_json=None if old_value is None else dump_json(old_value),
                    new_value_json=None if new_value is None else dump_json(new_value),
                    changed_by=self._officer,
                )
            )
            recorded += 1
        if recorded:
            row.values_json = dump_json(values)
            self._written(row, now)
        return _application(row), recorded

    def set_status(
        self, application_id: int, status: ApplicationStatus, submission: Submission | None = None
    ) -> Application:
        row = self._row(application_id)
        row.status = status.value
        self._written(row, utc_now())
        if submission is not None:
            _set_submission(row, submission)
        return _application(row)

    def history(self, application_id: int) -> list[FieldChange]:
        query = (
            select(ApplicationChangeRow)
            .where(ApplicationChangeRow.application_id == application_id)
            .order_by(ApplicationChangeRow.id)
        )
        return [
            FieldChange(
                changed_at=aware(row.changed_at),
                field_id=row.field_id,
                old_value=None if row.old_value_json is None else json.loads(row.old_value_json),
                new_value=None if row.new_value_json is None else json.loads(row.new_value_json),
                changed_by=row.changed_by,
            )
            for row in self._session.scalars(query)
        ]

    def record_export(self, application_id: int, file_name: str, checksum: str) -> None:
        self._row(application_id)
        self._session.add(
            ApplicationExportRow(
                application_id=application_id,
                exported_at=utc_now(),
                file_name=file_name[:500],
                checksum=checksum,
            )
        )

    def last_export(self, application_id: int) -> dt.datetime | None:
        """When the application last left in a portable file (``None``: never)."""
        query = (
            select(ApplicationExportRow.exported_at)
            .where(ApplicationExportRow.application_id == application_id)
            .order_by(ApplicationExportRow.exported_at.desc())
            .limit(1)
        )
        moment = self._session.scalars(query).first()
        return None if moment is None else aware(moment)

    def delete(self, application_id: int) -> None:
        self._session.delete(self._row(application_id))

    def _written(self, row: ApplicationRow, now: dt.datetime) -> None:
        """Every write of an application's row passes here: a new version, by this officer."""
        row.row_version = (row.row_version or 1) + 1
        row.changed_by = self._officer
        row.updated_at = now

    def _row(self, application_id: int, *, for_update: bool = False) -> ApplicationRow:
        if for_update and self._session.get_bind().dialect.name == "sqlite":
            # SQLite ignores FOR UPDATE, and its driver opens the transaction only at the first
            # write: a write that changes nothing takes the one writer's lock before the read,
            # so a colleague's save cannot slip in between the version read and the one written.
            self._session.execute(
                update(ApplicationRow)
                .where(ApplicationRow.id == application_id)
                .values(row_version=ApplicationRow.row_version)
                .execution_options(synchronize_session=False)
            )
        row = self._session.get(ApplicationRow, application_id, with_for_update=for_update)
        if row is None:
            raise ApplicationNotFound(application_id)
        return row


def new_lineage_uid() -> str:
    return uuid.uuid4().hex


def _set_submission(row: ApplicationRow, submission: Submission | None) -> None:
    if submission is None:
        return
    row.sent_on = submission.sent_on
    row.sent_channel = submission.channel.value
    row.receipt_json = None if submission.receipt is None else dump_json(submission.receipt)
