"""Ustawienia → Praca w zespole: the officer's name written beside each change they make (the
history shows it to the team); empty, the program takes the system login."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from pim_desktop.services.settings_service import SettingsService, system_login

NAME_LIMIT = 200


class OfficerNameBox(QGroupBox):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setTitle(self.tr("Praca w zespole"))
        self.setAccessibleName(self.tr("Praca w zespole"))
        form = QFormLayout(self)
        self.name = QLineEdit(settings.load().officer_name or system_login())
        self.name.setObjectName("officer_name")
        self.name.setAccessibleName(self.tr("Twoje imię i nazwisko (zapisywane przy zmianach)"))
        self.name.setMaxLength(NAME_LIMIT)
        self.name.editingFinished.connect(self._on_name_edited)
        label = QLabel(self.tr("Twoje imię i &nazwisko (zapisywane przy zmianach):"))
        label.setWordWrap(True)
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        self.message = QLabel()
        self.message.setObjectName("officer_name_message")
        self.message.setWordWrap(True)
        form.addRow(self.message)

    def _on_name_edited(self) -> None:
        stored = self._settings.set_officer_name(self.name.text()).officer_name
        if stored:
            self.message.setText(
                "✓ " + self.tr("Zapisano: zmiany będą podpisane „{name}”.").format(name=stored)
            )
        else:
            login = system_login()
            self.name.setText(login)
            self.message.setText(
                "✓ "
                + self.tr("Bez imienia zmiany będą podpisane loginem „{login}”.").format(
                    login=login
                )
            )
