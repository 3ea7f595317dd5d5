"""What the attendance list and the minutes both print about a meeting, with Polish dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from pim_desktop.domain.dates import day_text
from pim_desktop.pdf.document_frame import CONTENT_WIDTH, DocumentInfo, styles
from pim_desktop.pdf.fonts import pdf_text
from pim_desktop.pdf.tables import cell_commands

PROGRAMME_LINE = "Partnerska Inicjatywa Miast · Lokalne Partnerstwo"
WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")


@dataclass(frozen=True)
class MeetingHeader:
    """A meeting as a document heads it; times are already in the city's local time."""

    city_name: str
    type_label: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    place: str = ""
    online_link: str = ""

    @property
    def date_text(self) -> str:
        return day_text(self.starts_at.date())

    @property
    def time_text(self) -> str:
        start = self.starts_at.strftime("%H:%M")
        if self.ends_at is None:
            return f"od {start}"
        return f"{start}–{self.ends_at.strftime('%H:%M')}"


def header_lines(header: MeetingHeader, document: str) -> list[str]:
    """The lines at the top of every page: programme, city, which document of which meeting."""
    return [
        PROGRAMME_LINE,
        header.city_name,
        f"{document} · {header.title} · {day_text(header.starts_at.date())}",
    ]


def meeting_document_info(header: MeetingHeader, document: str, subject: str) -> DocumentInfo:
    """The metadata, page header and footer of one of a meeting's documents."""
    return DocumentInfo(
        title=f"{document} – {header.title} – {header.date_text}",
        author=header.city_name,
        subject=subject,
        keywords=["PIM", "Lokalne Partnerstwo", document],
        header_lines=header_lines(header, document),
        footer_left=f"{header.city_name} · {document}",
    )


def facts_table(header: MeetingHeader) -> Table:
    """Kind, date, time and place as a quiet two-column table without a grid."""
    sheet = styles()
    weekday = WEEKDAYS[header.starts_at.weekday()]
    rows = [
        ("Rodzaj spotkania", header.type_label),
        ("Data", f"{weekday}, {header.date_text}"),
        ("Godzina", header.time_text),
    ]
    if header.place.strip():
        rows.append(("Miejsce", header.place))
    if header.online_link.strip():
        rows.append(("Link do spotkania", header.online_link))
    cells: list[list[Flowable]] = [
        [Paragraph(pdf_text(label + ":"), sheet.label), Paragraph(pdf_text(value), sheet.body)]
        for label, value in rows
    ]
    grid = Table(
        cells,
        colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm],
        hAlign="LEFT",
        style=TableStyle(cell_commands(left=0, top=1, bottom=0)),
    )
    grid.spaceAfter = 3 * mm
    return grid


def city_or_placeholder(city_name: str) -> str:
    """The city's official name; a clear gap where the profile was never filled in."""
    return city_name.strip() or "(nazwa miasta — uzupełnij dane miasta)"


def centred(style: ParagraphStyle) -> ParagraphStyle:
    return style.clone(f"{style.name}_centred", alignment=TA_CENTER)
