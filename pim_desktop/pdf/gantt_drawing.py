"""The MID's schedule as a Gantt chart drawn with reportlab graphics, one bar per action.

A bar's status is told three ways, so that no reader depends on colour: its colour, its pattern
(plain outline, hatching, solid, crossed out) and the status written at the end of the row. A
legend under the chart names each pattern.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from pim_desktop.domain.action_plan import ActionStatus, add_months, month_count
from pim_desktop.pdf.fonts import nfc, register_fonts

ROW_HEIGHT = 15.0
BAR_HEIGHT = 9.0
YEAR_BAND = 13.0
PERIOD_BAND = 11.0
LABEL_WIDTH = 128.0
STATUS_WIDTH = 58.0
ROWS_PER_DRAWING = 30
_GRID = colors.Color(0.8, 0.8, 0.8)
_YEAR_RULE = colors.Color(0.45, 0.45, 0.45)
_TEXT = colors.Color(0.15, 0.15, 0.15)
_ROMAN_QUARTERS = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class BarStyle:
    fill: colors.Color
    stroke: colors.Color
    pattern: str  # "outline" | "hatched" | "solid" | "crossed"


STATUS_STYLES: dict[ActionStatus, BarStyle] = {
    ActionStatus.PLANNED: BarStyle(
        colors.HexColor("#dbe8f6"), colors.HexColor("#1f5fa8"), "outline"
    ),
    ActionStatus.IN_PROGRESS: BarStyle(
        colors.HexColor("#f7c68f"), colors.HexColor("#9c4f00"), "hatched"
    ),
    ActionStatus.DONE: BarStyle(colors.HexColor("#5b9a45"), colors.HexColor("#2d5a1f"), "solid"),
    ActionStatus.ABANDONED: BarStyle(
        colors.HexColor("#d4d4d4"), colors.HexColor("#555555"), "crossed"
    ),
}


@dataclass(frozen=True)
class _Scale:
    """Where the months sit: the first month, how many, and the width of one in points."""

    first: dt.date
    total: int
    step: float


@dataclass(frozen=True)
class GanttRow:
    code: str
    title: str
    start: dt.date
    end: dt.date
    status: ActionStatus
    status_label: str


def gantt_flowables(
    rows: Sequence[GanttRow],
    first: dt.date,
    last: dt.date,
    width: float,
    legend: Sequence[tuple[ActionStatus, str]],
) -> list[Flowable]:
    """The chart in page-sized slices (each with its month header), then the legend."""
    slices = [rows[n : n + ROWS_PER_DRAWING] for n in range(0, len(rows), ROWS_PER_DRAWING)]
    drawings: list[Flowable] = [_chart(part, first, last, width) for part in slices or [[]]]
    drawings.append(_legend(legend, width))
    return drawings


def _chart(rows: Sequence[GanttRow], first: dt.date, last: dt.date, width: float) -> Drawing:
    total_months = max(1, month_count(first, last))
    chart_width = width - LABEL_WIDTH - STATUS_WIDTH
    step = chart_width / total_months
    height = YEAR_BAND + PERIOD_BAND + ROW_HEIGHT * max(1, len(rows)) + 2
    drawing = _drawing(width, height)
    top = height - YEAR_BAND - PERIOD_BAND
    scale = _Scale(first, total_months, step)
    _header(drawing, scale, height)
    shade = colors.Color(0.96, 0.96, 0.96)
    for index in range(1, len(rows), 2):
        y = top - ROW_HEIGHT * (index + 1)
        drawing.add(Rect(0, y, width, ROW_HEIGHT, fillColor=shade, strokeColor=None))
    _grid(drawing, scale, top)
    for index, row in enumerate(rows):
        _row(drawing, scale, row, top - ROW_HEIGHT * (index + 1))
    _year_rules(drawing, scale, top, top - ROW_HEIGHT * max(1, len(rows)))
    return drawing


def _row(drawing: Drawing, scale: _Scale, row: GanttRow, y: float) -> None:
    fonts = register_fonts()
    label = _fit(f"{row.code} {row.title}", fonts.regular, 7.0, LABEL_WIDTH - 4)
    drawing.add(
        String(2, y + 4.5, nfc(label), fontName=fonts.regular, fontSize=7.0, fillColor=_TEXT)
    )
    first = scale.first
    offset = (row.start.year - first.year) * 12 + row.start.month - first.month
    start = max(0, offset)
    end = min(scale.total, offset + (month_count(row.start, row.end) or 1))
    if end > start:
        x = LABEL_WIDTH + start * scale.step
        width = (end - start) * scale.step
        _bar(drawing, x, y + (ROW_HEIGHT - BAR_HEIGHT) / 2, width, row.status)
    status = _fit(row.status_label, fonts.regular, 7.0, STATUS_WIDTH - 6)
    x = drawing.width - STATUS_WIDTH + 4
    drawing.add(
        String(x, y + 4.5, nfc(status), fontName=fonts.regular, fontSize=7.0, fillColor=_TEXT)
    )


def _text(x: float, y: float, text: str, *, bold: bool = False, size: float = 7.0,
          anchor: str = "start") -> String:  # fmt: skip
    fonts = register_fonts()
    font = fonts.bold if bold else fonts.regular
    return String(x, y, text, fontName=font, fontSize=size, textAnchor=anchor, fillColor=_TEXT)


def _header(drawing: Drawing, scale: _Scale, height: float) -> None:
    """Years over the months; under them month numbers, or quarters where months are narrow."""
    first, total, step = scale.first, scale.total, scale.step
    month, offset = first, 0
    while offset < total:
        in_year = min(total - offset, 13 - month.month)
        if in_year * step >= 22:
            x = LABEL_WIDTH + (offset + in_year / 2) * step
            y = height - YEAR_BAND + 3
            drawing.add(_text(x, y, str(month.year), bold=True, size=7.5, anchor="middle"))
        offset += in_year
        month = add_months(month, in_year)
    y = height - YEAR_BAND - PERIOD_BAND + 3
    for n in range(total):
        current = add_months(first, n)
        x = LABEL_WIDTH + n * step
        if step >= 9:
            drawing.add(_text(x + step / 2, y, str(current.month), size=5.5, anchor="middle"))
        elif current.month % 3 == 1 and step * 3 >= 9:
            quarter = _ROMAN_QUARTERS[(current.month - 1) // 3]
            drawing.add(_text(x + 1.5 * step, y, quarter, size=5.5, anchor="middle"))
    drawing.add(_text(2, y, "Działanie", bold=True))
    drawing.add(_text(drawing.width - STATUS_WIDTH + 4, y, "Status", bold=True))


def _grid(drawing: Drawing, scale: _Scale, top: float) -> None:
    first, total, step = scale.first, scale.total, scale.step
    bottom = 1.0
    for n in range(total + 1):
        month = add_months(first, n)
        if month.month % 3 == 1 or n == total:
            x = LABEL_WIDTH + n * step
            drawing.add(Line(x, bottom, x, top + PERIOD_BAND, strokeColor=_GRID, strokeWidth=0.4))
    drawing.add(Line(0, top, drawing.width, top, strokeColor=_YEAR_RULE, strokeWidth=0.6))


def _year_rules(drawing: Drawing, scale: _Scale, top: float, bottom: float) -> None:
    first, total, step = scale.first, scale.total, scale.step
    for n in range(total + 1):
        if add_months(first, n).month == 1 or n in (0, total):
            x = LABEL_WIDTH + n * step
            drawing.add(
                Line(
                    x,
                    bottom,
                    x,
                    top + PERIOD_BAND + YEAR_BAND,
                    strokeColor=_YEAR_RULE,
                    strokeWidth=0.6,
                )
            )
    drawing.add(Line(0, bottom, drawing.width, bottom, strokeColor=_YEAR_RULE, strokeWidth=0.6))


def _bar(drawing: Drawing, x: float, y: float, width: float, status: ActionStatus) -> None:
    style = STATUS_STYLES[status]
    dashes = [2, 1.5] if style.pattern == "outline" else None
    drawing.add(
        Rect(
            x,
            y,
            width,
            BAR_HEIGHT,
            fillColor=style.fill,
            strokeColor=style.stroke,
            strokeWidth=0.9,
            strokeDashArray=dashes,
        )
    )
    if style.pattern in ("hatched", "crossed"):
        for segment in hatch_segments(x, y, width, BAR_HEIGHT, 3.0):
            drawing.add(Line(*segment, strokeColor=style.stroke, strokeWidth=0.5))
    if style.pattern == "crossed":
        for x1, y1, x2, y2 in hatch_segments(x, y, width, BAR_HEIGHT, 3.0):
            mirrored = (x1, 2 * y + BAR_HEIGHT - y1, x2, 2 * y + BAR_HEIGHT - y2)
            drawing.add(Line(*mirrored, strokeColor=style.stroke, strokeWidth=0.5))


def hatch_segments(
    x: float, y: float, width: float, height: float, spacing: float
) -> list[tuple[float, float, float, float]]:
    """45° lines across a rectangle, cut to its edges: (x1, y1, x2, y2) for each."""
    segments = []
    c = x - height
    while c < x + width:
        x1 = max(x, c)
        x2 = min(x + width, c + height)
        if x2 > x1:
            segments.append((x1, y + x1 - c, x2, y + x2 - c))
        c += spacing
    return segments


def _legend(entries: Sequence[tuple[ActionStatus, str]], width: float) -> Drawing:
    fonts = register_fonts()
    drawing = _drawing(width, 22)
    drawing.add(String(0, 8, "Legenda:", fontName=fonts.bold, fontSize=7.5, fillColor=_TEXT))
    x = 44.0
    for status, label in entries:
        _bar(drawing, x, 6, 22, status)
        drawing.add(
            String(x + 26, 8, nfc(label), fontName=fonts.regular, fontSize=7.5, fillColor=_TEXT)
        )
        x += 30 + pdfmetrics.stringWidth(nfc(label), fonts.regular, 7.5) + 14
    return drawing


def _drawing(width: float, height: float) -> Drawing:
    """A drawing that starts on Noto Sans: reportlab's default font must not enter the file."""
    drawing = Drawing(width, height)
    drawing.initialFontName = register_fonts().regular
    return drawing


def _fit(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
