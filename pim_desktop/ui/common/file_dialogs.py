"""File and folder choosers: the system's own dialog on Windows, Qt's where there is none.

Each dialog has an object name and an accessible name, so it can be found by a screen reader
and by a test. ``ask_*`` start in the user's documents folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def _run(dialog: QFileDialog) -> Path | None:
    if not dialog.exec():
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen else None


def choose_save_file(
    parent: QWidget | None, title: str, suggested: Path, name_filter: str, name: str
) -> Path | None:
    dialog = QFileDialog(parent, title, str(suggested.parent))
    dialog.setObjectName(name)
    dialog.setAccessibleName(title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suggested.suffix.lstrip("."))
    dialog.selectFile(suggested.name)
    return _run(dialog)


def choose_open_file(
    parent: QWidget | None, title: str, folder: Path, name_filter: str, name: str
) -> Path | None:
    dialog = QFileDialog(parent, title, str(folder))
    dialog.setObjectName(name)
    dialog.setAccessibleName(title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    return _run(dialog)


def choose_folder(parent: QWidget | None, title: str, folder: Path, name: str) -> Path | None:
    dialog = QFileDialog(parent, title, str(folder))
    dialog.setObjectName(name)
    dialog.setAccessibleName(title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def ask_open_file(parent: QWidget, title: str, name_filter: str) -> Path | None:
    return choose_open_file(parent, title, documents_folder(), name_filter, "open_file_dialog")


def ask_save_file(parent: QWidget, title: str, suggested: str, name_filter: str) -> Path | None:
    target = documents_folder() / safe_file_name(suggested)
    return choose_save_file(parent, title, target, name_filter, "save_file_dialog")


def safe_file_name(name: str) -> str:
    """A file name Windows accepts: no \\ / : * ? " < > |, no trailing dots or spaces."""
    cleaned = "".join("-" if char in '\\/:*?"<>|' else char for char in name)
    return cleaned.strip().rstrip(".") or "plik"
