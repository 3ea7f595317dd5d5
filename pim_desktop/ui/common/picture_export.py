"""Saving a chart the program draws as a PNG picture, at twice the screen's sharpness."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, QPainter

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
