"""Tables in the house style: a gridded table with repeating header rows, and the cell style
every table of every document starts from.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from pim_desktop.pdf.document_frame import GRID_GREY, HEADER_FILL, styles
from pim_desktop.pdf.fonts import pdf_text, register_fonts

# A table row taller than the space left on a page may be cut, but not into slivers thinner than
# about two lines of cell text.
_MIN_ROW_SPLIT_HEIGHT = 24


def cell_commands(
    left: float = 6, right: float = 6, top: float = 3, bottom: float = 3
) -> list[tuple[object, ...]]:
    """Where every table's style starts: Noto Sans in each cell, text at the top, the padding.

    reportlab's own cell font is Helvetica, which draws "ó" as a black box; bare or empty text in
    a cell must never bring it back. The default padding is reportlab's own.
    """
    return [
        ("FONTNAME", (0, 0), (-1, -1), register_fonts().regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), left),
        ("RIGHTPADDING", (0, 0), (-1, -1), right),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]


def table(
    data: Sequence[Sequence[str | Flowable]],
    col_widths: Sequence[float],
    header_rows: int = 1,
) -> Table:
    """Return a gridded table whose text cells wrap and whose header rows repeat on every page.

    Text cells become Paragraphs (escaped, NFC); flowables are placed as given. Column widths are
    in points and should add up to no more than ``CONTENT_WIDTH``.
    """
    if not 0 <= header_rows <= len(data):
        raise ValueError(f"header_rows={header_rows} does not fit a table of {len(data)} rows")
    for index, row in enumerate(data):
        if len(row) != len(col_widths):
            raise ValueError(f"row {index} has {len(row)} cells, expected {len(col_widths)}")
    sheet = styles()
    cells = [
        [
            Paragraph(
                pdf_text(cell), sheet.table_header if index < header_rows else sheet.table_cell
            )
            if isinstance(cell, str)
            else cell
            for cell in row
        ]
        for index, row in enumerate(data)
    ]
    commands = cell_commands(left=4, right=4, top=3.5, bottom=3)
    commands.append(("GRID", (0, 0), (-1, -1), 0.5, GRID_GREY))
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL))
        commands.append(("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"))
    grid = Table(
        cells,
        colWidths=list(col_widths),
        repeatRows=header_rows,
        splitByRow=1,
        splitInRow=_MIN_ROW_SPLIT_HEIGHT,
        hAlign="LEFT",
        style=TableStyle(commands),
    )
    grid.spaceBefore = 2 * mm
    grid.spaceAfter = 3 * mm
    return grid
