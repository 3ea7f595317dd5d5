"""Keeps Tab a way through the window: it leaves tables and text boxes instead of moving
between cells or typing a tab, and scroll areas, which show nothing of their own to focus,
are not Tab stops. The program's style applies it to every widget as it is polished."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QScrollArea, QTextEdit, QWidget


def keep_tab_moving(widget: QWidget) -> None:
    """The style's hook, run on every widget as it is polished."""
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        widget.setTabChangesFocus(True)
    elif isinstance(widget, QScrollArea):
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
