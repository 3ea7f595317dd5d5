"""Importing and checking a proof of sending on a real data folder: a PDF signed by the program,
an ePUAP envelope carrying it and a UPP signed with a test certificate over that envelope."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from epuap_receipts import UppFields, envelope, upp, write
from receipt_setup import send, signed_application
from signing_pki import SigningPki

from pim_desktop.context import AppContext
from pim_desktop.domain.application import ApplicationStatus, SubmissionChannel
from pim_desktop.domain.submission_proof import CheckKind, CheckOutcome, ProofReport
from pim_desktop.persistence.attachment_store import sha256_of


def outcomes(report: ProofReport) -> dict[CheckKind, CheckOutcome]:
    return {check.kind: check.outcome for check in report.checks}


def test_a_proof_over_the_signed_pdf_is_kept_and_the_application_is_sent(
    context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    sent = send(context, pki, final_pdf, tmp_path)

    result = context.proofs.import_proof(sent.application_id, sent.receipt, sent.sent)

    assert result.kept and result.report.proven
    assert outcomes(result.report) == {
        CheckKind.RECEIPT_SIGNATURE: CheckOutcome.CONFIRMED,
        CheckKind.SIGNER_TRUST: CheckOutcome.UNKNOWN,  # no trusted certificate configured
        CheckKind.SENT_DOCUMENT: CheckOutcome.CONFIRMED,
        CheckKind.ATTACHMENT: CheckOutcome.CONFIRMED,
    }
    application = context.applications.load(sent.application_id)
    assert application.status is ApplicationStatus.SENT
    assert application.submission is not None
    assert application.submission.channel is SubmissionChannel.EPUAP
    assert application.submission.receipt == {
        "file_name": "UPP_ePUAP.xml",
        "size": sent.receipt.stat().st_size,
        "sha256": sha256_of(sent.receipt),
    }
    (proof,) = context.proofs.proofs(sent.application_id)
    assert proof.facts.identifier == UppFields().identifier
    assert proof.facts.sender == UppFields().sender
    assert proof.facts.signer.startswith("Jan Kowalski")
    assert proof.signed_pdf_sha256 == hashlib.sha256(sent.signed_pdf).hexdigest()
    assert context.proofs.path_of(proof.sent).read_bytes() == sent.sent.read_bytes()
    assert sha256_of(context.proofs.path_of(proof.receipt)) == proof.receipt.sha256
    history = context.applications.history(sent.application_id)
    assert history[-1].field_id == "submission_proof"
    assert UppFields().identifier in history[-1].new_value

    checked = context.proofs.check(sent.application_id)
    assert checked is not None and checked.report.proven


def test_trust_is_confirmed_only_against_a_configured_certificate(
    context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    sent = send(context, pki, final_pdf, tmp_path)
    context.proofs.import_proof(sent.application_id, sent.receipt, sent.sent)
    root = write(tmp_path, "root.cer", pki.ca_der)
    context.signing.add_trusted_certificate(root)

    checked = context.proofs.check(sent.application_id)

    assert checked is not None
    trust = checked.report.check(CheckKind.SIGNER_TRUST)
    assert trust is not None and trust.outcome is CheckOutcome.CONFIRMED
    assert "Testowe CA" in trust.text()


def test_an_envelope_with_another_pdf_is_refused(
    context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    application_id, signed = signed_application(context, pki, final_pdf)
    changed = signed + b"\n% dopisane po podpisaniu\n"
    sent_bytes = envelope([("Wniosek_podpisany.pdf", changed)])
    receipt = write(tmp_path, "upp.xml", upp(pki.other_person, sent_bytes))
    sent = write(tmp_path, "wyslany.xml", sent_bytes)

    result = context.proofs.import_proof(application_id, receipt, sent)

    assert not result.kept and not result.report.proven
    assert outcomes(result.report)[CheckKind.RECEIPT_SIGNATURE] is CheckOutcome.CONFIRMED
    assert outcomes(result.report)[CheckKind.ATTACHMENT] is CheckOutcome.MISMATCH
    assert context.applications.load(application_id).status is ApplicationStatus.SIGNED
    assert context.proofs.proofs(application_id) == []


def test_a_changed_envelope_is_not_the_one_the_receipt_covers(
    context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    sent = send(context, pki, final_pdf, tmp_path)
    sent.sent.write_bytes(sent.sent.read_bytes().replace(b"Wniosek PIM", b"Wniosek PIN"))

    result = context.proofs.import_proof(sent.application_id, sent.receipt, sent.sent)

    assert not result.kept
    assert outcomes(result.report)[CheckKind.SENT_DOCUMENT] is CheckOutcome.MISMATCH
    # The signed PDF inside is still the right one; the envelope around it is not the covered one.
    assert outcomes(result.report)[CheckKind.ATTACHMENT] is CheckOutcome.CONFIRMED


def test_a_changed_receipt_breaks_its_signature(
    context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    sent = send(context, pki, final_pdf, tmp_path)
    text = sent.receipt.read_bytes()
    sent.receipt.write_bytes(text.replace(b"2024-000123456", b"2024-000999999"))

    result = context.proofs.import_proof(sent.application_id, sent.receipt, sent.sent)

    assert not result.kept
    check = result.report.check(CheckKind.RECEIPT_SIGNATURE)
    assert check is not None and check.outcome is CheckOutcome.MISMATCH
    assert "zmieniono po podpisaniu" in check.text()
    assert result.report.facts.identifier == "UPP-2024-000999999"


def test_a_receipt_without_a_reference_to_the_sent_document_says_it_cannot_tell(
    context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    application_id, signed = signed_application(context, pki, final_pdf)
    sent = write(tmp_path, "wyslany.xml", envelope([("wniosek.pdf", signed)]))
    receipt = write(tmp_path, "upp.xml", upp(pki.other_person, None))

    result = context.proofs.import_proof(application_id, receipt, sent)

    assert result.kept and not result.report.proven
    assert outcomes(result.report)[CheckKind.RECEIPT_SIGNATURE] is CheckOutcome.CONFIRMED
    assert outcomes(result.report)[CheckKind.SENT_DOCUMENT] is CheckOutcome.UNKNOWN
    assert context.applications.load(application_id).status is ApplicationStatus.SENT


def test_a_proof_needs_a_signed_pdf_first(
    context: AppContext, pki: SigningPki, tmp_path: Path
) -> None:
    from pim_desktop.domain.submission_proof import ReceiptRefused

    context.sample_data.create()
    leader = next(s for s in context.applications.summaries() if s.application.role == "lider")
    sent = write(tmp_path, "wyslany.xml", envelope([("wniosek.pdf", b"%PDF")]))
    receipt = write(tmp_path, "upp.xml", upp(pki.other_person, sent.read_bytes()))
    with pytest.raises(ReceiptRefused) as refused:
        context.proofs.import_proof(leader.id, receipt, sent)
    assert "Najpierw podpisz" in refused.value.text()


def test_the_proof_page_shows_the_receipt_the_checks_and_the_files(
    context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    from pdf_reading import fonts, page_texts

    sent = send(context, pki, final_pdf, tmp_path)
    context.proofs.import_proof(sent.application_id, sent.receipt, sent.sent)
    target = tmp_path / "Dowód złożenia.pdf"

    assert context.proofs.print_proof(sent.application_id, target) == 1

    pages = page_texts(target)
    assert len(pages) == 1
    text = " ".join(pages[0].split())
    assert "Dowód złożenia wniosku" in text
    assert "Dowód potwierdzony" in text
    assert UppFields().identifier in text and "Gmina Miasto Przykładowo" in text
    assert text.count("potwierdzone") >= 3 and "nie da się sprawdzić" in text
    signed_sha = hashlib.sha256(sent.signed_pdf).hexdigest()
    assert signed_sha[:32] in text and signed_sha[32:] in text
    assert fonts(target) and all(embedded == "yes" for _name, embedded in fonts(target))
