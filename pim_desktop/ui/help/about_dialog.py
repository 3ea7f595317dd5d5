"""Help → O programie: the version and where the program keeps its data and logs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pim_desktop import APP_NAME, __version__
from pim_desktop.paths import AppPaths


class AboutDialog(QDialog):
    def __init__(self, paths: AppPaths, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("O programie"))
        self.setAccessibleName(self.tr("O programie"))
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{APP_NAME}</h2>")
        heading.setAccessibleName(APP_NAME)
        layout.addWidget(heading)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Wnioski do Partnerskiej Inicjatywy Miast, Lokalne Partnerstwo i plan "
                    "działań miasta. Program działa bez internetu i nigdzie nie wysyła danych."
                ),
                wordWrap=True,
            )
        )
        form = QFormLayout()
        rows = (
            (self.tr("Wersja"), __version__, "version"),
            (self.tr("Folder danych"), str(paths.data_dir), "data_dir"),
            (self.tr("Plik bazy danych"), str(paths.database_file), "database_file"),
            (self.tr("Folder kopii zapasowych"), str(paths.backup_dir), "backup_dir"),
            (self.tr("Folder dziennika"), str(log_file.parent), "log_dir"),
        )
        for label, value, name in rows:
            field = QLabel(value)
            field.setObjectName(name)
            field.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            field.setAccessibleName(label)
            form.addRow(label + ":", field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
