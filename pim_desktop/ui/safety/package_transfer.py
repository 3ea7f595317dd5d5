"""Eksportuj / Importuj: the portable file from the window (file choosers, preview, messages).

Reading and checking a file is the service's work; here the officer picks a file, sees what
would be added, chooses what to do on a clash, and hears how it went.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from pim_desktop.domain.portable.partnership_records import COUNT_LABELS, KIND_LABELS
from pim_desktop.domain.problems import Refused
from pim_desktop.services.errors import StorageError
from pim_desktop.services.portable.import_preview import KIND_STEP_LABELS
from pim_desktop.services.portable.package_service import ExportResult, PackageService
from pim_desktop.ui.common.file_dialogs import ask_open_file, ask_save_file
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.labels import domain_text, refusal_text
from pim_desktop.ui.safety.backup_table_model import file_size_text
from pim_desktop.ui.safety.import_preview_dialog import ImportPreviewDialog


class PackageTransfer(QObject):
    imported = Signal()
    exported = Signal(str)  # the message shown, for the page's status line

    def __init__(
        self,
        packages: PackageService,
        parent: QWidget,
        prepare: Callable[[], bool],
        runner: TaskRunner,
    ) -> None:
        """``prepare`` saves what is being edited and closes the editor before an import;
        ``runner`` reads, checks and writes the file off the UI thread while the officer waits."""
        super().__init__(parent)
        self._packages = packages
        self._runner = runner
        self._parent = parent
        self._prepare = prepare

    def _file_filter(self) -> str:
        return self.tr("Plik przenośny PIM Desktop (*.pim)")

    def export_application(self, application_id: int, suggested_name: str) -> ExportResult | None:
        target = ask_save_file(
            self._parent,
            self.tr("Eksportuj wniosek do pliku .pim"),
            suggested_name,
            self._file_filter(),
            purpose="package",
        )
        if target is None:
            return None
        return self._export(partial(self._packages.export_application, application_id, target))

    def export_all(self) -> ExportResult | None:
        stamp = dt.date.today().isoformat()
        target = ask_save_file(
            self._parent,
            self.tr("Eksportuj wszystkie dane do pliku .pim"),
            f"pim-dane-miasta-{stamp}.pim",
            self._file_filter(),
            purpose="package",
        )
        if target is None:
            return None
        return self._export(partial(self._packages.export_all, target))

    def export_waiting(self, export: Callable[[Path], ExportResult]) -> ExportResult | None:
        """The edits waiting for the team database, written by ``export`` to a file the officer
        names (to hand over while the server is away)."""
        stamp = dt.date.today().isoformat()
        target = ask_save_file(
            self._parent,
            self.tr("Zapisz oczekujące zmiany do pliku .pim"),
            f"pim-oczekujace-zmiany-{stamp}.pim",
            self._file_filter(),
            purpose="package",
        )
        if target is None:
            return None
        return self._export(partial(export, target))

    def _export(self, run: Callable[[], ExportResult]) -> ExportResult | None:
        try:
            result = self._runner.run_and_wait(run, description=self.tr("Eksport do pliku .pim"))
        except (Refused, StorageError) as error:
            self._warn(self.tr("Eksport nie powiódł się"), _text(error))
            return None
        text = self.tr("Zapisano plik {name} ({size}): wnioski i wersje: {count}.").format(
            name=result.path.name, size=file_size_text(result.size), count=result.applications
        )
        carried = [
            f"{domain_text(KIND_LABELS[kind])} ({domain_text(COUNT_LABELS[kind])}: {count})"
            for kind, count in result.kinds.items()
            if kind in KIND_LABELS
        ]
        if carried:
            text += " " + self.tr("Dane partnerstwa: {kinds}.").format(kinds="; ".join(carried))
        if result.missing_attachments:
            text += " " + self.tr(
                "Uwaga: w folderze danych brakuje plików {count} załączników; w pliku są tylko "
                "ich opisy."
            ).format(count=result.missing_attachments)
        self.exported.emit(text)
        return result

    def import_file(self) -> bool:
        source = ask_open_file(
            self._parent,
            self.tr("Importuj z pliku .pim"),
            self._file_filter(),
            purpose="package",
        )
        return False if source is None else self.import_from(source)

    def import_from(self, source: Path) -> bool:
        """Save what is being edited, then preview, ask and import; True when imported.

        Saving comes first so that the preview compares the file with what is really here.
        """
        if not self._prepare():
            self._warn(
                self.tr("Import nie powiódł się"),
                self.tr(
                    "Nie udało się zapisać bieżących zmian, więc niczego nie zaimportowano. "
                    "Sprawdź komunikat w oknie edycji."
                ),
            )
            return False
        try:
            preview = self._runner.run_and_wait(
                partial(self._packages.preview, source), description=self.tr("Sprawdzanie pliku")
            )
        except (Refused, StorageError) as error:
            self._warn(self.tr("Nie można zaimportować pliku"), _text(error))
            return False
        dialog = ImportPreviewDialog(preview, self._parent)
        if not dialog.exec():
            return False
        try:
            result = self._runner.run_and_wait(
                partial(self._packages.import_package, source, dialog.choice()),
                description=self.tr("Import z pliku .pim"),
            )
        except (Refused, StorageError) as error:
            self._warn(self.tr("Import nie powiódł się"), _text(error))
            return False
        self.imported.emit()
        text = self.tr(
            "Dodano wersji wniosków: {added}. Zastąpiono wniosków: {replaced}, dodano obok "
            "obecnych: {kept}, pominięto jako już obecne: {skipped}."
        ).format(
            added=result.added,
            replaced=result.replaced,
            kept=result.kept_both,
            skipped=result.skipped,
        )
        for kind, step in result.kinds.items():
            text += f"\n{domain_text(KIND_LABELS[kind])}: {domain_text(KIND_STEP_LABELS[step])}."
        QMessageBox.information(self._parent, self.tr("Import zakończony"), text)
        return True

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self._parent)
        box.setObjectName("package_problem")
        box.setAccessibleName(title)
        box.exec()


def _text(error: Refused | StorageError) -> str:
    return refusal_text(error) if isinstance(error, Refused) else domain_text(error.message)
