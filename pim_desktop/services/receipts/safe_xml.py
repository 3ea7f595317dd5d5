"""Reads XML from outside the program without trusting it: a size limit checked before parsing,
no DTD, no entities, no network, no huge trees.

Receipts come from e-mail and downloads; a hostile file (an external entity reaching for local
files, a "billion laughs" entity bomb, a file of hundreds of megabytes) is refused with a reason.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from pim_desktop.domain.submission_proof import ReceiptRefused

MEGABYTE = 1024 * 1024
RECEIPT_LIMIT = 10 * MEGABYTE
# A sent document carries the attachments base64-encoded (4/3 of their size): ePUAP's largest
# limit of 150 MB of attachments fits, a larger file is refused before it is read.
SENT_DOCUMENT_LIMIT = 192 * MEGABYTE

# A DTD or entity declaration in any usual encoding (UTF-8 and UTF-16 both ways).
_DANGEROUS = [
    re.compile(pattern)
    for pattern in (
        rb"<!DOCTYPE",
        rb"<!ENTITY",
        "<!DOCTYPE".encode("utf-16-le"),
        "<!DOCTYPE".encode("utf-16-be"),
        "<!ENTITY".encode("utf-16-le"),
        "<!ENTITY".encode("utf-16-be"),
    )
]


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, refused before reading when larger than ``limit``."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise ReceiptRefused("too_large", name=path.name, size=_mb(size), limit=_mb(limit))
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise ReceiptRefused("unreadable", name=path.name, reason=error.strerror or "") from error
    if len(data) > limit:  # the file grew while it was being read
        raise ReceiptRefused("too_large", name=path.name, size=_mb(len(data)), limit=_mb(limit))
    return data


def parse_untrusted(data: bytes, name: str) -> etree._Element:
    """The document's root element; refuses DTDs, entities and malformed XML."""
    if any(pattern.search(data) for pattern in _DANGEROUS):
        raise ReceiptRefused("doctype", name=name)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ReceiptRefused("not_xml", name=name, reason=str(error)) from error
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise ReceiptRefused("doctype", name=name)
    return root


def _mb(size: int) -> str:
    return f"{size / MEGABYTE:.1f}".replace(".", ",")
