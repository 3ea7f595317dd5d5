"""The cities' capacity as a PDF: the network's spread per area over the rounds, then each city's
radar with its scores and comments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from pim_desktop.pdf.capacity_drawing import radar, spread_bars
from pim_desktop.pdf.document_frame import CONTENT_WIDTH, DocumentInfo, build_pdf, styles
from pim_desktop.pdf.fonts import pdf_text
from pim_desktop.pdf.meeting_header import centred
from pim_desktop.pdf.tables import table

DOCUMENT_NAME = "Potencjał miast sieci"
PROGRAMME_LINE = "Partnerska Inicjatywa Miast · samoocena potencjału miast sieci"


@dataclass(frozen=True)
class CityCapacity:
    name: str
    scores: tuple[tuple[int | None, ...], ...]  # per round, per area
    comments: tuple[tuple[str, str, str], ...]  # round, area, comment


@dataclass(frozen=True)
class CapacityDocument:
    network_name: str
    areas: tuple[str, ...]
    rounds: tuple[str, ...]
    spread: tuple[tuple[int | None, ...], ...]  # per area, per round: the gap
    spread_rows: tuple[tuple[str, ...], ...]  # area, then "lowest–highest (gap)" per round
    cities: tuple[CityCapacity, ...]
    prepared_by: str = ""
    created: dt.datetime | None = None


def build_capacity_pdf(target: Path | BinaryIO, document: CapacityDocument) -> int:
    """Write the capacity charts to ``target``; return the number of pages."""
    name = document.network_name or "(sieć bez nazwy)"
    info = DocumentInfo(
        title=f"{DOCUMENT_NAME} – {name}",
        author=document.prepared_by,
        subject=f"{DOCUMENT_NAME} {name}: samoocena i rozpiętość",
        keywords=["PIM", DOCUMENT_NAME, "samoocena"],
        header_lines=[PROGRAMME_LINE, name],
        footer_left=f"{name} · {DOCUMENT_NAME}",
        created=document.created,
    )
    return build_pdf(target, info, _story(document, name))


def _story(document: CapacityDocument, name: str) -> list[Flowable]:
    text = styles()
    story: list[Flowable] = [
        Paragraph("POTENCJAŁ MIAST SIECI", text.title),
        Paragraph(pdf_text(f"Samoocena miast sieci „{name}” (skala 1–5)"), centred(text.heading2)),
        Spacer(0, 3 * mm),
        Paragraph(
            "1. Rozpiętość sieci: różnica między najsilniejszym a najsłabszym miastem",
            text.heading1,
        ),
        spread_bars(document.areas, document.rounds, document.spread, CONTENT_WIDTH),
    ]
    rows: list[list[str | Flowable]] = [["Obszar", *document.rounds]]
    rows += [list(row) for row in document.spread_rows]
    first = 55 * mm
    other = (CONTENT_WIDTH - first) / max(len(document.rounds), 1)
    story.append(table(rows, [first, *[other] * len(document.rounds)]))
    story.append(Paragraph("2. Miasta", text.heading1))
    if not document.cities:
        story.append(Paragraph("Żadne miasto nie wypełniło jeszcze samooceny.", text.body))
    for city in document.cities:
        story.append(_city(city, document))
    return story


def _city(city: CityCapacity, document: CapacityDocument) -> Flowable:
    text = styles()
    series = list(zip(document.rounds, city.scores, strict=True))
    rows: list[list[str | Flowable]] = [["Obszar", *document.rounds]]
    for a, area in enumerate(document.areas):
        rows.append([area, *("—" if s[a] is None else str(s[a]) for s in city.scores)])
    first = 55 * mm
    other = (CONTENT_WIDTH - first) / max(len(document.rounds), 1)
    parts: list[Flowable] = [
        Paragraph(pdf_text(city.name), text.heading2),
        radar(document.areas, series, 55 * mm),
        table(rows, [first, *[other] * len(document.rounds)]),
    ]
    for round_label, area, comment in city.comments:
        parts.append(Paragraph(pdf_text(f"{area} ({round_label}): {comment}"), text.small))
    return KeepTogether(parts)
