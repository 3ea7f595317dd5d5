"""The operating system's trusted root certificates, for checking whom a signature comes from.

On Windows the roots come from the system's own certificate store ("ROOT"), read through
Python's ``ssl.enum_certificates``: the same list Adobe Reader and the vendors' tools consult when
they are set to use Windows' trust. Only roots that Windows trusts for every purpose, or for
e-mail protection or document signing, are taken; roots restricted to web servers are left out.
Elsewhere the roots are OpenSSL's system bundle (on Debian, ``/etc/ssl/certs``). The ``certifi``
bundle is deliberately not used: it is Mozilla's list for web servers, shipped with the program,
and says nothing about what this computer's administrator trusts.

Neither list holds every qualified Polish root (those live in the EU trusted lists); a user adds
the roots of her signature provider in Settings.
"""

from __future__ import annotations

import functools
import logging
import ssl
import sys
from pathlib import Path

log = logging.getLogger(__name__)

# Extended key usages for which a Windows root counts for document signatures.
_SIGNING_PURPOSES = frozenset(
    {
        "1.3.6.1.5.5.7.3.4",  # e-mail protection (S/MIME; Windows' usual signing purpose)
        "1.3.6.1.5.5.7.3.36",  # document signing (RFC 9336)
        "1.3.6.1.4.1.311.10.3.12",  # Microsoft document signing
        "1.2.840.113583.1.1.5",  # Adobe Authentic Documents Trust
    }
)


@functools.cache
def system_trust_roots() -> tuple[bytes, ...]:
    """DER certificates of the roots the operating system trusts (read once per run)."""
    try:
        if sys.platform == "win32":
            return tuple(_windows_roots())
        return tuple(_bundle_roots())
    except (OSError, ValueError) as error:
        log.warning("System trust roots unavailable: %s", error)
        return ()


def _windows_roots() -> list[bytes]:
    roots: list[bytes] = []
    enum_certificates = getattr(ssl, "enum_certificates")  # noqa: B009  (Windows only)
    for der, encoding, trust in enum_certificates("ROOT"):
        if encoding != "x509_asn":
            continue
        if trust is True or (isinstance(trust, set) and trust & _SIGNING_PURPOSES):
            roots.append(bytes(der))
    return roots


def _bundle_roots() -> list[bytes]:
    from asn1crypto import pem

    paths = ssl.get_default_verify_paths()
    roots: list[bytes] = []
    for candidate in (paths.cafile, paths.openssl_cafile):
        if candidate and Path(candidate).is_file():
            data = Path(candidate).read_bytes()
            roots = [der for _kind, _headers, der in pem.unarmor(data, multiple=True)]
            break
    return roots
