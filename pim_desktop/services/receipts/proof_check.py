"""Puts the checks of a proof together: the receipt's signature and signer, whether it covers the
sent document, and whether the sent document carries the application's signed PDF."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.submission_proof import (
    CheckKind,
    CheckOutcome,
    ProofCheck,
    ProofReport,
)
from pim_desktop.services.receipts.receipt_signature import check_receipt_signature
from pim_desktop.services.receipts.safe_xml import parse_untrusted
from pim_desktop.services.receipts.upp_document import (
    EnvelopeAttachment,
    envelope_attachments,
    receipt_facts,
)


def check_proof(
    receipt: bytes,
    receipt_name: str,
    sent: bytes,
    sent_name: str,
    *,
    signed_pdfs: Mapping[str, str],
    trusted_roots: Sequence[bytes] = (),
) -> ProofReport:
    """``signed_pdfs`` maps the SHA-256 of each signed PDF kept with the application to its name.

    Raises ``ReceiptRefused`` for a file that is not read at all (too large, hostile, not a UPP).
    """
    receipt_root = parse_untrusted(receipt, receipt_name)
    facts = receipt_facts(receipt_root, receipt_name)
    sent_root = parse_untrusted(sent, sent_name)
    attachments = envelope_attachments(sent_root, sent_name)
    signature = check_receipt_signature(
        receipt_root, sent_root, sent, produced_at=facts.produced_at, trusted_roots=trusted_roots
    )
    return ProofReport(
        dataclasses.replace(facts, signer=signature.signer),
        (
            signature.signature,
            signature.trust,
            signature.sent_document,
            attachment_check(attachments, signed_pdfs),
        ),
    )


def attachment_check(
    attachments: Sequence[EnvelopeAttachment], signed_pdfs: Mapping[str, str]
) -> ProofCheck:
    if not signed_pdfs:
        return ProofCheck(CheckKind.ATTACHMENT, CheckOutcome.UNKNOWN, NO_SIGNED_PDF)
    for attachment in attachments:
        if attachment.sha256 in signed_pdfs:
            return ProofCheck(
                CheckKind.ATTACHMENT,
                CheckOutcome.CONFIRMED,
                SAME_PDF,
                {
                    "attachment": attachment.file_name or "?",
                    "pdf": signed_pdfs[attachment.sha256],
                    "sha256": attachment.sha256,
                },
            )
    undecodable = sum(1 for a in attachments if a.content is None)
    if undecodable == len(attachments):
        return ProofCheck(CheckKind.ATTACHMENT, CheckOutcome.UNKNOWN, UNDECODABLE)
    return ProofCheck(
        CheckKind.ATTACHMENT,
        CheckOutcome.MISMATCH,
        OTHER_FILES,
        {"count": len(attachments), "names": ", ".join(a.file_name or "?" for a in attachments)},
    )


NO_SIGNED_PDF = QT_TRANSLATE_NOOP(
    "domain", "Przy wniosku nie ma podpisanego pliku PDF, z którym można porównać załączniki."
)
SAME_PDF = QT_TRANSLATE_NOOP(
    "domain",
    "Załącznik „{attachment}” to bajt w bajt podpisany plik wniosku „{pdf}” (SHA-256 {sha256}).",
)
UNDECODABLE = QT_TRANSLATE_NOOP(
    "domain", "Żadnego załącznika wysłanego dokumentu nie da się odczytać (błędne base64)."
)
OTHER_FILES = QT_TRANSLATE_NOOP(
    "domain",
    "Żaden z załączników wysłanego dokumentu ({count}: {names}) nie jest podpisanym plikiem "
    "tego wniosku: skrót SHA-256 się różni.",
)
