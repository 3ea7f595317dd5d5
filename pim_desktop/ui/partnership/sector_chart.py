"""A horizontal bar chart of the partnership by sector, drawn with QPainter and saved as PNG.

Each bar carries its sector's name and the number of members in words and digits, so nothing is
told by colour or length alone; sizes come from the font, so the chart follows display scaling.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from pim_desktop.ui.common.picture_export import PictureWidget

BAR_COLOUR = QColor(31, 94, 150)
TEXT_COLOUR = QColor(25, 25, 25)
GRID_COLOUR = QColor(205, 205, 205)


@dataclass
class _Layout:
    label_width: int
    row_height: int
    largest: int
    total: int
    bar_left: int = 0
    bar_room: int = 0


class SectorChart(PictureWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []
        self._title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(self.tr("Wykres: członkowie Partnerstwa według sektorów"))

    def set_counts(self, rows: list[tuple[str, int]], title: str) -> None:
        self._rows = list(rows)
        self._title = title
        total = sum(count for _label, count in rows)
        self.setAccessibleDescription(
            "; ".join(f"{label}: {count}" for label, count in rows)
            + "; "
            + self.tr("razem: {total}").format(total=total)
        )
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def _row_height(self, metrics: QFontMetrics) -> int:
        return int(metrics.height() * 1.7)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        height = self._row_height(metrics) * (len(self._rows) + 2) + metrics.height() * 2
        return QSize(metrics.averageCharWidth() * 90, height)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * 50, hint.height())

    def paint(self, painter: QPainter, area: QRect) -> None:
        """Draw the chart into ``area`` (the screen and the PNG share this code)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(area, QColor("white"))
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        margin = metrics.height()
        row_height = self._row_height(metrics)
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QRect(
                area.left() + margin,
                area.top() + margin // 2,
                area.width() - 2 * margin,
                row_height,
            ),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self._title,
        )
        painter.setFont(self.font())
        if not self._rows:
            return
        layout = _Layout(
            label_width=min(
                max(metrics.horizontalAdvance(label) for label, _count in self._rows) + margin,
                int(area.width() * 0.45),
            ),
            row_height=row_height,
            largest=max(count for _label, count in self._rows) or 1,
            total=sum(count for _label, count in self._rows) or 1,
        )
        layout.bar_left = area.left() + margin + layout.label_width
        number_width = metrics.horizontalAdvance("000 (100%)") + margin
        layout.bar_room = max(area.width() - layout.label_width - number_width - 2 * margin, 10)
        top = area.top() + margin // 2 + row_height
        for index, row in enumerate(self._rows):
            self._draw_row(painter, metrics, row, top + index * row_height, layout)

    def _draw_row(
        self, painter: QPainter, metrics: QFontMetrics, row: tuple[str, int], y: int, at: _Layout
    ) -> None:
        label, count = row
        text_flags = int(Qt.AlignmentFlag.AlignVCenter)
        painter.setPen(TEXT_COLOUR)
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, at.label_width - 8)
        painter.drawText(
            QRect(at.bar_left - at.label_width, y, at.label_width - 8, at.row_height),
            text_flags | int(Qt.AlignmentFlag.AlignRight),
            shown,
        )
        painter.setPen(GRID_COLOUR)
        painter.drawLine(at.bar_left, y, at.bar_left, y + at.row_height)
        width = at.bar_room * count / at.largest
        bar = QRectF(at.bar_left, y + at.row_height * 0.2, width, at.row_height * 0.6)
        painter.fillRect(bar, BAR_COLOUR)
        painter.setPen(TEXT_COLOUR)
        number = f"{count} ({round(100 * count / at.total)}%)"
        painter.drawText(
            QRect(int(bar.right()) + 6, y, metrics.horizontalAdvance(number) + 8, at.row_height),
            text_flags | int(Qt.AlignmentFlag.AlignLeft),
            number,
        )
