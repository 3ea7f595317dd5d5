"""The whole MID as a PDF: header facts, the written parts, objectives, the action table, the
Gantt chart, the budget, warnings, and a card per action with its funding, indicators and risks.

The document receives everything already in words (``ActionPlanDocument``); amounts arrive as
text formatted from whole grosze, so what is printed is exactly what is stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from pim_desktop.domain.action_plan import ActionStatus
from pim_desktop.pdf.document_frame import CONTENT_WIDTH, DocumentInfo, build_pdf, styles
from pim_desktop.pdf.fonts import pdf_text
from pim_desktop.pdf.gantt_drawing import GanttRow, gantt_flowables
from pim_desktop.pdf.meeting_header import centred
from pim_desktop.pdf.tables import table

DOCUMENT_NAME = "Miejska Inicjatywa Działań"
PROGRAMME_LINE = "Partnerska Inicjatywa Miast · Miejska Inicjatywa Działań"


@dataclass(frozen=True)
class ActionCard:
    code: str
    title: str
    facts: tuple[tuple[str, str], ...]  # label, value: objective, type, unit, partners, …
    description: str = ""
    funding: tuple[tuple[str, str, str], ...] = ()  # source, amount, status
    indicators: tuple[tuple[str, str, str, str, str, str], ...] = ()
    risks: tuple[tuple[str, str, str, str, str], ...] = ()


@dataclass(frozen=True)
class ActionPlanDocument:
    city_name: str
    title: str
    facts: tuple[tuple[str, str], ...]  # version, status, adoption, horizon, …
    parts: tuple[tuple[str, str], ...]  # heading, text
    objectives: tuple[tuple[str, str, str], ...]  # code, kind, text
    action_rows: tuple[tuple[str, str, str, str, str, str], ...]  # code, title, objective, …
    gantt: tuple[GanttRow, ...]
    gantt_range: tuple[dt.date, dt.date] | None
    status_legend: tuple[tuple[ActionStatus, str], ...]
    budget: tuple[tuple[str, str], ...]  # label, amount
    by_source: tuple[tuple[str, str, str], ...]  # source, amount, share
    by_status: tuple[tuple[str, str], ...]
    by_year: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...]
    cards: tuple[ActionCard, ...]
    version_line: str = ""
    draft: bool = False
    created: dt.datetime | None = None
    keywords: tuple[str, ...] = field(default=("PIM", "MID", "plan działań"))


def build_action_plan(target: Path | BinaryIO, document: ActionPlanDocument) -> int:
    """Write the MID to ``target``; return the number of pages."""
    info = DocumentInfo(
        title=f"{DOCUMENT_NAME} – {document.title}",
        author=document.city_name,
        subject=f"{DOCUMENT_NAME}: {document.title}",
        keywords=list(document.keywords),
        header_lines=[PROGRAMME_LINE, document.city_name, document.version_line],
        footer_left=f"{document.city_name} · MID",
        watermark="PROJEKT" if document.draft else None,
        created=document.created,
    )
    return build_pdf(target, info, _story(document))


def _story(document: ActionPlanDocument) -> list[Flowable]:
    text = styles()
    story: list[Flowable] = [
        Paragraph("MIEJSKA INICJATYWA DZIAŁAŃ", text.title),
        Paragraph(pdf_text(document.title or "(bez tytułu)"), centred(text.heading2)),
        Paragraph(pdf_text(document.city_name), centred(text.body)),
        Spacer(0, 3 * mm),
        _facts(document.facts),
    ]
    number = 0
    for number, (heading, body) in enumerate(document.parts, start=1):
        story.append(Paragraph(pdf_text(f"{number}. {heading}"), text.heading1))
        story += _paragraphs(body)
        if number == 4:
            story += _objectives(document.objectives)
    story += _action_table(document, number + 1)
    story += _schedule(document, number + 2)
    story += _budget(document, number + 3)
    story.append(Paragraph(f"{number + 4}. Uwagi do planu", text.heading1))
    if document.warnings:
        story += [Paragraph(pdf_text(f"• {w}"), text.body) for w in document.warnings]
    else:
        story.append(
            Paragraph("Brak uwag: finansowanie i terminy działań się zgadzają.", text.body)
        )
    story.append(Paragraph(f"{number + 5}. Karty działań", text.heading1))
    for card in document.cards:
        story += _card(card)
    return story


def _facts(rows: tuple[tuple[str, str], ...]) -> Flowable:
    return table([[label, value] for label, value in rows], [45 * mm, CONTENT_WIDTH - 45 * mm], 0)


def _paragraphs(body: str) -> list[Flowable]:
    text = styles()
    chunks = [p.strip() for p in body.replace("\r\n", "\n").split("\n\n") if p.strip()]
    if not chunks:
        return [Paragraph("(nie uzupełniono)", text.small)]
    return [Paragraph(pdf_text(chunk), text.body) for chunk in chunks]


def _objectives(objectives: tuple[tuple[str, str, str], ...]) -> list[Flowable]:
    text = styles()
    flow: list[Flowable] = [Paragraph("Cele", text.heading2)]
    if not objectives:
        return [*flow, Paragraph("(nie określono celów)", text.small)]
    rows: list[list[str | Flowable]] = [["Kod", "Rodzaj", "Cel"]]
    rows += [[code, kind, body] for code, kind, body in objectives]
    return [*flow, table(rows, [16 * mm, 30 * mm, CONTENT_WIDTH - 46 * mm])]


def _amount(value: str) -> Paragraph:
    style = styles().table_cell.clone("amount", alignment=TA_RIGHT)
    return Paragraph(pdf_text(value), style)


def _action_table(document: ActionPlanDocument, number: int) -> list[Flowable]:
    text = styles()
    flow: list[Flowable] = [Paragraph(f"{number}. Tabela działań", text.heading1)]
    if not document.action_rows:
        return [*flow, Paragraph("Plan nie ma jeszcze działań.", text.body)]
    rows: list[list[str | Flowable]] = [["Kod", "Działanie", "Cel", "Termin", "Koszt", "Status"]]
    rows += [
        [code, title, objective, period, _amount(cost), status]
        for code, title, objective, period, cost, status in document.action_rows
    ]
    widths = [13 * mm, 62 * mm, 15 * mm, 27 * mm, 30 * mm]
    return [*flow, table(rows, [*widths, CONTENT_WIDTH - sum(widths)])]


def _schedule(document: ActionPlanDocument, number: int) -> list[Flowable]:
    text = styles()
    flow: list[Flowable] = [
        CondPageBreak(70 * mm),
        Paragraph(f"{number}. Harmonogram", text.heading1),
    ]
    if document.gantt_range is None or not document.gantt:
        return [*flow, Paragraph("Brak działań do pokazania w harmonogramie.", text.body)]
    first, last = document.gantt_range
    flow.append(
        Paragraph(
            pdf_text(
                "Paski pokazują miesiące realizacji działań; status oznaczają kolor, deseń "
                "i opis w ostatniej kolumnie."
            ),
            text.small,
        )
    )
    flow += gantt_flowables(document.gantt, first, last, CONTENT_WIDTH, document.status_legend)
    return flow


def _budget(document: ActionPlanDocument, number: int) -> list[Flowable]:
    text = styles()
    flow: list[Flowable] = [Paragraph(f"{number}. Budżet i finansowanie", text.heading1)]
    summary: list[list[str | Flowable]] = [[label, _amount(v)] for label, v in document.budget]
    flow.append(table(summary, [90 * mm, 50 * mm], 0))
    if document.by_source:
        rows: list[list[str | Flowable]] = [["Źródło finansowania", "Kwota", "Udział w koszcie"]]
        rows += [[s, _amount(a), _amount(share)] for s, a, share in document.by_source]
        flow.append(Paragraph("Według źródeł finansowania", text.heading2))
        flow.append(table(rows, [90 * mm, 40 * mm, 30 * mm]))
    if document.by_status:
        rows = [["Stan finansowania", "Kwota"]]
        rows += [[label, _amount(a)] for label, a in document.by_status]
        flow.append(Paragraph("Według stanu finansowania", text.heading2))
        flow.append(table(rows, [90 * mm, 40 * mm]))
    if document.by_year:
        rows = [["Rok", "Koszt działań"]]
        rows += [[year, _amount(a)] for year, a in document.by_year]
        flow.append(
            KeepTogether(
                [
                    Paragraph("Według lat", text.heading2),
                    Paragraph(
                        "Koszt działania rozłożony równo na miesiące jego realizacji "
                        "(pełne grosze; reszta z dzielenia w pierwszych miesiącach).",
                        text.small,
                    ),
                    table(rows, [40 * mm, 40 * mm]),
                ]
            )
        )
    return flow


def _card(card: ActionCard) -> list[Flowable]:
    text = styles()
    head: list[Flowable] = [
        CondPageBreak(45 * mm),
        Paragraph(pdf_text(f"{card.code}. {card.title}"), text.heading2),
        _facts(card.facts),
    ]
    if card.description.strip():
        head += _paragraphs(card.description)
    flow: list[Flowable] = [KeepTogether(head)]
    if card.funding:
        rows: list[list[str | Flowable]] = [["Źródło finansowania", "Kwota", "Stan"]]
        rows += [[source, _amount(amount), state] for source, amount, state in card.funding]
        flow.append(table(rows, [85 * mm, 35 * mm, CONTENT_WIDTH - 120 * mm]))
    if card.indicators:
        rows = [["Rodzaj", "Wskaźnik", "Jednostka", "Wartość bazowa", "Wartość docelowa", "Źródło"]]
        rows += [list(row) for row in card.indicators]
        widths = [18 * mm, 48 * mm, 18 * mm, 24 * mm, 24 * mm]
        flow.append(table(rows, [*widths, CONTENT_WIDTH - sum(widths)]))
    if card.risks:
        rows = [["Ryzyko", "Prawdopodobieństwo", "Wpływ", "Działania zaradcze", "Odpowiada"]]
        rows += [list(row) for row in card.risks]
        widths = [38 * mm, 37 * mm, 16 * mm, 45 * mm]
        flow.append(table(rows, [*widths, CONTENT_WIDTH - sum(widths)]))
    return flow
