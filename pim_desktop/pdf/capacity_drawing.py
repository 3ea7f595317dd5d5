"""The capacity charts in reportlab graphics: a radar of one city's self-assessment over rounds,
and bars of the network's spread per area. Each round has its own line pattern and a written
label, so nothing is told by colour alone."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from pim_desktop.pdf.fonts import nfc, register_fonts

MAX_SCORE = 5
# (dash pattern, width, grey) per round: start dashed, midway dotted, end solid and darkest.
ROUND_STYLES: tuple[tuple[list[float] | None, float, float], ...] = (
    ([4, 3], 1.0, 0.55),
    ([1, 2], 1.4, 0.35),
    (None, 1.8, 0.0),
)


def radar(
    areas: Sequence[str], series: Sequence[tuple[str, Sequence[int | None]]], size: float
) -> Drawing:
    """A radar of up to three rounds (label, score per area) over ``areas``, legend under it."""
    fonts = register_fonts()
    legend_height = 14 * len(series) + 4
    drawing = Drawing(size * 2.2, size + legend_height)
    drawing.initialFontName = fonts.regular  # reportlab's Helvetica must not enter the file
    cx, cy, r = size * 1.1, legend_height + size / 2, size / 2 - 8
    count = len(areas)

    def point(index: int, score: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        return cx + r * score / MAX_SCORE * math.cos(angle), cy + r * score / MAX_SCORE * math.sin(
            angle
        )

    for level in range(1, MAX_SCORE + 1):
        ring = [c for i in range(count + 1) for c in point(i % count, level)]
        drawing.add(PolyLine(ring, strokeColor=colors.Color(0.8, 0.8, 0.8), strokeWidth=0.5))
    for index, area in enumerate(areas):
        x, y = point(index, MAX_SCORE)
        drawing.add(Line(cx, cy, x, y, strokeColor=colors.Color(0.75, 0.75, 0.75), strokeWidth=0.5))
        lx, ly = point(index, MAX_SCORE + 0.6)
        anchor = "middle" if abs(lx - cx) < 5 else ("start" if lx > cx else "end")
        drawing.add(
            String(lx, ly - 3, nfc(area), fontName=fonts.regular, fontSize=7, textAnchor=anchor)
        )
    for number, (label, scores) in enumerate(series):
        dash, width, grey = ROUND_STYLES[number % len(ROUND_STYLES)]
        stroke = colors.Color(grey, grey, grey)
        known = [(i, s) for i, s in enumerate(scores) if s is not None]
        if known:
            line = [c for i, s in [*known, known[0]] for c in point(i, s)]
            drawing.add(PolyLine(line, strokeColor=stroke, strokeWidth=width, strokeDashArray=dash))
        y = legend_height - 12 - 14 * number
        drawing.add(
            Line(
                cx - 60,
                y + 3,
                cx - 30,
                y + 3,
                strokeColor=stroke,
                strokeWidth=width,
                strokeDashArray=dash,
            )
        )
        drawing.add(String(cx - 24, y, nfc(label), fontName=fonts.regular, fontSize=8))
    return drawing


def spread_bars(
    areas: Sequence[str], rounds: Sequence[str], gaps: Sequence[Sequence[int | None]], width: float
) -> Drawing:
    """Bars of the gap (strongest minus weakest city) per area, one bar per round, each bar
    carrying its round's short label and its value; ``gaps[area][round]``."""
    fonts = register_fonts()
    label_width, row_height, bar_height = 150.0, 12.0 * len(rounds) + 8, 10.0
    drawing = Drawing(width, row_height * len(areas) + 16)
    drawing.initialFontName = fonts.regular
    scale = (width - label_width - 40) / (MAX_SCORE - 1)
    for a, area in enumerate(areas):
        top = drawing.height - 4 - a * row_height
        drawing.add(String(0, top - 10, nfc(area), fontName=fonts.regular, fontSize=8))
        for n, round_label in enumerate(rounds):
            gap = gaps[a][n]
            y = top - 12 - n * 12
            dash, _width, grey = ROUND_STYLES[n % len(ROUND_STYLES)]
            length = 0.0 if gap is None else gap * scale
            drawing.add(
                Rect(
                    label_width,
                    y,
                    max(length, 0.5),
                    bar_height,
                    fillColor=colors.Color(grey, grey, grey, 0.35),
                    strokeColor=colors.black,
                    strokeWidth=0.6,
                    strokeDashArray=dash,
                )
            )
            value = "—" if gap is None else str(gap)
            drawing.add(
                String(
                    label_width + length + 4,
                    y + 2,
                    nfc(f"{round_label}: {value}"),
                    fontName=fonts.regular,
                    fontSize=7,
                )
            )
    return drawing
