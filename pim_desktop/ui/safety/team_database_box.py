"""Ustawienia → Baza zespołu: the address of the city team's PostgreSQL database, a connection
check, and remembering it (the password in the system's keyring) for the next start.

The check runs through the window's task runner: a server that does not answer holds a
connection attempt for seconds, and the window must go on answering meanwhile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from pim_desktop.services.team_database import DEFAULT_PORT, TeamAddress, TeamDatabaseSettings
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.labels import domain_text


def show_read_only_notice(notice: str) -> None:
    """At start: the team database was opened read-only, and why (the reason is Polish)."""
    QMessageBox.warning(
        None, QCoreApplication.translate("TeamDatabaseBox", "Baza zespołu tylko do odczytu"), notice
    )


class TeamDatabaseBox(QGroupBox):
    def __init__(
        self,
        team: TeamDatabaseSettings,
        opened: str,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner,
    ) -> None:
        """``opened`` is the address of the team database open now ("" for this computer's)."""
        super().__init__(parent)
        self._runner = runner
        self.setTitle(self.tr("Baza zespołu"))
        self.setAccessibleName(self.tr("Baza zespołu"))
        self._team = team
        form = QFormLayout(self)
        now = QLabel(
            self.tr("Teraz otwarta: baza zespołu {address}.").format(address=opened)
            if opened
            else self.tr("Teraz otwarte: dane tego komputera.")
        )
        now.setWordWrap(True)
        form.addRow(now)
        saved = team.address()
        self.host = self._field(form, self.tr("&Serwer:"), saved.host if saved else "")
        port = str(saved.port if saved else DEFAULT_PORT)
        self.port = self._field(form, self.tr("P&ort:"), port)
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.database = self._field(form, self.tr("&Baza danych:"), saved.database if saved else "")
        self.user = self._field(form, self.tr("Uż&ytkownik:"), saved.user if saved else "")
        self.password = self._field(form, self.tr("&Hasło:"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Sprawdź połącz&enie"))
        self.remember_button = QPushButton(
            self.tr("Zapamiętaj i używaj od następnego uruchomienia")
        )
        self.forget_button = QPushButton(self.tr("Wróć do danych tego komputera"))
        for button in (self.check_button, self.remember_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.message = QLabel()
        self.message.setObjectName("team_database_message")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.forget_button.setEnabled(saved is not None)
        self.check_button.clicked.connect(self._on_check_clicked)
        self.remember_button.clicked.connect(self._on_remember_clicked)
        self.forget_button.clicked.connect(self._on_forget_clicked)

    def _field(self, form: QFormLayout, label_text: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        label = QLabel(label_text)
        label.setBuddy(edit)
        edit.setAccessibleName(label_text.replace("&", "").rstrip(":"))
        form.addRow(label, edit)
        return edit

    def address(self) -> TeamAddress | None:
        parts = [self.host.text().strip(), self.database.text().strip(), self.user.text().strip()]
        if not all(parts) or not self.port.hasAcceptableInput():
            return None
        return TeamAddress(parts[0], parts[1], parts[2], int(self.port.text()))

    def _check_then(self, then: Callable[[TeamAddress, str], None]) -> None:
        """Ask the server off the UI thread; ``then(address, password)`` when it answers with
        these data, otherwise the reason is shown."""
        address = self.address()
        if address is None:
            self.message.setText(self.tr("⚠ Podaj serwer, port, nazwę bazy danych i użytkownika."))
            return
        password = self.password.text()
        self._set_checking(True)
        self.message.setText(
            self.tr("Sprawdzam połączenie z serwerem {host}…").format(host=address.host)
        )

        def checked(reason: str | None) -> None:
            self._set_checking(False)
            if reason is not None:
                self.message.setText("⚠ " + domain_text(reason))
            else:
                then(address, password)

        self._runner.run(
            lambda: self._team.check(address, password),
            checked,
            description=self.tr("Sprawdzanie połączenia z bazą zespołu"),
        )

    def _set_checking(self, checking: bool) -> None:
        for button in (self.check_button, self.remember_button):
            button.setEnabled(not checking)

    def _on_check_clicked(self) -> None:
        self._check_then(
            lambda _address, _password: self.message.setText(self.tr("Połączenie działa."))
        )

    def _on_remember_clicked(self) -> None:
        self._check_then(self._remember)

    def _remember(self, address: TeamAddress, password: str) -> None:
        self._team.remember(address, password)
        self.password.clear()
        self.forget_button.setEnabled(True)
        self.message.setText(
            self.tr(
                "Zapamiętano. Program otworzy bazę zespołu przy następnym uruchomieniu; hasło "
                "jest w magazynie haseł systemu, nie w pliku."
            )
        )

    def _on_forget_clicked(self) -> None:
        self._team.forget()
        self.forget_button.setEnabled(False)
        self.message.setText(
            self.tr("Przy następnym uruchomieniu program otworzy dane tego komputera.")
        )
