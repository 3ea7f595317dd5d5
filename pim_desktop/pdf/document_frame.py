"""The A4 frame every printed document shares: header, "Strona X z Y" footer, watermark, metadata.

Documents hand over their flowables; this module lays them out on Noto Sans, writes the PDF
metadata and language, and replaces the target file only once the whole document is written.
"""

from __future__ import annotations

import math
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from pim_desktop.pdf.fonts import FontNames, nfc, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
SIDE_MARGIN = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN

_HEADER_FIRST_BASELINE = PAGE_HEIGHT - 13 * mm
_HEADER_SIZE = 8.0
_HEADER_LEADING = 10.5
_HEADER_RULE_GAP = 3 * mm
_CONTENT_GAP = 6 * mm
_TOP_MARGIN_WITHOUT_HEADER = 18 * mm

_FOOTER_RULE_Y = 17 * mm
_FOOTER_FIRST_BASELINE = 12.5 * mm
_FOOTER_SECOND_BASELINE = 8.5 * mm
_FOOTER_SIZE = 8.0
_FOOTER_SMALL_SIZE = 7.0
_BOTTOM_MARGIN = _FOOTER_RULE_Y + 6 * mm

TEXT_GREY = colors.Color(0.25, 0.25, 0.25)
GRID_GREY = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)
_RULE_GREY = colors.Color(0.6, 0.6, 0.6)
_WATERMARK_GREY = colors.Color(0.89, 0.89, 0.89)
_WATERMARK_MAX_SIZE = 72.0


@dataclass(frozen=True)
class DocumentInfo:
    """What the frame prints around the content and writes into the PDF's metadata."""

    title: str
    author: str = ""
    subject: str = ""
    keywords: list[str] = field(default_factory=list)
    creator: str = "PIM Desktop"
    header_lines: list[str] = field(default_factory=list)
    footer_left: str = ""
    footer_right: str = ""
    language: str = "pl-PL"
    watermark: str | None = None
    # A fixed moment makes the output byte-for-byte reproducible; None stamps the current time.
    # A naive datetime is taken as local time, so pass an aware one for the same bytes everywhere.
    created: datetime | None = None
    # Extra entries of the PDF's Info dictionary, e.g. {"PIMChecksum": "3F9A…"}: read back by
    # programs, shown by none. Keys must be plain PDF names (letters and digits).
    custom_info: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of an official form, all on Noto Sans."""

    title: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    small: ParagraphStyle
    table_header: ParagraphStyle
    table_cell: ParagraphStyle


def styles() -> Styles:
    """Return a fresh set of paragraph styles (body text 10 pt), registering the fonts if needed."""
    fonts = register_fonts()

    def style(name: str, size: float, bold: bool = False, **extra: object) -> ParagraphStyle:
        font = fonts.bold if bold else fonts.regular
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=round(size * 1.3, 1), **extra
        )

    return Styles(
        title=style("title", 15, bold=True, spaceBefore=0, spaceAfter=4 * mm, alignment=1),
        heading1=style("heading1", 12, bold=True, spaceBefore=5 * mm, spaceAfter=2.5 * mm),
        heading2=style("heading2", 10.5, bold=True, spaceBefore=3.5 * mm, spaceAfter=1.5 * mm),
        body=style("body", 10, spaceAfter=2 * mm),
        label=style("label", 8, textColor=TEXT_GREY, spaceAfter=0.5 * mm),
        value=style("value", 10, spaceAfter=2.5 * mm),
        small=style("small", 8, textColor=TEXT_GREY, spaceAfter=1.5 * mm),
        table_header=style("table_header", 8.5, bold=True),
        table_cell=style("table_cell", 8.5),
    )


def set_info_entry(canvas: Canvas, key: str, value: str) -> None:
    """Record a custom Info entry from inside the layout (e.g. where a box was drawn).

    Only documents built with ``custom_info`` carry custom entries; elsewhere this does nothing.
    """
    info = getattr(getattr(canvas, "_doc", None), "info", None)
    if isinstance(info, _InfoWithCustomEntries):
        info.set_entry(key, value)


def build_pdf(target: Path | BinaryIO, info: DocumentInfo, story: list[Flowable]) -> int:
    """Lay ``story`` out in the frame, write the PDF to ``target`` and return the page count.

    A Path is replaced atomically: the document is written to a temporary file beside it first,
    so a failed build never leaves a half-written PDF. The caller's ``story`` list is not consumed.
    """
    fonts = register_fonts()
    if isinstance(target, Path):
        return _build_atomically(target, info, story, fonts)
    return _build(target, info, story, fonts)


def _build_atomically(
    target: Path, info: DocumentInfo, story: list[Flowable], fonts: FontNames
) -> int:
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    temp_path = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            pages = _build(stream, info, story, fonts)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_path, target)
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise
    return pages


def _build(stream: BinaryIO, info: DocumentInfo, story: list[Flowable], fonts: FontNames) -> int:
    decoration = _PageDecoration(info, fonts)
    doc = BaseDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=SIDE_MARGIN,
        rightMargin=SIDE_MARGIN,
        topMargin=decoration.top_margin,
        bottomMargin=_BOTTOM_MARGIN,
        title=nfc(info.title),
        author=nfc(info.author),
        subject=nfc(info.subject),
        keywords=[nfc(keyword) for keyword in info.keywords],
        creator=nfc(info.creator),
        lang=info.language,
        displayDocTitle=True,
        # Without this reportlab sets Helvetica as every page's starting font and embeds a
        # reference to it even when nothing is drawn with it.
        initialFontName=fonts.regular,
        # Invariant mode fixes the file identifier; the creation date comes from ``created``.
        invariant=1 if info.created is not None else None,
    )
    content = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="content",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[content], onPage=decoration.draw_background)]
    )
    doc.build(list(story), canvasmaker=partial(_FramedCanvas, decoration=decoration))
    return int(doc.page)


class _PageDecoration:
    """Draws the parts of a page that are not content: header, watermark and footer."""

    def __init__(self, info: DocumentInfo, fonts: FontNames) -> None:
        self.info = info
        self.fonts = fonts
        self.header_lines = [nfc(line) for line in info.header_lines if line.strip()]
        last_baseline = _HEADER_FIRST_BASELINE - _HEADER_LEADING * (len(self.header_lines) - 1)
        self.header_rule_y = last_baseline - _HEADER_RULE_GAP
        if self.header_lines:
            self.top_margin = PAGE_HEIGHT - self.header_rule_y + _CONTENT_GAP
        else:
            self.top_margin = _TOP_MARGIN_WITHOUT_HEADER

    def draw_background(self, canvas: Canvas, _doc: object) -> None:
        """Draw what sits under the content: the watermark first, then the header."""
        if self.info.watermark:
            canvas.saveState()
            self._draw_watermark(canvas, nfc(self.info.watermark))
            canvas.restoreState()
        if self.header_lines:
            canvas.saveState()
            self._draw_header(canvas)
            canvas.restoreState()

    def _draw_header(self, canvas: Canvas) -> None:
        canvas.setFillColor(TEXT_GREY)
        y = _HEADER_FIRST_BASELINE
        for index, line in enumerate(self.header_lines):
            # The first line names the programme and carries the weight; the rest stay quiet.
            font = self.fonts.bold if index == 0 else self.fonts.regular
            canvas.setFont(font, _HEADER_SIZE)
            canvas.drawString(SIDE_MARGIN, y, _fit(line, font, _HEADER_SIZE, CONTENT_WIDTH))
            y -= _HEADER_LEADING
        _rule(canvas, self.header_rule_y)

    def _draw_watermark(self, canvas: Canvas, text: str) -> None:
        font = self.fonts.bold
        angle = math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH))
        # Sized to span about three quarters of the page diagonal, but never shouting.
        diagonal = math.hypot(PAGE_WIDTH, PAGE_HEIGHT)
        unit_width = pdfmetrics.stringWidth(text, font, 1) or 1.0
        size = min(_WATERMARK_MAX_SIZE, 0.75 * diagonal / unit_width)
        canvas.setFillColor(_WATERMARK_GREY)
        canvas.setFont(font, size)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(angle)
        # Diagonal glyphs come out of text extraction as scattered letters; ActualText tells
        # readers to take the span as the one string it is.
        canvas.addLiteral(f"/Span <</ActualText <{_pdf_utf16_hex(text)}>>> BDC")
        canvas.drawCentredString(0, -size / 3, text)
        canvas.addLiteral("EMC")

    def draw_footer(self, canvas: Canvas, number: int, total: int) -> None:
        """Draw the footer: identifier left, page number right, checksum under the page number."""
        canvas.saveState()
        _rule(canvas, _FOOTER_RULE_Y)
        canvas.setFillColor(TEXT_GREY)
        page_label = f"Strona {number} z {total}"
        canvas.setFont(self.fonts.regular, _FOOTER_SIZE)
        canvas.drawRightString(PAGE_WIDTH - SIDE_MARGIN, _FOOTER_FIRST_BASELINE, page_label)
        if self.info.footer_left:
            room = CONTENT_WIDTH - pdfmetrics.stringWidth(
                page_label, self.fonts.regular, _FOOTER_SIZE
            )
            left = _fit(nfc(self.info.footer_left), self.fonts.regular, _FOOTER_SIZE, room - 6 * mm)
            canvas.drawString(SIDE_MARGIN, _FOOTER_FIRST_BASELINE, left)
        if self.info.footer_right:
            canvas.setFont(self.fonts.regular, _FOOTER_SMALL_SIZE)
            right = _fit(
                nfc(self.info.footer_right), self.fonts.regular, _FOOTER_SMALL_SIZE, CONTENT_WIDTH
            )
            canvas.drawRightString(PAGE_WIDTH - SIDE_MARGIN, _FOOTER_SECOND_BASELINE, right)
        canvas.restoreState()


class _FramedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information
    """A canvas that holds finished pages back until the total is known, then adds each footer.

    "Strona X z Y" needs Y on the first page; holding the pages avoids laying the document out
    twice.
    """

    def __init__(self, *args: object, decoration: _PageDecoration, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._decoration = decoration
        self._held_pages: list[dict[str, object]] = []
        if decoration.info.custom_info:
            self._doc.info = _InfoWithCustomEntries(decoration.info.custom_info)
        created = decoration.info.created
        if created is not None:
            stamp = _pdf_date(created)
            self.setDateFormatter(lambda *_parts: stamp)

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._decoration.draw_footer(self, number, total)
            super().showPage()
        super().save()


class _InfoWithCustomEntries(PDFInfo):  # type: ignore[misc]  # reportlab ships no types
    """The document Info dictionary with the standard entries and the caller's own keys."""

    def __init__(self, custom: dict[str, str]) -> None:
        super().__init__()
        for key in custom:
            if not key.isascii() or not key.isalnum():
                raise ValueError(f"{key!r} is not a plain PDF name")
        self._custom = {key: nfc(value) for key, value in custom.items()}

    def set_entry(self, key: str, value: str) -> None:
        """Add or change an entry while the document is being laid out (before it is saved)."""
        self._custom[key] = nfc(value)

    def format(self, document: object) -> bytes:
        # reportlab's own format() builds the same entries but offers no way to add to them.
        entries: dict[str, object] = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        entries["ModDate"] = entries["CreationDate"] = PDFDate(
            ts=document._timeStamp,  # type: ignore[attr-defined]
            dateFormatter=self._dateFormatter,
        )
        for key, value in self._custom.items():
            entries[key] = PDFString(value)
        formatted: bytes = PDFDictionary(entries).format(document)
        return formatted


def _rule(canvas: Canvas, y: float) -> None:
    canvas.setStrokeColor(_RULE_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(SIDE_MARGIN, y, PAGE_WIDTH - SIDE_MARGIN, y)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis to fit ``width`` points, so a header never spills."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    ellipsis = "…"
    while text and pdfmetrics.stringWidth(text + ellipsis, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ellipsis


def _pdf_date(moment: datetime) -> str:
    """Format ``moment`` as a PDF date string with its UTC offset; a naive time is local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    stamp = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.utcoffset()
    if offset is None:
        return stamp
    minutes = int(offset.total_seconds() // 60)
    hours, rest = divmod(abs(minutes), 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{stamp}{sign}{hours:02d}'{rest:02d}'"


def _pdf_utf16_hex(text: str) -> str:
    """Encode ``text`` as the hex body of a PDF text string (UTF-16BE with byte-order mark)."""
    return (b"\xfe\xff" + text.encode("utf-16-be")).hex().upper()
