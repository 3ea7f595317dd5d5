"""A certificate store that holds real keys and answers the way Windows does, for tests on Linux.

It signs a digest with a real key and returns the bytes in the shape the platform returns them:
CNG gives RSA big-endian and ECDSA as raw r‖s, the legacy CryptoAPI gives RSA little-endian.
The program's own conversion code then has to undo exactly that.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, decode_dss_signature
from signing_pki import Identity

from pim_desktop.domain.signature import SignatureError
from pim_desktop.signing.store_signer import (
    KeyFlavour,
    NativeSignature,
    StoreEntry,
    thumbprint_of,
)

# On Windows, the thumbprints of real certificates in the user's store to sign with (the Windows
# workflow makes them); the tests against the real store are skipped without it.
STORE_THUMBPRINTS = [
    t for t in os.environ.get("PIM_DESKTOP_TEST_STORE_THUMBPRINTS", "").split(",") if t.strip()
]
HASHES = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512()}


@dataclass
class EmulatedStore:
    """Certificates with keys (each signing as one flavour), certificates without, the chain."""

    keys: list[tuple[Identity, KeyFlavour]]
    chain_der: list[bytes]
    keyless: list[bytes] = field(default_factory=list)
    closed: bool = False
    signed_digests: list[bytes] = field(default_factory=list)
    native_signatures: list[NativeSignature] = field(default_factory=list)
    refusal: SignatureError | None = None  # what the card says instead of signing

    def entries(self) -> list[StoreEntry]:
        with_keys = [StoreEntry(identity.der, True) for identity, _ in self.keys]
        return with_keys + [StoreEntry(der, False) for der in self.keyless]

    def chain(self, thumbprint: str) -> list[bytes]:
        return list(self.chain_der)

    def sign_digest(self, thumbprint: str, digest: bytes, digest_algorithm: str) -> NativeSignature:
        if self.refusal is not None:
            raise self.refusal
        for identity, flavour in self.keys:
            if thumbprint_of(identity.der) == thumbprint:
                self.signed_digests.append(digest)
                native = _native(identity, flavour, digest, HASHES[digest_algorithm])
                self.native_signatures.append(native)
                return native
        raise SignatureError("store_certificate_missing", thumbprint=thumbprint)

    def close(self) -> None:
        self.closed = True


def _native(
    identity: Identity, flavour: KeyFlavour, digest: bytes, algorithm: hashes.HashAlgorithm
) -> NativeSignature:
    key = identity.key
    if isinstance(key, rsa.RSAPrivateKey):
        big_endian = key.sign(digest, padding.PKCS1v15(), Prehashed(algorithm))
        if flavour is KeyFlavour.CRYPTOAPI:
            return NativeSignature(big_endian[::-1], flavour)
        return NativeSignature(big_endian, flavour)
    assert isinstance(key, ec.EllipticCurvePrivateKey) and flavour is KeyFlavour.CNG
    r, s = decode_dss_signature(key.sign(digest, ec.ECDSA(Prehashed(algorithm))))
    size = (key.curve.key_size + 7) // 8
    return NativeSignature(r.to_bytes(size, "big") + s.to_bytes(size, "big"), flavour)
