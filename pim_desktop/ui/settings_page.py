"""Ustawienia: the interface language, the officer's name beside their changes, the backups,
where the data folder lies, and for signatures the timestamp server and trusted roots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.signature import SignatureError
from pim_desktop.services.backup_service import BackupService
from pim_desktop.services.data_folder_service import DataFolderService
from pim_desktop.services.settings_service import SettingsService
from pim_desktop.services.signing_service import SigningService
from pim_desktop.services.team_database import TeamDatabaseSettings
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.applications.sending_settings_box import SendingSettingsBox
from pim_desktop.ui.common.dates import day_text
from pim_desktop.ui.common.file_dialogs import ask_open_file
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.safety.backups_box import BackupsBox
from pim_desktop.ui.safety.data_folder_box import DataFolderBox
from pim_desktop.ui.safety.officer_name_box import OfficerNameBox
from pim_desktop.ui.safety.team_database_box import TeamDatabaseBox
from pim_desktop.ui.signing.wording import error_text

LANGUAGE_NAMES = (("pl", "Polski"), ("en", "English"))


class SettingsPage(QWidget):
    # It scrolls inside itself; the window does not put it in a second scroll area.
    scrolls_itself = True

    def __init__(
        self,
        settings: SettingsService,
        events: AppEvents,
        backups: BackupService,
        folders: DataFolderService,
        prepare: Callable[[], bool],
        *,
        signing: SigningService | None = None,
        team: tuple[TeamDatabaseSettings, str] | None = None,
        read_only: bool = False,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        """``prepare`` saves what is being edited and closes the editor before the data are
        replaced or moved; it returns False when something could not be saved."""
        super().__init__(parent)
        self._settings = settings
        self._events = events
        self._signing = signing
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
        self.officer = OfficerNameBox(settings)
        layout.addWidget(self.officer)
        self.backups = BackupsBox(backups, events, prepare, read_only=read_only, runner=runner)
        layout.addWidget(self.backups)
        self.data_folder = DataFolderBox(folders, prepare, read_only=read_only)
        layout.addWidget(self.data_folder)
        self.team_database: TeamDatabaseBox | None = None
        if team is not None:
            self.team_database = TeamDatabaseBox(*team, runner=runner)
            layout.addWidget(self.team_database)
        if signing is not None:
            layout.addWidget(self._signature_box(signing, read_only))
        self.sending = SendingSettingsBox(settings, read_only=read_only)
        layout.addWidget(self.sending)
        layout.addStretch(1)
        self.language.currentIndexChanged.connect(self._on_language_changed)

    def _signature_box(self, signing: SigningService, read_only: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Podpis elektroniczny"))
        form = QFormLayout(box)
        self.timestamp_url = QLineEdit(signing.timestamp_url())
        self.timestamp_url.setObjectName("timestamp_url")
        self.timestamp_url.setAccessibleName(self.tr("Adres serwera znaczników czasu"))
        self.timestamp_url.setPlaceholderText(self.tr("puste: podpis bez znacznika czasu"))
        self.timestamp_url.setReadOnly(read_only)
        self.timestamp_url.editingFinished.connect(self._on_timestamp_url_edited)
        url_label = QLabel(self.tr("Serwer &znaczników czasu:"))
        url_label.setBuddy(self.timestamp_url)
        form.addRow(url_label, self.timestamp_url)
        explanation = QLabel(
            self.tr(
                "Bez adresu program podpisuje bez internetu (PAdES B-B). Z adresem serwera "
                "znaczników czasu (RFC 3161, np. od dostawcy Twojego podpisu) podpis dostaje "
                "potwierdzony czas (PAdES B-T); do serwera trafia tylko skrót podpisu, nie treść "
                "wniosku."
            )
        )
        explanation.setWordWrap(True)
        form.addRow(explanation)
        self.signature_message = QLabel()
        self.signature_message.setObjectName("signature_settings_message")
        self.signature_message.setWordWrap(True)
        form.addRow(self.signature_message)
        self.trusted = QListWidget()
        self.trusted.setObjectName("trusted_certificates")
        self.trusted.setAccessibleName(self.tr("Zaufane certyfikaty główne"))
        trusted_label = QLabel(self.tr("Z&aufane certyfikaty (oprócz zaufanych przez system):"))
        trusted_label.setBuddy(self.trusted)
        form.addRow(trusted_label)
        form.addRow(self.trusted)
        buttons = QHBoxLayout()
        self.add_trusted = QPushButton(self.tr("&Dodaj certyfikat…"))
        self.add_trusted.setObjectName("add_trusted")
        self.add_trusted.clicked.connect(self._on_add_trusted_clicked)
        self.remove_trusted = QPushButton(self.tr("Usuń cer&tyfikat"))
        self.remove_trusted.setObjectName("remove_trusted")
        self.remove_trusted.clicked.connect(self._on_remove_trusted_clicked)
        for button in (self.add_trusted, self.remove_trusted):
            button.setEnabled(not read_only)
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self._refresh_trusted()
        return box

    def _refresh_trusted(self) -> None:
        assert self._signing is not None
        self.trusted.clear()
        for summary in self._signing.trusted_certificates():
            text = self.tr("{name} (ważny do {until})").format(
                name=summary.subject, until=day_text(summary.not_after)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.fingerprint)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.trusted.addItem(item)

    def _on_timestamp_url_edited(self) -> None:
        assert self._signing is not None
        try:
            saved = self._signing.set_timestamp_url(self.timestamp_url.text())
        except SignatureError as error:
            self.signature_message.setText("⚠ " + error_text(error))
            return
        self.signature_message.setText(
            self.tr("Zapisano: podpisy będą ze znacznikiem czasu (PAdES B-T).")
            if saved
            else self.tr("Zapisano: podpisy bez znacznika czasu (PAdES B-B).")
        )

    def add_trusted_certificate(self, path: Path) -> None:
        assert self._signing is not None
        try:
            summary = self._signing.add_trusted_certificate(path)
        except SignatureError as error:
            self.signature_message.setText("⚠ " + error_text(error))
            return
        self._refresh_trusted()
        self.signature_message.setText(
            self.tr("Dodano zaufany certyfikat: {name}.").format(name=summary.subject)
        )

    def _on_add_trusted_clicked(self) -> None:
        source = ask_open_file(
            self,
            self.tr("Wybierz certyfikat główny wystawcy"),
            self.tr("Certyfikaty (*.cer *.crt *.der *.pem);;Wszystkie pliki (*)"),
            purpose="certificate",
        )
        if source is not None:
            self.add_trusted_certificate(source)

    def _on_remove_trusted_clicked(self) -> None:
        assert self._signing is not None
        item = self.trusted.currentItem()
        if item is None:
            return
        self._signing.remove_trusted_certificate(str(item.data(Qt.ItemDataRole.UserRole)))
        self._refresh_trusted()

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
