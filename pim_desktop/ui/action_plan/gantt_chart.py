"""The MID's schedule on screen: a bar per action across the plan's months, drawn with QPainter.

Status is told by colour, by pattern (dashed outline, hatching, solid, cross-hatching) and by the
status written at the end of each row; a legend under the chart names the patterns. The widget
grows with the font, so it stays readable at 150 % scaling, and it describes itself in text for
screen readers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pim_desktop.domain.action_plan import (
    ACTION_STATUS_LABELS,
    Action,
    ActionStatus,
    add_months,
    month_count,
    month_text,
)
from pim_desktop.ui.labels import domain_text


@dataclass(frozen=True)
class BarLook:
    fill: str
    stroke: str
    pattern: Qt.BrushStyle | None
    dashed: bool = False


LOOKS: dict[ActionStatus, BarLook] = {
    ActionStatus.PLANNED: BarLook("#dbe8f6", "#1f5fa8", None, dashed=True),
    ActionStatus.IN_PROGRESS: BarLook("#f7c68f", "#9c4f00", Qt.BrushStyle.BDiagPattern),
    ActionStatus.DONE: BarLook("#5b9a45", "#2d5a1f", None),
    ActionStatus.ABANDONED: BarLook("#d4d4d4", "#555555", Qt.BrushStyle.DiagCrossPattern),
}


class GanttChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions: list[Action] = []
        self._first: dt.date | None = None
        self._months = 0
        self.setAccessibleName(self.tr("Harmonogram działań"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_schedule(self, actions: Sequence[Action], span: tuple[dt.date, dt.date] | None) -> None:
        self._actions = list(actions)
        self._first = span[0] if span else None
        self._months = month_count(*span) if span else 0
        self.setAccessibleDescription(self.describe())
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The chart in words: one line per action with its months and status."""
        if not self._actions:
            return self.tr("Brak działań w harmonogramie.")
        return "\n".join(
            f"{a.code} {a.title}: {month_text(a.start_month)}–{month_text(a.end_month)}, "
            f"{domain_text(ACTION_STATUS_LABELS[a.status])}"
            for a in self._actions
        )

    def row_height(self) -> int:
        return max(22, int(self.fontMetrics().height() * 1.6))

    def status_width(self) -> int:
        """The column of written statuses at the right end of every row."""
        metrics = self.fontMetrics()
        return (
            max(metrics.horizontalAdvance(domain_text(t)) for t in ACTION_STATUS_LABELS.values())
            + 12
        )

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._actions))
        height = self.row_height() * (rows + 4)
        return QSize(900, height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = self.fontMetrics()
        row = self.row_height()
        label_width = min(self.width() // 3, metrics.horizontalAdvance("M") * 24)
        status_width = self.status_width()
        chart = QRectF(label_width, row * 2, self.width() - label_width - status_width - 12, 0)
        if self._first is None or not self._months:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.describe())
            return
        step = chart.width() / self._months
        bottom = row * (2 + len(self._actions))
        for index in range(1, len(self._actions), 2):
            band = QRectF(0, row * (2 + index), self.width(), row)
            painter.fillRect(band, self.palette().alternateBase())
        self._draw_header(painter, chart, step, row, bottom)
        painter.setPen(self.palette().text().color())
        bold = painter.font()
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        painter.drawText(
            QRectF(4, row, label_width, row), Qt.AlignmentFlag.AlignVCenter, self.tr("Działanie")
        )
        painter.drawText(
            QRectF(self.width() - status_width, row, status_width, row),
            Qt.AlignmentFlag.AlignVCenter,
            self.tr("Status"),
        )
        painter.restore()
        for index, action in enumerate(self._actions):
            self._draw_row(painter, action, chart, row * (2 + index), status_width)
        self._draw_legend(painter, bottom + row // 2, row)

    def _draw_row(
        self, painter: QPainter, action: Action, chart: QRectF, y: int, status_width: int
    ) -> None:
        row = self.row_height()
        label_width = int(chart.left())
        text = self.fontMetrics().elidedText(
            f"{action.code} {action.title}", Qt.TextElideMode.ElideRight, label_width - 8
        )
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(4, y, label_width - 8, row), Qt.AlignmentFlag.AlignVCenter, text)
        self._draw_bar(painter, action, chart, y)
        status = domain_text(ACTION_STATUS_LABELS[action.status])
        painter.setPen(self.palette().text().color())
        painter.drawText(
            QRectF(self.width() - status_width, y, status_width, row),
            Qt.AlignmentFlag.AlignVCenter,
            status,
        )

    def _draw_header(
        self, painter: QPainter, chart: QRectF, step: float, row: int, bottom: int
    ) -> None:
        assert self._first is not None
        grid = QPen(QColor("#b0b0b0"))
        strong = QPen(QColor("#505050"))
        for n in range(self._months + 1):
            month = add_months(self._first, n)
            x = chart.left() + n * step
            if month.month == 1 or n in (0, self._months):
                painter.setPen(strong)
                painter.drawLine(int(x), 0, int(x), bottom)
                span = min(12, self._months - n) * step
                # A year of a month or two has no room for its number: it would run into "Status".
                if n < self._months and span >= painter.fontMetrics().horizontalAdvance("8888"):
                    painter.drawText(
                        QRectF(x, 0, span, row), Qt.AlignmentFlag.AlignCenter, str(month.year)
                    )
            elif month.month % 3 == 1:
                painter.setPen(grid)
                painter.drawLine(int(x), row, int(x), bottom)
            # A quarter cut short by the end of the plan is labelled only if its name fits.
            quarter_span = min(3, self._months - n) * step
            if (
                n < self._months
                and quarter_span >= QFontMetrics(self.font()).horizontalAdvance("IV") + 4
                and month.month % 3 == 1
            ):
                painter.setPen(self.palette().text().color())
                quarter = ("I", "II", "III", "IV")[(month.month - 1) // 3]
                painter.drawText(
                    QRectF(x, row, quarter_span, row), Qt.AlignmentFlag.AlignCenter, quarter
                )
        painter.setPen(strong)
        painter.drawLine(0, row * 2, self.width(), row * 2)

    def _draw_bar(self, painter: QPainter, action: Action, chart: QRectF, y: int) -> None:
        assert self._first is not None
        offset = (action.start_month.year - self._first.year) * 12 + (
            action.start_month.month - self._first.month
        )
        start = max(0, offset)
        end = min(self._months, offset + (month_count(action.start_month, action.end_month) or 1))
        if end <= start:
            return
        row = self.row_height()
        step = chart.width() / self._months
        rect = QRectF(chart.left() + start * step, y + row * 0.2, (end - start) * step, row * 0.6)
        paint_bar(painter, rect, action.status)

    def _draw_legend(self, painter: QPainter, y: int, row: int) -> None:
        metrics = self.fontMetrics()
        x = 4.0
        painter.setPen(self.palette().text().color())
        title = self.tr("Legenda:")
        painter.drawText(
            QRectF(x, y, metrics.horizontalAdvance(title) + 8, row),
            Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        x += metrics.horizontalAdvance(title) + 12
        for status, label in ACTION_STATUS_LABELS.items():
            paint_bar(painter, QRectF(x, y + row * 0.2, row * 1.6, row * 0.6), status)
            x += row * 1.6 + 6
            text = domain_text(label)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x, y, metrics.horizontalAdvance(text) + 4, row),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += metrics.horizontalAdvance(text) + 18


def paint_bar(painter: QPainter, rect: QRectF, status: ActionStatus) -> None:
    """One bar in the status's colour and pattern (also used for the legend's swatches)."""
    look = LOOKS[status]
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(look.fill))
    painter.drawRect(rect)
    if look.pattern is not None:
        painter.setBrush(QBrush(QColor(look.stroke), look.pattern))
        painter.drawRect(rect)
    pen = QPen(QColor(look.stroke), 1.5)
    if look.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()
