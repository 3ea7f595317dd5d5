"""Signing an application and reading back a file signed elsewhere, on a real data folder."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SoftHsm, make_final_pdf
from signing_pki import P12_PASSWORD, SIGNER_NAME, TOKEN_LABEL, TOKEN_PIN, SigningPki

from pim_desktop.context import AppContext
from pim_desktop.domain.application import ApplicationFrozen, ApplicationStatus
from pim_desktop.domain.signature import SignatureError, certificate_notes
from pim_desktop.persistence.attachment_store import sha256_of
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY
from pim_desktop.services.signing_keys import KeyHandle, SigningCancelled
from pim_desktop.signing.certificates import summarise_der
from pim_desktop.signing.pades import load_pkcs12


def ready_application(context: AppContext) -> int:
    context.sample_data.create()
    leader = next(s for s in context.applications.summaries() if s.application.role == "lider")
    context.applications.mark_ready(leader.id)
    return leader.id


def sign_externally(source: Path, target: Path, p12: Path) -> None:
    """As a vendor's tool would: pyHanko directly, outside the program's signing path."""
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=P12_PASSWORD.encode())
    assert signer is not None
    with source.open("rb") as stream:
        writer = IncrementalPdfFileWriter(stream)
        output = io.BytesIO()
        signers.PdfSigner(
            signers.PdfSignatureMetadata(
                field_name="Signature1", subfilter=fields.SigSeedSubFilter.PADES
            ),
            signer,
        ).sign_pdf(writer, output=output)
    target.write_bytes(output.getvalue())


def test_signing_keeps_the_file_records_its_hash_and_freezes_the_application(
    context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    application_id = ready_application(context)
    context.signing.record_final_pdf(application_id, final_pdf)
    plan = context.signing.plan(application_id)
    assert plan.signatory_name == SAMPLE_CITY.signatory_name
    assert plan.location and not plan.already_signed
    copy = tmp_path / "do wysłania.pdf"
    with load_pkcs12(pki.signer.p12, P12_PASSWORD) as key:
        assert context.signing.certificate_notes(plan, key.summary) == []
        record = context.signing.sign(application_id, key, copy_to=copy)

    assert context.applications.load(application_id).status is ApplicationStatus.SIGNED
    assert record.sha256 == sha256_of(copy)
    assert sha256_of(context.signing.path_of(record)) == record.sha256
    assert record.signer_name == SIGNER_NAME and record.pades_level == "B-B"
    assert record.source_sha256 == sha256_of(final_pdf)
    with pytest.raises(ApplicationFrozen):
        context.applications.save_values(application_id, {"motivation": "zmiana"})
    context.city_profile.save(SAMPLE_CITY)

    # A countersignature goes onto the signed file, as an incremental update.
    with load_pkcs12(pki.other_person.p12, P12_PASSWORD) as key:
        notes = context.signing.certificate_notes(context.signing.plan(application_id), key.summary)
        assert [note.code for note in notes] == ["name_mismatch"]
        second = context.signing.sign(application_id, key)
    first_bytes = context.signing.path_of(record).read_bytes()
    assert context.signing.path_of(second).read_bytes().startswith(first_bytes)
    report = context.signing.verify(context.signing.path_of(second))
    assert report.all_ok and len(report.signatures) == 2


def test_a_draft_and_an_unknown_pdf_are_refused(context: AppContext) -> None:
    context.sample_data.create()
    draft = next(s for s in context.applications.summaries() if s.application.role == "partner")
    with pytest.raises(SignatureError) as caught:
        context.signing.plan(draft.id)
    assert caught.value.code == "application_draft"
    leader = next(s for s in context.applications.summaries() if s.application.role == "lider")
    context.applications.mark_ready(leader.id)
    with pytest.raises(SignatureError) as unknown:
        context.signing.plan(leader.id)
    assert unknown.value.code == "no_final_pdf"


def test_external_signing_round_trip(
    context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    application_id = ready_application(context)
    context.signing.record_final_pdf(application_id, final_pdf)
    exported = context.signing.export_for_signing(application_id, tmp_path / "do podpisu.pdf")
    assert exported.read_bytes() == final_pdf.read_bytes()
    context.signing.add_trusted_certificate(pki.ca_pem)

    signed = tmp_path / "podpisany w innym programie.pdf"
    sign_externally(exported, signed, pki.signer.p12)
    outcome = context.signing.import_signed(application_id, signed)

    assert outcome.accepted and outcome.comparison is not None and outcome.comparison.matches
    assert outcome.report.signatures[0].trusted
    assert context.applications.load(application_id).status is ApplicationStatus.SIGNED
    assert context.signing.signed_files(application_id)[0].origin == "external"


def test_a_file_signed_from_a_different_export_is_reported_as_different(
    context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    application_id = ready_application(context)
    context.signing.record_final_pdf(application_id, final_pdf)
    other = make_final_pdf(tmp_path / "inny eksport.pdf", marker="(poprawiony)")
    signed = tmp_path / "podpisany.pdf"
    sign_externally(other, signed, pki.signer.p12)

    outcome = context.signing.import_signed(application_id, signed)

    assert not outcome.accepted
    assert outcome.report.all_ok, "the signature itself is fine"
    assert outcome.comparison is not None and not outcome.comparison.matches
    _label, text = outcome.comparison.statement().text()
    assert "różni się od wyeksportowanego od bajtu" in text
    assert context.applications.load(application_id).status is ApplicationStatus.READY
    assert context.signing.signed_files(application_id) == []


def test_settings_keep_the_timestamp_server_and_trusted_certificates(
    context: AppContext, pki: SigningPki, tmp_path: Path
) -> None:
    assert context.signing.timestamp_url() == ""
    assert context.signing.set_timestamp_url(" http://127.0.0.1:8080/tsa ") == (
        "http://127.0.0.1:8080/tsa"
    )
    with pytest.raises(SignatureError):
        context.signing.set_timestamp_url("tsa.example.pl")
    summary = context.signing.add_trusted_certificate(pki.ca_pem)
    assert [c.subject for c in context.signing.trusted_certificates()] == ["Testowe CA Główne"]
    assert pki.ca_der in context.signing.trust_roots()
    context.signing.remove_trusted_certificate(summary.fingerprint)
    assert context.signing.trusted_certificates() == []
    junk = tmp_path / "nie certyfikat.cer"
    junk.write_text("abc", encoding="utf-8")
    with pytest.raises(SignatureError) as caught:
        context.signing.add_trusted_certificate(junk)
    assert caught.value.code == "not_certificate"


def test_an_expiring_certificate_is_warned_about(pki: SigningPki) -> None:
    summary = summarise_der(pki.expiring.der)
    notes = certificate_notes(summary, dt.datetime.now(dt.UTC), SIGNER_NAME)
    assert [note.code for note in notes] == ["expires_soon"]
    assert "za 9 dni" in notes[0].text() or "za 10 dni" in notes[0].text()
    assert not notes[0].blocking


def test_the_programs_own_final_print_is_the_file_to_sign(
    context: AppContext, pki: SigningPki, tmp_path: Path
) -> None:
    application_id = ready_application(context)
    printed = tmp_path / "Wniosek końcowy.pdf"
    context.exports.export_pdf(application_id, printed, draft=False)
    final = context.signing.final_pdf(application_id)
    assert final is not None and final.sha256 == sha256_of(printed)
    with load_pkcs12(pki.signer.p12, P12_PASSWORD) as key:
        record = context.signing.sign(application_id, key, copy_to=tmp_path / "podpisany.pdf")
    assert (tmp_path / "podpisany.pdf").read_bytes().startswith(printed.read_bytes())
    assert record.sha256 == sha256_of(tmp_path / "podpisany.pdf")
    assert context.applications.load(application_id).status is ApplicationStatus.SIGNED


def test_the_stamp_lands_in_the_printed_signature_box(
    context: AppContext, pki: SigningPki, tmp_path: Path
) -> None:
    """The stamp goes where the form printed "podpis", not over the text of the last page."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    application_id = ready_application(context)
    context.exports.export_pdf(application_id, tmp_path / "końcowy.pdf", draft=False)
    with load_pkcs12(pki.signer.p12, P12_PASSWORD) as key:
        record = context.signing.sign(application_id, key)
    with context.signing.path_of(record).open("rb") as stream:
        reader = PdfFileReader(stream)
        declared = str(reader.trailer["/Info"]["/PIMSignatureBox"]).split()
        page_number, x, y, width, height = (float(part) for part in declared)
        count = reader.root["/Pages"]["/Count"]
        pages = [reader.find_page_for_modification(n)[0] for n in range(count)]
        [(index, rect)] = [
            (index, [float(v) for v in annot.get_object()["/Rect"]])
            for index, page in enumerate(pages)
            for annot in page.get_object().get("/Annots", [])
            if annot.get_object().get("/FT") == "/Sig"
        ]
    assert index == page_number - 1 < len(pages) - 1
    left, bottom, right, top = rect
    # The field's rectangle is in whole points.
    assert x - 1 <= left < right <= x + width + 1
    assert y - 1 <= bottom < top <= y + height + 1


def test_a_final_print_of_older_data_is_not_offered_for_signing(
    context: AppContext, tmp_path: Path
) -> None:
    application_id = ready_application(context)
    context.exports.export_pdf(application_id, tmp_path / "stary.pdf", draft=False)
    context.applications.save_values(application_id, {"sign_place": "Nowe Przykładowo"})
    assert context.signing.final_pdf(application_id) is None


def test_the_interface_opens_keys_and_signs_through_the_service(
    context: AppContext, softhsm: SoftHsm, pki: SigningPki, final_pdf: Path
) -> None:
    application_id = ready_application(context)
    context.signing.record_final_pdf(application_id, final_pdf)
    (token,) = context.signing.list_tokens(softhsm.library)
    assert token.label == TOKEN_LABEL
    (certificate,) = context.signing.list_certificates(softhsm.library, token)
    assert certificate.summary.subject == SIGNER_NAME
    with pytest.raises(SignatureError) as caught:
        context.signing.open_token_key(softhsm.library, token, certificate.object_id, "000000")
    assert caught.value.code in {"pin_incorrect", "pin_final_try"}
    handle = context.signing.open_token_key(
        softhsm.library, token, certificate.object_id, TOKEN_PIN
    )
    assert isinstance(handle, KeyHandle) and handle.summary.subject == SIGNER_NAME

    # A card session is used only on the thread that logged in.
    refused: list[BaseException] = []
    other = threading.Thread(target=lambda: _try(handle.key, refused))
    other.start()
    other.join()
    assert isinstance(refused[0], RuntimeError)

    record = context.signing.sign(application_id, handle)
    handle.close()
    assert not handle.is_open
    assert record.signer_name == SIGNER_NAME
    assert context.signing.verify(context.signing.path_of(record)).all_ok


def test_a_cancelled_signature_leaves_the_application_as_it_was(
    context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    application_id = ready_application(context)
    context.signing.record_final_pdf(application_id, final_pdf)
    copy = tmp_path / "kopia.pdf"
    handle = context.signing.open_pkcs12(pki.signer.p12, P12_PASSWORD)
    with pytest.raises(SigningCancelled):
        context.signing.sign(application_id, handle, copy_to=copy, cancelled=lambda: True)
    # Asked before signing (go on), then before recording (stop): nothing is kept.
    answers = iter([False, True])
    with pytest.raises(SigningCancelled):
        context.signing.sign(application_id, handle, copy_to=copy, cancelled=lambda: next(answers))
    handle.close()
    assert context.signing.status(application_id) is ApplicationStatus.READY
    assert context.signing.signed_files(application_id) == []
    assert not copy.exists()


def test_the_problems_that_stop_a_final_pdf_are_the_checks(context: AppContext) -> None:
    context.sample_data.create()
    leader = next(s for s in context.applications.summaries() if s.application.role == "lider")
    assert context.signing.problems(leader.id) == []
    assert context.signing.status(leader.id) is ApplicationStatus.DRAFT
    context.applications.save_values(leader.id, {"signatory_name": ""})
    assert [p.field_id for p in context.signing.problems(leader.id)] == ["signatory_name"]


def _try(call: Callable[[], object], errors: list[BaseException]) -> None:
    try:
        call()
    except BaseException as error:  # handed back to the test thread
        errors.append(error)
