"""Draws a table cell as a coloured chip around its word (a state such as "podpisany"): the
colour helps the eye, the word carries the meaning, so colour is never the only sign."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pim_desktop.ui.common.look import DARK, current_colours

AnyIndex = QModelIndex | QPersistentModelIndex

# A tone -> (background, text) in the light look and in the dark look.
TONES = {
    "neutral": (("#e4e7eb", "#2b323c"), ("#3a3f47", "#e8eaed")),
    "accent": (("#dbe8f8", "#15477f"), ("#23406a", "#dce9fb")),
    "success": (("#dcf1e2", "#1d5e30"), ("#1f4a2c", "#d5f2de")),
    "done": (("#ece3f6", "#4f2f7a"), ("#43325e", "#efe5fb")),
}


class ChipDelegate(QStyledItemDelegate):
    def __init__(self, tone_of: Callable[[AnyIndex], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone_of = tone_of

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        # The row's selection and focus are drawn as usual; the chip goes on top.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        text = plain.text
        plain.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        light, dark = TONES.get(self._tone_of(index), TONES["neutral"])
        background, foreground = dark if current_colours() is DARK else light
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        rect = option.rect
        chip = QRectF(rect.left() + 4, rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        room = option.fontMetrics.height() + 8
        return QSize(size.width() + 24, max(size.height(), room))
