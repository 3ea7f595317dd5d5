"""Asks where to open or save a file, starting in the user's documents folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def ask_open_file(parent: QWidget, title: str, name_filter: str) -> Path | None:
    name, _chosen = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), name_filter)
    return Path(name) if name else None


def ask_save_file(parent: QWidget, title: str, suggested: str, name_filter: str) -> Path | None:
    name, _chosen = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / safe_file_name(suggested)), name_filter
    )
    return Path(name) if name else None


def safe_file_name(name: str) -> str:
    """A file name Windows accepts: no \\ / : * ? " < > |, no trailing dots or spaces."""
    cleaned = "".join("-" if char in '\\/:*?"<>|' else char for char in name)
    return cleaned.strip().rstrip(".") or "plik"
