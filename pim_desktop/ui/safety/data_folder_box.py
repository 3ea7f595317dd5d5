"""Ustawienia → Folder danych: where the data are, a warning for a network or removable drive,
and moving them to another folder (used from the next start)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.problems import Refused
from pim_desktop.platform_checks import DriveKind, is_risky
from pim_desktop.services.data_folder_service import DataFolderService
from pim_desktop.ui.common.file_dialogs import choose_folder
from pim_desktop.ui.common.look import mark_problem_text
from pim_desktop.ui.common.message_boxes import message_box
from pim_desktop.ui.labels import refusal_text


def drive_warning(kind: DriveKind) -> str:
    """Plain words on why the folder's place is a risk ("" when it is not)."""
    if kind is DriveKind.NETWORK:
        return QCoreApplication.translate(
            "DataFolderBox",
            "Folder danych leży na dysku sieciowym. Baza danych SQLite nie jest tam bezpieczna: "
            "przerwane połączenie albo praca dwóch osób naraz mogą uszkodzić dane. Przenieś "
            "dane na dysk tego komputera, a do przekazywania wniosków używaj pliku .pim.",
        )
    if kind is DriveKind.REMOVABLE:
        return QCoreApplication.translate(
            "DataFolderBox",
            "Folder danych leży na dysku wymiennym (np. pendrive). Wyjęcie dysku w trakcie "
            "zapisu może uszkodzić dane. Przenieś dane na dysk tego komputera.",
        )
    return ""


class DataFolderBox(QGroupBox):
    move_finished = Signal()  # the program should close: the next start uses the new folder

    def __init__(
        self,
        folders: DataFolderService,
        prepare: Callable[[], bool],
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Folder danych"))
        self.setAccessibleName(self.tr("Folder danych"))
        self._folders = folders
        self._prepare = prepare
        state = folders.state()
        layout = QVBoxLayout(self)
        self.folder = QLabel(str(state.folder))
        self.folder.setObjectName("data_folder")
        self.folder.setAccessibleName(self.tr("Folder danych"))
        self.folder.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.folder.setWordWrap(True)
        layout.addWidget(self.folder)
        self.warning = QLabel(drive_warning(state.kind))
        self.warning.setObjectName("data_folder_warning")
        self.warning.setAccessibleName(self.tr("Ostrzeżenie o folderze danych"))
        self.warning.setWordWrap(True)
        mark_problem_text(self.warning)
        self.warning.setVisible(state.risky)
        layout.addWidget(self.warning)
        self.message = QLabel()
        self.message.setObjectName("data_folder_message")
        self.message.setWordWrap(True)
        if state.fixed_by_environment:
            self.message.setText(
                self.tr(
                    "Foldery programu wyznacza zmienna środowiskowa PIM_DESKTOP_HOME, więc "
                    "folderu danych nie można tu przenieść."
                )
            )
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.move_button = QPushButton(self.tr("Przenieś dane do &innego folderu…"))
        self.move_button.setObjectName("move_data_folder")
        self.move_button.setAccessibleName(self.tr("Przenieś dane do innego folderu"))
        self.move_button.setEnabled(not state.fixed_by_environment and not read_only)
        self.move_button.clicked.connect(self.choose_and_move)
        row.addWidget(self.move_button)
        row.addStretch(1)
        layout.addLayout(row)

    def choose_and_move(self) -> None:
        state = self._folders.state()
        target = choose_folder(
            self,
            self.tr("Wybierz pusty folder na dane"),
            state.folder.parent,
            purpose="data-folder",
        )
        if target is None:
            return
        kind = self._folders.target_kind(target)
        if is_risky(kind) and not self._confirm_risky(kind):
            return
        if not self._prepare():
            self.message.setText(
                "⚠ " + self.tr("Nie udało się zapisać bieżących zmian; danych nie przeniesiono.")
            )
            return
        try:
            outcome = self._folders.move_to(target)
        except Refused as error:
            self.message.setText("⚠ " + refusal_text(error))
            return
        self._tell_moved(str(outcome.new_folder), str(outcome.old_folder))
        self.move_finished.emit()

    def _confirm_risky(self, kind: DriveKind) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Ryzykowne miejsce na dane"),
            drive_warning(kind) + "\n\n" + self.tr("Czy mimo to przenieść dane do tego folderu?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _tell_moved(self, new_folder: str, old_folder: str) -> None:
        message_box(
            self,
            "data_folder_moved",
            QMessageBox.Icon.Information,
            self.tr("Dane skopiowano"),
            self.tr(
                "Dane skopiowano i sprawdzono w folderze {new}. Program zamknie się teraz; "
                "po ponownym uruchomieniu będzie pracował w nowym folderze."
            ).format(new=new_folder),
            informative=self.tr(
                "Poprzedni folder {old} zostaje bez zmian. Usuń go sam, gdy upewnisz się, że "
                "wszystko działa."
            ).format(old=old_folder),
        ).exec()
