"""Finds what a receipt and a sent document say, by their element names.

Only what public descriptions of ePUAP name is assumed (see resources/formats/epuap-receipt.md):
the receipt's root ``Dokument`` in the UPO namespace holds ``UPP`` with its fields, and the sent
document carries each attachment base64-encoded in ``DaneZalacznika``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from lxml import etree

from pim_desktop.domain.submission_proof import ReceiptFacts, ReceiptRefused

UPO_NAMESPACE = "http://crd.gov.pl/xml/schematy/UPO/2008/05/09/"
DSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#"
_FIELDS = {
    "identifier": "IdentyfikatorPoswiadczenia",
    "addressee": "Adresat",
    "sender": "Nadawca",
    "delivered_at": "DataDoreczenia",
    "produced_at": "DataWytworzeniaPoswiadczenia",
    "document_id": "IdentyfikatorDokumentu",
}


@dataclass(frozen=True)
class EnvelopeAttachment:
    file_name: str
    content: bytes | None  # None: the base64 text could not be decoded

    @property
    def sha256(self) -> str:
        return "" if self.content is None else hashlib.sha256(self.content).hexdigest()


def receipt_facts(root: etree._Element, name: str) -> ReceiptFacts:
    """The UPP's fields; refuses a document that is not a UPP."""
    if root.tag != f"{{{UPO_NAMESPACE}}}Dokument":
        raise ReceiptRefused("not_upp", name=name)
    upp = root.find(f".//{{{UPO_NAMESPACE}}}UPP")
    if upp is None:
        raise ReceiptRefused("not_upp", name=name)
    values = {key: _text_of(upp, element) for key, element in _FIELDS.items()}
    return ReceiptFacts(**values)


def _text_of(upp: etree._Element, local_name: str) -> str:
    found = upp.find(f"{{{UPO_NAMESPACE}}}{local_name}")
    if found is None:
        found = next(iter(upp.iter(f"{{*}}{local_name}")), None)
    if found is None:
        return ""
    # An address may be nested (name, mailbox): its texts joined by spaces.
    return " ".join(" ".join(found.itertext()).split())


def envelope_attachments(root: etree._Element, name: str) -> list[EnvelopeAttachment]:
    """Every ``DaneZalacznika`` in the sent document, decoded; refuses a document without one."""
    found = []
    for data in root.iter("{*}DaneZalacznika", "DaneZalacznika"):
        holder = data.getparent()
        file_name = "" if holder is None else _attribute(holder, "nazwaPliku")
        found.append(EnvelopeAttachment(file_name, _decode(data.text or "")))
    if not found:
        raise ReceiptRefused("no_attachment", name=name)
    return found


def _attribute(element: etree._Element, local_name: str) -> str:
    for key, value in element.attrib.items():
        if str(key).rsplit("}", 1)[-1] == local_name:
            return str(value)
    return ""


def _decode(text: str) -> bytes | None:
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
