"""Turns a kept proof and its fresh checks into the "Dowód złożenia" page.

The page is an official record in Polish, whatever the interface language.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pim_desktop.domain.application import CHANNEL_LABELS, Application
from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.signature import format_moment
from pim_desktop.domain.submission_proof import ProofReport, SubmissionProof
from pim_desktop.pdf.submission_proof_pdf import (
    ProofCheckLine,
    ProofDocument,
    ProofFileLine,
    build_proof_pdf,
)

PROVEN = (
    "Dowód potwierdzony: poświadczenie obejmuje wysłany dokument, a ten zawiera podpisany wniosek."
)
NOT_PROVEN = "Dowód niepełny: nie wszystko dało się potwierdzić; powody podano niżej."
TRUST_NOTE = (
    "Podpis poświadczenia sprawdzono bez internetu: nie sprawdzono unieważnienia certyfikatu; "
    "zaufanie do podpisującego potwierdza się tylko wobec certyfikatów zaufanych w systemie "
    "lub dodanych w Ustawieniach programu."
)
FILES_NOTE = (
    "Oba pliki XML (poświadczenie i wysłany dokument) są przechowywane przy wniosku; każdy "
    "można porównać z tą stroną po skrócie SHA-256."
)


def print_proof(
    target: Path,
    *,
    city: str,
    application: Application,
    edition: str,
    proof: SubmissionProof,
    report: ProofReport,
    signed_pdf: tuple[str, int, str] | None,
) -> int:
    """``signed_pdf`` is the covered PDF's (name, size, sha256) when it is known."""
    files = [
        ProofFileLine("Poświadczenie (UPP)", *_file(proof.receipt)),
        ProofFileLine("Wysłany dokument", *_file(proof.sent)),
    ]
    if signed_pdf is not None:
        files.append(ProofFileLine("Podpisany wniosek", *signed_pdf))
    document = ProofDocument(
        city=city,
        application=(
            f"Wniosek nr {application.id}, wersja {application.version_number} – {edition}"
        ),
        channel=CHANNEL_LABELS[proof.channel],
        verdict=PROVEN if report.proven else NOT_PROVEN,
        facts=tuple(report.facts.lines()),
        checks=tuple(ProofCheckLine(c.title, c.label, c.text()) for c in report.checks),
        files=tuple(files),
        notes=(TRUST_NOTE, FILES_NOTE),
        checked_at="Sprawdzono " + format_moment(dt.datetime.now(dt.UTC)),
    )
    return build_proof_pdf(target, document)


def _file(kept: AttachmentRef) -> tuple[str, int, str]:
    return kept.file_name, kept.size, kept.sha256
