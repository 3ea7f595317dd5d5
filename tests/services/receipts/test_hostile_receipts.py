"""Receipts come from outside: a file with an external entity, an entity bomb, a huge file or
plain junk is refused with a Polish reason before anything trusts it."""

from __future__ import annotations

from pathlib import Path

import pytest
from epuap_receipts import envelope, upp
from signing_pki import SigningPki

from pim_desktop.domain.submission_proof import ReceiptRefused
from pim_desktop.services.receipts.proof_check import check_proof
from pim_desktop.services.receipts.safe_xml import (
    RECEIPT_LIMIT,
    SENT_DOCUMENT_LIMIT,
    parse_untrusted,
    read_limited,
)

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE Dokument [<!ENTITY sekret SYSTEM "file:///etc/passwd">]>
<Dokument xmlns="http://crd.gov.pl/xml/schematy/UPO/2008/05/09/"><UPP>&sekret;</UPP></Dokument>
"""
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<lolz>&lol9;</lolz>
"""


@pytest.mark.parametrize(
    "data",
    [EXTERNAL_ENTITY, BILLION_LAUGHS, BILLION_LAUGHS.decode().encode("utf-16")],
    ids=["external-entity", "billion-laughs", "utf16-billion-laughs"],
)
def test_a_dtd_or_entity_is_refused_before_parsing(data: bytes) -> None:
    with pytest.raises(ReceiptRefused) as refused:
        parse_untrusted(data, "upp.xml")
    assert refused.value.code == "doctype"
    assert "DOCTYPE" in refused.value.text() and "„upp.xml”" in refused.value.text()


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "ogromny.xml"
    with huge.open("wb") as stream:  # a sparse 200 MB file: its size alone refuses it
        stream.truncate(200 * 1024 * 1024)
    for limit in (RECEIPT_LIMIT, SENT_DOCUMENT_LIMIT):
        with pytest.raises(ReceiptRefused) as refused:
            read_limited(huge, limit)
        assert refused.value.code == "too_large"
        assert "200,0 MB" in refused.value.text()


def test_junk_and_a_document_that_is_not_a_upp_are_refused(pki: SigningPki) -> None:
    sent = envelope([("wniosek.pdf", b"%PDF")])
    with pytest.raises(ReceiptRefused) as junk:
        check_proof(b"to nie jest XML", "upp.xml", sent, "s.xml", signed_pdfs={})
    assert junk.value.code == "not_xml"
    with pytest.raises(ReceiptRefused) as not_upp:
        check_proof(sent, "upp.xml", sent, "s.xml", signed_pdfs={})
    assert not_upp.value.code == "not_upp" and "UPP" in not_upp.value.text()
    receipt = upp(pki.other_person, sent)
    with pytest.raises(ReceiptRefused) as no_attachment:
        check_proof(receipt, "upp.xml", receipt, "s.xml", signed_pdfs={})
    assert no_attachment.value.code == "no_attachment"
