"""Keeps Tab a way through the window: it leaves tables and text boxes instead of moving
between cells or typing a tab, and scroll areas, which show nothing of their own to focus,
are not Tab stops. One application-wide filter applies it to every widget when first shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QScrollArea, QTextEdit


class KeyboardGuard(QObject):
    """Installed once on the application object by ``qt_application``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish:
            if isinstance(watched, QAbstractItemView):
                watched.setTabKeyNavigation(False)
            elif isinstance(watched, QTextEdit | QPlainTextEdit):
                watched.setTabChangesFocus(True)
            elif isinstance(watched, QScrollArea):
                watched.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return False
