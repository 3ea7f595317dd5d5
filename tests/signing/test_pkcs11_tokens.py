"""A real PKCS#11 token in SoftHSM2: list it, list its certificate, sign, and the PIN's faults."""

from __future__ import annotations

import struct
from pathlib import Path

import pkcs11
import pytest
from conftest import SoftHsm
from signing_pki import SIGNER_NAME, TOKEN_LABEL, TOKEN_PIN, SigningPki

from pim_desktop.domain.signature import SignatureError
from pim_desktop.signing.pades import SigningOptions, sign_pdf
from pim_desktop.signing.pkcs11_tokens import (
    PROGRAM_BITS,
    library_bits,
    list_certificates,
    list_tokens,
    open_key,
    translate,
)
from pim_desktop.signing.verification import check_pdf


def test_the_token_and_its_certificate_are_listed(softhsm: SoftHsm) -> None:
    (token,) = list_tokens(softhsm.library)
    assert token.label == TOKEN_LABEL
    assert not token.pin_locked
    (certificate,) = list_certificates(softhsm.library, token)
    assert certificate.summary.subject == SIGNER_NAME
    assert certificate.summary.issuer == "Testowe CA Główne"
    assert certificate.summary.non_repudiation and certificate.has_key
    assert certificate.object_id == "01"


def test_signing_with_the_token(
    softhsm: SoftHsm, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    signed = tmp_path / "z karty.pdf"
    with open_key(softhsm.library, TOKEN_LABEL, None, TOKEN_PIN) as key:
        assert key.summary.subject == SIGNER_NAME
        sign_pdf(final_pdf, signed, key, SigningOptions(location="Przykładowo"))
    report = check_pdf(signed, [pki.ca_der])
    assert report.all_ok and report.signatures[0].trusted


def test_a_wrong_pin_is_explained(softhsm: SoftHsm) -> None:
    with pytest.raises(SignatureError) as caught:
        open_key(softhsm.library, TOKEN_LABEL, "01", "000000")
    assert caught.value.code in {"pin_incorrect", "pin_final_try"}
    assert "Nieprawidłowy PIN" in caught.value.text()
    # A wrong guess must not stop the right PIN from working afterwards.
    with open_key(softhsm.library, TOKEN_LABEL, "01", TOKEN_PIN) as key:
        assert key.summary.subject == SIGNER_NAME


def test_an_unknown_card_and_a_missing_certificate(softhsm: SoftHsm) -> None:
    with pytest.raises(SignatureError) as caught:
        open_key(softhsm.library, "Nie ma takiej karty", None, TOKEN_PIN)
    assert caught.value.code == "token_not_found"
    with pytest.raises(SignatureError) as missing:
        open_key(softhsm.library, TOKEN_LABEL, "ff", TOKEN_PIN)
    assert missing.value.code == "no_certificate_on_token"


def test_pkcs11_faults_in_plain_polish() -> None:
    assert translate(pkcs11.PinLocked()).code == "pin_locked"
    assert "PUK" in translate(pkcs11.PinLocked()).text()
    assert translate(pkcs11.PinIncorrect()).code == "pin_incorrect"
    assert translate(pkcs11.TokenNotPresent()).code == "card_removed"
    assert translate(pkcs11.PinExpired()).code == "pin_expired"


def test_a_missing_library_is_explained(tmp_path: Path) -> None:
    with pytest.raises(SignatureError) as caught:
        list_tokens(tmp_path / "cryptoCertum3PKCS.dll")
    assert caught.value.code == "library_missing"


def _pe_file(path: Path, machine: int) -> Path:
    header = bytearray(512)
    header[:2] = b"MZ"
    struct.pack_into("<I", header, 0x3C, 0x80)
    header[0x80:0x84] = b"PE\0\0"
    struct.pack_into("<H", header, 0x84, machine)
    path.write_bytes(bytes(header))
    return path


def test_a_library_of_the_other_bitness_is_named_before_loading(tmp_path: Path) -> None:
    other = 0x14C if PROGRAM_BITS == 64 else 0x8664
    library = _pe_file(tmp_path / "cryptoCertum3PKCS.dll", other)
    assert library_bits(library) == (32 if PROGRAM_BITS == 64 else 64)
    with pytest.raises(SignatureError) as caught:
        list_tokens(library)
    assert caught.value.code == "library_bitness"
    assert "193" in caught.value.text()
    assert "System32" in caught.value.text()


def test_a_file_that_is_no_library(tmp_path: Path) -> None:
    library = tmp_path / "biblioteka.so"
    library.write_bytes(b"to nie jest biblioteka")
    with pytest.raises(SignatureError) as caught:
        list_tokens(library)
    assert caught.value.code == "library_failed"
