"""Opens a file handed to the program at start: a .pim to import, a PDF to check its signature.

Windows starts the program with the file when the officer double-clicks a .pim file or picks
"Otwórz za pomocą → PIM Desktop" on a PDF (the installer registers both for the user).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from pim_desktop.domain.signature import SignatureError
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.signing.verify_dialog import VerifyDialog

if TYPE_CHECKING:
    from pim_desktop.services.signing_service import SigningService
    from pim_desktop.ui.main_window import MainWindow

PACKAGE_SUFFIXES = (".pim",)
PDF_SUFFIXES = (".pdf",)


def open_given_file(
    window: MainWindow, path: Path, signing: SigningService, *, read_only: bool
) -> bool:
    """Show what the program does with ``path``; False when it could not (the officer is told)."""
    suffix = path.suffix.lower()
    if not path.is_file():
        _warn(
            window,
            QCoreApplication.translate("OpenedFile", "Nie znaleziono pliku {name}.").format(
                name=path
            ),
        )
        return False
    if suffix in PACKAGE_SUFFIXES:
        if read_only:
            _warn(
                window,
                QCoreApplication.translate(
                    "OpenedFile",
                    "Dane są otwarte tylko do odczytu, więc nie można zaimportować pliku {name}. "
                    "Zamknij drugą kopię programu i otwórz plik ponownie.",
                ).format(name=path.name),
            )
            return False
        window.show_page(window.applications)
        return window.applications.transfer.import_from(path)
    if suffix in PDF_SUFFIXES:
        return _check_signature(window, path, signing)
    _warn(
        window,
        QCoreApplication.translate(
            "OpenedFile",
            "Program otwiera pliki .pim (import) i .pdf (sprawdzenie podpisu), a nie {name}.",
        ).format(name=path.name),
    )
    return False


def _check_signature(window: MainWindow, path: Path, signing: SigningService) -> bool:
    try:
        report = window.runner.run_and_wait(
            partial(signing.verify, path),
            description=QCoreApplication.translate("OpenedFile", "Sprawdzanie podpisu"),
        )
    except SignatureError as error:
        _warn(window, domain_text(error.message).format(**error.params))
        return False
    dialog = VerifyDialog(report, parent=window)
    window.last_opened_dialog = dialog
    dialog.exec()
    return True


def _warn(window: MainWindow, text: str) -> None:
    QMessageBox.warning(
        window, QCoreApplication.translate("OpenedFile", "Nie można otworzyć pliku"), text
    )
