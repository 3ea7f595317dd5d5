"""Keeps windows and dialogs within the screen they open on (a laptop at 1366 × 768, 150 %).

A dialog asks for the size it would like with ``fit_to_screen``; every dialog is also trimmed
when it is shown, by one filter the program's style puts on each dialog as it is polished, so
one that asks for nothing fits too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

# What a window frame and title bar take around the client area on Windows at 100 %.
FRAME_ALLOWANCE = 40


def available_geometry(widget: QWidget) -> QRect:
    """The free area (without the taskbar) of the screen ``widget`` is on or will open on."""
    parent = widget.parentWidget()
    screen = (parent.window() if parent is not None else widget).screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to the size it would like, but never beyond its screen's free area."""
    free = available_geometry(widget)
    widget.resize(
        max(1, min(width, free.width() - FRAME_ALLOWANCE // 2)),
        max(1, min(height, free.height() - FRAME_ALLOWANCE)),
    )


def keep_on_screen(widget: QWidget) -> None:
    """Shrink ``widget`` to its screen's free area and move it fully onto it."""
    free = available_geometry(widget)
    width = min(widget.width(), free.width() - FRAME_ALLOWANCE // 2)
    height = min(widget.height(), free.height() - FRAME_ALLOWANCE)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(max(1, width), max(1, height))
    frame = widget.frameGeometry()
    x = min(max(frame.x(), free.left()), free.right() - frame.width() + 1)
    y = min(max(frame.y(), free.top()), free.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(x, free.left()), max(y, free.top()))


class DialogScreenFit(QObject):
    """Trims every dialog of the application to its screen as it is shown."""

    def polish(self, widget: QWidget) -> None:
        """The style's hook: watch a dialog (once, however often it is polished)."""
        if isinstance(widget, QDialog):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            keep_on_screen(watched)
        return False
