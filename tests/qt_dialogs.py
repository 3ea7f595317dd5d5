"""Answers the modal dialog a test opens, the way a person would, while ``exec()`` waits for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

POLL_MS = 10
GIVE_UP_MS = 10_000


def _when_modal(
    matches: Callable[[QWidget], bool],
    found: Callable[[QWidget], None],
    *,
    give_up_ms: int = GIVE_UP_MS,
    passed_over: Callable[[QWidget], None] | None = None,
    gave_up: Callable[[QWidget | None], None] | None = None,
) -> None:
    """Poll for a visible modal window that ``matches`` and hand it to ``found``."""
    waited = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and matches(widget):
            found(widget)
            return
        if widget is not None and passed_over is not None:
            passed_over(widget)
        waited[0] += POLL_MS
        if waited[0] > give_up_ms:
            if gave_up is not None:
                gave_up(widget)
            return
        QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(0, poll)


def _close(widget: QWidget | None) -> None:
    if isinstance(widget, QDialog):
        if widget.isVisible():
            widget.done(QDialog.DialogCode.Rejected)
    elif widget is not None:
        widget.close()


def when_dialog_opens(answer: Callable[[QWidget], None], attempts: int = 200) -> list[QWidget]:
    """Call ``answer`` with the next modal dialog; returns a list that will hold it.

    A fault inside ``answer`` closes the dialog and is raised, so pytest-qt reports it instead
    of the test waiting for ever on an open window.
    """
    seen: list[QWidget] = []

    def found(dialog: QWidget) -> None:
        seen.append(dialog)
        try:
            answer(dialog)
        except BaseException:
            _close(dialog)
            raise

    # A busy indicator is no question to answer: wait for the dialog after it.
    _when_modal(
        lambda widget: not isinstance(widget, QProgressDialog), found, give_up_ms=attempts * POLL_MS
    )
    return seen


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

    Anything that fails inside ``action`` is kept for ``Answer.check()`` and the modal is
    closed, so a failing test reports its fault instead of waiting forever on an open window.
    """
    answer = Answer()

    def found(widget: QWidget) -> None:
        try:
            action(widget)
            answer.answered = True
        except BaseException as error:  # reported by Answer.check()
            answer.error = error
            _close(widget)

    _when_modal(
        lambda widget: isinstance(widget, kind),
        found,
        passed_over=lambda widget: answer.seen.append(type(widget).__name__),
        gave_up=_close,
    )
    return answer


def click_message_button(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    target = box.button(button)
    assert target is not None, f"{box.text()!r} has no {button}"
    target.click()


def pick_file(
    path: Path, then: Callable[[QWidget], None] | None = None
) -> Callable[[QWidget], None]:
    """An answer for a file chooser: pick ``path``; then, if given, answer the dialog after it.

    The name is typed into the chooser's name box, as a person does: ``selectFile`` leaves
    that box alone while it has the focus, so the chooser would sometimes accept nothing. The
    next answer is armed only once the chooser has closed, or it could find the chooser itself.
    """

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(path.parent))
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        if name_box is None:
            dialog.selectFile(str(path))
        else:
            name_box.setText(path.name)
        dialog.accept()
        if dialog.isVisible():
            dialog.reject()  # fail the test rather than leave it waiting on the chooser
            raise AssertionError(f"The file chooser did not take {path}")
        if then is not None:
            when_dialog_opens(then)

    return answer
