"""Signing through a certificate store: the pyHanko signer, the platform's byte shapes, the listing.

On Linux an emulated store holds real keys and answers as Windows CNG and CryptoAPI do, so the
conversion code runs for real and pyHanko and pdfsig check the result. On Windows the same
signing runs against the real store for each thumbprint in ``PIM_DESKTOP_TEST_STORE_THUMBPRINTS``
(comma-separated; the Windows workflow makes the certificates).
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from certificate_store_emulation import STORE_THUMBPRINTS, EmulatedStore
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.hashes import SHA256
from signing_pki import SIGNER_NAME, Identity, SigningPki

from pim_desktop.context import AppContext
from pim_desktop.domain.signature import SignatureError
from pim_desktop.services.signing_service import SigningService
from pim_desktop.signing import windows_store
from pim_desktop.signing.pades import SigningOptions, sign_pdf
from pim_desktop.signing.store_signer import (
    KeyFlavour,
    NativeSignature,
    cms_signature,
    ecdsa_raw_to_der,
    normalise_thumbprint,
    open_store_key,
    signature_length,
    signing_certificates,
    thumbprint_of,
)
from pim_desktop.signing.verification import check_pdf

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="pdfsig is missing")
on_windows_with_store = pytest.mark.skipif(
    sys.platform != "win32" or not STORE_THUMBPRINTS,
    reason="needs Windows and PIM_DESKTOP_TEST_STORE_THUMBPRINTS (the Windows workflow sets it)",
)


@pytest.fixture(scope="module")
def ec_signer(pki: SigningPki) -> Identity:
    return pki.issue(
        "ecdsa",
        SIGNER_NAME,
        days_before=1,
        days_after=365,
        key=ec.generate_private_key(ec.SECP256R1()),
    )


def emulated(pki: SigningPki, identity: Identity, flavour: KeyFlavour) -> EmulatedStore:
    return EmulatedStore([(identity, flavour)], chain_der=[pki.ca_der])


def pdfsig_verdict(pdf: Path) -> str:
    result = subprocess.run(
        ["pdfsig", str(pdf)], capture_output=True, text=True, encoding="utf-8", check=False
    )
    lines = [line.strip() for line in result.stdout.splitlines()]
    return next(line for line in lines if line.startswith("- Signature Validation:"))


FLAVOURS = [
    pytest.param("rsa", KeyFlavour.CNG, id="cng-rsa"),
    pytest.param("rsa", KeyFlavour.CRYPTOAPI, id="cryptoapi-rsa"),
    pytest.param("ec", KeyFlavour.CNG, id="cng-ecdsa"),
]


@needs_pdfsig
@pytest.mark.parametrize(("algorithm", "flavour"), FLAVOURS)
def test_certificate_store_signature_is_valid_for_pyhanko_and_pdfsig(  # noqa: PLR0917
    pki: SigningPki,
    ec_signer: Identity,
    final_pdf: Path,
    tmp_path: Path,
    algorithm: str,
    flavour: KeyFlavour,
) -> None:
    identity = pki.signer if algorithm == "rsa" else ec_signer
    store = emulated(pki, identity, flavour)
    signed = tmp_path / "podpisany z magazynu.pdf"

    with open_store_key(store, thumbprint_of(identity.der)) as key:
        sign_pdf(final_pdf, signed, key, SigningOptions(location="Przykładowo"))

    assert store.closed
    assert len(store.signed_digests) == 1 and len(store.signed_digests[0]) == 32
    report = check_pdf(signed, [pki.ca_der])
    assert report.all_ok
    (signature,) = report.signatures
    assert signature.signer.subject == SIGNER_NAME and signature.trusted and signature.intact
    assert pdfsig_verdict(signed) == "- Signature Validation: Signature is Valid."


def test_certificate_store_cancelled_pin_dialog_signs_nothing(
    pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    store = emulated(pki, pki.signer, KeyFlavour.CNG)
    store.refusal = SignatureError("store_cancelled", "0x8010006E")
    signed = tmp_path / "nie podpisany.pdf"

    with (
        pytest.raises(SignatureError) as caught,
        open_store_key(store, thumbprint_of(pki.signer.der)) as key,
    ):
        sign_pdf(final_pdf, signed, key, SigningOptions())

    assert caught.value.code == "store_cancelled"
    assert "Niczego nie podpisano" in caught.value.text()
    assert not signed.exists() and store.closed


def test_certificate_store_ecdsa_raw_r_and_s_become_der() -> None:
    r = (0x80 << 248) | 0x1234  # the high bit set: DER needs a leading zero byte
    s = 0x42  # a short value: CNG pads it with zeros on the left
    raw = r.to_bytes(32, "big") + s.to_bytes(32, "big")

    der = ecdsa_raw_to_der(raw)

    assert der == encode_dss_signature(r, s)
    assert der[4] == 0 and len(der) == 2 + (2 + 33) + (2 + 1)
    assert cms_signature(NativeSignature(raw, KeyFlavour.CNG), "ec") == der
    with pytest.raises(SignatureError):
        ecdsa_raw_to_der(raw[:-1])


def test_certificate_store_cryptoapi_bytes_are_reversed(pki: SigningPki) -> None:
    store = emulated(pki, pki.signer, KeyFlavour.CRYPTOAPI)
    digest = bytes(range(32))
    native = store.sign_digest(thumbprint_of(pki.signer.der), digest, "sha256")

    value = cms_signature(native, "rsa")

    assert value == native.data[::-1] != native.data
    pki.signer.key.public_key().verify(value, digest, padding.PKCS1v15(), _prehashed())  # type: ignore[call-arg, union-attr]
    assert cms_signature(NativeSignature(b"\x01\x02\x03", KeyFlavour.CRYPTOAPI), "rsa") == (
        b"\x03\x02\x01"
    )
    with pytest.raises(SignatureError):
        cms_signature(NativeSignature(b"\x01\x02", KeyFlavour.CRYPTOAPI), "ec")


def _prehashed() -> object:
    from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

    return Prehashed(SHA256())


@pytest.mark.parametrize(("algorithm", "flavour"), FLAVOURS)
def test_certificate_store_dry_run_has_the_real_length_and_touches_no_key(
    pki: SigningPki, ec_signer: Identity, algorithm: str, flavour: KeyFlavour
) -> None:
    identity = pki.signer if algorithm == "rsa" else ec_signer
    store = emulated(pki, identity, flavour)
    with open_store_key(store, thumbprint_of(identity.der)) as key:
        placeholder = asyncio.run(key.signer.async_sign_raw(b"dane", "sha256", dry_run=True))
        assert store.signed_digests == []
        real = asyncio.run(key.signer.async_sign_raw(b"dane", "sha256"))

    if algorithm == "rsa":
        assert len(placeholder) == len(real) == 256
    else:  # DER of ECDSA varies by a byte or two: the placeholder is its longest form
        assert len(placeholder) == 72 >= len(real)
        assert len(store.native_signatures[0].data) == 64


def test_certificate_store_signature_length_of_larger_keys(pki: SigningPki) -> None:
    for curve, longest in ((ec.SECP384R1(), 104), (ec.SECP521R1(), 139)):
        identity = pki.issue(
            curve.name, SIGNER_NAME, days_before=1, days_after=9, key=ec.generate_private_key(curve)
        )
        assert signature_length(asn1_x509.Certificate.load(identity.der)) == longest


def test_certificate_store_lists_signing_certificates_with_a_key_qualified_first(
    pki: SigningPki, ec_signer: Identity
) -> None:
    qualified = pki.issue(
        "kwalifikowany", "Anna Nowak", days_before=1, days_after=30, qualified=True
    )
    store = EmulatedStore(
        [
            (pki.signer, KeyFlavour.CNG),
            (ec_signer, KeyFlavour.CNG),
            (qualified, KeyFlavour.CRYPTOAPI),
            (pki.tsa, KeyFlavour.CNG),  # digital signature only: listed, after the others
        ],
        chain_der=[pki.ca_der],
        keyless=[pki.other_person.der, pki.ca_der],
    )

    listed = signing_certificates(store)

    assert listed[0].thumbprint == thumbprint_of(qualified.der)
    assert listed[0].summary.qualified and not listed[1].summary.qualified
    assert listed[-1].thumbprint == thumbprint_of(pki.tsa.der)
    assert {c.thumbprint for c in listed} == {
        thumbprint_of(i.der) for i in (pki.signer, ec_signer, qualified, pki.tsa)
    }
    assert all(len(c.thumbprint) == 40 for c in listed)


def test_certificate_store_unknown_thumbprint_is_refused_and_the_store_closed(
    pki: SigningPki,
) -> None:
    store = emulated(pki, pki.signer, KeyFlavour.CNG)
    with pytest.raises(SignatureError) as caught:
        open_store_key(store, "00" * 20)
    assert caught.value.code == "store_certificate_missing"
    assert "0000" in caught.value.text()
    assert store.closed


def test_certificate_store_thumbprint_as_copied_from_windows() -> None:
    copied = "\u200e3b 1f:A0 " + "c" * 34
    assert normalise_thumbprint(copied) == "3B1FA0" + "C" * 34


def test_certificate_store_service_lists_and_opens_keys(
    pki: SigningPki, context: AppContext
) -> None:
    store = emulated(pki, pki.signer, KeyFlavour.CRYPTOAPI)
    service = context.signing

    (listed,) = service.store_certificates(store)
    assert store.closed and listed.summary.subject == SIGNER_NAME
    store.closed = False
    with service.open_store_key(listed.thumbprint.lower(), store) as key:
        assert key.summary.fingerprint == listed.summary.fingerprint
    assert store.closed


def test_certificate_store_given_to_the_service_is_offered_and_opens_a_window_key(
    pki: SigningPki, context: AppContext
) -> None:
    handles: list[int] = []
    stores: list[EmulatedStore] = []

    def open_store(window_handle: int) -> EmulatedStore:
        handles.append(window_handle)
        stores.append(emulated(pki, pki.signer, KeyFlavour.CNG))
        return stores[-1]

    with_store = AppContext(context.paths, certificate_store=open_store)
    try:
        _lists_and_opens_for_a_window(with_store.signing, handles, stores)
    finally:
        with_store.close()


def _lists_and_opens_for_a_window(
    service: SigningService, handles: list[int], stores: list[EmulatedStore]
) -> None:
    assert service.store_available()
    (listed,) = service.store_certificates()
    handle = service.open_store_handle(listed.thumbprint, window_handle=4242)
    assert handles == [0, 4242], "the PIN dialog is to sit over the window that asked"
    listing, store = stores
    assert listing.closed, "the store read for the list is closed at once"
    assert handle.summary.subject == SIGNER_NAME and not store.closed
    failures: list[BaseException] = []
    other = threading.Thread(target=lambda: _try(handle.close, failures))
    other.start()
    other.join()
    assert isinstance(failures[0], RuntimeError), "the key stays on the thread that opened it"
    handle.close()
    assert store.closed and not handle.is_open


def _try(call: Callable[[], object], failures: list[BaseException]) -> None:
    try:
        call()
    except RuntimeError as error:
        failures.append(error)


@pytest.mark.skipif(sys.platform == "win32", reason="the store exists there")
def test_certificate_store_off_windows_is_not_offered(context: AppContext) -> None:
    assert not context.signing.store_available()
    with pytest.raises(SignatureError) as caught:
        context.signing.store_certificates()
    assert caught.value.code == "store_unavailable"


@pytest.mark.skipif(sys.platform == "win32", reason="the store exists there")
def test_certificate_store_off_windows_says_so() -> None:
    with pytest.raises(SignatureError) as caught:
        windows_store.WindowsCertificateStore()
    assert caught.value.code == "store_unavailable"


def test_certificate_store_windows_faults_in_plain_words() -> None:
    codes = {
        0x800704C7: "store_cancelled",
        0x8010006B: "pin_incorrect",
        0x8010006C: "pin_locked",
        0x8010000C: "store_no_key",
        0x80090016: "store_no_key",
        0x80070057: "store_error",
    }
    for code, expected in codes.items():
        error = windows_store._key_error(code)
        assert error.code == expected
        assert error.detail == f"0x{code:08X}"


@on_windows_with_store
@pytest.mark.parametrize("thumbprint", STORE_THUMBPRINTS)
def test_certificate_store_real_windows_store_signs(
    thumbprint: str, final_pdf: Path, tmp_path: Path
) -> None:
    store = windows_store.WindowsCertificateStore()
    wanted = normalise_thumbprint(thumbprint)
    listed = {c.thumbprint: c for c in signing_certificates(store)}
    assert wanted in listed, f"{wanted} not among {sorted(listed)}"
    signed = tmp_path / "podpisany magazynem Windows.pdf"

    with open_store_key(store, wanted) as key:
        sign_pdf(final_pdf, signed, key, SigningOptions(location="Przykładowo"))

    # The workflow's certificates are self-signed: each is its own trust root.
    report = check_pdf(signed, [listed[wanted].der])
    assert report.all_ok, report
