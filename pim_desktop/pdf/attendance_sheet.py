"""The attendance list (lista obecności) for signatures on paper.

A numbered row per invited person with a wide box to sign in, then numbered rows for guests from
outside the partnership (those already known printed, the rest left blank to be filled in by hand).
The signed paper is what the city shows the programme, so the list prints every invited name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from pim_desktop.pdf.document_frame import CONTENT_WIDTH, DocumentInfo, build_pdf, styles, table
from pim_desktop.pdf.fonts import pdf_text
from pim_desktop.pdf.meeting_header import MeetingHeader, centred, facts_table, header_lines

DOCUMENT_NAME = "Lista obecności"
SIGNATURE_HEIGHT = 9 * mm
COLUMN_WIDTHS = (10 * mm, 46 * mm, 52 * mm, CONTENT_WIDTH - 108 * mm)
COLUMN_TITLES = ("Lp.", "Imię i nazwisko", "Instytucja / organizacja", "Podpis")
MINIMUM_GUEST_ROWS = 8


@dataclass(frozen=True)
class SheetRow:
    name: str
    organisation: str = ""
    note: str = ""  # printed under the name, e.g. who may sign in the person's stead


@dataclass(frozen=True)
class AttendanceSheet:
    header: MeetingHeader
    members: tuple[SheetRow, ...]
    guests: tuple[SheetRow, ...] = ()
    blank_guest_rows: int = MINIMUM_GUEST_ROWS


def build_attendance_sheet(target: Path | BinaryIO, sheet: AttendanceSheet) -> int:
    """Write the list to ``target``; return the number of pages."""
    header = sheet.header
    info = DocumentInfo(
        title=f"{DOCUMENT_NAME} – {header.title} – {header.date_text}",
        author=header.city_name,
        subject=f"{DOCUMENT_NAME}: {header.type_label}",
        keywords=["PIM", "Lokalne Partnerstwo", DOCUMENT_NAME],
        header_lines=header_lines(header, DOCUMENT_NAME),
        footer_left=f"{header.city_name} · {DOCUMENT_NAME}",
    )
    return build_pdf(target, info, _story(sheet))


def _story(sheet: AttendanceSheet) -> list[Flowable]:
    text = styles()
    story: list[Flowable] = [
        Paragraph("LISTA OBECNOŚCI", text.title),
        Paragraph(pdf_text(sheet.header.title), centred(text.heading2)),
        Spacer(0, 2 * mm),
        facts_table(sheet.header),
        Paragraph("Członkowie Lokalnego Partnerstwa", text.heading1),
    ]
    if sheet.members:
        story.append(_rows_table(sheet.members, 0))
    else:
        story.append(Paragraph("Na spotkanie nie zaproszono członków z rejestru.", text.body))
    guests = list(sheet.guests)
    blanks = max(sheet.blank_guest_rows, MINIMUM_GUEST_ROWS - len(guests), 0)
    guest_rows = tuple(guests + [SheetRow("")] * blanks)
    # The guests' part starts on a fresh page rather than leave its heading alone at the bottom.
    story.append(
        KeepTogether(
            [
                Paragraph("Goście (osoby spoza Lokalnego Partnerstwa)", text.heading1),
                _rows_table(guest_rows, 0),
            ]
        )
    )
    story.append(Spacer(0, 4 * mm))
    story.append(Paragraph(pdf_text(_clause(sheet.header.city_name)), text.small))
    return story


def _rows_table(rows: tuple[SheetRow, ...], first_number: int) -> Flowable:
    data: list[list[str | Flowable]] = [list(COLUMN_TITLES)]
    for number, row in enumerate(rows, start=first_number + 1):
        data.append([f"{number}.", _name_cell(row), row.organisation, Spacer(0, SIGNATURE_HEIGHT)])
    return table(data, COLUMN_WIDTHS)


def _name_cell(row: SheetRow) -> str | Flowable:
    if not row.note:
        return row.name
    text = styles()
    markup = f"{pdf_text(row.name)}<br/><font size='7'>{pdf_text(row.note)}</font>"
    return Paragraph(markup, text.table_cell)


def _clause(city_name: str) -> str:
    return (
        "Podpis na liście potwierdza obecność na spotkaniu. Administratorem danych osobowych "
        f"zebranych na liście jest {city_name}. Dane są przetwarzane w celu udokumentowania prac "
        "Lokalnego Partnerstwa w Partnerskiej Inicjatywie Miast i nie są przekazywane innym "
        "podmiotom poza wymaganymi przepisami prawa."
    )
