"""Shows faults to the officer in plain Polish, and catches what nothing else caught.

The hook logs the full traceback to the log file and shows a calm message with the log's place;
the technical detail sits behind "Pokaż szczegóły" for whoever helps the officer.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    if details:
        box.setDetailedText(details)
    box.exec()


def install_excepthook(log_file: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("Unhandled error", exc_info=(kind, error, trace))
        details = "".join(traceback.format_exception(kind, error, trace))
        show_error(
            None,
            QCoreApplication.translate("ErrorDialog", "Nieoczekiwany błąd"),
            QCoreApplication.translate(
                "ErrorDialog",
                "W programie wystąpił nieoczekiwany błąd. Dane zapisane do tej pory są "
                "bezpieczne. Jeśli błąd się powtórzy, przekaż osobie pomagającej plik "
                "dziennika:\n{log_file}",
            ).format(log_file=log_file),
            details,
        )

    sys.excepthook = hook


def show_open_failure(reason: str, backup_dir: Path) -> None:
    """The program cannot start: say why in the officer's words and where the copies are."""
    show_error(
        None,
        QCoreApplication.translate("ErrorDialog", "Nie można uruchomić programu"),
        QCoreApplication.translate(
            "ErrorDialog",
            "Program nie może otworzyć swoich danych albo formularzy:\n{reason}\n\n"
            "Plik bazy danych pozostał nietknięty; kopie zapasowe są w folderze {folder}.",
        ).format(reason=reason, folder=backup_dir),
    )


def show_take_over_failure(lock_file: Path) -> None:
    show_error(
        None,
        QCoreApplication.translate("ErrorDialog", "Nie można przejąć danych"),
        QCoreApplication.translate(
            "ErrorDialog",
            "Nie udało się przejąć danych od innej kopii programu. Zamknij ją albo usuń plik "
            "blokady {lock_file}, gdy na pewno żadna kopia nie działa.",
        ).format(lock_file=lock_file),
    )
