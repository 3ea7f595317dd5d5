"""The application form as a PDF: every field the role sees, values exactly as stored, the checksum.

Built from the form definition alone, so every form prints the same way the editor shows it:
sections in order, fields numbered within their section, label beside or above the value, long
texts and tables flowing across pages. Fields hidden by their condition are left out, as in the
editor. The footer of every page carries the application's identifier and its checksum.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, PageBreakIfNotEmpty, Table

from pim_desktop.domain.canonical import grouped
from pim_desktop.domain.dates import moment_text
from pim_desktop.domain.forms.definition import (
    FieldDefinition,
    FieldType,
    FormDefinition,
    PrefillKey,
    PrintWidth,
    Role,
    SectionDefinition,
)
from pim_desktop.pdf.document_frame import DocumentInfo, build_pdf
from pim_desktop.pdf.form_blocks import (
    BLOCK_START_ROOM,
    COMPACT_START_ROOM,
    KEEP_WHOLE_UP_TO,
    FormBlocks,
    Unit,
    lay_out,
    measure,
)
from pim_desktop.pdf.printed_values import EMPTY, choice_labels, simple_value_text

PROGRAMME = "Partnerska Inicjatywa Miast"
# Below these a block is measured to decide whether it starts on the current page.
_SHORT_TEXT_CHARS = 600
_SHORT_TABLE_ROWS = 3
WATERMARK = "WERSJA ROBOCZA"
CHECKSUM_INFO_KEY = "PIMChecksum"

# Answers short enough to sit beside their label in a grid.
COMPACT_TYPES = frozenset(
    {
        FieldType.SHORT_TEXT,
        FieldType.NUMBER,
        FieldType.MONEY,
        FieldType.DATE,
        FieldType.SINGLE_CHOICE,
    }
)


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
        self.blocks = FormBlocks()

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = self._title_page_head()
        definition, role = self.document.definition, self.document.role
        for section in definition.sections_for(role):
            fields = [f for f in section.fields_for(role) if f.is_visible(self.values, role)]
            if not fields:
                continue
            if fields[0].print_options.page_break_before:
                story.append(PageBreakIfNotEmpty())
            story.extend(self._section(section, fields))
        if not any(_is_signature_section(s) for s in definition.sections_for(role)):
            story.append(self.blocks.signature([]))
        return story

    def _title_page_head(self) -> list[Flowable]:
        document = self.document
        definition = document.definition
        blocks = self.blocks
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
            ("Data wydruku", moment_text(document.printed_at)),
        ]
        cells = [(label, blocks.value(text)) for label, text in rows]
        checksum = blocks.paragraph(grouped(document.checksum), blocks.checksum_style)
        cells.append(("Suma kontrolna (SHA-256)", checksum))
        return [
            blocks.paragraph(definition.title, blocks.sheet.title),
            blocks.label_value_grid(cells),
            blocks.paragraph(definition.notice, blocks.sheet.small),
        ]

    def _section(self, section: SectionDefinition, fields: list[FieldDefinition]) -> list[Flowable]:
        """The section's heading bar, then its fields; the heading never ends a page alone."""
        numbers = _Numbering(section.number)
        units: list[Unit] = []
        if _is_signature_section(section):
            signed = [f for f in fields if f.type in COMPACT_TYPES]
            answers = [(f"{numbers.next()} {f.print_label}", self._text(f)) for f in signed]
            grid = self.blocks.signature(answers)
            units.append(Unit([grid], measure(grid, KEEP_WHOLE_UP_TO)))
            fields = [f for f in fields if f.type not in COMPACT_TYPES]
        compact: list[tuple[str, FieldDefinition]] = []
        compact_breaks = False
        for field in fields:
            breaks = field.print_options.page_break_before
            if field.type in COMPACT_TYPES:
                if breaks and compact:
                    units.extend(self._compact(compact, compact_breaks))
                    compact = []
                if not compact:
                    compact_breaks = breaks
                compact.append((numbers.next(), field))
                continue
            units.extend(self._compact(compact, compact_breaks))
            compact = []
            units.append(self._block(f"{numbers.next()} {field.print_label}", field))
        units.extend(self._compact(compact, compact_breaks))
        return lay_out(self.blocks.bar(f"{section.number}. {section.title}"), units)

    def _compact(
        self, fields: list[tuple[str, FieldDefinition]], page_break_before: bool
    ) -> list[Unit]:
        if not fields:
            return []
        grid = self.blocks.compact_grid(
            [
                (f"{number} {field.print_label}", self._text(field), _is_half(field))
                for number, field in fields
            ]
        )
        return [Unit([grid], measure(grid, COMPACT_START_ROOM), page_break_before)]

    def _block(self, label: str, field: FieldDefinition) -> Unit:
        """A value that needs the full width, under its label bar."""
        value = self.values.get(field.id)
        room = BLOCK_START_ROOM
        grid: Table
        match field.type:
            case FieldType.TABLE:
                grid = self.blocks.table(label, field, value)
            case FieldType.ATTACHMENT:
                grid = self.blocks.attachments(label, value)
            case FieldType.PERSON:
                grid, room = self.blocks.person(label, value), KEEP_WHOLE_UP_TO
            case FieldType.DECLARATION:
                grid, room = (
                    self.blocks.boxes(label, [(value is True, field.text)]),
                    KEEP_WHOLE_UP_TO,
                )
            case FieldType.MULTIPLE_CHOICE:
                answers = [(chosen, text) for text, chosen in choice_labels(field, value)]
                grid = self.blocks.boxes(label, answers)
            case _:
                grid = self.blocks.long_text(label, value)
        # Laying a long text or table out here only to measure it would double its cost.
        need = measure(grid, room) if _is_short(value) else room
        return Unit([grid], need, field.print_options.page_break_before)

    def _text(self, field: FieldDefinition) -> str:
        return simple_value_text(field, self.values.get(field.id))


def _is_short(value: object) -> bool:
    if isinstance(value, str):
        return len(value) <= _SHORT_TEXT_CHARS
    if isinstance(value, list):
        return len(value) <= _SHORT_TABLE_ROWS
    return True


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
