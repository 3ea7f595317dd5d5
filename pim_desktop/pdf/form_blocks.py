"""The pieces a printed form is made of: label and value cells, framed blocks, the signature box.

Every block is a bordered table whose first row is the field's label bar. Tables split between
rows and, for a very tall row, inside it; the label bar (and a column header) repeats on each
page a block runs onto. ``lay_out`` keeps a block's start on the page of its label.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreakIfNotEmpty, Table, TableStyle

from pim_desktop.domain.forms.definition import PERSON_PART_LABELS, PERSON_PARTS, FieldDefinition
from pim_desktop.domain.forms.definition import FieldType as T
from pim_desktop.pdf.document_frame import (
    CONTENT_WIDTH,
    GRID_GREY,
    HEADER_FILL,
    PAGE_HEIGHT,
    set_info_entry,
    styles,
)
from pim_desktop.pdf.flowables import CheckBox, WrapOnceParagraph
from pim_desktop.pdf.fonts import pdf_text, register_fonts
from pim_desktop.pdf.printed_values import (
    EMPTY,
    NBSP,
    attachment_items,
    file_size_text,
    filled_rows,
    simple_value_text,
)
from pim_desktop.pdf.tables import cell_commands

# What a table cell holds: a flowable, a stack of them, or plain text.
Cell: TypeAlias = "Flowable | list[Flowable] | str"

LABEL_WIDTH = 34 * mm
HALF_VALUE_WIDTH = CONTENT_WIDTH / 2 - LABEL_WIDTH
LABEL_FILL = HEADER_FILL
SECTION_FILL = HEADER_FILL.clone(red=0.8, green=0.82, blue=0.86)
# Room a block needs below the current position before it may start on a page.
BLOCK_START_ROOM = 32 * mm
COMPACT_START_ROOM = 22 * mm
# Persons, declarations and the signature are kept whole up to this height.
KEEP_WHOLE_UP_TO = 100 * mm

_SIGNATURE_BOX_WIDTH = 70 * mm
_ROW_NUMBER_WIDTH = 9 * mm
_BOX_COLUMN_WIDTH = 7 * mm
_SIZE_COLUMN_WIDTH = 34 * mm
_PADDING = 4
# A table column's share of the width, by the kind of value it holds.
_COLUMN_WEIGHTS = {
    T.SHORT_TEXT: 3.0,
    T.LONG_TEXT: 5.0,
    T.NUMBER: 1.4,
    T.MONEY: 2.0,
    T.DATE: 1.7,
    T.SINGLE_CHOICE: 2.4,
}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SPACE_RUN = re.compile(r"(?<=\S) {2,}|^ +", re.MULTILINE)


@dataclass(frozen=True)
class Unit:
    """Flowables printed as one piece, and the room they need to start on the current page."""

    flowables: list[Flowable]
    need: float
    page_break_before: bool = False


def lay_out(heading: Flowable, units: Sequence[Unit]) -> list[Flowable]:
    """Heading and units in order; a unit starts on a new page when too little room is left,
    and the heading always stays with the first unit."""
    heading_room = measure(heading, PAGE_HEIGHT) + heading.getSpaceAfter()
    story: list[Flowable] = []
    for index, unit in enumerate(units):
        if index and unit.page_break_before:
            story.append(PageBreakIfNotEmpty())
        story.append(CondPageBreak(unit.need + (0 if index else heading_room)))
        if index == 0:
            story.append(heading)
        story.extend(unit.flowables)
    return story


def measure(flowable: Flowable, cap: float) -> float:
    """The height ``flowable`` takes at full width (with the space before it), at most ``cap``."""
    _width, height = flowable.wrap(CONTENT_WIDTH, PAGE_HEIGHT)
    return float(min(height + flowable.getSpaceBefore(), cap))


class FormBlocks:
    """Builds cells and blocks in the form's styles, all on Noto Sans."""

    def __init__(self) -> None:
        self.sheet = styles()
        fonts = register_fonts()
        self.cell = ParagraphStyle("cell", parent=self.sheet.table_cell, fontSize=9.5, leading=12.5)
        self.label_style = ParagraphStyle(
            "cell_label", parent=self.sheet.label, fontName=fonts.bold, spaceAfter=0, leading=10
        )
        self.bar_style = ParagraphStyle(
            "bar", parent=self.sheet.table_header, fontSize=9, leading=11.5
        )
        self.section_style = ParagraphStyle(
            "section", parent=self.sheet.heading1, spaceBefore=0, spaceAfter=0
        )
        self.small = ParagraphStyle("small_cell", parent=self.cell, fontSize=7.5, leading=9.5)
        self.checksum_style = ParagraphStyle(
            "checksum_cell", parent=self.cell, fontName=fonts.bold, fontSize=8.5
        )
        self.caption = ParagraphStyle(
            "signature", parent=self.sheet.small, alignment=1, spaceAfter=0
        )

    # --- cells --------------------------------------------------------------------------------

    def paragraph(self, text: str, style: ParagraphStyle) -> Flowable:
        return WrapOnceParagraph(pdf_text(text), style)

    def value(self, text: str) -> Flowable:
        return self.paragraph(text, self.cell)

    def label(self, text: str) -> Flowable:
        return self.paragraph(text, self.label_style)

    def head(self, text: str) -> Flowable:
        return self.paragraph(text, self.sheet.table_header)

    def bar_text(self, text: str) -> Flowable:
        return self.paragraph(text, self.bar_style)

    # --- tables -------------------------------------------------------------------------------

    def grid(
        self,
        rows: list[list[Cell]],
        widths: Sequence[float],
        *,
        header_rows: int = 0,
        extra: Sequence[tuple[object, ...]] = (),
        lines: bool = True,
    ) -> Table:
        """A bordered table; with ``header_rows`` its first row is the label bar, spanning all."""
        commands = cell_commands(left=_PADDING, right=_PADDING, top=3, bottom=4)
        if lines:
            commands.append(("GRID", (0, 0), (-1, -1), 0.5, GRID_GREY))
        else:
            commands.append(("BOX", (0, 0), (-1, -1), 0.5, GRID_GREY))
        if header_rows:
            commands += [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID_GREY),
            ]
        grid = Table(
            rows,
            colWidths=list(widths),
            repeatRows=header_rows,
            splitByRow=1,
            splitInRow=24,
            hAlign="LEFT",
            style=TableStyle([*commands, *extra]),
        )
        grid.spaceBefore = 0
        grid.spaceAfter = 2.5 * mm
        return grid

    def bar(self, text: str) -> Table:
        """A section heading: a shaded bar across the page."""
        heading = Table(
            [[self.paragraph(text, self.section_style)]],
            colWidths=[CONTENT_WIDTH],
            hAlign="LEFT",
            style=TableStyle(
                [
                    *cell_commands(left=5, top=3, bottom=4),
                    ("BACKGROUND", (0, 0), (-1, -1), SECTION_FILL),
                ]
            ),
        )
        heading.spaceBefore = 4 * mm
        heading.spaceAfter = 2 * mm
        return heading

    def label_value_grid(self, rows: list[tuple[str, Flowable]]) -> Table:
        """Label beside value, one pair a row (the first page's identification)."""
        cells: list[list[Cell]] = [[self.label(label), value] for label, value in rows]
        return self.grid(
            cells,
            [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH],
            extra=[("BACKGROUND", (0, 0), (0, -1), LABEL_FILL)],
        )

    def compact_grid(self, pairs: Sequence[tuple[str, str, bool]]) -> Table:
        """Short answers: (label, value, half width) as full rows or two halves side by side."""
        rows: list[list[Cell]] = []
        commands: list[tuple[object, ...]] = [("BACKGROUND", (0, 0), (0, -1), LABEL_FILL)]
        index = 0
        while index < len(pairs):
            label, text, half = pairs[index]
            cells: list[Cell] = [self.label(label), self.value(text)]
            following = pairs[index + 1] if index + 1 < len(pairs) else None
            if half and following is not None and following[2]:
                cells += [self.label(following[0]), self.value(following[1])]
                commands.append(("BACKGROUND", (2, len(rows)), (2, len(rows)), LABEL_FILL))
                index += 2
            else:
                cells += ["", ""]
                commands.append(("SPAN", (1, len(rows)), (3, len(rows))))
                index += 1
            rows.append(cells)
        widths = [LABEL_WIDTH, HALF_VALUE_WIDTH, LABEL_WIDTH, HALF_VALUE_WIDTH]
        return self.grid(rows, widths, extra=commands)

    # --- blocks: values that need the full width ------------------------------------------------

    def long_text(self, label: str, value: object) -> Table:
        """A long answer, a row per paragraph: a page may end between paragraphs (or, for a
        very long one, inside it), and no text is ever cut."""
        if isinstance(value, str) and value.strip():
            paragraphs = [
                _kept_spaces(part) for part in _PARAGRAPH_BREAK.split(value) if part.strip()
            ]
        else:
            paragraphs = [EMPTY]
        rows: list[list[Cell]] = [[self.bar_text(label)]]
        rows += [[self.value(paragraph.strip("\n"))] for paragraph in paragraphs]
        spacing = [("TOPPADDING", (0, 2), (-1, -1), 0), ("BOTTOMPADDING", (0, 1), (-1, -1), 5)]
        return self.grid(rows, [CONTENT_WIDTH], header_rows=1, extra=spacing, lines=False)

    def person(self, label: str, value: object) -> Table:
        person = value if isinstance(value, Mapping) else {}
        rows: list[list[Cell]] = [[self.bar_text(label), ""]]
        for part in PERSON_PARTS:
            part_label = PERSON_PART_LABELS[part]
            title = part_label[:1].upper() + part_label[1:]
            rows.append([self.label(title), self.value(plain(person.get(part)))])
        return self.grid(
            rows,
            [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH],
            header_rows=1,
            extra=[("BACKGROUND", (0, 1), (0, -1), LABEL_FILL)],
        )

    def boxes(self, label: str, answers: Sequence[tuple[bool, str]]) -> Table:
        """Ticked or empty boxes, each with its full text (declarations, multiple choices)."""
        rows: list[list[Cell]] = [[self.bar_text(label), ""]]
        rows += [[CheckBox(checked), self.value(text)] for checked, text in answers]
        spacing = [("RIGHTPADDING", (0, 1), (0, -1), 0), ("TOPPADDING", (0, 2), (-1, -1), 0)]
        widths = [_BOX_COLUMN_WIDTH, CONTENT_WIDTH - _BOX_COLUMN_WIDTH]
        return self.grid(rows, widths, header_rows=1, extra=spacing, lines=False)

    def table(self, label: str, field: FieldDefinition, value: object) -> Table:
        """A repeating table: numbered rows, its label and column header on every page."""
        columns = field.columns
        weights = [_COLUMN_WEIGHTS.get(column.type, 2.0) for column in columns]
        room = CONTENT_WIDTH - _ROW_NUMBER_WIDTH
        widths = [_ROW_NUMBER_WIDTH] + [room * weight / sum(weights) for weight in weights]
        header: list[Cell] = [self.head("Lp."), *(self.head(column.label) for column in columns)]
        rows: list[list[Cell]] = [[self.bar_text(label)] + [""] * len(columns), header]
        for number, row in enumerate(filled_rows(value), start=1):
            rows.append(
                [self.value(f"{number}.")]
                + [self.value(simple_value_text(c, row.get(c.id))) for c in columns]
            )
        return self._data_table(rows, widths)

    def attachments(self, label: str, value: object) -> Table:
        """Attached files with their size and SHA-256, so each can be checked later."""
        widths = [
            _ROW_NUMBER_WIDTH,
            CONTENT_WIDTH - _ROW_NUMBER_WIDTH - _SIZE_COLUMN_WIDTH,
            _SIZE_COLUMN_WIDTH,
        ]
        rows: list[list[Cell]] = [
            [self.bar_text(label), "", ""],
            [self.head("Lp."), self.head("Plik i jego skrót SHA-256"), self.head("Rozmiar")],
        ]
        for number, item in enumerate(attachment_items(value), start=1):
            size = item.get("size")
            if isinstance(size, int) and not isinstance(size, bool) and size >= 0:
                shown_size = file_size_text(size)
            else:
                shown_size = plain(size)
            digest = f"SHA-256: {plain(item.get('sha256'))}"
            rows.append(
                [
                    self.value(f"{number}."),
                    [
                        self.value(plain(item.get("file_name"))),
                        self.paragraph(digest, self.small),
                    ],
                    self.value(shown_size),
                ]
            )
        return self._data_table(rows, widths)

    def _data_table(self, rows: list[list[Cell]], widths: list[float]) -> Table:
        commands: list[tuple[object, ...]] = [("BACKGROUND", (0, 1), (-1, 1), LABEL_FILL)]
        if len(rows) == 2:
            rows.append([self.value(EMPTY)] + [""] * (len(widths) - 1))
            commands.append(("SPAN", (0, 2), (-1, 2)))
        return self.grid(rows, widths, header_rows=2, extra=commands)

    def signature(self, answers: Sequence[tuple[str, str]]) -> Table:
        """Who signs, in what capacity, where and when, beside an empty box for the signature."""
        rows: list[list[Cell]] = [
            [[self.label(label), self.value(text)], ""] for label, text in answers
        ] or [[self.value(""), ""]]
        rows[0][1] = [
            SignatureSpot(_SIGNATURE_BOX_WIDTH - 2 * _PADDING, SIGNATURE_SPOT_HEIGHT),
            self.paragraph("." * 60, self.caption),
            self.paragraph("podpis", self.caption),
            self.paragraph("(kwalifikowany podpis elektroniczny lub własnoręczny)", self.caption),
        ]
        grid = Table(
            rows,
            colWidths=[CONTENT_WIDTH - _SIGNATURE_BOX_WIDTH, _SIGNATURE_BOX_WIDTH],
            # Few answers still leave room enough to sign by hand.
            rowHeights=None if len(rows) > 3 else [45 * mm / len(rows)] * len(rows),
            hAlign="LEFT",
            style=TableStyle(
                [
                    *cell_commands(left=_PADDING, right=_PADDING, top=3, bottom=4),
                    ("GRID", (0, 0), (-1, -1), 0.5, GRID_GREY),
                    ("SPAN", (1, 0), (1, -1)),
                    ("VALIGN", (1, 0), (1, -1), "BOTTOM"),
                    ("BOX", (1, 0), (1, -1), 1.2, GRID_GREY),
                ]
            ),
        )
        grid.spaceBefore = 1 * mm
        grid.spaceAfter = 3 * mm
        return grid


SIGNATURE_SPOT_HEIGHT = 21 * mm
SIGNATURE_BOX_KEY = "PIMSignatureBox"


class SignatureSpot(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """The empty place in the signature box where a signature stamp belongs.

    It draws nothing; it writes its page and rectangle into the document's Info dictionary
    (``/PIMSignatureBox`` = "page x y width height", page counted from 1, PDF points), so that
    electronic signing puts the visible stamp exactly into the box.
    """

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return min(self.width, available_width), self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        page = self.canv.getPageNumber()
        place = f"{page} {x:.1f} {y:.1f} {self.width:.1f} {self.height:.1f}"
        set_info_entry(self.canv, SIGNATURE_BOX_KEY, place)


def plain(value: object) -> str:
    """A part of a compound value as printed; "—" when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return EMPTY
    return str(value)


def _kept_spaces(text: str) -> str:
    """Runs of spaces stay visible: the second and later spaces of a run become no-break ones."""
    text = text.replace("\t", "    ")
    return _SPACE_RUN.sub(lambda run: " " + NBSP * (len(run.group()) - 1), text)
