"""The rules about certificates and reports, without any cryptography."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from pim_desktop.domain.signature import (
    ERROR_TEXT,
    NOTE_TEXT,
    CertificateNoteCode,
    CertificateSummary,
    CertificateValidity,
    SignatureError,
    SignatureErrorCode,
    certificate_notes,
    compare_with_export,
    same_person,
    signing_refusal,
)

NOW = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "pim_desktop_en.ts"

# The codes as files, logs and ``verify --json`` have always carried them.
STORED_ERROR_CODES = {
    "not_pdf", "pdf_encrypted", "file_unreadable", "write_failed", "same_file", "would_rewrite",
    "changes_forbidden", "wrong_password", "not_pkcs12", "no_key_in_file", "certificate_expired",
    "certificate_not_yet_valid", "certificate_not_for_signing", "library_missing",
    "library_bitness", "library_failed", "no_token", "token_not_found", "token_ambiguous",
    "pin_incorrect", "pin_final_try", "pin_locked", "pin_expired", "pin_empty", "card_removed",
    "no_certificate_on_token", "certificate_ambiguous", "token_error", "timestamp_failed",
    "store_unavailable", "store_certificate_missing", "store_no_key", "store_cancelled",
    "store_key_unsupported", "store_error",
    "timestamp_url_invalid", "signing_failed", "not_certificate", "not_signed", "no_final_pdf",
    "application_draft", "application_sent", "not_latest_version", "secret_missing",
    "export_mismatch", "signature_invalid",
}  # fmt: skip


def certificate(
    days_before: int = 100, days_after: int = 300, **extra: object
) -> CertificateSummary:
    values: dict[str, object] = {
        "subject": "Małgorzata Żółkiewska",
        "issuer": "Testowe CA",
        "not_before": NOW - dt.timedelta(days=days_before),
        "not_after": NOW + dt.timedelta(days=days_after),
        "non_repudiation": True,
        **extra,
    }
    return CertificateSummary(**values)  # type: ignore[arg-type]


def test_validity_in_time() -> None:
    assert certificate().validity(NOW) is CertificateValidity.VALID
    assert certificate(days_after=-1).validity(NOW) is CertificateValidity.EXPIRED
    assert certificate(days_before=-1).validity(NOW) is CertificateValidity.NOT_YET_VALID
    assert certificate(days_after=30).validity(NOW) is CertificateValidity.EXPIRES_SOON
    assert certificate(days_after=31).validity(NOW) is CertificateValidity.VALID


def test_notes_block_what_cannot_sign_and_warn_about_the_rest() -> None:
    assert certificate_notes(certificate(), NOW, "Małgorzata Żółkiewska") == []
    expired = certificate_notes(certificate(days_after=-2), NOW)
    assert [(n.code, n.blocking) for n in expired] == [("expired", True)]
    assert "27.02.2025" in expired[0].text()
    future = certificate_notes(certificate(days_before=-3), NOW)
    assert [(n.code, n.blocking) for n in future] == [("not_yet_valid", True)]
    soon = certificate_notes(certificate(days_after=12), NOW)
    assert [(n.code, n.blocking) for n in soon] == [("expires_soon", False)]
    assert "za 12 dni" in soon[0].text()
    login_only = certificate_notes(certificate(non_repudiation=False), NOW)
    assert [(n.code, n.blocking) for n in login_only] == [("not_for_signing", True)]
    other = certificate_notes(certificate(), NOW, "Jan Kowalski")
    assert [(n.code, n.blocking) for n in other] == [("name_mismatch", False)]
    assert "Jan Kowalski" in other[0].text() and "upoważnienie" in other[0].text()


def test_same_person_ignores_order_case_accents_and_spacing_but_not_letters() -> None:
    assert same_person("ŻÓŁKIEWSKA  Małgorzata", "Małgorzata Żółkiewska")
    assert same_person("Malgorzata ZOLKIEWSKA", "Małgorzata Żółkiewska")
    assert not same_person("Małgorzata Żółkowska", "Małgorzata Żółkiewska")
    assert not same_person("Małgorzata", "Małgorzata Żółkiewska")
    assert not same_person("Małgorzata Żółkiewska", "")


def test_export_comparison() -> None:
    exported = b"%PDF-1.4 wniosek"
    assert compare_with_export(exported, exported + b" podpis").matches
    different = compare_with_export(exported, b"%PDF-1.4 wnioseK podpis")
    assert not different.matches and different.first_difference == 15
    shorter = compare_with_export(exported, exported[:5])
    assert not shorter.matches and shorter.first_difference is None
    assert "krótszy" in shorter.statement().text()[1]


def _domain_translations() -> dict[str, str]:
    root = ET.parse(TRANSLATIONS).getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == "domain")
    return {
        m.findtext("source") or "": m.findtext("translation") or "" for m in context.iter("message")
    }


def test_every_code_has_polish_wording_with_an_english_translation() -> None:
    translated = _domain_translations()
    wordings = [*(ERROR_TEXT[code] for code in SignatureErrorCode)]
    wordings += [NOTE_TEXT[code] for code in CertificateNoteCode]
    for wording in wordings:
        assert wording.strip()
        assert translated.get(wording), wording


def test_error_codes_keep_the_values_stored_data_carries() -> None:
    assert {code.value for code in SignatureErrorCode} == STORED_ERROR_CODES
    error = SignatureError(SignatureErrorCode.NOT_PDF, "bad xref", file="wniosek.pdf")
    assert error.code == "not_pdf" and str(error) == "not_pdf: bad xref"
    assert error.text() == "Plik „wniosek.pdf” nie jest plikiem PDF albo jest uszkodzony."


def test_a_blocking_note_refuses_signing_with_its_own_error() -> None:
    assert signing_refusal(certificate_notes(certificate(days_after=12), NOW)) is None
    notes = certificate_notes(certificate(days_after=-2, non_repudiation=False), NOW)
    refusal = signing_refusal(notes)
    assert refusal is not None and refusal.code is SignatureErrorCode.CERTIFICATE_EXPIRED
    assert "wygasł 27.02.2025" in refusal.text()
    login_only = signing_refusal(certificate_notes(certificate(non_repudiation=False), NOW))
    assert login_only is not None
    assert login_only.code is SignatureErrorCode.CERTIFICATE_NOT_FOR_SIGNING
