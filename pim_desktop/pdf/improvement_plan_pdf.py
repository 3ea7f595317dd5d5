"""The network's Improvement Plan (Plan Ulepszeń) as a PDF: the network, its cities, and each
recommendation with its barrier, evidence, proposal, type, addressee, priority and support."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from pim_desktop.pdf.document_frame import CONTENT_WIDTH, DocumentInfo, build_pdf, styles
from pim_desktop.pdf.fonts import pdf_text
from pim_desktop.pdf.meeting_header import centred
from pim_desktop.pdf.tables import table

DOCUMENT_NAME = "Plan Ulepszeń"
PROGRAMME_LINE = "Partnerska Inicjatywa Miast · Plan Ulepszeń sieci tematycznej"


@dataclass(frozen=True)
class RecommendationEntry:
    number: int
    title: str
    type_label: str
    priority_label: str
    addressee: str
    barrier: str
    evidence: str
    evidence_cities: str
    recommendation: str
    supporting_cities: str
    source_city: str = ""


@dataclass(frozen=True)
class ImprovementPlanDocument:
    network_name: str
    facts: tuple[tuple[str, str], ...]  # theme, edition, leader, expert, tutor
    cities: tuple[tuple[str, str, str, str], ...]  # name, voivodeship, role, letter of intent
    rule_warnings: tuple[str, ...]
    counts_by_type: tuple[tuple[str, str], ...]
    recommendations: tuple[RecommendationEntry, ...]
    prepared_by: str = ""
    created: dt.datetime | None = None


def build_improvement_plan(target: Path | BinaryIO, document: ImprovementPlanDocument) -> int:
    """Write the Improvement Plan to ``target``; return the number of pages."""
    name = document.network_name or "(sieć bez nazwy)"
    info = DocumentInfo(
        title=f"{DOCUMENT_NAME} – {name}",
        author=document.prepared_by,
        subject=f"{DOCUMENT_NAME} sieci {name}",
        keywords=["PIM", DOCUMENT_NAME, "rekomendacje"],
        header_lines=[PROGRAMME_LINE, name],
        footer_left=f"{name} · {DOCUMENT_NAME}",
        created=document.created,
    )
    return build_pdf(target, info, _story(document, name))


def _story(document: ImprovementPlanDocument, name: str) -> list[Flowable]:
    text = styles()
    story: list[Flowable] = [
        Paragraph("PLAN ULEPSZEŃ", text.title),
        Paragraph(pdf_text(f"Rekomendacje sieci „{name}”"), centred(text.heading2)),
        Spacer(0, 3 * mm),
        table([[k, v] for k, v in document.facts], [45 * mm, CONTENT_WIDTH - 45 * mm], 0),
        Paragraph("1. Miasta sieci", text.heading1),
    ]
    rows: list[list[str | Flowable]] = [["Lp.", "Miasto", "Województwo", "Rola", "List intencyjny"]]
    rows += [[f"{n}.", *city] for n, city in enumerate(document.cities, start=1)]
    widths = [10 * mm, 50 * mm, 35 * mm, 35 * mm]
    story.append(table(rows, [*widths, CONTENT_WIDTH - sum(widths)]))
    for warning in document.rule_warnings:
        story.append(Paragraph(pdf_text(f"Uwaga: {warning}"), text.body))
    story.append(Paragraph("2. Rekomendacje w liczbach", text.heading1))
    counts: list[list[str | Flowable]] = [["Rodzaj rekomendacji", "Liczba"]]
    counts += [[label, count] for label, count in document.counts_by_type]
    story.append(table(counts, [70 * mm, 25 * mm]))
    story.append(Paragraph("3. Rekomendacje", text.heading1))
    if not document.recommendations:
        story.append(Paragraph("Sieć nie ma jeszcze rekomendacji.", text.body))
    for entry in document.recommendations:
        story += _recommendation(entry)
    return story


def _recommendation(entry: RecommendationEntry) -> list[Flowable]:
    text = styles()
    facts = [
        ["Rodzaj", entry.type_label],
        ["Priorytet", entry.priority_label],
        ["Adresat", entry.addressee or "—"],
        ["Miasta popierające", entry.supporting_cities or "—"],
    ]
    if entry.source_city:
        facts.append(["Zgłoszona przez", entry.source_city])
    sections: list[Flowable] = []
    for heading, body in (
        ("Bariera", entry.barrier),
        ("Dowody", entry.evidence),
        ("Rekomendacja", entry.recommendation),
    ):
        sections.append(Paragraph(heading, text.label))
        sections.append(Paragraph(pdf_text(body.strip() or "—"), text.value))
        if heading == "Dowody" and entry.evidence_cities:
            sections.append(
                Paragraph(
                    pdf_text(f"Miasta, których dotyczą dowody: {entry.evidence_cities}"), text.small
                )
            )
    head = [
        Paragraph(pdf_text(f"R{entry.number}. {entry.title}"), text.heading2),
        table(facts, [40 * mm, CONTENT_WIDTH - 40 * mm], 0),
    ]
    # A recommendation is short: it moves to the next page whole rather than leave a tail.
    return [KeepTogether([*head, *sections])]
