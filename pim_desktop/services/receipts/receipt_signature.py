"""Checks the receipt's enveloped XML signature (XMLDSig/XAdES) with signxml, and whether a
Reference of that signature covers the sent document.

The certificate is the one in the signature's KeyInfo: offline, trust in whoever signed is
known only against certificates the officer configured as trusted.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.x509.oid import NameOID
from lxml import etree
from signxml.exceptions import InvalidCertificate, InvalidDigest, InvalidInput, SignXMLException
from signxml.verifier import SignatureConfiguration, XMLVerifier

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.submission_proof import CheckKind, CheckOutcome, ProofCheck
from pim_desktop.services.receipts.upp_document import DSIG_NAMESPACE

_DS = f"{{{DSIG_NAMESPACE}}}"
_DIGESTS = {
    "http://www.w3.org/2001/04/xmlenc#sha256": "sha256",
    "http://www.w3.org/2001/04/xmldsig-more#sha384": "sha384",
    "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
    "http://www.w3.org/2000/09/xmldsig#sha1": "sha1",
}
_C14N = {
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315": (False, False),
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments": (False, True),
    "http://www.w3.org/2001/10/xml-exc-c14n#": (True, False),
    "http://www.w3.org/2001/10/xml-exc-c14n#WithComments": (True, True),
}


@dataclass(frozen=True)
class SignatureChecks:
    signature: ProofCheck
    sent_document: ProofCheck
    trust: ProofCheck
    signer: str


def check_receipt_signature(
    receipt: etree._Element,
    sent: etree._Element,
    sent_bytes: bytes,
    *,
    produced_at: str,
    trusted_roots: Sequence[bytes],
) -> SignatureChecks:
    signature = receipt.find(f".//{_DS}Signature")
    certificates = [] if signature is None else _keyinfo_certificates(signature)
    if signature is None or not certificates:
        reason = NO_SIGNATURE if signature is None else NO_CERTIFICATE
        unknown = ProofCheck(CheckKind.RECEIPT_SIGNATURE, CheckOutcome.UNKNOWN, reason)
        return SignatureChecks(
            unknown,
            ProofCheck(CheckKind.SENT_DOCUMENT, CheckOutcome.UNKNOWN, SIGNATURE_UNKNOWN),
            ProofCheck(CheckKind.SIGNER_TRUST, CheckOutcome.UNKNOWN, SIGNATURE_UNKNOWN),
            "",
        )
    signer = certificates[0]
    matches = _external_reference_matches(signature, sent, sent_bytes)
    signature_check = _verify(
        receipt,
        signature,
        signer,
        sent=sent,
        sent_bytes=sent_bytes,
        produced_at=produced_at,
        matches=matches,
    )
    sent_check = _sent_document_check(matches, signature_check.outcome)
    trust = _trust_check(certificates, trusted_roots, _moment(produced_at))
    return SignatureChecks(signature_check, sent_check, trust, person_name(signer))


def person_name(certificate: x509.Certificate) -> str:
    """The certificate's common name, with its organisation when it names one."""
    subject = certificate.subject
    parts = [
        str(a.value)
        for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME)
        for a in subject.get_attributes_for_oid(oid)
    ]
    return ", ".join(dict.fromkeys(parts)) or subject.rfc4514_string()


def _keyinfo_certificates(signature: etree._Element) -> list[x509.Certificate]:
    found = []
    for element in signature.iter(f"{_DS}X509Certificate"):
        try:
            der = base64.b64decode("".join((element.text or "").split()), validate=True)
            found.append(x509.load_der_x509_certificate(der))
        except ValueError:
            continue
    return found


def _external_references(signature: etree._Element) -> list[etree._Element]:
    references = signature.findall(f"{_DS}SignedInfo/{_DS}Reference")
    return [r for r in references if (r.get("URI") or "#")[0] != "#" and r.get("URI") != ""]


def _external_reference_matches(
    signature: etree._Element, sent: etree._Element, sent_bytes: bytes
) -> list[bool]:
    """For each Reference outside the receipt: does its digest match the sent document?"""
    return [_digest_matches(r, sent, sent_bytes) for r in _external_references(signature)]


def _digest_matches(reference: etree._Element, sent: etree._Element, sent_bytes: bytes) -> bool:
    method = reference.find(f"{_DS}DigestMethod")
    value = reference.find(f"{_DS}DigestValue")
    name = _DIGESTS.get("" if method is None else method.get("Algorithm", ""))
    if name is None or value is None:
        return False
    try:
        expected = base64.b64decode("".join((value.text or "").split()), validate=True)
    except ValueError:
        return False
    return any(
        hashlib.new(name, form).digest() == expected for form in _forms(reference, sent, sent_bytes)
    )


def _forms(reference: etree._Element, sent: etree._Element, sent_bytes: bytes) -> list[bytes]:
    """The sent document as its bytes and in each canonical form the Reference names."""
    forms = [sent_bytes]
    for transform in reference.iter(f"{_DS}Transform"):
        exclusive, comments = _C14N.get(transform.get("Algorithm", ""), (None, None))
        if exclusive is not None:
            forms.append(
                etree.tostring(sent, method="c14n", exclusive=exclusive, with_comments=comments)
            )
    return forms


def _verify(
    receipt: etree._Element,
    signature: etree._Element,
    signer: x509.Certificate,
    *,
    sent: etree._Element,
    sent_bytes: bytes,
    produced_at: str,
    matches: list[bool],
) -> ProofCheck:
    if not all(matches):
        return ProofCheck(CheckKind.RECEIPT_SIGNATURE, CheckOutcome.UNKNOWN, COVERS_OTHER_DOCUMENT)
    config = SignatureConfiguration(
        expect_references=True,
        location=".//",
        verification_time=_moment(produced_at) or dt.datetime.now(dt.UTC),
    )
    external = {r.get("URI"): _wants_element(r) for r in _external_references(signature)}

    def resolve(uri: str) -> object:
        if uri not in external:
            return None
        return sent if external[uri] else sent_bytes

    try:
        XMLVerifier().verify(receipt, x509_cert=signer, uri_resolver=resolve, expect_config=config)
    except InvalidDigest as error:
        return ProofCheck(
            CheckKind.RECEIPT_SIGNATURE, CheckOutcome.MISMATCH, CHANGED, {"detail": str(error)}
        )
    except InvalidCertificate as error:
        return ProofCheck(
            CheckKind.RECEIPT_SIGNATURE,
            CheckOutcome.UNKNOWN,
            BAD_CERTIFICATE,
            {"detail": str(error)},
        )
    except InvalidInput as error:
        return ProofCheck(
            CheckKind.RECEIPT_SIGNATURE, CheckOutcome.UNKNOWN, UNSUPPORTED, {"detail": str(error)}
        )
    except SignXMLException as error:
        return ProofCheck(
            CheckKind.RECEIPT_SIGNATURE, CheckOutcome.MISMATCH, BROKEN, {"detail": str(error)}
        )
    return ProofCheck(
        CheckKind.RECEIPT_SIGNATURE,
        CheckOutcome.CONFIRMED,
        INTACT,
        {"signer": person_name(signer)},
    )


def _wants_element(reference: etree._Element) -> bool:
    return any(t.get("Algorithm", "") in _C14N for t in reference.iter(f"{_DS}Transform"))


def _sent_document_check(matches: list[bool], signature: CheckOutcome) -> ProofCheck:
    if not matches:
        return ProofCheck(CheckKind.SENT_DOCUMENT, CheckOutcome.UNKNOWN, NO_EXTERNAL_REFERENCE)
    if not all(matches):
        return ProofCheck(CheckKind.SENT_DOCUMENT, CheckOutcome.MISMATCH, DIGEST_DIFFERS)
    if signature is not CheckOutcome.CONFIRMED:
        return ProofCheck(CheckKind.SENT_DOCUMENT, CheckOutcome.UNKNOWN, DIGEST_UNSIGNED)
    return ProofCheck(CheckKind.SENT_DOCUMENT, CheckOutcome.CONFIRMED, COVERED)


def _trust_check(
    chain: list[x509.Certificate], roots: Sequence[bytes], moment: dt.datetime | None
) -> ProofCheck:
    if not roots:
        return ProofCheck(CheckKind.SIGNER_TRUST, CheckOutcome.UNKNOWN, TRUST_NOT_CONFIGURED)
    anchors = _load_all(roots)
    signer = chain[0]
    for anchor in anchors:
        if _leads_to(signer, anchor, chain[1:]):
            when = moment or dt.datetime.now(dt.UTC)
            if not signer.not_valid_before_utc <= when <= signer.not_valid_after_utc:
                return ProofCheck(CheckKind.SIGNER_TRUST, CheckOutcome.MISMATCH, TRUST_EXPIRED)
            return ProofCheck(
                CheckKind.SIGNER_TRUST,
                CheckOutcome.CONFIRMED,
                TRUSTED,
                {"root": person_name(anchor)},
            )
    return ProofCheck(CheckKind.SIGNER_TRUST, CheckOutcome.UNKNOWN, TRUST_NOT_FOUND)


def _load_all(roots: Sequence[bytes]) -> list[x509.Certificate]:
    loaded = []
    with warnings.catch_warnings():
        # Some system roots carry serial numbers RFC 5280 forbids; they still load today.
        warnings.simplefilter("ignore")
        for der in roots:
            try:
                loaded.append(x509.load_der_x509_certificate(der))
            except ValueError:
                continue
    return loaded


def _leads_to(
    certificate: x509.Certificate, anchor: x509.Certificate, others: list[x509.Certificate]
) -> bool:
    if certificate == anchor or _issued_by(certificate, anchor):
        return True
    return any(_issued_by(certificate, middle) and _issued_by(middle, anchor) for middle in others)


def _issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        certificate.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _moment(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


NO_SIGNATURE = QT_TRANSLATE_NOOP("domain", "Poświadczenie nie zawiera podpisu XML (ds:Signature).")
NO_CERTIFICATE = QT_TRANSLATE_NOOP(
    "domain", "Podpis poświadczenia nie zawiera certyfikatu (KeyInfo/X509Certificate)."
)
SIGNATURE_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "Bez sprawdzalnego podpisu poświadczenia nie da się tego ocenić."
)
COVERS_OTHER_DOCUMENT = QT_TRANSLATE_NOOP(
    "domain",
    "Podpis obejmuje dokument, który nie zgadza się z wczytanym wysłanym dokumentem, więc "
    "samego podpisu nie da się sprawdzić.",
)
CHANGED = QT_TRANSLATE_NOOP(
    "domain", "Treść poświadczenia zmieniono po podpisaniu (niezgodny skrót): {detail}"
)
BROKEN = QT_TRANSLATE_NOOP(
    "domain", "Podpis nie pasuje do treści poświadczenia albo do certyfikatu: {detail}"
)
BAD_CERTIFICATE = QT_TRANSLATE_NOOP(
    "domain", "Certyfikatu podpisu nie da się użyć w chwili wytworzenia poświadczenia: {detail}"
)
UNSUPPORTED = QT_TRANSLATE_NOOP(
    "domain", "Podpisu w tej postaci program nie umie sprawdzić: {detail}"
)
INTACT = QT_TRANSLATE_NOOP(
    "domain", "Podpis XML jest prawidłowy i obejmuje treść poświadczenia. Podpisał: {signer}."
)
NO_EXTERNAL_REFERENCE = QT_TRANSLATE_NOOP(
    "domain",
    "Podpis poświadczenia nie ma odwołania (Reference) do dokumentu spoza poświadczenia, więc "
    "nie da się porównać go z wysłanym dokumentem.",
)
DIGEST_DIFFERS = QT_TRANSLATE_NOOP(
    "domain",
    "Skrót dokumentu zapisany w poświadczeniu różni się od skrótu wczytanego wysłanego "
    "dokumentu: to nie jest dokument, który poświadczono, albo go zmieniono.",
)
DIGEST_UNSIGNED = QT_TRANSLATE_NOOP(
    "domain",
    "Skrót w poświadczeniu zgadza się z wysłanym dokumentem, ale podpis poświadczenia nie "
    "jest potwierdzony, więc nie potwierdza tego skrótu.",
)
COVERED = QT_TRANSLATE_NOOP(
    "domain",
    "Podpisane poświadczenie zawiera skrót dokumentu równy skrótowi wczytanego wysłanego "
    "dokumentu.",
)
TRUST_NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "domain",
    "Nie sprawdzono, kto podpisał poświadczenie: program działa bez internetu, a w Ustawieniach "
    "nie dodano zaufanego certyfikatu.",
)
TRUST_NOT_FOUND = QT_TRANSLATE_NOOP(
    "domain",
    "Nie potwierdzono, kto podpisał poświadczenie: certyfikat nie prowadzi do żadnego "
    "zaufanego certyfikatu systemu ani dodanego w Ustawieniach, a bez internetu program "
    "nie sprawdza go inaczej.",
)
TRUST_EXPIRED = QT_TRANSLATE_NOOP(
    "domain", "Certyfikat podpisu nie był ważny w chwili wytworzenia poświadczenia."
)
TRUSTED = QT_TRANSLATE_NOOP(
    "domain",
    "Certyfikat podpisu prowadzi do zaufanego certyfikatu {root} (unieważnienia nie "
    "sprawdzono: program działa bez internetu).",
)
