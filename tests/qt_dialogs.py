"""Answers a modal dialog the way a person would, once it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_dialog_opens(answer: Callable[[QWidget], None], attempts: int = 200) -> list[QWidget]:
    """Call ``answer`` with the next modal dialog; returns a list that will hold it."""
    seen: list[QWidget] = []

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            seen.append(dialog)
            answer(dialog)
        elif left > 0:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))
    return seen
