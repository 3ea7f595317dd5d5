"""Signing with a .p12 file, read back by the program and by poppler's pdfsig."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from signing_pki import P12_PASSWORD, SIGNER_NAME, SigningPki

from pim_desktop.domain.signature import Coverage, PadesLevel, SignatureError, TimeSource
from pim_desktop.signing.pades import SigningOptions, load_pkcs12, sign_pdf
from pim_desktop.signing.verification import check_pdf

needs_pdfsig = pytest.mark.skipif(
    shutil.which("pdfsig") is None, reason="poppler-utils (pdfsig) is not installed"
)


def pdfsig(pdf: Path) -> list[dict[str, str]]:
    """pdfsig's findings per signature. It exits 0 even on a broken digest, so read the text."""
    result = subprocess.run(
        ["pdfsig", str(pdf)], capture_output=True, text=True, encoding="utf-8", check=False
    )
    signatures: list[dict[str, str]] = []
    for line in result.stdout.splitlines():
        if line.startswith("Signature #"):
            signatures.append({})
        elif line.strip().startswith("- ") and signatures:
            key, _, value = line.strip()[2:].partition(":")
            signatures[-1][key.strip()] = value.strip() if value else key.strip()
    return signatures


def sign(source: Path, target: Path, p12: Path, **options: object) -> None:
    with load_pkcs12(p12, P12_PASSWORD) as key:
        sign_pdf(source, target, key, SigningOptions(location="Przykładowo", **options))  # type: ignore[arg-type]


@needs_pdfsig
def test_signed_file_is_valid_for_the_program_and_for_pdfsig(
    pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    signed = tmp_path / "podpisany wniosek.pdf"
    sign(final_pdf, signed, pki.signer.p12)

    report = check_pdf(signed, [pki.ca_der])
    assert report.all_ok
    (signature,) = report.signatures
    assert signature.signer.subject == SIGNER_NAME
    assert signature.signer.issuer == "Testowe CA Główne"
    assert signature.intact and signature.coverage is Coverage.WHOLE_FILE
    assert signature.pades_level is PadesLevel.B_B
    assert signature.trusted
    assert signature.time_source is TimeSource.SIGNER
    assert signature.reason == "Wniosek o udział w Partnerskiej Inicjatywie Miast"
    assert signature.location == "Przykładowo"
    assert not signature.revocation_checked

    (found,) = pdfsig(signed)
    assert found["Signature Validation"] == "Signature is Valid."
    assert found["Signer Certificate Common Name"] == SIGNER_NAME
    assert found["Signature Type"] == "ETSI.CAdES.detached"
    assert "Total document signed" in found
    assert final_pdf.read_bytes() == signed.read_bytes()[: final_pdf.stat().st_size]


@needs_pdfsig
def test_a_changed_byte_breaks_the_signature(
    pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    signed = tmp_path / "podpisany.pdf"
    sign(final_pdf, signed, pki.signer.p12)
    data = bytearray(signed.read_bytes())
    position = data.index(b"Wniosek") + 3
    data[position] ^= 0x01
    tampered = tmp_path / "zmieniony.pdf"
    tampered.write_bytes(bytes(data))

    report = check_pdf(tampered, [pki.ca_der])
    assert not report.all_ok
    assert not report.signatures[0].intact

    completed = subprocess.run(["pdfsig", str(tampered)], capture_output=True, check=False)
    assert completed.returncode == 0, "pdfsig's exit code says nothing about the digest"
    (found,) = pdfsig(tampered)
    assert found["Signature Validation"] == "Digest Mismatch."


@needs_pdfsig
def test_a_second_signature_keeps_the_first_valid(
    pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    first = tmp_path / "raz.pdf"
    second = tmp_path / "dwa.pdf"
    sign(final_pdf, first, pki.signer.p12)
    sign(first, second, pki.other_person.p12)
    assert second.read_bytes().startswith(first.read_bytes()), "an incremental update"

    report = check_pdf(second, [pki.ca_der])
    assert report.all_ok
    one, two = report.signatures
    assert one.coverage is Coverage.SIGNATURES_ADDED and one.intact
    assert two.coverage is Coverage.WHOLE_FILE and two.signer.subject == "Jan Kowalski"
    assert [s.field_name for s in report.signatures] == ["Podpis1", "Podpis2"]

    found = pdfsig(second)
    assert [f["Signature Validation"] for f in found] == ["Signature is Valid."] * 2


def test_wrong_password_says_so_in_polish(pki: SigningPki) -> None:
    with pytest.raises(SignatureError) as caught:
        load_pkcs12(pki.signer.p12, "nie to hasło")
    assert caught.value.code == "wrong_password"
    assert "Nieprawidłowe hasło" in caught.value.text()


def test_a_file_that_is_no_certificate_is_named(final_pdf: Path) -> None:
    with pytest.raises(SignatureError) as caught:
        load_pkcs12(final_pdf, P12_PASSWORD)
    assert caught.value.code == "not_pkcs12"
    assert final_pdf.name in caught.value.text()


@pytest.mark.parametrize(
    ("identity", "code", "words"),
    [
        ("expired", "certificate_expired", "wygasł"),
        ("not_yet_valid", "certificate_not_yet_valid", "ważny dopiero od"),
    ],
)
def test_invalid_certificates_are_refused(
    pki: SigningPki, final_pdf: Path, tmp_path: Path, *, identity: str, code: str, words: str
) -> None:
    target = tmp_path / "nie powstanie.pdf"
    with pytest.raises(SignatureError) as caught:
        sign(final_pdf, target, getattr(pki, identity).p12)
    assert caught.value.code == code
    assert words in caught.value.text()
    assert not target.exists()


def test_a_certificate_without_non_repudiation_is_refused(
    pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    identity = pki.issue(
        "logowanie", SIGNER_NAME, days_before=1, days_after=30, non_repudiation=False
    )
    with pytest.raises(SignatureError) as caught:
        sign(final_pdf, tmp_path / "x.pdf", identity.p12)
    assert caught.value.code == "certificate_not_for_signing"


def test_not_a_pdf_is_named(pki: SigningPki, tmp_path: Path) -> None:
    fake = tmp_path / "wniosek.pdf"
    fake.write_text("To nie jest PDF, tylko tekst.", encoding="utf-8")
    with pytest.raises(SignatureError) as caught:
        sign(fake, tmp_path / "podpisany.pdf", pki.signer.p12)
    assert caught.value.code == "not_pdf"
    assert "nie jest plikiem PDF" in caught.value.text()
    with pytest.raises(SignatureError) as checked:
        check_pdf(fake, [])
    assert checked.value.code == "not_pdf"


def test_a_signed_file_is_never_written_over(
    pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    signed = tmp_path / "podpisany.pdf"
    sign(final_pdf, signed, pki.signer.p12)
    before = signed.read_bytes()
    with pytest.raises(SignatureError) as caught:
        sign(signed, signed, pki.signer.p12)
    assert caught.value.code == "same_file"
    assert signed.read_bytes() == before


def test_a_damaged_signed_file_is_not_rewritten(
    pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    signed = tmp_path / "podpisany.pdf"
    sign(final_pdf, signed, pki.signer.p12)
    data = signed.read_bytes()
    broken = tmp_path / "uszkodzony.pdf"
    broken.write_bytes(data[: data.rindex(b"startxref")] + b"startxref\n999999999\n%%EOF\n")
    with pytest.raises(SignatureError) as caught:
        sign(broken, tmp_path / "wynik.pdf", pki.signer.p12)
    assert caught.value.code == "would_rewrite"


def test_an_unsigned_file_reports_no_signature(final_pdf: Path) -> None:
    report = check_pdf(final_pdf, [])
    assert not report.signed and not report.all_ok


def test_untrusted_root_is_reported_but_the_file_is_intact(
    pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    signed = tmp_path / "podpisany.pdf"
    sign(final_pdf, signed, pki.signer.p12)
    report = check_pdf(signed, [])
    assert report.all_ok
    assert not report.signatures[0].trusted
    assert report.signatures[0].trust_problem.value == "no_trusted_root"
