"""Carries the proofs of sending of applications into a portable file and back.

A proof travels with the application version it belongs to: it is exported with it and imported
with it, onto the version as it is added here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from pim_desktop.domain.application import Application
from pim_desktop.domain.portable.proof_records import PackagedProof, packaged
from pim_desktop.persistence.application_repository import ApplicationRepository
from pim_desktop.persistence.submission_proof_repository import SubmissionProofRepository


def proofs_of(session: Session, applications: Sequence[Application]) -> list[PackagedProof]:
    repository = SubmissionProofRepository(session)
    return [
        packaged(proof, application.lineage_uid, application.version_number)
        for application in applications
        for proof in repository.of_application(application.id)
    ]


def add_proofs(session: Session, proofs: Sequence[PackagedProof], uids: Mapping[str, str]) -> int:
    """Keep the proofs of the lineages added (``uids``: the file's lineage → the one used here)."""
    wanted = [proof for proof in proofs if proof.lineage in uids]
    if not wanted:
        return 0
    ids = {(a.lineage_uid, a.version_number): a.id for a in ApplicationRepository(session).all()}
    repository = SubmissionProofRepository(session)
    for proof in wanted:
        application_id = ids[(uids[proof.lineage], proof.version)]
        record = proof.as_proof(application_id)
        repository.add(
            application_id,
            record.channel,
            receipt=record.receipt,
            sent=record.sent,
            facts=record.facts,
            signed_pdf_sha256=record.signed_pdf_sha256,
            imported_at=record.imported_at,
        )
    return len(wanted)
