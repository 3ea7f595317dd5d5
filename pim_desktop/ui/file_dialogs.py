"""File and folder choosers: the system's own dialog on Windows, Qt's where there is none."""

from __future__ import annotations

from pathlib import Path

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
