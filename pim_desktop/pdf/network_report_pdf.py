"""The network's report for the Secretariat as a PDF: every activity with its dates, host,
participants per city, planned against spent by category and payer, the settling documents with
their checksums, and the totals by kind, category, payer and city."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from pim_desktop.pdf.document_frame import CONTENT_WIDTH, DocumentInfo, build_pdf, styles
from pim_desktop.pdf.fonts import pdf_text
from pim_desktop.pdf.meeting_header import centred
from pim_desktop.pdf.tables import table

DOCUMENT_NAME = "Sprawozdanie sieci"
PROGRAMME_LINE = "Partnerska Inicjatywa Miast · działania i wydatki sieci tematycznej"
# Room a heading needs below it for the first lines of what it heads, else it goes to the next page.
_HEADING_ROOM = 35 * mm
Row = tuple[str, ...]


@dataclass(frozen=True)
class ActivityEntry:
    number: int
    kind: str
    title: str
    dates: str
    host: str
    status: str
    participants: tuple[Row, ...]  # city, people
    costs: tuple[Row, ...]  # category, payer, planned, spent
    planned: str
    spent: str
    documents: tuple[Row, ...]  # kind, file name, SHA-256
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class NetworkReportDocument:
    network_name: str
    period: str
    facts: tuple[tuple[str, str], ...]
    activities: tuple[ActivityEntry, ...]
    summaries: tuple[tuple[str, str, tuple[Row, ...]], ...]  # heading, first column, rows
    total: tuple[str, str]  # planned, spent
    prepared_by: str = ""
    created: dt.datetime | None = None


def build_network_report(target: Path | BinaryIO, document: NetworkReportDocument) -> int:
    """Write the network's report to ``target``; return the number of pages."""
    name = document.network_name or "(sieć bez nazwy)"
    info = DocumentInfo(
        title=f"{DOCUMENT_NAME} – {name} – {document.period}",
        author=document.prepared_by,
        subject=f"{DOCUMENT_NAME} {name}: działania, uczestnicy, wydatki",
        keywords=["PIM", DOCUMENT_NAME, "działania sieci"],
        header_lines=[PROGRAMME_LINE, name],
        footer_left=f"{name} · {DOCUMENT_NAME} · {document.period}",
        created=document.created,
    )
    return build_pdf(target, info, _story(document, name))


def _story(document: NetworkReportDocument, name: str) -> list[Flowable]:
    text = styles()
    story: list[Flowable] = [
        Paragraph("SPRAWOZDANIE SIECI", text.title),
        Paragraph(
            pdf_text(f"Działania i wydatki sieci „{name}” – {document.period}"),
            centred(text.heading2),
        ),
        Spacer(0, 3 * mm),
        table([[k, v] for k, v in document.facts], [45 * mm, CONTENT_WIDTH - 45 * mm], 0),
        Paragraph("1. Zestawienie działań", text.heading1),
    ]
    rows: list[list[str | Flowable]] = [
        ["Lp.", "Działanie", "Daty", "Gospodarz", "Status", "Zaplanowano", "Wydano"]
    ]
    for entry in document.activities:
        rows.append(
            [
                f"{entry.number}.",
                f"{entry.title} ({entry.kind})",
                entry.dates,
                entry.host,
                entry.status,
                entry.planned,
                entry.spent,
            ]
        )
    rows.append(["", "Razem", "", "", "", *document.total])
    widths = [10 * mm, 0, 24 * mm, 30 * mm, 23 * mm, 24 * mm, 24 * mm]  # "potwierdzone" whole
    widths[1] = CONTENT_WIDTH - sum(widths)
    story.append(table(rows, widths))
    if not document.activities:
        story.append(Paragraph("Sieć nie ma w tym okresie działań.", text.body))
    story.append(CondPageBreak(2 * _HEADING_ROOM))
    story.append(Paragraph("2. Podsumowanie: zaplanowano i wydano", text.heading1))
    for heading, first, summary in document.summaries:
        story.append(CondPageBreak(_HEADING_ROOM))  # a heading stays with its table
        story.append(Paragraph(pdf_text(heading), text.heading2))
        lines: list[list[str | Flowable]] = [[first, "Zaplanowano", "Wydano"]]
        lines += [list(row) for row in summary]
        lines.append(["Razem", *document.total])
        story.append(table(lines, [CONTENT_WIDTH - 60 * mm, 30 * mm, 30 * mm]))
    story.append(CondPageBreak(2 * _HEADING_ROOM))
    story.append(Paragraph("3. Działania szczegółowo", text.heading1))
    for entry in document.activities:
        story += _activity(entry)
    return story


def _activity(entry: ActivityEntry) -> list[Flowable]:
    text = styles()
    facts = [
        ["Rodzaj", entry.kind],
        ["Daty", entry.dates],
        ["Gospodarz", entry.host],
        ["Status", entry.status],
    ]
    parts: list[Flowable] = [
        Paragraph(pdf_text(f"{entry.number}. {entry.title}"), text.heading2),
        table(facts, [40 * mm, CONTENT_WIDTH - 40 * mm], 0),
        Paragraph("Uczestnicy z miast", text.label),
    ]
    people: list[list[str | Flowable]] = [["Miasto", "Osób"]]
    people += [list(row) for row in entry.participants] or [["—", ""]]
    parts.append(table(people, [CONTENT_WIDTH - 30 * mm, 30 * mm]))
    parts.append(Paragraph("Koszty", text.label))
    costs: list[list[str | Flowable]] = [["Kategoria", "Płaci", "Zaplanowano", "Wydano"]]
    costs += [list(row) for row in entry.costs]
    costs.append(["Razem", "", entry.planned, entry.spent])
    widths = [45 * mm, 0, 28 * mm, 28 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    parts.append(table(costs, widths))
    parts.append(Paragraph("Dokumenty rozliczające", text.label))
    if entry.documents:
        documents: list[list[str | Flowable]] = [["Dokument", "Plik", "SHA-256"]]
        documents += [
            [kind, name, Paragraph(sha, text.small)] for kind, name, sha in entry.documents
        ]
        parts.append(table(documents, [24 * mm, 40 * mm, CONTENT_WIDTH - 64 * mm]))
    else:
        parts.append(Paragraph("brak", text.value))
    for warning in entry.warnings:
        parts.append(Paragraph(pdf_text(f"Uwaga: {warning}"), text.body))
    return [KeepTogether(parts)]
