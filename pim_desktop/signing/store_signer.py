"""Signing with a key held by the operating system's certificate store, whatever the platform.

A ``CertificateStoreBackend`` finds certificates and their chain and signs a digest; the
Windows one lives in ``signing.windows_store``. What a platform hands back is turned here into
what a CMS signature holds: Windows CNG gives ECDSA as raw r‖s (DER is needed) and the legacy
CryptoAPI gives RSA little-endian (big-endian is needed). ``StoreSigner`` is the pyHanko
``Signer`` over a backend. This module loads pyHanko: import it only when signing.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from asn1crypto import x509
from pyhanko.sign.signers import Signer
from pyhanko_certvalidator.registry import SimpleCertificateStore

from pim_desktop.domain.signature import CertificateSummary, SignatureError, SignatureErrorCode
from pim_desktop.signing.certificates import load_certificate, summarise
from pim_desktop.signing.pades import SigningKey

log = logging.getLogger(__name__)


class KeyFlavour(StrEnum):
    """How the platform signs with a key, which decides the shape of the bytes it returns."""

    CNG = "cng"  # Windows CNG (NCryptSignHash): RSA big-endian, ECDSA raw r‖s
    CRYPTOAPI = "cryptoapi"  # legacy CryptoAPI (CryptSignHash): RSA little-endian


@dataclass(frozen=True)
class StoreEntry:
    """A certificate as the store holds it, and whether a private key is tied to it."""

    der: bytes
    has_key: bool


@dataclass(frozen=True)
class NativeSignature:
    """The bytes a platform returned for a digest, as it returned them."""

    data: bytes
    flavour: KeyFlavour


class CertificateStoreBackend(Protocol):
    """A certificate store of the operating system: its certificates, their chain, a signature."""

    def entries(self) -> list[StoreEntry]: ...

    def chain(self, thumbprint: str) -> list[bytes]:
        """The DER certificates above ``thumbprint`` (issuers up to the root), as far as known."""
        ...

    def sign_digest(self, thumbprint: str, digest: bytes, digest_algorithm: str) -> NativeSignature:
        """Sign a digest with the certificate's key; the card's own PIN dialog may appear."""
        ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class StoreCertificate:
    """A certificate of the store that can sign, with the thumbprint Windows shows for it."""

    thumbprint: str  # SHA-1 of the certificate, upper-case hex, as certmgr.msc shows it
    der: bytes
    summary: CertificateSummary


def thumbprint_of(der: bytes) -> str:
    return hashlib.sha1(der, usedforsecurity=False).hexdigest().upper()


def normalise_thumbprint(text: str) -> str:
    """A thumbprint as typed or copied from Windows (spaces, colons, a hidden mark) made plain."""
    return "".join(ch for ch in text if ch in "0123456789abcdefABCDEF").upper()


def signing_certificates(backend: CertificateStoreBackend) -> list[StoreCertificate]:
    """The certificates with a private key meant for signatures, qualified ones first."""
    found: list[tuple[StoreCertificate, x509.Certificate]] = []
    for entry in backend.entries():
        if not entry.has_key:
            continue
        try:
            certificate = load_certificate(entry.der)
        except (ValueError, TypeError, KeyError):
            continue
        summary = summarise(certificate)
        if summary.is_ca or not _meant_for_signing(certificate):
            continue
        found.append((StoreCertificate(thumbprint_of(entry.der), entry.der, summary), certificate))
    found.sort(
        key=lambda pair: (
            not pair[0].summary.qualified,
            not pair[0].summary.non_repudiation,
            -pair[0].summary.not_after.timestamp(),
        )
    )
    return [store_certificate for store_certificate, _ in found]


def _meant_for_signing(certificate: x509.Certificate) -> bool:
    usage = certificate.key_usage_value
    if usage is None:
        return False
    return bool({"digital_signature", "non_repudiation"} & set(usage.native))


def open_store_key(backend: CertificateStoreBackend, thumbprint: str) -> SigningKey:
    """A key of the store ready to sign; closing it closes the store."""
    wanted = normalise_thumbprint(thumbprint)
    try:
        chosen = next((c for c in signing_certificates(backend) if c.thumbprint == wanted), None)
        if chosen is None:
            raise SignatureError(SignatureErrorCode.STORE_CERTIFICATE_MISSING, thumbprint=wanted)
        certificate = load_certificate(chosen.der)
        registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]
        for der in _chain_or_nothing(backend, wanted):
            registry.register(load_certificate(der))
    except BaseException:
        backend.close()
        raise
    # A fault of the card or the store arrives as a SignatureError already in plain words.
    return SigningKey(
        StoreSigner(backend, wanted, certificate, registry), certificate, close=backend.close
    )


def _chain_or_nothing(backend: CertificateStoreBackend, thumbprint: str) -> list[bytes]:
    """The issuers help a checker build the path; a signature without them is still valid."""
    try:
        return backend.chain(thumbprint)
    except SignatureError as error:
        log.warning("Certificate chain of %s not built: %s", thumbprint, error)
        return []


# asn1crypto rounds a curve's size up to whole bytes, which overstates P-521 by two bytes.
_CURVE_BITS = {"secp521r1": 521}


def signature_length(certificate: x509.Certificate) -> int:
    """The length of the signature value the key makes (the DER maximum for ECDSA)."""
    public_key = certificate.public_key
    if public_key.algorithm == "rsa":
        return int(public_key.byte_size)
    if public_key.algorithm == "ec":
        # An integer below 2**bits with its top bit set needs a zero byte in front in DER.
        bits = _CURVE_BITS.get(public_key.curve[1], public_key.bit_size)
        return _der_length(2 * _der_length(bits // 8 + 1))
    raise SignatureError(SignatureErrorCode.STORE_KEY_UNSUPPORTED, algorithm=public_key.algorithm)


def _der_length(content: int) -> int:
    """A DER element's whole length (tag, length bytes, content) for ``content`` bytes."""
    if content < 0x80:
        return 2 + content
    return 2 + (content.bit_length() + 7) // 8 + content


def cms_signature(native: NativeSignature, key_algorithm: str) -> bytes:
    """The signature value CMS wants from what the platform returned."""
    if native.flavour is KeyFlavour.CRYPTOAPI:
        if key_algorithm != "rsa":
            raise SignatureError(SignatureErrorCode.STORE_KEY_UNSUPPORTED, algorithm=key_algorithm)
        return native.data[::-1]
    if key_algorithm == "ec":
        return ecdsa_raw_to_der(native.data)
    return native.data


def ecdsa_raw_to_der(raw: bytes) -> bytes:
    """CNG's r‖s (two big-endian halves of equal length) as the DER sequence of two integers."""
    from asn1crypto.algos import DSASignature

    if not raw or len(raw) % 2:
        raise SignatureError(
            SignatureErrorCode.SIGNING_FAILED, f"ECDSA signature of {len(raw)} bytes"
        )
    return bytes(DSASignature.from_p1363(raw).dump())


class StoreSigner(Signer):
    """A pyHanko signer whose raw signature comes from a certificate store's key."""

    def __init__(
        self,
        backend: CertificateStoreBackend,
        thumbprint: str,
        certificate: x509.Certificate,
        registry: SimpleCertificateStore,
    ) -> None:
        super().__init__(signing_cert=certificate, cert_registry=registry)
        self.backend = backend
        self.thumbprint = thumbprint
        self.certificate = certificate

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        certificate = self.certificate
        if dry_run:
            return bytes(signature_length(certificate))
        digest = hashlib.new(digest_algorithm, data).digest()
        native = self.backend.sign_digest(self.thumbprint, digest, digest_algorithm)
        return cms_signature(native, certificate.public_key.algorithm)
