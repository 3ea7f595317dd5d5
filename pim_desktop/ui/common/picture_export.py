"""Charts the program draws itself: painted on screen and saved as a PNG picture by the same code,
the picture at twice the screen's sharpness."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

EXPORT_SCALE = 2


class Picture(Protocol):
    """A widget that paints itself through ``paint`` (on screen and into a picture alike)."""

    def sizeHint(self) -> QSize: ...

    def size(self) -> QSize: ...

    def paint(self, painter: QPainter, area: QRect) -> None: ...


def picture_image(picture: Picture) -> QImage:
    size = picture.sizeHint().expandedTo(picture.size())
    image = QImage(size * EXPORT_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(EXPORT_SCALE)
    painter = QPainter(image)
    try:
        picture.paint(painter, QRect(0, 0, size.width(), size.height()))
    finally:
        painter.end()
    return image


def save_picture(picture: Picture, target: Path) -> bool:
    """Write ``picture`` to ``target`` as PNG; False when the file could not be written."""
    return bool(picture_image(picture).save(str(target), "PNG"))  # type: ignore[call-overload]


class PictureWidget(QWidget):
    """A chart: a subclass draws in ``paint``; the screen and the PNG both come from it."""

    def paint(self, painter: QPainter, area: QRect) -> None:
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, self.rect())
        finally:
            painter.end()

    def to_image(self) -> QImage:
        return picture_image(self)

    def export_png(self, target: Path) -> bool:
        return save_picture(self, target)
