"""The one way the program asks for a file or a folder: the system's own dialog (Qt's own only
where the system has none), starting in the folder last used for the same purpose.

The main window owns a ``FolderMemory`` over the settings service; a chooser finds it by walking
up from its parent widget, so a page or a dialog needs nothing more than its parent. Without a
main window (a page shown alone) the choosers start in the documents folder and remember nothing.
Each dialog has an object name and an accessible name, so a screen reader and a test can find it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from pim_desktop.services.settings_service import SettingsService

log = logging.getLogger(__name__)


class FolderMemory(QObject):
    """Remembers, per purpose, the folder in which a file was last chosen."""

    def __init__(self, settings: SettingsService, owner: QWidget) -> None:
        super().__init__(owner)
        self.setObjectName("folder_memory")
        self._settings = settings

    def folder(self, purpose: str) -> Path | None:
        remembered = self._settings.last_folder(purpose) if purpose else ""
        return Path(remembered) if remembered and Path(remembered).is_dir() else None

    def remember(self, purpose: str, folder: Path) -> None:
        if not purpose:
            return
        try:
            self._settings.remember_folder(purpose, str(folder))
        except OSError as error:  # a preference; choosing the file has worked all the same
            log.warning("Could not remember the folder for %s: %s", purpose, error)


def ask_open_file(
    parent: QWidget | None, title: str, name_filter: str, *, purpose: str = ""
) -> Path | None:
    """An existing file to read; ``purpose`` ("package", "members-csv"…) names the folder kept."""
    dialog = _dialog(parent, title, _start_folder(parent, purpose), "open_file_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    return _run(dialog, parent, purpose)


def ask_save_file(
    parent: QWidget | None, title: str, suggested: str, name_filter: str, *, purpose: str = ""
) -> Path | None:
    """Where to write a new file, proposing ``suggested`` (made a name Windows accepts)."""
    name = safe_file_name(suggested)
    dialog = _dialog(parent, title, _start_folder(parent, purpose), "save_file_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(Path(name).suffix.lstrip("."))
    dialog.selectFile(name)
    return _run(dialog, parent, purpose)


def save_pdf_as(
    parent: QWidget | None, title: str, suggested: str, write: Callable[[Path], object]
) -> None:
    """Ask where to save a PDF (starting where the last PDF went), then ``write`` it there."""
    name_filter = QCoreApplication.translate("FileDialogs", "Dokument PDF (*.pdf)")
    target = ask_save_file(parent, title, suggested, name_filter, purpose="pdf-export")
    if target is not None:
        write(target)


def choose_folder(
    parent: QWidget | None, title: str, folder: Path | None = None, *, purpose: str = ""
) -> Path | None:
    """A folder; the chooser starts in ``folder``, else in the one last chosen for ``purpose``."""
    start = folder if folder is not None else _start_folder(parent, purpose)
    dialog = _dialog(parent, title, start, "folder_dialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog, parent, purpose, folder_chosen=True)


def documents_folder() -> Path:
    """The user's documents folder; the home folder where there is none (yet)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else Path.home()


def safe_file_name(name: str) -> str:
    """A file name Windows accepts: no \\ / : * ? " < > |, no trailing dots or spaces."""
    cleaned = "".join("-" if char in '\\/:*?"<>|' else char for char in name)
    return cleaned.strip().rstrip(".") or "plik"


def folder_memory(widget: QWidget | None) -> FolderMemory | None:
    """The memory of the window ``widget`` lives in, through dialogs opened over it."""
    while widget is not None:
        found = widget.findChild(
            FolderMemory, "folder_memory", Qt.FindChildOption.FindDirectChildrenOnly
        )
        if isinstance(found, FolderMemory):
            return found
        widget = widget.parentWidget()
    return None


def _start_folder(parent: QWidget | None, purpose: str) -> Path:
    memory = folder_memory(parent)
    remembered = memory.folder(purpose) if memory is not None else None
    return remembered or documents_folder()


def _dialog(parent: QWidget | None, title: str, folder: Path, name: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder))
    dialog.setObjectName(name)
    dialog.setAccessibleName(title)
    return dialog


def _run(
    dialog: QFileDialog, parent: QWidget | None, purpose: str, *, folder_chosen: bool = False
) -> Path | None:
    accepted = dialog.exec()
    chosen = dialog.selectedFiles()
    dialog.deleteLater()
    if not accepted or not chosen:
        return None
    path = Path(chosen[0])
    memory = folder_memory(parent)
    if memory is not None:
        memory.remember(purpose, path if folder_chosen else path.parent)
    return path
