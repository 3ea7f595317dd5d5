"""URBACT's importance/influence grid of the partnership, drawn with QPainter and saved as PNG.

Five columns of influence, five rows of importance; each cell lists its members by name, and each
quadrant is named in words (what to do with that group), so the picture reads without colour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from pim_desktop.domain.partnership import (
    QUADRANT_LABELS,
    SCORE_MAX,
    StakeholderQuadrant,
    quadrant,
)
from pim_desktop.ui.common.picture_export import PictureWidget
from pim_desktop.ui.labels import domain_text

SCALE = range(1, SCORE_MAX + 1)
TEXT_COLOUR = QColor(25, 25, 25)
LINE_COLOUR = QColor(150, 150, 150)
QUADRANT_LINE = QColor(70, 70, 70)
CAPTION_BACKGROUND = QColor(255, 255, 255, 215)
QUADRANT_FILL = {
    StakeholderQuadrant.MANAGE_CLOSELY: QColor(214, 232, 247),
    StakeholderQuadrant.KEEP_SATISFIED: QColor(236, 243, 250),
    StakeholderQuadrant.KEEP_INFORMED: QColor(236, 243, 250),
    StakeholderQuadrant.MONITOR: QColor(250, 250, 250),
}
CellRect = Callable[[int, int], QRect]


@dataclass(frozen=True)
class Stakeholder:
    name: str
    importance: int
    influence: int


class StakeholderMatrix(PictureWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: dict[tuple[int, int], list[str]] = {}
        self._grid = QRect()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Macierz interesariuszy: ważność i wpływ"))

    def set_stakeholders(self, stakeholders: list[Stakeholder]) -> None:
        self._cells = {}
        for item in stakeholders:
            self._cells.setdefault((item.importance, item.influence), []).append(item.name)
        by_quadrant: dict[StakeholderQuadrant, list[str]] = {}
        for item in stakeholders:
            by_quadrant.setdefault(quadrant(item.importance, item.influence), []).append(item.name)
        self.setAccessibleDescription(
            " ".join(
                f"{domain_text(QUADRANT_LABELS[q])}: {', '.join(by_quadrant.get(q, [])) or '—'}."
                for q in StakeholderQuadrant
            )
        )
        self.update()

    def names_in(self, importance: int, influence: int) -> list[str]:
        return list(self._cells.get((importance, influence), []))

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        """The (importance, influence) of the cell under a point of the widget."""
        if not self._grid.contains(point):
            return None
        column = (point.x() - self._grid.left()) * len(SCALE) // max(self._grid.width(), 1)
        row = (point.y() - self._grid.top()) * len(SCALE) // max(self._grid.height(), 1)
        return SCORE_MAX - row, column + 1

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            names = self._cells.get(cell, []) if cell else []
            if names:
                QToolTip.showText(event.globalPos(), "\n".join(names), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 130, metrics.height() * 44)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 80, metrics.height() * 36)

    def paint(self, painter: QPainter, area: QRect) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(area, QColor("white"))
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        grid = QRect(
            area.left() + line * 4,
            area.top() + line,
            area.width() - line * 5,
            area.height() - line * 5,
        )
        cell_w, cell_h = grid.width() / len(SCALE), grid.height() / len(SCALE)
        if area == self.rect():
            self._grid = grid

        def cell_rect(importance: int, influence: int) -> QRect:
            x = grid.left() + (influence - 1) * cell_w
            y = grid.top() + (SCORE_MAX - importance) * cell_h
            return QRect(int(x), int(y), int(cell_w), int(cell_h))

        for importance in SCALE:
            for influence in SCALE:
                rect = cell_rect(importance, influence)
                painter.fillRect(rect, QUADRANT_FILL[quadrant(importance, influence)])
                painter.setPen(LINE_COLOUR)
                painter.drawRect(rect)
                self._draw_names(painter, rect, self._cells.get((importance, influence), []))
        split = cell_rect(3, 4)
        painter.setPen(QPen(QUADRANT_LINE, 3))
        painter.drawLine(split.left(), grid.top(), split.left(), grid.bottom())
        painter.drawLine(grid.left(), split.top(), grid.right(), split.top())
        self._draw_quadrant_names(painter, cell_rect)
        self._draw_axes(painter, grid, cell_rect)

    def _draw_names(self, painter: QPainter, rect: QRect, names: list[str]) -> None:
        """Each name on up to two lines; what does not fit is counted, never cut silently."""
        if not names:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        inner = rect.adjusted(4, metrics.height() + 4, -4, -2)
        room = max(inner.height() // metrics.height(), 1)
        lines: list[str] = []
        for number, name in enumerate(names):
            wrapped = _wrap(name, metrics, inner.width())
            left_after = len(names) - number - 1
            needed = len(wrapped) + (1 if left_after else 0)
            if len(lines) + needed > room:
                lines.append(self.tr("… i jeszcze {count}").format(count=len(names) - number))
                break
            lines += wrapped
        painter.setPen(TEXT_COLOUR)
        for number, text in enumerate(lines):
            top = inner.top() + number * metrics.height()
            painter.drawText(
                QRect(inner.left(), top, inner.width(), metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        painter.setFont(self.font())

    def _draw_quadrant_names(self, painter: QPainter, cell_rect: CellRect) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.0))
        painter.setFont(font)
        painter.setPen(QColor(60, 60, 60))
        # Each quadrant's name sits on the top line of its top-left cell.
        corners = {
            StakeholderQuadrant.MANAGE_CLOSELY: (SCORE_MAX, 4),
            StakeholderQuadrant.KEEP_INFORMED: (SCORE_MAX, 1),
            StakeholderQuadrant.KEEP_SATISFIED: (3, 4),
            StakeholderQuadrant.MONITOR: (3, 1),
        }
        metrics = QFontMetrics(font)
        for area, (importance, influence) in corners.items():
            rect = cell_rect(importance, influence)
            width = rect.width() * (2 if influence == 4 else 3) - 8
            text = metrics.elidedText(
                domain_text(QUADRANT_LABELS[area]).upper(), Qt.TextElideMode.ElideRight, width
            )
            box = QRect(
                rect.left() + 3,
                rect.top() + 3,
                metrics.horizontalAdvance(text) + 6,
                metrics.height(),
            )
            painter.fillRect(box, CAPTION_BACKGROUND)
            painter.drawText(
                box.adjusted(3, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        painter.setFont(self.font())

    def _draw_axes(self, painter: QPainter, grid: QRect, cell_rect: CellRect) -> None:
        metrics = QFontMetrics(self.font())
        painter.setPen(TEXT_COLOUR)
        for value in SCALE:
            left = cell_rect(value, 1)
            bottom = cell_rect(1, value)
            painter.drawText(
                QRect(
                    grid.left() - metrics.height() * 2,
                    left.top(),
                    metrics.height() * 2 - 4,
                    left.height(),
                ),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
            painter.drawText(
                QRect(bottom.left(), grid.bottom() + 2, bottom.width(), metrics.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                str(value),
            )
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRect(
                grid.left(),
                grid.bottom() + metrics.height() + 4,
                grid.width(),
                metrics.height() * 2,
            ),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Wpływ na sprawy miasta (1 — mały, 5 — duży)"),
        )
        painter.save()
        painter.translate(grid.left() - metrics.height() * 3, grid.bottom())
        painter.rotate(-90)
        painter.drawText(
            QRect(0, 0, grid.height(), metrics.height() * 2),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Ważność dla wyzwania (1 — mała, 5 — duża)"),
        )
        painter.restore()
        painter.setFont(self.font())


def _wrap(name: str, metrics: QFontMetrics, width: int) -> list[str]:
    """The name on one line, or on two with the second shortened with "…" when needed."""
    if metrics.horizontalAdvance(name) <= width:
        return [name]
    words = name.split()
    first = ""
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[:count])
        if metrics.horizontalAdvance(candidate) <= width:
            first = candidate
            rest = " ".join(words[count:])
            break
    else:
        return [metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)]
    if not rest:
        return [first]
    return [first, "  " + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width - 8)]
