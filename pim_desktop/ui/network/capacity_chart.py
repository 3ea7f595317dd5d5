"""A radar of one city's capacity self-assessment over the rounds, painted with QPainter: each
round has its own line style and a written legend, so nothing is told by colour alone."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

MAX_SCORE = 5
ROUND_PENS = (
    (Qt.PenStyle.DashLine, 1.5, "#7a7a7a"),
    (Qt.PenStyle.DotLine, 2.0, "#4a4a4a"),
    (Qt.PenStyle.SolidLine, 2.5, "#000000"),
)
LEGEND_LINE = 18


class CapacityChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._areas: tuple[str, ...] = ()
        self._series: list[tuple[str, Sequence[int | None]]] = []
        self.setMinimumSize(360, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self, areas: Sequence[str], series: Sequence[tuple[str, Sequence[int | None]]]
    ) -> None:
        self._areas = tuple(areas)
        self._series = list(series)
        self.setAccessibleDescription(
            "; ".join(
                f"{label}: "
                + ", ".join(f"{a} {s or '—'}" for a, s in zip(areas, scores, strict=True))
                for label, scores in series
            )
        )
        self.update()

    def series(self) -> list[tuple[str, Sequence[int | None]]]:
        return list(self._series)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._areas:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        legend = LEGEND_LINE * len(self._series) + 6
        side = min(self.width() * 0.45, self.height() - legend - 60)
        centre = QPointF(self.width() / 2, (self.height() - legend) / 2 + 10)
        radius = max(side / 2, 20)
        self._draw_grid(painter, centre, radius)
        for number, (label, scores) in enumerate(self._series):
            style, width, colour = ROUND_PENS[number % len(ROUND_PENS)]
            painter.setPen(QPen(QColor(colour), width, style))
            points = [
                self._point(centre, radius, i, s) for i, s in enumerate(scores) if s is not None
            ]
            if points:
                painter.drawPolygon(QPolygonF(points))
            y = self.height() - legend + number * LEGEND_LINE + 10
            painter.drawLine(QPointF(10, y), QPointF(40, y))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QPointF(48, y + 4), label)
        painter.end()

    def _point(self, centre: QPointF, radius: float, index: int, score: float) -> QPointF:
        angle = math.pi / 2 - 2 * math.pi * index / len(self._areas)
        length = radius * score / MAX_SCORE
        return QPointF(centre.x() + length * math.cos(angle), centre.y() - length * math.sin(angle))

    def _draw_grid(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        count = len(self._areas)
        for level in range(1, MAX_SCORE + 1):
            painter.drawPolygon(
                QPolygonF([self._point(centre, radius, i, level) for i in range(count)])
            )
        painter.setPen(self.palette().windowText().color())
        for index, area in enumerate(self._areas):
            painter.drawLine(centre, self._point(centre, radius, index, MAX_SCORE))
            at = self._point(centre, radius, index, MAX_SCORE + 0.9)
            box = QRectF(at.x() - 75, at.y() - 18, 150, 36)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(box, int(flags), area)
