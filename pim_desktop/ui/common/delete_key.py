"""Lets the Delete key on a table ask to remove the selected row.

A filter on the view's own key presses, rather than a shortcut, so the key works exactly when the
table has the keyboard focus and never steals Delete from a text field elsewhere on the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class DeleteKeyFilter(QObject):
    def __init__(self, view: QWidget, on_delete: Callable[[], None]) -> None:
        super().__init__(view)
        self._on_delete = on_delete
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._on_delete()
            return True
        return super().eventFilter(watched, event)
