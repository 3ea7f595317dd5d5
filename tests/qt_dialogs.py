"""Answers a modal dialog the way a person would, once it is shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QProgressDialog,
    QWidget,
)


def when_dialog_opens(answer: Callable[[QWidget], None], attempts: int = 200) -> list[QWidget]:
    """Call ``answer`` with the next modal dialog; returns a list that will hold it."""
    seen: list[QWidget] = []

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        # A busy indicator is no question to answer: wait for the dialog after it.
        if dialog is not None and dialog.isVisible() and not isinstance(dialog, QProgressDialog):
            seen.append(dialog)
            try:
                answer(dialog)
            except BaseException:
                # Close what the answer failed on, so the test reports the fault (pytest-qt
                # re-raises it) instead of waiting for ever on an open window.
                if isinstance(dialog, QDialog) and dialog.isVisible():
                    dialog.done(QDialog.DialogCode.Rejected)
                raise
        elif left > 0:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))
    return seen


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
