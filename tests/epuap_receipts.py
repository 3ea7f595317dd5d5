"""Receipts made in the tests the way public descriptions say ePUAP makes them: a sent document
(an XML envelope carrying each attachment base64 in ``DaneZalacznika``) and a UPP, an XML
``Dokument`` holding ``UPP`` with an enveloped XAdES signature whose references cover the UPP
and, by a digest, the sent document. The signature is real (signxml, a test certificate)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from signing_pki import Identity
from signxml import DigestAlgorithm
from signxml.xades import XAdESSigner

UPO = "http://crd.gov.pl/xml/schematy/UPO/2008/05/09/"
DS = "http://www.w3.org/2000/09/xmldsig#"
WNIO = "http://crd.gov.pl/xml/schematy/wnioskowanie/2009/11/16/"
STR = "http://crd.gov.pl/xml/schematy/struktura/2009/11/16/"
SENT_URI = "dokument_wyslany.xml"


def envelope(attachments: list[tuple[str, bytes]], title: str = "Wniosek PIM") -> bytes:
    """The sent document: a letter to a public body with its attachments."""
    root = etree.Element(f"{{{WNIO}}}Dokument", nsmap={"wnio": WNIO, "str": STR})
    content = etree.SubElement(root, f"{{{WNIO}}}TrescDokumentu", format="text/xml")
    etree.SubElement(content, f"{{{WNIO}}}Tytul").text = title
    holder = etree.SubElement(root, f"{{{STR}}}Zalaczniki")
    for name, data in attachments:
        attachment = etree.SubElement(
            holder,
            f"{{{STR}}}Zalacznik",
            nazwaPliku=name,
            kodowanie="base64",
            format="application/pdf",
        )
        etree.SubElement(attachment, f"{{{STR}}}DaneZalacznika").text = base64.b64encode(
            data
        ).decode()
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@dataclass(frozen=True)
class UppFields:
    identifier: str = "UPP-2024-000123456"
    addressee: str = "Ministerstwo Funduszy i Polityki Regionalnej /MFiPR/SkrytkaESP"
    sender: str = "Gmina Miasto Przykładowo /przykladowo/SkrytkaESP"
    # The test certificates are made today: the receipt is delivered an hour after that.
    delivered_at: str = field(default_factory=lambda: _later(hours=1))
    produced_at: str = field(default_factory=lambda: _later(hours=1, seconds=1))
    document_id: str = "DOK-0000987654"


def _later(**delta: float) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(**delta)).strftime("%Y-%m-%dT%H:%M:%S")


def upp(identity: Identity, sent: bytes | None, fields: UppFields | None = None) -> bytes:
    """A signed UPP; ``sent`` None leaves out the reference to the sent document."""
    fields = fields or UppFields()
    root = etree.Element(f"{{{UPO}}}Dokument", nsmap={"pos": UPO})
    body = etree.SubElement(root, f"{{{UPO}}}UPP")
    for element, value in (
        ("IdentyfikatorPoswiadczenia", fields.identifier),
        ("Adresat", fields.addressee),
        ("Nadawca", fields.sender),
        ("DataDoreczenia", fields.delivered_at),
        ("DataWytworzeniaPoswiadczenia", fields.produced_at),
        ("IdentyfikatorDokumentu", fields.document_id),
    ):
        etree.SubElement(body, f"{{{UPO}}}{element}").text = value
    signer = XAdESSigner(digest_algorithm=DigestAlgorithm.SHA256)
    if sent is not None:
        digest = base64.b64encode(hashlib.sha256(sent).digest()).decode()

        def add_sent_reference(signature: etree._Element, **_settings: object) -> None:
            signed_info = signature.find(f"{{{DS}}}SignedInfo")
            assert signed_info is not None
            reference = etree.SubElement(signed_info, f"{{{DS}}}Reference", URI=SENT_URI)
            etree.SubElement(
                reference,
                f"{{{DS}}}DigestMethod",
                Algorithm="http://www.w3.org/2001/04/xmlenc#sha256",
            )
            etree.SubElement(reference, f"{{{DS}}}DigestValue").text = digest

        signer.signature_annotators.append(add_sent_reference)
    signed = signer.sign(root, key=identity.key, cert=[identity.certificate])
    return etree.tostring(signed, xml_declaration=True, encoding="UTF-8")


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
