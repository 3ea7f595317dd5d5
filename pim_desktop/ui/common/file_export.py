"""Writes a file the officer chose through the one task runner, and says in words why it could
not be written (a full disk, a folder without rights) instead of failing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from pim_desktop.ui.common.task_runner import TaskRunner

R = TypeVar("R")


def write_through(
    runner: TaskRunner,
    write: Callable[[], R],
    *,
    description: str,
    warn: Callable[[str], None],
) -> R | None:
    """``write`` off the UI thread; ``None`` after telling ``warn`` why the file was not saved."""
    try:
        return runner.run_and_wait(write, description=description)
    except OSError as error:
        reason = error.strerror or str(error)
        warn(
            QCoreApplication.translate("FileExport", "Nie można zapisać pliku: {reason}").format(
                reason=reason
            )
        )
        return None
