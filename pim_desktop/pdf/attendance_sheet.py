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
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from pim_desktop.pdf.document_frame import CONTENT_WIDTH, build_pdf, styles
from pim_desktop.pdf.fonts import pdf_text
from pim_desktop.pdf.meeting_header import (
    MeetingHeader,
    centred,
    facts_table,
    meeting_document_info,
)
from pim_desktop.pdf.tables import table

DOCUMENT_NAME = "Lista obecności"
SIGNATURE_HEIGHT = 9 * mm
COLUMN_WIDTHS = (10 * mm, 46 * mm, 52 * mm, CONTENT_WIDTH - 108 * mm)
COLUMN_TITLES = ("Lp.", "Imię i nazwisko", "Instytucja / organizacja", "Podpis")
MAXIMUM_GUEST_ROWS = 24
GUEST_HEADING_ROOM = 60 * mm


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
    # Empty rows after the known guests, for those who come unannounced.
    blank_guest_rows: int = 3


def build_attendance_sheet(target: Path | BinaryIO, sheet: AttendanceSheet) -> int:
    """Write the list to ``target``; return the number of pages."""
    header = sheet.header
    info = meeting_document_info(header, DOCUMENT_NAME, f"{DOCUMENT_NAME}: {header.type_label}")
    return build_pdf(target, info, _story(sheet))


def _story(sheet: AttendanceSheet) -> list[Flowable]:
    text = styles()
    story: list[Flowable] = [
        Paragraph("LISTA OBECNOŚCI", text.title),
        Paragraph(pdf_text(sheet.header.title), centred(text.heading2)),
        Spacer(0, 2 * mm),
        facts_table(sheet.header),
        # Under the facts, where every signer reads it first and it never ends up alone on a page.
        Paragraph(pdf_text(_clause(sheet.header.city_name)), text.small),
        Paragraph("Członkowie Lokalnego Partnerstwa", text.heading1),
    ]
    if sheet.members:
        story.append(_rows_table(sheet.members, 0))
    else:
        story.append(Paragraph("Na spotkanie nie zaproszono członków z rejestru.", text.body))
    # The guests' heading never stands alone at the foot of a page: it needs room for a few rows.
    story.append(CondPageBreak(GUEST_HEADING_ROOM))
    story.append(Paragraph("Goście (osoby spoza Lokalnego Partnerstwa)", text.heading1))
    story.append(_GuestTable(sheet.guests, sheet.blank_guest_rows))
    return story


def _rows_table(rows: tuple[SheetRow, ...], first_number: int) -> Flowable:
    data: list[list[str | Flowable]] = [list(COLUMN_TITLES)]
    for number, row in enumerate(rows, start=first_number + 1):
        data.append([f"{number}.", _name_cell(row), row.organisation, Spacer(0, SIGNATURE_HEIGHT)])
    return table(data, COLUMN_WIDTHS)


class _GuestTable(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """The guests already known, then empty numbered rows down to the foot of the page.

    People who come unannounced sign there; filling the page rather than printing a fixed number
    of rows means no page is started for one or two empty rows.
    """

    def __init__(self, guests: tuple[SheetRow, ...], minimum_blank: int) -> None:
        super().__init__()
        self._guests = list(guests)
        self._minimum = minimum_blank
        self._inner: Flowable = self._table(self._minimum)

    def _table(self, blanks: int) -> Flowable:
        return _rows_table(tuple(self._guests + [SheetRow("")] * blanks), 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        table = self._table(self._minimum)
        width, height = table.wrap(available_width, available_height)
        if height < available_height:
            one_more = self._table(self._minimum + 1).wrap(available_width, available_height)[1]
            extra = int((available_height - height) // max(one_more - height, 1.0))
            table = self._table(min(self._minimum + extra, MAXIMUM_GUEST_ROWS))
            width, height = table.wrap(available_width, available_height)
        self._inner = table
        self.spaceBefore, self.spaceAfter = table.spaceBefore, table.spaceAfter
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        table = self._table(self._minimum)
        table.wrap(available_width, available_height)
        parts: list[Flowable] = table.split(available_width, available_height)
        return parts

    # reportlab passes the spare width by this keyword.
    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        self._inner.drawOn(canvas, x, y, _sW)


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
