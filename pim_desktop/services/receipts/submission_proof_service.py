"""Keeps the proof that an application was sent, and checks it again whenever asked.

Importing a proof reads the receipt and the sent document under size limits, checks them, keeps
both files in the attachment store and, in one transaction, records the proof, marks the
application as sent and writes the event into its history. A proof with any check "niezgodne"
is not kept: it proves something else than this application.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.application import ApplicationStatus, Submission, SubmissionChannel
from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.submission_proof import (
    HISTORY_ENTRY,
    CheckOutcome,
    ProofReport,
    ReceiptRefused,
    SubmissionProof,
)
from pim_desktop.persistence.application_repository import ApplicationRepository
from pim_desktop.persistence.attachment_store import AttachmentStore
from pim_desktop.persistence.city_profile_repository import CityProfileRepository
from pim_desktop.persistence.submission_proof_repository import SubmissionProofRepository
from pim_desktop.services.application_service import ApplicationService
from pim_desktop.services.errors import storage_errors
from pim_desktop.services.receipts.proof_check import check_proof
from pim_desktop.services.receipts.proof_print import print_proof
from pim_desktop.services.receipts.safe_xml import (
    RECEIPT_LIMIT,
    SENT_DOCUMENT_LIMIT,
    read_limited,
)
from pim_desktop.services.signing_service import SigningService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProofImport:
    """What an import found; ``proof`` is None when the proof was not kept."""

    report: ProofReport
    proof: SubmissionProof | None

    @property
    def kept(self) -> bool:
        return self.proof is not None


@dataclass(frozen=True)
class CheckedProof:
    proof: SubmissionProof
    report: ProofReport


class SubmissionProofService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        applications: ApplicationService,
        signing: SigningService,
        attachments: AttachmentStore,
    ) -> None:
        self._session_factory = session_factory
        self._applications = applications
        self._signing = signing
        self._attachments = attachments

    def proofs(self, application_id: int) -> list[SubmissionProof]:
        with storage_errors(), self._session_factory() as session:
            return SubmissionProofRepository(session).of_application(application_id)

    def signed_pdfs(self, application_id: int) -> dict[str, str]:
        """SHA-256 → file name of every signed PDF kept with the application."""
        return {f.sha256: f.file_name for f in self._signing.signed_files(application_id)}

    def preview(self, application_id: int, receipt: Path, sent: Path) -> ProofReport:
        """Check a receipt and a sent document without keeping them."""
        return self._check(application_id, *_read(receipt, sent), receipt.name, sent.name)

    def import_proof(
        self,
        application_id: int,
        receipt: Path,
        sent: Path,
        channel: SubmissionChannel = SubmissionChannel.EPUAP,
    ) -> ProofImport:
        receipt_bytes, sent_bytes = _read(receipt, sent)
        signed = self.signed_pdfs(application_id)
        if not signed:
            raise ReceiptRefused("no_signed_pdf")
        report = self._check(application_id, receipt_bytes, sent_bytes, receipt.name, sent.name)
        if any(check.outcome is CheckOutcome.MISMATCH for check in report.checks):
            log.info("Application %s: a proof of sending was refused", application_id)
            return ProofImport(report, None)
        kept_receipt = self._keep(receipt)
        kept_sent = self._keep(sent)
        pdf_sha = next((sha for sha in signed if sha in _attachment_shas(report)), "")
        with storage_errors(), self._session_factory.begin() as session:
            proof = SubmissionProofRepository(session).add(
                application_id,
                channel,
                receipt=kept_receipt,
                sent=kept_sent,
                facts=report.facts,
                signed_pdf_sha256=pdf_sha,
            )
            self._mark_sent(session, application_id, proof, report)
        log.info("Application %s: proof of sending kept (%s)", application_id, proof.id)
        return ProofImport(report, proof)

    def check(self, application_id: int) -> CheckedProof | None:
        """Check the newest kept proof again from the stored files (None: there is none)."""
        proofs = self.proofs(application_id)
        if not proofs:
            return None
        proof = proofs[-1]
        receipt = self._attachments.path_of(proof.receipt.sha256)
        sent = self._attachments.path_of(proof.sent.sha256)
        report = self._check(
            application_id, *_read(receipt, sent), proof.receipt.file_name, proof.sent.file_name
        )
        return CheckedProof(proof, report)

    def print_proof(self, application_id: int, target: Path) -> int:
        """Write the "Dowód złożenia" page of the newest proof, checked afresh; returns pages."""
        checked = self.check(application_id)
        if checked is None:
            raise ReceiptRefused("no_proof")
        application = self._applications.load(application_id)
        definition = self._applications.definition_of(application)
        with storage_errors(), self._session_factory() as session:
            city = CityProfileRepository(session).load().official_name
        signed = next(
            (
                (f.file_name, f.size, f.sha256)
                for f in self._signing.signed_files(application_id)
                if f.sha256 == checked.proof.signed_pdf_sha256
            ),
            None,
        )
        return print_proof(
            target,
            city=city,
            application=application,
            edition=f"{definition.edition.name} – {definition.title}",
            proof=checked.proof,
            report=checked.report,
            signed_pdf=signed,
        )

    def path_of(self, kept: AttachmentRef) -> Path:
        return self._attachments.path_of(kept.sha256)

    def _check(
        self, application_id: int, receipt: bytes, sent: bytes, receipt_name: str, sent_name: str
    ) -> ProofReport:
        return check_proof(
            receipt,
            receipt_name,
            sent,
            sent_name,
            signed_pdfs=self.signed_pdfs(application_id),
            trusted_roots=self._signing.trust_roots(),
        )

    def _keep(self, source: Path) -> AttachmentRef:
        stored = self._attachments.add(source)
        return AttachmentRef(stored.file_name, stored.size, stored.sha256)

    def _mark_sent(
        self, session: Session, application_id: int, proof: SubmissionProof, report: ProofReport
    ) -> None:
        repository = ApplicationRepository(session, self._applications.officer())
        sent_on = proof.facts.delivered_on() or dt.datetime.now(dt.UTC).date()
        receipt = proof.receipt.as_value()
        repository.set_status(
            application_id, ApplicationStatus.SENT, Submission(sent_on, proof.channel, receipt)
        )
        SubmissionProofRepository(session).record_history(
            application_id, HISTORY_ENTRY, history_text(proof, report)
        )


def history_text(proof: SubmissionProof, report: ProofReport) -> str:
    verdict = "potwierdzony" if report.proven else "niepełny"
    return (
        f"UPP {proof.facts.identifier or '—'}, doręczono {proof.facts.delivered_at or '—'}, "
        f"dowód {verdict}"
    )


def _attachment_shas(report: ProofReport) -> set[str]:
    found = set()
    for check in report.checks:
        sha = check.params.get("sha256")
        if isinstance(sha, str):
            found.add(sha)
    return found


def _read(receipt: Path, sent: Path) -> tuple[bytes, bytes]:
    return read_limited(receipt, RECEIPT_LIMIT), read_limited(sent, SENT_DOCUMENT_LIMIT)
