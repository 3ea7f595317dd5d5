"""Answers the modal window a test opens, as a person would, while ``exec()`` waits for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

POLL_MS = 20
GIVE_UP_MS = 10_000


@dataclass
class Answer:
    """Whether the modal came and was answered; ``error`` keeps what went wrong inside."""

    answered: bool = False
    error: BaseException | None = None
    seen: list[str] = field(default_factory=list)

    def check(self) -> None:
        if self.error is not None:
            raise self.error
        assert self.answered, f"no modal window came up (seen: {self.seen})"


def answer_next_modal(kind: type[QWidget], action: Callable[[Any], None]) -> Answer:
    """Once a visible modal of ``kind`` is up, run ``action`` on it.

    Anything that fails inside ``action`` is kept and the modal is closed, so a failing test
    reports its fault instead of waiting forever on an open window.
    """
    answer = Answer()
    waited = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            try:
                action(widget)
                answer.answered = True
            except BaseException as error:  # reported by Answer.check()
                answer.error = error
                _close(widget)
            return
        if widget is not None:
            answer.seen.append(type(widget).__name__)
        waited[0] += POLL_MS
        if waited[0] > GIVE_UP_MS:
            if widget is not None:
                _close(widget)
            return
        QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(0, poll)
    return answer


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


def click_message_button(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    target = box.button(button)
    assert target is not None, f"{box.text()!r} has no {button}"
    target.click()
