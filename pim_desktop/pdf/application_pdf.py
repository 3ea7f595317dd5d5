"""The application form as a PDF: every field the role sees, values exactly as stored, the checksum.

Built from the form definition alone, so every form prints the same way the editor shows it:
sections in order, fields numbered within their section, label beside or above the value, long
texts and tables flowing across pages. Fields hidden by their condition are left out, as in the
editor. The footer of every page carries the application's identifier and its checksum.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreakIfNotEmpty,
    Paragraph,
    Table,
    TableStyle,
)

from pim_desktop.domain.canonical import grouped
from pim_desktop.domain.form_definition import (
    PERSON_PART_LABELS,
    PERSON_PARTS,
    FieldDefinition,
    FieldType,
    FormDefinition,
    PrefillKey,
    PrintWidth,
    Role,
    SectionDefinition,
)
from pim_desktop.pdf.document_frame import (
    CONTENT_WIDTH,
    GRID_GREY,
    HEADER_FILL,
    PAGE_HEIGHT,
    DocumentInfo,
    Styles,
    build_pdf,
    styles,
)
from pim_desktop.pdf.fonts import pdf_text, register_fonts
from pim_desktop.pdf.marks import CheckBox
from pim_desktop.pdf.printed_values import (
    EMPTY,
    NBSP,
    attachment_items,
    choice_labels,
    file_size_text,
    filled_rows,
    simple_value_text,
)

# What a table cell holds: a flowable, a stack of them, or plain text.
Cell: TypeAlias = "Flowable | list[Flowable] | str"

PROGRAMME = "Partnerska Inicjatywa Miast"
WATERMARK = "WERSJA ROBOCZA"
CHECKSUM_INFO_KEY = "PIMChecksum"

COMPACT_TYPES = frozenset(
    {
        FieldType.SHORT_TEXT,
        FieldType.NUMBER,
        FieldType.MONEY,
        FieldType.DATE,
        FieldType.SINGLE_CHOICE,
    }
)
_LABEL_WIDTH = 34 * mm
_HALF_VALUE_WIDTH = CONTENT_WIDTH / 2 - _LABEL_WIDTH
_SIGNATURE_BOX_WIDTH = 70 * mm
# Room a block needs below its label before it may start on a page: the label and a few lines.
_BLOCK_START_ROOM = 32 * mm
_COMPACT_START_ROOM = 22 * mm
# Persons, declarations and the signature are kept whole up to this height.
_KEEP_WHOLE_UP_TO = 100 * mm
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SPACE_RUN = re.compile(r"(?<=\S) {2,}|^ +", re.MULTILINE)
_LABEL_FILL = HEADER_FILL
_SECTION_FILL = HEADER_FILL.clone(red=0.8, green=0.82, blue=0.86)

# A table column's share of the width, by the kind of value it holds.
_COLUMN_WEIGHTS = {
    FieldType.SHORT_TEXT: 3.0,
    FieldType.LONG_TEXT: 5.0,
    FieldType.NUMBER: 1.4,
    FieldType.MONEY: 2.0,
    FieldType.DATE: 1.7,
    FieldType.SINGLE_CHOICE: 2.4,
}
_ROW_NUMBER_WIDTH = 9 * mm


@dataclass(frozen=True)
class ApplicationDocument:
    """Everything the printout shows; the checksum is computed by the caller from the data."""

    definition: FormDefinition
    role: Role
    network_id: str
    values: Mapping[str, object]
    city_name: str
    application_id: int
    version_number: int
    checksum: str
    draft: bool
    printed_at: datetime
    creator: str = "PIM Desktop"

    @property
    def network_name(self) -> str:
        return next(
            (n.name for n in self.definition.networks if n.id == self.network_id), self.network_id
        )

    @property
    def identifier(self) -> str:
        return f"Wniosek nr {self.application_id}, wersja {self.version_number}"


def build_application_pdf(target: Path | BinaryIO, document: ApplicationDocument) -> int:
    """Write the application's PDF to ``target`` (a Path is replaced atomically); return pages."""
    return build_pdf(target, document_info(document), _Story(document).flowables())


def document_info(document: ApplicationDocument) -> DocumentInfo:
    definition = document.definition
    edition = f"{definition.edition.name} ({definition.edition.years})"
    role = definition.role_label(document.role)
    network = document.network_name
    if definition.network_type:
        network = f"{definition.network_type}: {network}"
    checksum = document.checksum.upper()
    return DocumentInfo(
        title=f"{definition.title} – {document.city_name}".strip(" –"),
        author=document.city_name,
        subject=(
            f"{document.identifier} · {role} · {document.network_name} · "
            f"suma kontrolna SHA-256 {checksum}"
        ),
        keywords=[PROGRAMME, definition.edition.name, role, document.network_name, checksum],
        creator=document.creator,
        header_lines=[
            f"{PROGRAMME} · {edition}",
            definition.title,
            f"{role} · {network} · formularz {definition.id}, wersja {definition.version}",
        ],
        footer_left=f"{document.identifier} · {document.city_name}",
        footer_right=f"Suma kontrolna SHA-256: {grouped(checksum)}",
        watermark=WATERMARK if document.draft else None,
        created=document.printed_at,
        custom_info={CHECKSUM_INFO_KEY: checksum},
    )


class _Story:
    """Turns the definition and the values into flowables, section by section."""

    def __init__(self, document: ApplicationDocument) -> None:
        self.document = document
        self.values = document.values
        self.sheet: Styles = styles()
        fonts = register_fonts()
        # reportlab's own cell font is Helvetica; an empty text cell must not bring it back.
        self.table_font = [("FONTNAME", (0, 0), (-1, -1), fonts.regular)]
        self.cell = ParagraphStyle("cell", parent=self.sheet.table_cell, fontSize=9.5, leading=12.5)
        self.cell_label = ParagraphStyle(
            "cell_label", parent=self.sheet.label, fontName=fonts.bold, spaceAfter=0, leading=10
        )
        self.bar = ParagraphStyle("bar", parent=self.sheet.table_header, fontSize=9, leading=11.5)
        self.section = ParagraphStyle(
            "section", parent=self.sheet.heading1, spaceBefore=0, spaceAfter=0
        )
        self.small_cell = ParagraphStyle("small_cell", parent=self.cell, fontSize=7.5, leading=9.5)
        self.checksum_cell = ParagraphStyle(
            "checksum_cell", parent=self.cell, fontName=fonts.bold, fontSize=8.5
        )
        self.long_text = ParagraphStyle("long_text", parent=self.cell, spaceAfter=2 * mm)

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = [*self._title_page_head()]
        definition, role = self.document.definition, self.document.role
        for section in definition.sections_for(role):
            fields = [f for f in section.fields_for(role) if f.is_visible(self.values, role)]
            if not fields:
                continue
            if fields[0].print_options.page_break_before:
                story.append(PageBreakIfNotEmpty())
            story.extend(self._section(section, fields))
        if not any(_is_signature_section(s) for s in definition.sections_for(role)):
            story.extend(self._signature_block([], []).flowables)
        return story

    # --- the head of the first page -------------------------------------------------------------

    def _title_page_head(self) -> list[Flowable]:
        document = self.document
        definition = document.definition
        kind = (
            "wersja robocza – nie służy do złożenia wniosku"
            if document.draft
            else "wersja ostateczna"
        )
        rows = [
            ("Wnioskodawca", document.city_name or EMPTY),
            ("Rola", definition.role_label(document.role)),
            ("Sieć tematyczna", document.network_name),
            ("Formularz", f"{definition.id}, wersja {definition.version}"),
            ("Wniosek", f"nr {document.application_id}, wersja {document.version_number}"),
            ("Rodzaj wydruku", kind),
            ("Data wydruku", document.printed_at.strftime("%d.%m.%Y, %H:%M")),
            ("Suma kontrolna (SHA-256)", grouped(document.checksum)),
        ]
        cells: list[list[Cell]] = [
            [self._label(label), self._value(value)] for label, value in rows
        ]
        cells[-1][1] = Paragraph(pdf_text(grouped(document.checksum)), self.checksum_cell)
        table = self._grid(cells, [_LABEL_WIDTH, CONTENT_WIDTH - _LABEL_WIDTH])
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), _LABEL_FILL)]))
        return [
            Paragraph(pdf_text(definition.title), self.sheet.title),
            table,
            Paragraph(pdf_text(definition.notice), self.sheet.small),
        ]

    # --- sections ---------------------------------------------------------------------------------

    def _section(self, section: SectionDefinition, fields: list[FieldDefinition]) -> list[Flowable]:
        """The section's heading bar, then its fields; the heading never ends a page alone."""
        heading = self._bar(f"{section.number}. {section.title}", self.section, _SECTION_FILL)
        heading.spaceBefore = 4 * mm
        heading.spaceAfter = 2 * mm
        numbers = _Numbering(section.number)
        units: list[_Unit] = []
        if _is_signature_section(section):
            signed = [f for f in fields if f.type in COMPACT_TYPES]
            units.append(self._signature_block(signed, [numbers.next() for _ in signed]))
            fields = [f for f in fields if f.type not in COMPACT_TYPES]
        compact: list[tuple[str, FieldDefinition]] = []
        compact_breaks = False
        for field in fields:
            breaks = field.print_options.page_break_before
            if field.type in COMPACT_TYPES:
                if breaks and compact:
                    units.extend(self._compact_grid(compact, compact_breaks))
                    compact = []
                if not compact:
                    compact_breaks = breaks
                compact.append((numbers.next(), field))
                continue
            units.extend(self._compact_grid(compact, compact_breaks))
            compact = []
            units.append(self._block(numbers.next(), field))
        units.extend(self._compact_grid(compact, compact_breaks))
        return _lay_out(heading, units)

    def _compact_grid(
        self, fields: list[tuple[str, FieldDefinition]], page_break_before: bool
    ) -> list[_Unit]:
        """Short answers in a grid: a full-width row each, or two half-width ones side by side."""
        if not fields:
            return []
        rows: list[list[Cell]] = []
        commands: list[tuple[object, ...]] = [
            ("BACKGROUND", (0, 0), (0, -1), _LABEL_FILL),
        ]
        index = 0
        while index < len(fields):
            number, field = fields[index]
            pair = fields[index + 1] if index + 1 < len(fields) else None
            row = len(rows)
            cells: list[Cell] = [
                self._label(f"{number} {field.print_label}"),
                self._field_value(field),
            ]
            if _is_half(field) and pair is not None and _is_half(pair[1]):
                cells += [
                    self._label(f"{pair[0]} {pair[1].print_label}"),
                    self._field_value(pair[1]),
                ]
                commands.append(("BACKGROUND", (2, row), (2, row), _LABEL_FILL))
                index += 2
            else:
                cells += ["", ""]
                commands.append(("SPAN", (1, row), (3, row)))
                index += 1
            rows.append(cells)
        widths = [_LABEL_WIDTH, _HALF_VALUE_WIDTH, _LABEL_WIDTH, _HALF_VALUE_WIDTH]
        grid = self._grid(rows, widths)
        grid.setStyle(TableStyle(commands))
        return [_Unit([grid], _measure(grid, _COMPACT_START_ROOM), page_break_before)]

    # --- blocks: values that need the full width ------------------------------------------------

    def _block(self, number: str, field: FieldDefinition) -> _Unit:
        label = f"{number} {field.print_label}"
        value = self.values.get(field.id)
        breaks = field.print_options.page_break_before
        match field.type:
            case FieldType.TABLE:
                grid = self._table_block(label, field, value)
                room = _BLOCK_START_ROOM
            case FieldType.ATTACHMENT:
                grid = self._attachment_block(label, value)
                room = _BLOCK_START_ROOM
            case FieldType.PERSON:
                grid = self._person_block(label, value)
                room = _KEEP_WHOLE_UP_TO
            case FieldType.DECLARATION:
                grid = self._boxes_block(
                    label, [[CheckBox(value is True), self._value(field.text)]]
                )
                room = _KEEP_WHOLE_UP_TO
            case FieldType.MULTIPLE_CHOICE:
                rows: list[list[Cell]] = [
                    [CheckBox(chosen), self._value(text)]
                    for text, chosen in choice_labels(field, value)
                ]
                grid = self._boxes_block(label, rows)
                room = _BLOCK_START_ROOM
            case _:
                grid = self._grid(
                    [[self._bar_text(label)], [self._long_text(value)]],
                    [CONTENT_WIDTH],
                    header_rows=1,
                )
                room = _BLOCK_START_ROOM
        return _Unit([grid], _measure(grid, room), breaks)

    def _long_text(self, value: object) -> list[Flowable]:
        """A long answer as paragraphs, so a page may end between them but no text is cut."""
        if not isinstance(value, str) or not value.strip():
            return [self._value(EMPTY)]
        return [
            Paragraph(pdf_text(_kept_spaces(paragraph)), self.long_text)
            for paragraph in _PARAGRAPH_BREAK.split(value.strip("\n"))
            if paragraph.strip()
        ]

    def _person_block(self, label: str, value: object) -> Table:
        person = value if isinstance(value, Mapping) else {}
        rows: list[list[Cell]] = [[self._bar_text(label), ""]]
        for part in PERSON_PARTS:
            part_label = PERSON_PART_LABELS[part]
            rows.append(
                [
                    self._label(part_label[:1].upper() + part_label[1:]),
                    self._value(_plain(person.get(part))),
                ]
            )
        grid = self._grid(rows, [_LABEL_WIDTH, CONTENT_WIDTH - _LABEL_WIDTH], header_rows=1)
        grid.setStyle(TableStyle([("BACKGROUND", (0, 1), (0, -1), _LABEL_FILL)]))
        return grid

    def _boxes_block(self, label: str, rows: list[list[Cell]]) -> Table:
        box_width = 7 * mm
        cells: list[list[Cell]] = [[self._bar_text(label), ""], *rows]
        grid = self._grid(cells, [box_width, CONTENT_WIDTH - box_width], header_rows=1)
        # One frame around the answers, no lines between a box and its text.
        grid.setStyle(
            TableStyle(
                [
                    ("INNERGRID", (0, 1), (-1, -1), 0, colors.white),
                    ("BOX", (0, 1), (-1, -1), 0.5, GRID_GREY),
                    ("RIGHTPADDING", (0, 1), (0, -1), 0),
                    ("TOPPADDING", (0, 2), (-1, -1), 0),
                ]
            )
        )
        return grid

    def _table_block(self, label: str, field: FieldDefinition, value: object) -> Table:
        columns = field.columns
        weights = [_COLUMN_WEIGHTS.get(column.type, 2.0) for column in columns]
        room = CONTENT_WIDTH - _ROW_NUMBER_WIDTH
        widths = [_ROW_NUMBER_WIDTH] + [room * w / sum(weights) for w in weights]
        header: list[Cell] = [self._head("Lp."), *(self._head(column.label) for column in columns)]
        rows: list[list[Cell]] = [[self._bar_text(label)] + [""] * len(columns), header]
        for number, row in enumerate(filled_rows(value), start=1):
            rows.append(
                [self._value(f"{number}.")]
                + [self._value(simple_value_text(c, row.get(c.id))) for c in columns]
            )
        return self._data_table(rows, widths)

    def _attachment_block(self, label: str, value: object) -> Table:
        size_width = 34 * mm
        widths = [_ROW_NUMBER_WIDTH, CONTENT_WIDTH - _ROW_NUMBER_WIDTH - size_width, size_width]
        rows: list[list[Cell]] = [
            [self._bar_text(label), "", ""],
            [self._head("Lp."), self._head("Plik i jego skrót SHA-256"), self._head("Rozmiar")],
        ]
        for number, item in enumerate(attachment_items(value), start=1):
            size = item.get("size")
            shown_size = (
                file_size_text(size)
                if isinstance(size, int) and not isinstance(size, bool) and size >= 0
                else _plain(size)
            )
            digest = f"SHA-256: {_plain(item.get('sha256'))}"
            rows.append(
                [
                    self._value(f"{number}."),
                    [
                        self._value(_plain(item.get("file_name"))),
                        Paragraph(pdf_text(digest), self.small_cell),
                    ],
                    self._value(shown_size),
                ]
            )
        return self._data_table(rows, widths)

    def _data_table(self, rows: list[list[Cell]], widths: list[float]) -> Table:
        """Label bar and column header, repeated on every page the rows run onto."""
        commands: list[tuple[object, ...]] = [("BACKGROUND", (0, 1), (-1, 1), _LABEL_FILL)]
        if len(rows) == 2:
            rows.append([self._value(EMPTY)] + [""] * (len(widths) - 1))
            commands.append(("SPAN", (0, 2), (-1, 2)))
        grid = self._grid(rows, widths, header_rows=2)
        grid.setStyle(TableStyle(commands))
        return grid

    # --- the signature ----------------------------------------------------------------------------

    def _signature_block(self, fields: list[FieldDefinition], numbers: list[str]) -> _Unit:
        """Who signs, in what capacity, where and when, beside an empty box for the signature."""
        left_width = CONTENT_WIDTH - _SIGNATURE_BOX_WIDTH
        rows: list[list[Cell]] = [
            [[self._label(f"{number} {field.print_label}"), self._field_value(field)], ""]
            for number, field in zip(numbers, fields, strict=True)
        ]
        caption = ParagraphStyle("signature", parent=self.sheet.small, alignment=1, spaceAfter=0)
        box = [
            Paragraph("podpis", caption),
            Paragraph(pdf_text("(kwalifikowany podpis elektroniczny lub własnoręczny)"), caption),
        ]
        if not rows:
            rows = [[self._value(""), ""]]
        rows[0][1] = box
        grid = Table(
            rows,
            colWidths=[left_width, _SIGNATURE_BOX_WIDTH],
            rowHeights=None if len(rows) > 3 else [45 * mm / len(rows)] * len(rows),
            hAlign="LEFT",
            style=TableStyle(
                [
                    *self.table_font,
                    ("GRID", (0, 0), (-1, -1), 0.5, GRID_GREY),
                    ("SPAN", (1, 0), (1, -1)),
                    ("VALIGN", (0, 0), (0, -1), "TOP"),
                    ("VALIGN", (1, 0), (1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("BOX", (1, 0), (1, -1), 1.2, GRID_GREY),
                ]
            ),
        )
        grid.spaceBefore = 1 * mm
        grid.spaceAfter = 3 * mm
        return _Unit([grid], _measure(grid, _KEEP_WHOLE_UP_TO))

    # --- cells --------------------------------------------------------------------------------

    def _field_value(self, field: FieldDefinition) -> Paragraph:
        return self._value(simple_value_text(field, self.values.get(field.id)))

    def _value(self, text: str) -> Paragraph:
        return Paragraph(pdf_text(text), self.cell)

    def _label(self, text: str) -> Paragraph:
        return Paragraph(pdf_text(text), self.cell_label)

    def _head(self, text: str) -> Paragraph:
        return Paragraph(pdf_text(text), self.sheet.table_header)

    def _bar_text(self, text: str) -> Paragraph:
        return Paragraph(pdf_text(text), self.bar)

    def _bar(self, text: str, style: ParagraphStyle, fill: object) -> Table:
        return Table(
            [[Paragraph(pdf_text(text), style)]],
            colWidths=[CONTENT_WIDTH],
            hAlign="LEFT",
            style=TableStyle(
                [
                    *self.table_font,
                    ("BACKGROUND", (0, 0), (-1, -1), fill),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
        )

    def _grid(
        self,
        rows: list[list[Cell]],
        widths: list[float],
        *,
        header_rows: int = 0,
    ) -> Table:
        """A bordered table; a first row spanning the width is the field's label bar."""
        commands: list[tuple[object, ...]] = [
            *self.table_font,
            ("GRID", (0, 0), (-1, -1), 0.5, GRID_GREY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        if header_rows:
            commands += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), _LABEL_FILL)]
        grid = Table(
            rows,
            colWidths=widths,
            repeatRows=header_rows,
            splitByRow=1,
            splitInRow=24,
            hAlign="LEFT",
            style=TableStyle(commands),
        )
        grid.spaceBefore = 0
        grid.spaceAfter = 2.5 * mm
        return grid


@dataclass(frozen=True)
class _Unit:
    """Flowables printed as one piece, and the room they need to start on the current page."""

    flowables: list[Flowable]
    need: float
    page_break_before: bool = False


def _lay_out(heading: Flowable, units: list[_Unit]) -> list[Flowable]:
    """Heading and units in order; a unit starts on a new page when too little room is left."""
    heading_room = _measure(heading, PAGE_HEIGHT) + heading.getSpaceAfter()
    story: list[Flowable] = []
    for index, unit in enumerate(units):
        if index and unit.page_break_before:
            story.append(PageBreakIfNotEmpty())
        story.append(CondPageBreak(unit.need + (0 if index else heading_room)))
        if index == 0:
            story.append(heading)
        story.extend(unit.flowables)
    return story


def _measure(flowable: Flowable, cap: float) -> float:
    """The height ``flowable`` takes at full width (with the space before it), at most ``cap``."""
    _width, height = flowable.wrap(CONTENT_WIDTH, PAGE_HEIGHT)
    return float(min(height + flowable.getSpaceBefore(), cap))


def _kept_spaces(text: str) -> str:
    """Runs of spaces stay visible: the second and later spaces of a run become no-break ones."""
    text = text.replace("\t", "    ")
    return _SPACE_RUN.sub(lambda run: " " + NBSP * (len(run.group()) - 1), text)


class _Numbering:
    """Numbers fields within their section in print order: B.1, B.2, …"""

    def __init__(self, section_number: str) -> None:
        self.section_number = section_number
        self.count = 0

    def next(self) -> str:
        self.count += 1
        return f"{self.section_number}.{self.count}"


def _is_signature_section(section: SectionDefinition) -> bool:
    """The section asking who signs: it prints as the signature block with the box."""
    return any(field.prefill is PrefillKey.SIGNATORY_NAME for field in section.fields)


def _is_half(field: FieldDefinition) -> bool:
    return field.print_options.width is PrintWidth.HALF


def _plain(value: object) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return EMPTY
    return str(value)
