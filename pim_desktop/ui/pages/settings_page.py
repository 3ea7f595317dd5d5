"""Ustawienia: the interface language (more settings arrive with backups and signing)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from pim_desktop.services.settings_service import SettingsService
from pim_desktop.ui.app_events import AppEvents

LANGUAGE_NAMES = (("pl", "Polski"), ("en", "English"))


class SettingsPage(QWidget):
    def __init__(
        self, settings: SettingsService, events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._events = events
        self.setAccessibleName(self.tr("Ustawienia"))
        layout = QVBoxLayout(self)
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
