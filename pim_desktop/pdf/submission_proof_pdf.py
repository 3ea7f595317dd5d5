"""The one-page "Dowód złożenia": what the receipt says, what was checked and which files, by
their SHA-256, make the proof of sending an application."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from pim_desktop.pdf.document_frame import CONTENT_WIDTH, DocumentInfo, build_pdf, styles
from pim_desktop.pdf.fonts import pdf_text
from pim_desktop.pdf.tables import table

DOCUMENT_NAME = "Dowód złożenia wniosku"


@dataclass(frozen=True)
class ProofCheckLine:
    title: str
    outcome: str  # "potwierdzone", "niezgodne", "nie da się sprawdzić"
    reason: str


@dataclass(frozen=True)
class ProofFileLine:
    role: str  # "Poświadczenie (UPP)", "Wysłany dokument", "Podpisany wniosek"
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ProofDocument:
    city: str
    application: str  # "Wniosek nr 3, wersja 1 – PIM 3 …"
    channel: str
    verdict: str
    facts: tuple[tuple[str, str], ...]
    checks: tuple[ProofCheckLine, ...]
    files: tuple[ProofFileLine, ...]
    notes: tuple[str, ...] = ()
    checked_at: str = ""


def build_proof_pdf(target: Path | BinaryIO, document: ProofDocument) -> int:
    """Write the page; returns the number of pages."""
    sheet = styles()
    story: list[Flowable] = [
        Paragraph(pdf_text(DOCUMENT_NAME), sheet.title),
        Paragraph(pdf_text(f"{document.application} — {document.channel}"), sheet.body),
        Paragraph(pdf_text(document.verdict), sheet.heading2),
        table(
            [["Poświadczenie", ""], *[[label, value or "—"] for label, value in document.facts]],
            [CONTENT_WIDTH * 0.32, CONTENT_WIDTH * 0.68],
        ),
        table(
            [
                ["Sprawdzenie", "Wynik", "Uzasadnienie"],
                *[[c.title, c.outcome, c.reason] for c in document.checks],
            ],
            [CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.17, CONTENT_WIDTH * 0.58],
        ),
        table(
            [
                ["Plik", "Nazwa i rozmiar", "SHA-256"],
                *[
                    [f.role, f"{f.name} ({f.size} B)", _split_hash(f.sha256)]
                    for f in document.files
                ],
            ],
            [CONTENT_WIDTH * 0.22, CONTENT_WIDTH * 0.33, CONTENT_WIDTH * 0.45],
        ),
        Spacer(1, 2 * mm),
    ]
    story += [Paragraph(pdf_text(note), sheet.small) for note in document.notes]
    return build_pdf(
        target,
        DocumentInfo(
            title=f"{DOCUMENT_NAME} – {document.city}",
            subject=document.application,
            keywords=["PIM", "UPP", "ePUAP"],
            header_lines=[document.city, "Partnerska Inicjatywa Miast"],
            footer_left=document.checked_at,
        ),
        story,
    )


def _split_hash(sha256: str) -> str:
    """Two halves on two lines, so the column stays narrow and the hash easy to compare."""
    return f"{sha256[:32]} {sha256[32:]}" if len(sha256) == 64 else sha256
