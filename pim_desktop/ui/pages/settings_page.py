"""Ustawienia: the interface language, the backups, and where the data folder lies."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.services.backup_service import BackupService
from pim_desktop.services.data_folder_service import DataFolderService
from pim_desktop.services.settings_service import SettingsService
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.pages.backups_box import BackupsBox
from pim_desktop.ui.pages.data_folder_box import DataFolderBox

LANGUAGE_NAMES = (("pl", "Polski"), ("en", "English"))


class SettingsPage(QWidget):
    def __init__(
        self,
        settings: SettingsService,
        events: AppEvents,
        backups: BackupService,
        folders: DataFolderService,
        prepare: Callable[[], bool],
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``prepare`` saves what is being edited and closes the editor before the data are
        replaced or moved; it returns False when something could not be saved."""
        super().__init__(parent)
        self._settings = settings
        self._events = events
        self.setAccessibleName(self.tr("Ustawienia"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.addWidget(QLabel("<h1>{}</h1>".format(self.tr("Ustawienia"))))

        box = QGroupBox(self.tr("Język"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Język interfejsu"))
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        current = settings.load().language
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        label = QLabel(self.tr("&Język interfejsu:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        self._note = QLabel()
        self._note.setObjectName("language_note")
        self._note.setWordWrap(True)
        form.addRow(self._note)
        layout.addWidget(box)
        self.backups = BackupsBox(backups, events, prepare, read_only=read_only)
        layout.addWidget(self.backups)
        self.data_folder = DataFolderBox(folders, prepare, read_only=read_only)
        layout.addWidget(self.data_folder)
        layout.addStretch(1)
        self.language.currentIndexChanged.connect(self._on_language_changed)

    def _on_language_changed(self) -> None:
        code = str(self.language.currentData())
        self._settings.set_language(code)
        self._note.setText(
            self.tr(
                "Język zmieni się po ponownym uruchomieniu programu. "
                "The language changes when the program is started again."
            )
        )
        self._events.language_changed.emit(code)
