"""The program's icons: Lucide line icons shipped as SVG files in ``resources/icons/``, drawn in
the palette's text colour at paint time, so they follow the light, dark and high-contrast look.

Every icon the program uses is named in ``ICONS`` (a test checks each file exists)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from pim_desktop import resources

# What each icon means in the program -> the Lucide file that draws it.
ICONS = {
    "dashboard": "layout-dashboard",
    "city": "landmark",
    "applications": "file-text",
    "partnership": "users",
    "meetings": "calendar-days",
    "action_plan": "list-checks",
    "network": "network",
    "settings": "settings",
    "new": "file-plus",
    "open": "folder-open",
    "import": "file-input",
    "export": "file-output",
    "backup": "database-backup",
    "help": "circle-help",
    "search": "search",
    "save": "save",
    "print": "printer",
    "pdf": "file-down",
    "preview": "eye",
    "sign": "pen-line",
    "check": "list-checks",
    "history": "history",
    "back": "arrow-left",
    "add": "plus",
    "remove": "trash-2",
    "edit": "pencil",
    "complete": "circle-check",
    "problem": "triangle-alert",
    "not_started": "circle-dashed",
    "folder": "folder",
    "keyboard": "keyboard",
    "about": "info",
}


def icon_file(name: str) -> str:
    return str(resources.path("icons", f"{ICONS[name]}.svg"))


class _TintedSvgEngine(QIconEngine):
    """Draws one SVG in the current palette's colour for the icon's mode (disabled, selected)."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._svg)

    def _colour(self, mode: QIcon.Mode) -> str:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            group = QPalette.ColorGroup.Disabled
            return palette.color(group, QPalette.ColorRole.WindowText).name()
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText).name()
        return palette.color(QPalette.ColorRole.WindowText).name()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        data = self._svg.replace(b"currentColor", self._colour(mode).encode())
        QSvgRenderer(QByteArray(data)).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # Drawn at the screen's own resolution: sharp at 150 % scaling too.
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap


def icon(name: str) -> QIcon:
    """The icon called ``name`` in ``ICONS``."""
    with open(icon_file(name), "rb") as svg:
        return QIcon(_TintedSvgEngine(svg.read()))
