"""The proofs of sending in the portable file: the kind ``submission_proofs`` of ``data.json``.

Each record names the application version it belongs to by its lineage and version number (the
file's own names for an application), and carries the receipt and the sent document as
attachment references; the files travel under ``attachments/`` like any attached file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Iterable
from typing import Any

from pim_desktop.domain.application import SubmissionChannel
from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.portable.records import (
    E_DATA_SHAPE,
    E_UNKNOWN_REF,
    RecordReader,
    RecordRules,
    RecordWriter,
)
from pim_desktop.domain.problems import Refused
from pim_desktop.domain.submission_proof import ReceiptFacts, SubmissionProof

KIND_SUBMISSION_PROOFS = "submission_proofs"
_RULES = RecordRules(identities={}, references={})


@dataclasses.dataclass(frozen=True)
class PackagedProof:
    lineage: str
    version: int
    channel: SubmissionChannel
    receipt: AttachmentRef
    sent: AttachmentRef
    facts: ReceiptFacts = dataclasses.field(default_factory=ReceiptFacts)
    signed_pdf_sha256: str = ""
    imported_at: dt.datetime | None = None

    def as_proof(self, application_id: int) -> SubmissionProof:
        moment = self.imported_at or dt.datetime.now(dt.UTC)
        return SubmissionProof(
            0,
            application_id,
            self.channel,
            self.receipt,
            self.sent,
            self.facts,
            moment,
            self.signed_pdf_sha256,
        )


def packaged(proof: SubmissionProof, lineage: str, version: int) -> PackagedProof:
    return PackagedProof(
        lineage,
        version,
        proof.channel,
        proof.receipt,
        proof.sent,
        proof.facts,
        proof.signed_pdf_sha256,
        proof.imported_at,
    )


def proof_documents(proofs: Iterable[PackagedProof]) -> list[Any]:
    return [RecordWriter(_RULES, {}).document(proof) for proof in proofs]


def read_proofs(
    raw: object, applications: Collection[tuple[str, int]]
) -> tuple[PackagedProof, ...]:
    """The kind's records; each must belong to an application version the file holds."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise Refused(E_DATA_SHAPE, where=KIND_SUBMISSION_PROOFS)
    reader = RecordReader(_RULES)
    proofs = []
    for index, entry in enumerate(raw):
        where = f"{KIND_SUBMISSION_PROOFS}[{index}]"
        proof = reader.record(PackagedProof, entry, where)
        if (proof.lineage, proof.version) not in applications:
            raise Refused(E_UNKNOWN_REF, where=f"{where}.lineage")
        proofs.append(proof)
    return tuple(proofs)


def proof_hashes(proofs: Iterable[PackagedProof]) -> set[str]:
    return {ref.sha256 for proof in proofs for ref in (proof.receipt, proof.sent)}
