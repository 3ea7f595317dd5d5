"""The checksum comes back out of a printed file: from its metadata, else from its page text."""

from __future__ import annotations

import io
import zlib
from datetime import UTC, datetime

from reportlab.platypus import Paragraph

from pim_desktop.domain.canonical import grouped
from pim_desktop.pdf.checksum_reader import checksums_in_pdf, checksums_in_text
from pim_desktop.pdf.document_frame import DocumentInfo, build_pdf, styles

CHECKSUM = "3F9A" + "0123456789ABCDEF" * 3 + "B2C4D6E8A0B1C3D5"[:12]


def pdf_bytes(custom: dict[str, str], footer: str) -> bytes:
    stream = io.BytesIO()
    info = DocumentInfo(
        title="Wniosek",
        footer_right=footer,
        custom_info=custom,
        created=datetime(2026, 1, 2, tzinfo=UTC),
    )
    build_pdf(stream, info, [Paragraph("Zażółć gęślą jaźń", styles().body)])
    return stream.getvalue()


def test_the_metadata_entry_is_read_first() -> None:
    assert len(CHECKSUM) == 64
    data = pdf_bytes({"PIMChecksum": CHECKSUM}, "")
    assert checksums_in_pdf(data) == [CHECKSUM]


def test_without_metadata_the_footer_text_is_found_in_the_compressed_pages() -> None:
    data = pdf_bytes({}, f"Suma kontrolna SHA-256: {grouped(CHECKSUM)}")
    assert b"PIMChecksum" not in data
    assert grouped(CHECKSUM).encode() not in data  # the page streams are compressed
    assert checksums_in_pdf(data) == [CHECKSUM]


def test_a_pdf_without_a_checksum_gives_none() -> None:
    assert checksums_in_pdf(pdf_bytes({}, "Strona bez sumy")) == []
    assert checksums_in_pdf(b"not a pdf at all") == []


def test_a_broken_stream_is_skipped() -> None:
    broken = b"1 0 obj <<>> stream\nxx\x00\x01endstream " + b"stream\n"
    good = zlib.compress(f"(Suma: {grouped(CHECKSUM)}) Tj".encode())
    assert checksums_in_pdf(broken + good + b"endstream") == [CHECKSUM]


def test_checksums_in_text_grouped_or_plain_in_any_case() -> None:
    assert checksums_in_text(f"Suma kontrolna: {grouped(CHECKSUM)}.") == [CHECKSUM]
    assert checksums_in_text(grouped(CHECKSUM).lower().replace("-", "- ")) == [CHECKSUM]
    assert checksums_in_text(f"x {CHECKSUM.lower()} y") == [CHECKSUM]
    assert checksums_in_text("3F9A-0123 and nothing else") == []
