"""Records the final exports and signed files of applications inside a caller's session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from pim_desktop.persistence.tables import SignatureFileRow, aware, utc_now


class FileKind(StrEnum):
    FINAL = "final"  # the final PDF of the application, as exported for signing
    SIGNED = "signed"


class FileOrigin(StrEnum):
    PROGRAM = "program"  # signed in this program
    EXTERNAL = "external"  # signed in another tool and read back


@dataclass(frozen=True)
class SignatureFile:
    id: int
    application_id: int
    kind: FileKind
    file_name: str
    size: int
    sha256: str
    created_at: dt.datetime
    origin: str = ""
    source_sha256: str | None = None
    signer_name: str = ""
    signer_issuer: str = ""
    signed_at: dt.datetime | None = None
    pades_level: str = ""


class SignatureFileRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        *,
        application_id: int,
        kind: FileKind,
        file_name: str,
        size: int,
        sha256: str,
        origin: str = "",
        source_sha256: str | None = None,
        signer_name: str = "",
        signer_issuer: str = "",
        signed_at: dt.datetime | None = None,
        pades_level: str = "",
    ) -> SignatureFile:
        row = SignatureFileRow(
            application_id=application_id,
            kind=kind.value,
            file_name=file_name,
            size=size,
            sha256=sha256,
            created_at=utc_now(),
            origin=origin,
            source_sha256=source_sha256,
            signer_name=signer_name,
            signer_issuer=signer_issuer,
            signed_at=signed_at,
            pades_level=pades_level,
        )
        self._session.add(row)
        self._session.flush()
        return _file(row)

    def of_application(
        self, application_id: int, kind: FileKind | None = None
    ) -> list[SignatureFile]:
        """Oldest first."""
        query = select(SignatureFileRow).where(SignatureFileRow.application_id == application_id)
        if kind is not None:
            query = query.where(SignatureFileRow.kind == kind.value)
        return [_file(row) for row in self._session.scalars(query.order_by(SignatureFileRow.id))]


def _file(row: SignatureFileRow) -> SignatureFile:
    created = aware(row.created_at)
    assert created is not None
    return SignatureFile(
        id=row.id,
        application_id=row.application_id,
        kind=FileKind(row.kind),
        file_name=row.file_name,
        size=row.size,
        sha256=row.sha256,
        created_at=created,
        origin=row.origin,
        source_sha256=row.source_sha256,
        signer_name=row.signer_name,
        signer_issuer=row.signer_issuer,
        signed_at=aware(row.signed_at),
        pades_level=row.pades_level,
    )
