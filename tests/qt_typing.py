"""Types text into widgets key by key, the way a keyboard does, Polish letters included."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def send_text(widget: QWidget, text: str) -> None:
    """``QTest.keyClicks`` only knows ASCII keys (it aborts on "ł"), so each letter goes as the
    key event that a keyboard layout with that letter sends."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
