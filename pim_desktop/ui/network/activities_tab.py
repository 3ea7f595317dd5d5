"""The network's activities on the network page: the list with planned and spent, the totals,
the warnings, settling documents, and the report for the Secretariat (PDF and CSV)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.money import format_money
from pim_desktop.domain.network_activity import (
    ACTIVITY_KIND_LABELS,
    ACTIVITY_STATUS_LABELS,
    DOCUMENT_KIND_LABELS,
    Activity,
    ActivityKind,
    DocumentKind,
    SettlingDocument,
)
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.services.errors import StorageError
from pim_desktop.services.network_activity_service import (
    ActivitiesOverview,
    NetworkActivityService,
)
from pim_desktop.services.network_report import date_text
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.file_dialogs import ask_open_file, ask_save_file, save_pdf_as
from pim_desktop.ui.common.file_export import write_through
from pim_desktop.ui.common.record_table import RecordTable
from pim_desktop.ui.common.rows_editor import enum_choices
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.labels import domain_text, problem_text
from pim_desktop.ui.network.activity_dialog import ActivityDialog
from pim_desktop.ui.network.error_reason import reason_text


class ActivitiesTab(QWidget):
    def __init__(
        self,
        activities: NetworkActivityService,
        events: AppEvents,
        *,
        open_folder: Path,
        runner: TaskRunner,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = activities
        self._open_folder = open_folder
        self._runner = runner
        self._events = events
        self._read_only = read_only
        self._overview: ActivitiesOverview | None = None
        self.setAccessibleName(self.tr("Działania i wydatki sieci"))
        layout = QVBoxLayout(self)
        self.table = RecordTable(
            [self.tr("Daty"), self.tr("Rodzaj"), self.tr("Działanie"), self.tr("Gospodarz"),
             self.tr("Status"), self.tr("Zaplanowano"), self.tr("Wydano"), self.tr("Dokumenty"),
             self.tr("Uwagi")],
            self.tr("Działania sieci"),
            stretch_column=2,
        )  # fmt: skip
        self.table.setObjectName("activities")
        self.table.activated.connect(self.edit_activity)
        layout.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setObjectName("activity_totals")
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(self.tr("Razem"))
        layout.addWidget(self.totals)
        self.warnings = QLabel()
        self.warnings.setObjectName("activity_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Uwagi do działań"))
        layout.addWidget(self.warnings)
        self._add_buttons(layout)
        events.network_changed.connect(self.refresh)
        events.data_replaced.connect(self.refresh)
        self.refresh()

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self._button(row, self.tr("Dodaj &działanie…"), "add_activity", self.add_activity)
        self._button(row, self.tr("&Edytuj…"), "edit_activity", self.edit_activity)
        self._button(row, self.tr("&Usuń"), "delete_activity", self.delete_activity)
        row.addStretch(1)
        self._button(row, self.tr("Sprawozdanie do PD&F…"), "network_report_pdf", self.export_pdf)
        self._button(row, self.tr("Tabela do CS&V…"), "network_report_csv", self.export_csv)
        layout.addLayout(row)
        documents = QHBoxLayout()
        self.document_kind = QComboBox()
        self.document_kind.setObjectName("document_kind")
        self.document_kind.setAccessibleName(self.tr("Rodzaj dokumentu"))
        for value, label in enum_choices(DOCUMENT_KIND_LABELS):
            self.document_kind.addItem(label, value)
        self.document_kind.setEnabled(not self._read_only)
        documents.addWidget(QLabel(self.tr("Dokument rozliczający:")))
        documents.addWidget(self.document_kind)
        self._button(documents, self.tr("Dołącz pl&ik…"), "add_document", self.add_document)
        documents.addStretch(1)
        layout.addLayout(documents)

    def _button(self, layout: QHBoxLayout, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        button.setEnabled(not self._read_only or name.startswith("network_report"))
        layout.addWidget(button)
        return button

    def refresh(self) -> None:
        overview = self._service.overview()
        self._overview = overview
        names = {c.id: c.name for c in overview.network.cities}
        records = []
        lines: list[str] = []
        for activity in overview.activities:
            problems = [problem_text(p) for p in overview.warnings.get(activity.id or 0, ())]
            spent = activity.spent
            records.append((activity.id or 0, [
                date_text(activity), domain_text(ACTIVITY_KIND_LABELS[activity.kind]),
                activity.title, names.get(activity.host_city_id, "—"),
                domain_text(ACTIVITY_STATUS_LABELS[activity.status]),
                format_money(activity.planned), "—" if spent is None else format_money(spent),
                str(len(activity.documents)), f"⚠ {len(problems)}" if problems else "",
            ]))  # fmt: skip
            lines += [f"⚠ {activity.title}: {problem}" for problem in problems]
        self.table.set_records(records)
        total = overview.totals.total
        self.totals.setText(
            self.tr("Razem: zaplanowano {planned}, wydano {spent} ({count} działań).").format(
                planned=format_money(total.planned),
                spent=format_money(total.spent),
                count=len(overview.activities),
            )
        )
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def _selected(self) -> Activity | None:
        chosen = self.table.selected_id()
        if self._overview is None or chosen is None:
            return None
        return next((a for a in self._overview.activities if a.id == chosen), None)

    def make_dialog(self, activity: Activity) -> ActivityDialog:
        overview = self._service.overview()  # the cities and meetings as they are now
        return ActivityDialog(
            activity,
            overview.network.cities,
            overview.meetings,
            self,
            open_document=self.open_document,
        )

    def add_activity(self) -> None:
        self._edit(Activity(ActivityKind.NETWORK_MEETING, "", dt.date.today()))

    def edit_activity(self) -> None:
        activity = self._selected()
        if activity is not None and not self._read_only:
            self._edit(self._service.get(activity.id or 0))

    def _edit(self, activity: Activity) -> None:
        dialog = self.make_dialog(activity)
        accepted = dialog.exec() == ActivityDialog.DialogCode.Accepted
        edited = dialog.value() if accepted else None
        dialog.deleteLater()
        if edited is None:
            return
        try:
            stored = self._service.save(edited)
        except (ValidationFailed, StorageError) as error:
            self._warn(reason_text(error))
            return
        self._events.network_changed.emit()
        self.table.select_id(stored.id or 0)

    def delete_activity(self) -> None:
        activity = self._selected()
        if activity is None or self._read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Usuń działanie"),
            self.tr("Usunąć działanie „{title}”?").format(title=activity.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._service.delete(activity.id or 0)
            self._events.network_changed.emit()

    def add_document(self) -> None:
        if self._selected() is None:
            self._warn(self.tr("Najpierw wybierz działanie na liście."))
            return
        path = ask_open_file(self, self.tr("Wybierz dokument rozliczający"), self.tr("Pliki (*)"))
        if path is not None:
            self.add_document_from(path)

    def add_document_from(self, source: Path) -> bool:
        """Keep ``source`` as a settling document of the chosen activity, of the chosen kind."""
        activity = self._selected()
        if activity is None:
            return False
        kind = DocumentKind(self.document_kind.currentData())
        try:
            self._service.add_document(activity.id or 0, kind, source)
        except (OSError, StorageError) as error:
            self._warn(reason_text(error))
            return False
        self._events.network_changed.emit()
        self.table.select_id(activity.id or 0)
        return True

    def open_document(self, document: SettlingDocument) -> None:
        """Show a settling document in the system's viewer, from a copy under its own name."""
        if not self._service.document_stored(document.sha256):
            self._warn(
                self.tr(
                    "Pliku „{name}” nie ma w folderze danych na tym komputerze: lista zna tylko "
                    "jego nazwę i sumę kontrolną. Dołącz plik ponownie, aby go otworzyć."
                ).format(name=document.file_name)
            )
            return
        try:
            copy = self._service.document_copy(document, self._open_folder)
        except (OSError, StorageError) as error:
            self._warn(reason_text(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def export_pdf(self) -> None:
        title = self.tr("Zapisz sprawozdanie sieci")
        save_pdf_as(self, title, "Sprawozdanie-sieci.pdf", self.export_pdf_to)

    def export_pdf_to(self, target: Path) -> int:
        """The report's pages, or 0 when it could not be written (the officer was told why)."""
        return self._write(
            lambda: self._service.report_pdf(target), self.tr("Zapisywanie sprawozdania sieci")
        )

    def export_csv(self) -> None:
        path = ask_save_file(
            self, self.tr("Zapisz tabelę działań"), "Dzialania-sieci.csv",
            self.tr("Plik CSV dla Excela (*.csv)"), purpose="csv-export",
        )  # fmt: skip
        if path is not None:
            self._write(lambda: self._service.report_csv(path), self.tr("Zapisywanie tabeli"))

    def _write(self, write: Callable[[], int], description: str) -> int:
        done = write_through(self._runner, write, description=description, warn=self._warn)
        return done or 0

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Działania sieci"), text)
