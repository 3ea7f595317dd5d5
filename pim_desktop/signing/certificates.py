"""Reads X.509 certificates (asn1crypto objects or files) into the domain's plain summaries.

asn1crypto comes with pyHanko; it is imported inside the functions so that start-up does not pay
for it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from pim_desktop.domain.signature import CertificateSummary, SignatureError, SignatureErrorCode

if TYPE_CHECKING:
    from asn1crypto import x509

# QCStatements (RFC 3739) and, inside it, ETSI's QcCompliance statement (EN 319 412-5).
_QC_STATEMENTS_OID = "1.3.6.1.5.5.7.1.3"
_QC_COMPLIANCE_DER = bytes.fromhex("060604008e460101")


def summarise(certificate: x509.Certificate) -> CertificateSummary:
    """The plain facts of ``certificate`` that a person recognises it by."""
    subject = certificate.subject.native
    issuer = certificate.issuer.native
    validity = certificate["tbs_certificate"]["validity"]
    key_usage = certificate.key_usage_value
    usages = set(key_usage.native) if key_usage is not None else set()
    basic = certificate.basic_constraints_value
    return CertificateSummary(
        subject=_name(subject),
        issuer=_name(issuer),
        not_before=validity["not_before"].native,
        not_after=validity["not_after"].native,
        serial=format(certificate.serial_number, "X"),
        fingerprint=hashlib.sha256(certificate.dump()).hexdigest().upper(),
        given_name=_text(subject.get("given_name")),
        surname=_text(subject.get("surname")),
        organisation=_text(subject.get("organization_name")),
        non_repudiation="non_repudiation" in usages,
        qualified=_declares_qualified(certificate),
        is_ca=bool(basic is not None and basic["ca"].native),
    )


def _text(value: object) -> str:
    if isinstance(value, list):
        return " ".join(str(item) for item in value)
    return "" if value is None else str(value)


def _name(parts: dict[str, object]) -> str:
    for key in ("common_name", "organization_name", "organizational_unit_name"):
        text = _text(parts.get(key))
        if text:
            return text
    joined = " ".join(_text(parts.get(key)) for key in ("given_name", "surname")).strip()
    return joined or ", ".join(_text(value) for value in parts.values())


def _declares_qualified(certificate: x509.Certificate) -> bool:
    for extension in certificate["tbs_certificate"]["extensions"]:
        if extension["extn_id"].dotted == _QC_STATEMENTS_OID:
            return _QC_COMPLIANCE_DER in extension["extn_value"].contents
    return False


def load_certificate(data: bytes) -> x509.Certificate:
    """A certificate from DER or PEM bytes; ``ValueError`` when it is none."""
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    if pem.detect(data):
        _kind, _headers, data = pem.unarmor(data)
    certificate = asn1_x509.Certificate.load(data)
    certificate.native  # noqa: B018  (parses everything now, so a damaged file fails here)
    return certificate


def read_certificate_file(path: Path) -> bytes:
    """The DER bytes of the certificate in ``path`` (.cer, .crt, .der or .pem)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SignatureError(
            SignatureErrorCode.FILE_UNREADABLE, str(error), file=path.name
        ) from error
    try:
        return bytes(load_certificate(data).dump())
    except (ValueError, TypeError, KeyError) as error:
        raise SignatureError(
            SignatureErrorCode.NOT_CERTIFICATE, str(error), file=path.name
        ) from error


def summarise_der(der: bytes) -> CertificateSummary:
    return summarise(load_certificate(der))
