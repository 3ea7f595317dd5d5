"""Ustawienia → Kopie zapasowe: the dated backups, a backup now, and restoring one.

Restoring first saves what is being edited and closes the editor (``prepare``), then the service
backs up the current state and writes the chosen backup into the database in place; every page
then reloads through ``AppEvents.data_replaced``, so the program need not restart.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.problems import Refused
from pim_desktop.services.backup_service import Backup, BackupService
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.buttons import named_button
from pim_desktop.ui.common.dates import moment_text
from pim_desktop.ui.common.message_boxes import answer, message_box
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.labels import refusal_text
from pim_desktop.ui.safety.backup_table_model import BackupTableModel, file_size_text


def _when(backup: Backup) -> str:
    return moment_text(backup.taken_at, seconds=True)


class BackupsBox(QGroupBox):
    def __init__(
        self,
        backups: BackupService,
        events: AppEvents,
        prepare: Callable[[], bool],
        *,
        read_only: bool = False,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setTitle(self.tr("Kopie zapasowe"))
        self.setAccessibleName(self.tr("Kopie zapasowe"))
        self._backups = backups
        self._events = events
        self._prepare = prepare
        self._read_only = read_only
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Program sam tworzy kopię bazy danych przy uruchomieniu, przy zamknięciu i co "
                "godzinę pracy, gdy coś się zmieniło. Zachowuje 10 ostatnich kopii i po jednej "
                "z każdego dnia z ostatnich 30 dni. Załączniki są przechowywane osobno i nie są "
                "usuwane, więc przywrócona kopia je odnajdzie."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.model = BackupTableModel()
        self.table = QTableView()
        self.table.setObjectName("backups")
        self.table.setAccessibleName(self.tr("Lista kopii zapasowych"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setObjectName("backups_message")
        self.message.setAccessibleName(self.tr("Stan kopii zapasowych"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.create_button = self._button(
            self.tr("&Utwórz kopię teraz"), "backup_now", self.create_now
        )
        self.restore_button = self._button(
            self.tr("Przy&wróć wybraną kopię…"), "restore_backup", self.restore_selected
        )
        self.folder_button = self._button(
            self.tr("Otwórz &folder kopii"), "open_backup_folder", self.open_folder
        )
        for button in (self.create_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.create_button.setEnabled(not read_only)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        events.backups_changed.connect(self.refresh)
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        return named_button(text, name, slot)

    def refresh(self) -> None:
        self.model.set_rows(self._backups.list())
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.message.setText(self.tr("Nie ma jeszcze żadnej kopii zapasowej."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(not self._read_only and self.selected() is not None)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def create_now(self) -> None:
        if self._read_only:
            return
        try:
            backup = self._runner.run_and_wait(
                lambda: self._backups.create().backup, description=self.tr("Kopia zapasowa")
            )
        except Refused as error:
            self.message.setText("⚠ " + refusal_text(error))
            return
        self._events.backups_changed.emit()
        if backup is not None:
            self.message.setText(
                "✓ "
                + self.tr("Utworzono i sprawdzono kopię z {when} ({size}).").format(
                    when=_when(backup), size=file_size_text(backup.size)
                )
            )

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or self._read_only or not self._confirm(backup):
            return
        if not self._prepare():
            self.message.setText(
                "⚠ "
                + self.tr(
                    "Nie udało się zapisać bieżących zmian, więc kopii nie przywrócono. "
                    "Sprawdź komunikat w oknie edycji."
                )
            )
            return
        try:
            outcome = self._runner.run_and_wait(
                lambda: self._backups.restore(backup.path),
                description=self.tr("Przywracanie kopii zapasowej"),
            )
        except Refused as error:
            self.message.setText("⚠ " + refusal_text(error))
            return
        self._events.data_replaced.emit()
        self._events.backups_changed.emit()
        text = self.tr("Przywrócono dane z kopii z {when}.").format(when=_when(backup))
        if outcome.safety_backup is not None:
            text += " " + self.tr(
                "Stan sprzed przywrócenia zapisano jako kopię z {when}; można do niego wrócić."
            ).format(when=_when(outcome.safety_backup))
        self.message.setText("✓ " + text)

    def _confirm(self, backup: Backup) -> bool:
        box = message_box(
            self,
            "confirm_restore",
            QMessageBox.Icon.Question,
            self.tr("Przywrócić kopię zapasową?"),
            self.tr("Przywrócić dane z kopii z {when}?").format(when=_when(backup)),
            informative=self.tr(
                "Obecne dane zostaną najpierw zapisane jako nowa kopia zapasowa, więc "
                "przywrócenie można cofnąć. Otwarty wniosek zostanie zapisany i zamknięty."
            ),
        )
        restore = box.addButton(self.tr("&Przywróć"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("&Anuluj"), QMessageBox.ButtonRole.RejectRole)
        return answer(box, cancel) is restore

    def open_folder(self) -> None:
        self._backups.backup_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._backups.backup_dir)))
