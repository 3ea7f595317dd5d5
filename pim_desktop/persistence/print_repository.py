"""Records the final prints of applications inside a caller's session."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from pim_desktop.domain.application import PrintRecord
from pim_desktop.persistence.tables import ApplicationPrintRow, aware


class PrintRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        *,
        application_id: int,
        checksum: str,
        printed_at: dt.datetime,
        pages: int,
        file_path: str | None = None,
        file_size: int | None = None,
    ) -> PrintRecord:
        row = ApplicationPrintRow(
            application_id=application_id,
            checksum=checksum,
            printed_at=printed_at,
            pages=pages,
            file_path=file_path,
            file_size=file_size,
        )
        self._session.add(row)
        self._session.flush()
        return _record(row)

    def for_application(self, application_id: int) -> list[PrintRecord]:
        query = (
            select(ApplicationPrintRow)
            .where(ApplicationPrintRow.application_id == application_id)
            .order_by(ApplicationPrintRow.id)
        )
        return [_record(row) for row in self._session.scalars(query)]

    def with_checksum(self, checksum: str) -> list[PrintRecord]:
        query = (
            select(ApplicationPrintRow)
            .where(ApplicationPrintRow.checksum == checksum)
            .order_by(ApplicationPrintRow.id)
        )
        return [_record(row) for row in self._session.scalars(query)]


def _record(row: ApplicationPrintRow) -> PrintRecord:
    return PrintRecord(
        id=row.id,
        application_id=row.application_id,
        checksum=row.checksum,
        printed_at=aware(row.printed_at),
        pages=row.pages,
        file_path=row.file_path,
        file_size=row.file_size,
    )
