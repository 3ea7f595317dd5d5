"""Records the submission proofs of applications inside a caller's session."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from pim_desktop.domain.application import SubmissionChannel
from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.submission_proof import ReceiptFacts, SubmissionProof
from pim_desktop.persistence.application_repository import dump_json
from pim_desktop.persistence.tables import ApplicationChangeRow, SubmissionProofRow, aware, utc_now


class SubmissionProofRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        application_id: int,
        channel: SubmissionChannel,
        *,
        receipt: AttachmentRef,
        sent: AttachmentRef,
        facts: ReceiptFacts,
        signed_pdf_sha256: str = "",
        imported_at: dt.datetime | None = None,
    ) -> SubmissionProof:
        row = SubmissionProofRow(
            application_id=application_id,
            channel=channel.value,
            receipt_name=receipt.file_name,
            receipt_size=receipt.size,
            receipt_sha256=receipt.sha256,
            sent_name=sent.file_name,
            sent_size=sent.size,
            sent_sha256=sent.sha256,
            signed_pdf_sha256=signed_pdf_sha256,
            identifier=facts.identifier,
            addressee=facts.addressee,
            sender=facts.sender,
            delivered_at=facts.delivered_at,
            produced_at=facts.produced_at,
            document_id=facts.document_id,
            signer=facts.signer,
            imported_at=imported_at or utc_now(),
        )
        self._session.add(row)
        self._session.flush()
        return _proof(row)

    def record_history(self, application_id: int, field_id: str, text: str) -> None:
        """An entry in the application's history beside its field changes."""
        self._session.add(
            ApplicationChangeRow(
                application_id=application_id,
                changed_at=utc_now(),
                field_id=field_id,
                old_value_json=None,
                new_value_json=dump_json(text),
            )
        )

    def of_application(self, application_id: int) -> list[SubmissionProof]:
        rows = self._session.scalars(
            select(SubmissionProofRow)
            .where(SubmissionProofRow.application_id == application_id)
            .order_by(SubmissionProofRow.id)
        )
        return [_proof(row) for row in rows]


def _proof(row: SubmissionProofRow) -> SubmissionProof:
    return SubmissionProof(
        id=row.id,
        application_id=row.application_id,
        channel=SubmissionChannel(row.channel),
        receipt=AttachmentRef(row.receipt_name, row.receipt_size, row.receipt_sha256),
        sent=AttachmentRef(row.sent_name, row.sent_size, row.sent_sha256),
        facts=ReceiptFacts(
            identifier=row.identifier,
            addressee=row.addressee,
            sender=row.sender,
            delivered_at=row.delivered_at,
            produced_at=row.produced_at,
            document_id=row.document_id,
            signer=row.signer,
        ),
        imported_at=aware(row.imported_at),
        signed_pdf_sha256=row.signed_pdf_sha256,
    )
