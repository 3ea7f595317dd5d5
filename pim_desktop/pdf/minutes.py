"""The minutes of a meeting (protokół), laid out as an official record.

Header and facts, the attendance in numbers and by member, the agenda, the course of the meeting,
decisions, tasks, attachments, and the lines where the minute-taker and the approver sign.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from pim_desktop.domain.meeting import AttendanceCount
from pim_desktop.pdf.document_frame import CONTENT_WIDTH, build_pdf, styles
from pim_desktop.pdf.fonts import pdf_text, register_fonts
from pim_desktop.pdf.meeting_header import (
    MeetingHeader,
    centred,
    facts_table,
    meeting_document_info,
)
from pim_desktop.pdf.tables import cell_commands, table

DOCUMENT_NAME = "Protokół"


@dataclass(frozen=True)
class MinutesAttendee:
    member: str  # the organisation, or "mieszkaniec / mieszkanka"
    person: str  # the name, or why it is left out
    status: str


@dataclass(frozen=True)
class MinutesTask:
    description: str
    owner: str
    due: str
    state: str


@dataclass(frozen=True)
class MinutesDocument:
    header: MeetingHeader
    of_what: str  # "ze spotkania Lokalnego Partnerstwa"
    held: str  # "odbytego", agreeing with ``of_what`` ("z konsultacji odbytych")
    counts: AttendanceCount
    attendees: tuple[MinutesAttendee, ...] = ()
    names_withheld: bool = False
    guests: tuple[str, ...] = ()
    agenda: tuple[str, ...] = ()
    minutes: str = ""
    decisions: tuple[str, ...] = ()
    tasks: tuple[MinutesTask, ...] = ()
    attachments: tuple[str, ...] = ()


def build_minutes(target: Path | BinaryIO, document: MinutesDocument) -> int:
    """Write the minutes to ``target``; return the number of pages."""
    header = document.header
    info = meeting_document_info(header, DOCUMENT_NAME, f"{DOCUMENT_NAME} {document.of_what}")
    return build_pdf(target, info, _story(document))


def _story(document: MinutesDocument) -> list[Flowable]:
    text = styles()
    header = document.header
    story: list[Flowable] = [
        Paragraph("PROTOKÓŁ", text.title),
        Paragraph(pdf_text(document.of_what), centred(text.body)),
        Paragraph(pdf_text(f"„{header.title}”"), centred(text.heading2)),
        Paragraph(pdf_text(f"{document.held} {header.date_text}"), centred(text.body)),
        Spacer(0, 3 * mm),
        Paragraph("1. Informacje o spotkaniu", text.heading1),
        facts_table(header),
    ]
    story += _attendance(document)
    story.append(Paragraph("3. Porządek obrad", text.heading1))
    story += _numbered(document.agenda, "Nie ustalono porządku obrad.")
    story.append(Paragraph("4. Przebieg spotkania", text.heading1))
    paragraphs = [p.strip() for p in document.minutes.replace("\r\n", "\n").split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        story.append(Paragraph("Nie sporządzono opisu przebiegu spotkania.", text.body))
    story += [Paragraph(pdf_text(p), text.body) for p in paragraphs]
    story.append(Paragraph("5. Ustalenia", text.heading1))
    story += _numbered(document.decisions, "Nie podjęto ustaleń.")
    story.append(Paragraph("6. Zadania", text.heading1))
    story += _tasks(document.tasks)
    # The signatures never stand alone on the last page: the closing part moves with them.
    closing: list[Flowable] = [Paragraph("7. Załączniki", text.heading1)]
    closing += _numbered(document.attachments, "Brak załączników.")
    closing += _signatures()
    story.append(KeepTogether(closing))
    return story


def _attendance(document: MinutesDocument) -> list[Flowable]:
    text = styles()
    counts = document.counts
    attended = counts.present + counts.substituted
    parts = [
        f"Zaproszono członków Partnerstwa: {counts.invited}.",
        f"Obecni: {attended} (w tym przez zastępców: {counts.substituted}),"
        f" usprawiedliwieni: {counts.excused}, nieobecni: {counts.absent}.",
    ]
    if counts.not_recorded:
        parts.append(f"Nie odnotowano obecności: {counts.not_recorded}.")
    parts.append(f"Goście spoza Partnerstwa: {counts.guests}.")
    flow: list[Flowable] = [
        Paragraph("2. Obecność", text.heading1),
        Paragraph(pdf_text(" ".join(parts)), text.body),
    ]
    if document.attendees:
        rows: list[list[str | Flowable]] = [["Lp.", "Członek Partnerstwa", "Osoba", "Obecność"]]
        rows += [
            [f"{n}.", a.member, a.person, a.status]
            for n, a in enumerate(document.attendees, start=1)
        ]
        flow.append(table(rows, [10 * mm, 70 * mm, 55 * mm, CONTENT_WIDTH - 135 * mm]))
    if document.names_withheld:
        flow.append(
            Paragraph(
                "Imion i nazwisk osób, które nie zgodziły się na ich publikację w dokumentach, "
                "nie podano; są na liście obecności przechowywanej w urzędzie.",
                text.small,
            )
        )
    if document.guests:
        flow.append(Paragraph("Goście:", text.heading2))
        flow += _numbered(document.guests, "")
    return flow


def _numbered(items: tuple[str, ...], empty: str) -> list[Flowable]:
    text = styles()
    if not items:
        return [Paragraph(pdf_text(empty), text.body)] if empty else []
    item_style = text.body.clone(
        "numbered",
        leftIndent=7 * mm,
        bulletIndent=0,
        bulletFontName=register_fonts().regular,
        spaceAfter=1 * mm,
    )
    return [
        Paragraph(pdf_text(item), item_style, bulletText=f"{n}.")
        for n, item in enumerate(items, start=1)
    ]


def _tasks(tasks: tuple[MinutesTask, ...]) -> list[Flowable]:
    if not tasks:
        return [Paragraph("Nie przydzielono zadań.", styles().body)]
    rows: list[list[str | Flowable]] = [["Lp.", "Zadanie", "Odpowiada", "Termin", "Stan"]]
    rows += [
        [f"{n}.", t.description, t.owner, t.due, t.state] for n, t in enumerate(tasks, start=1)
    ]
    widths = [10 * mm, 72 * mm, 42 * mm, 20 * mm, CONTENT_WIDTH - 144 * mm]
    return [table(rows, widths)]


def _signatures() -> list[Flowable]:
    text = styles()
    line = "." * 60

    def block(role: str) -> list[Flowable]:
        return [
            Paragraph(pdf_text(role), text.body),
            Spacer(0, 10 * mm),
            Paragraph(line, centred(text.small)),
            Paragraph("(data, imię i nazwisko, podpis)", centred(text.small)),
        ]

    grid = Table(
        [[block("Protokołował(a):"), block("Zatwierdził(a):")]],
        colWidths=[CONTENT_WIDTH / 2, CONTENT_WIDTH / 2],
        style=TableStyle(cell_commands()),
    )
    return [Spacer(0, 8 * mm), grid]
