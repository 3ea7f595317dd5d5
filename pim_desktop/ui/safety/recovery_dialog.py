"""Asks what to do when the data cannot be used as they are: a damaged file, a missing folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from pim_desktop.services.backup_service import Backup, RecoveryChoice
from pim_desktop.ui.common.dates import moment_text
from pim_desktop.ui.common.message_boxes import answer, message_box


def build_damage_question(
    database_file: Path, detail: str, newest: Backup | None, parent: QWidget | None = None
) -> tuple[QMessageBox, dict[QAbstractButton, RecoveryChoice]]:
    box = message_box(
        parent,
        "damaged_database",
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("RecoveryDialog", "Plik danych jest uszkodzony"),
        QCoreApplication.translate(
            "RecoveryDialog",
            "Plik z danymi programu jest uszkodzony, dlatego program nie otworzy go do zapisu, "
            "żeby nie pogłębić szkód.",
        ),
    )
    aside = QCoreApplication.translate(
        "RecoveryDialog",
        "Uszkodzony plik zostanie odłożony obok, w folderze {folder}, pod nazwą "
        "„…-uszkodzona-<data>.sqlite3”, aby osoba pomagająca mogła go zbadać.",
    ).format(folder=database_file.parent)
    choices: dict[QAbstractButton, RecoveryChoice] = {}
    if newest is not None:
        when = moment_text(newest.taken_at)
        box.setInformativeText(
            QCoreApplication.translate(
                "RecoveryDialog",
                "Najnowsza dobra kopia zapasowa pochodzi z {when}. Możesz ją przywrócić; "
                "zmiany wprowadzone później trzeba będzie wpisać ponownie.",
            ).format(when=when)
            + "\n\n"
            + aside
        )
        restore = box.addButton(
            QCoreApplication.translate("RecoveryDialog", "&Przywróć kopię z {when}").format(
                when=when
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        choices[restore] = RecoveryChoice.RESTORE_NEWEST
        box.setDefaultButton(restore)
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "RecoveryDialog", "Nie ma dobrej kopii zapasowej. Możesz zacząć od pustych danych."
            )
            + "\n\n"
            + aside
        )
        empty = box.addButton(
            QCoreApplication.translate("RecoveryDialog", "Zacznij od &pustych danych"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        choices[empty] = RecoveryChoice.START_EMPTY
    quit_button = box.addButton(
        QCoreApplication.translate("RecoveryDialog", "&Zakończ"), QMessageBox.ButtonRole.RejectRole
    )
    choices[quit_button] = RecoveryChoice.QUIT
    box.setEscapeButton(quit_button)
    if newest is None:
        box.setDefaultButton(quit_button)
    box.setDetailedText(f"{database_file}\n{detail}")
    return box, choices


def ask_about_damaged_database(
    database_file: Path, detail: str, newest: Backup | None
) -> RecoveryChoice:
    box, choices = build_damage_question(database_file, detail, newest)
    box.exec()
    return choices.get(box.clickedButton(), RecoveryChoice.QUIT)


def ask_about_missing_data_folder(folder: Path) -> bool:
    """True when the officer chose to go back to the usual data folder."""
    box = message_box(
        None,
        "missing_data_folder",
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RecoveryDialog", "Folder danych jest niedostępny"),
        QCoreApplication.translate(
            "RecoveryDialog",
            "Folder danych {folder}, wybrany w Ustawieniach, jest niedostępny albo nie zawiera "
            "danych programu (np. dysk sieciowy lub wymienny nie jest podłączony).",
        ).format(folder=folder),
        informative=QCoreApplication.translate(
            "RecoveryDialog",
            "Podłącz dysk i uruchom program ponownie. Możesz też wrócić do zwykłego folderu "
            "danych na tym komputerze; wybrany folder pozostanie nietknięty.",
        ),
    )
    back = box.addButton(
        QCoreApplication.translate("RecoveryDialog", "&Wróć do zwykłego folderu"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("RecoveryDialog", "&Zakończ"), QMessageBox.ButtonRole.RejectRole
    )
    return answer(box, quit_button) is back
