"""Finds the checksum an application PDF carries: in its metadata first, else in its page text.

Reads the file's bytes without a PDF library: the Info entry written by ``application_pdf``, then
the grouped checksum drawn in every footer, inside the compressed page streams (reportlab keeps
ASCII at its own codes in an embedded font subset, so the digits read plainly once inflated).
A PDF from another program that kept neither is left to the caller's real text extraction.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterator

from pim_desktop.domain.canonical import ungrouped
from pim_desktop.pdf.application_pdf import CHECKSUM_INFO_KEY

# A page stream is small; anything inflating beyond this is not one of ours and is skipped.
MAX_STREAM_BYTES = 64 * 1024 * 1024

_INFO_ENTRY = re.compile(rb"/" + CHECKSUM_INFO_KEY.encode("ascii") + rb"\s*\(([0-9A-Fa-f]{64})\)")
_GROUPED_BYTES = re.compile(rb"(?<![0-9A-F-])((?:[0-9A-F]{4}-){15}[0-9A-F]{4})(?![0-9A-F])")
_GROUPED_TEXT = re.compile(
    r"(?<![0-9A-Fa-f-])((?:[0-9A-Fa-f]{4}[-‐‑–]\s?){15}[0-9A-Fa-f]{4})(?![0-9A-Fa-f])"
)
_PLAIN_TEXT = re.compile(r"(?<![0-9A-Fa-f])([0-9A-Fa-f]{64})(?![0-9A-Fa-f])")
_STREAM_START = re.compile(rb"stream\r?\n")


def checksums_in_pdf(data: bytes) -> list[str]:
    """The checksums a PDF carries, most trustworthy first, each once (64 upper-case hex)."""
    chunks = [data, *_inflated_streams(data)]
    found: list[str] = []
    for chunk in chunks:
        found += [match.decode("ascii") for match in _INFO_ENTRY.findall(chunk)]
    for chunk in chunks:
        found += [match.decode("ascii") for match in _GROUPED_BYTES.findall(chunk)]
    return _unique(ungrouped(item) for item in found)


def checksums_in_text(text: str) -> list[str]:
    """Checksums in extracted or pasted text: grouped as printed, or 64 hex digits in a row."""
    found = _GROUPED_TEXT.findall(text) + _PLAIN_TEXT.findall(text)
    return _unique(ungrouped(item) for item in found)


def _inflated_streams(data: bytes) -> Iterator[bytes]:
    """Every stream that inflates, ASCII85-wrapped (reportlab's habit) or plain Flate."""
    for start in _STREAM_START.finditer(data):
        end = data.find(b"endstream", start.end())
        if end < 0:
            return
        raw = data[start.end() : end].strip()
        if raw.endswith(b"~>"):
            try:
                raw = base64.a85decode(raw[:-2])
            except ValueError:
                continue
        try:
            yield zlib.decompressobj().decompress(raw, MAX_STREAM_BYTES)
        except zlib.error:
            continue


def _unique(items: Iterator[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if len(item) == 64:
            seen.setdefault(item, None)
    return list(seen)
