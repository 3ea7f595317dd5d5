"""Wnioski: the city's applications, and the editor of the one being worked on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.application import ApplicationFrozen, ApplicationStatus
from pim_desktop.domain.application_steps import ApplicationProgress
from pim_desktop.domain.partnership import Member
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.services.application_export_service import ApplicationExportService
from pim_desktop.services.application_service import ApplicationService, ApplicationSummary
from pim_desktop.services.errors import StorageError
from pim_desktop.services.partnership_service import PartnershipService
from pim_desktop.services.portable.package_service import PackageService
from pim_desktop.services.signing_service import SigningService
from pim_desktop.services.team_journal import TeamJournal
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.applications.application_editor import ApplicationEditor
from pim_desktop.ui.applications.application_printing import ApplicationPrinting
from pim_desktop.ui.applications.application_table_model import SORT_ROLE, ApplicationTableModel
from pim_desktop.ui.applications.list_actions import ListActions
from pim_desktop.ui.applications.new_application_dialog import NewApplicationDialog
from pim_desktop.ui.applications.print_match_dialog import PrintMatchDialog
from pim_desktop.ui.applications.sending_actions import SendingActions, SendingActionsServices
from pim_desktop.ui.applications.status_changes import StatusChanges
from pim_desktop.ui.applications.step_strip import StepStrip
from pim_desktop.ui.applications.submission_dialog import SubmissionDialog
from pim_desktop.ui.common.buttons import named_button
from pim_desktop.ui.common.chip_delegate import ChipDelegate
from pim_desktop.ui.common.message_line import MessageLine
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.labels import domain_text, problems_text
from pim_desktop.ui.safety.package_transfer import PackageTransfer
from pim_desktop.ui.signing.signature_actions import SignatureActions

if TYPE_CHECKING:
    from pim_desktop.services.team_live import TeamLive

STATUS_COLUMN = 4
# The colour of each state's chip in the list (the word is always written in it).
STATUS_TONES = {
    ApplicationStatus.DRAFT: "neutral",
    ApplicationStatus.READY: "accent",
    ApplicationStatus.SIGNED: "success",
    ApplicationStatus.SENT: "done",
}


class ApplicationsPage(QWidget):
    # It scrolls inside itself; the window does not put it in a second scroll area.
    scrolls_itself = True

    def __init__(
        self,
        applications: ApplicationService,
        events: AppEvents,
        packages: PackageService,
        runner: TaskRunner,
        *,
        read_only: bool = False,
        signing: SigningService | None = None,
        exports: ApplicationExportService | None = None,
        prepare: Callable[[], bool] | None = None,
        partnership: PartnershipService | None = None,
        sending: SendingActionsServices | None = None,
        team: TeamLive | None = None,
        journal: TeamJournal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``prepare`` saves every edit in the window before an import replaces data; by
        default the page saves and closes its own editor."""
        super().__init__(parent)
        self._service = applications
        self._journal = journal
        self._partnership = partnership
        self._team = team
        self.signature_actions = (
            SignatureActions(signing, events, self, runner, exports=exports, read_only=read_only)
            if signing is not None and runner is not None
            else None
        )
        self._events = events
        self.sending_actions = (
            SendingActions(*sending, events, self, read_only=read_only, runner=runner)
            if sending is not None
            else None
        )
        self._read_only = read_only
        self._exports = exports
        self.printing = ApplicationPrinting(exports, runner, self) if exports is not None else None
        if self.printing is not None:
            self.printing.saved.connect(self._on_pdf_saved)
            self.printing.message.connect(self._say)
        self._status_changes = StatusChanges(self)
        self.editor: ApplicationEditor | None = None
        self.transfer = PackageTransfer(packages, self, prepare or self.close_editor, runner)
        self.transfer.exported.connect(self._say)
        self.transfer.imported.connect(self._events.data_replaced.emit)
        events.data_replaced.connect(self._on_data_replaced)
        self.setAccessibleName(self.tr("Wnioski"))
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.stack.addWidget(self._build_list())
        self.refresh()
        self.status_change.clear()

    def _build_list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("<h1>{}</h1>".format(self.tr("Wnioski"))))
        layout.addWidget(self._build_table(), 1)
        self.steps = StepStrip()
        layout.addWidget(self.steps)
        self.list_actions = ListActions(
            self._build_buttons(), read_only=self._read_only, parent=self
        )
        # The groups wrap on a narrow window instead of making the page wider than the screen.
        layout.addWidget(self.list_actions.build())
        # What the last action did, and how the status moved: lines that keep their height.
        self.message = MessageLine("applications_message")
        self.status_change = MessageLine("status_change")
        layout.addWidget(self.message)
        layout.addWidget(self.status_change)
        shortcuts = (
            (QKeySequence(QKeySequence.StandardKey.New), page, self.create_application),
            (QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected),
            (QKeySequence(Qt.Key.Key_Enter), self.table, self.open_selected),
        )
        for keys, owner, slot in shortcuts:
            shortcut = QShortcut(keys, owner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        # On a small screen at 150 % the list page scrolls as a whole; the editor has its own.
        scroll = QScrollArea()
        scroll.setObjectName("applications_list_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _build_table(self) -> QTableView:
        self.model = ApplicationTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("applications")
        self.table.setAccessibleName(self.tr("Lista wniosków"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Arrows move between applications; Tab goes on to the steps and their actions.
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The status as a chip with its word: never told by colour alone.
        self.table.setItemDelegateForColumn(
            STATUS_COLUMN, ChipDelegate(self._status_tone, self.table)
        )
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        return self.table

    def _build_buttons(self) -> dict[str, QPushButton]:
        self.new_button = self._button(
            self.tr("&Nowy wniosek…"), "new_application", self.create_application
        )
        self.open_button = self._button(self.tr("&Otwórz"), "open_application", self.open_selected)
        self.ready_button = self._button(
            self.tr("Oznacz jako &gotowy"), "mark_ready", self.mark_ready
        )
        self.sent_button = self._button(
            self.tr("Oznacz jako &wysłany…"), "mark_sent", self.mark_sent
        )
        self.version_button = self._button(self.tr("Nowa w&ersja"), "new_version", self.new_version)
        self.final_button = self._button(
            self.tr("Zapisz PDF os&tateczny…"), "final_pdf", self.save_final_pdf
        )
        self.match_button = self._button(
            self.tr("Sprawdź zgodność wydr&uku…"), "match_printout", self.check_printout
        )
        self.export_button = self._button(
            self.tr("E&ksportuj…"), "export_application", self.export_selected
        )
        self.import_button = self._button(
            self.tr("&Importuj…"), "import_package", self.transfer.import_file
        )
        self.export_button.setToolTip(
            self.tr("Zapisz wybrany wniosek ze wszystkimi wersjami w pliku .pim")
        )
        self.ready_button.setToolTip(self.tr("Sprawdza wniosek; bez problemów staje się gotowy"))
        buttons = [self.new_button, self.open_button, self.ready_button, self.sent_button]
        buttons += [self.version_button, self.export_button, self.import_button]
        if self._exports is not None:
            buttons += [self.final_button, self.match_button]
        if self.signature_actions is not None:
            buttons += self.signature_actions.build_buttons()
        if self.sending_actions is not None:
            buttons += self.sending_actions.build_buttons()
        return {button.objectName(): button for button in buttons}

    def _status_tone(self, index: QModelIndex | QPersistentModelIndex) -> str:
        status = self.model.summary(self.proxy.mapToSource(index).row()).application.status
        return STATUS_TONES[status]

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        return named_button(text, name, slot)

    # --- list -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list, keeping the selected application selected; a status that moved
        since the last look is said on screen."""
        selected = self.selected_id()
        rows = self._service.summaries()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select_application(selected)
        self._announce_status_changes(rows)
        self._on_table_selection_changed()

    def _announce_status_changes(self, rows: list[ApplicationSummary]) -> None:
        moved = self._status_changes.since_last_look(rows)
        if not moved:
            return
        self.status_change.setText("ℹ " + moved)
        if self.editor is not None and self.editor.print_bar is not None:
            said = self.editor.print_bar.status.text()
            self.editor.print_bar.status.setText(f"{said}\n{self.status_change.text()}")

    def selected_summary(self) -> ApplicationSummary | None:
        application_id = self.selected_id()
        return next((s for s in self.model.rows() if s.id == application_id), None)

    def _on_table_selection_changed(self) -> None:
        selected = self.selected_summary()
        self.list_actions.update(selected)
        if selected is None and not self.model.rows():
            self.steps.show_empty()
            return
        if selected is None:
            self.steps.show_progress(None)
            return
        progress = ApplicationProgress(
            selected.application.status,
            selected.problem_count,
            self._final_pdf_recorded(selected),
        )
        title = self.tr("Wniosek nr {id}, wersja {version}").format(
            id=selected.id, version=selected.application.version_number
        )
        self.steps.show_progress(progress, title)

    def _final_pdf_recorded(self, selected: ApplicationSummary) -> bool:
        if self._exports is None or selected.application.status is not ApplicationStatus.READY:
            return False
        try:
            return bool(self._exports.prints(selected.id))
        except StorageError:
            return False

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.summary(self.proxy.mapToSource(rows[0]).row()).id

    def select_application(self, application_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.summary(row).id == application_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    def create_application(self) -> None:
        if self._read_only:
            return
        dialog = NewApplicationDialog(
            self._service.catalog.current(), self._service.allowed_networks, self
        )
        if not dialog.exec():
            return
        choice = dialog.choice()
        try:
            application = self._service.create(choice.definition, choice.role, choice.network_id)
        except ValidationFailed as error:
            self._say("⚠ " + problems_text(error.problems))
            return
        self._changed()
        self.open(application.id)

    def _register_members(self) -> list[Member]:
        assert self._partnership is not None
        return [summary.member for summary in self._partnership.members()]

    def open_selected(self) -> None:
        application_id = self.selected_id()
        if application_id is not None:
            self.open(application_id)

    def open(self, application_id: int) -> ApplicationEditor:
        if not self.close_editor() and self.editor is not None:
            return self.editor  # its edits could not be saved: it stays open and says so
        application = self._service.load(application_id)
        editor = ApplicationEditor(
            self._service,
            application,
            read_only=self._read_only,
            printing=self.printing,
            register=self._register_members if self._partnership is not None else None,
            team=(self._team, self._events),
            journal=self._journal,
        )
        editor.saved.connect(lambda _id: self._events.application_saved.emit())
        editor.kept_locally.connect(lambda _id: self._events.team_journal_changed.emit())
        editor.closed.connect(self.close_editor)
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        self.editor = editor
        editor.sections.setFocus()
        return editor

    def close_editor(self) -> bool:
        """Back to the list; the editor stays open (with its edits) when they cannot be saved."""
        if self.editor is None:
            return True
        if not self.editor.flush():
            return False
        editor, self.editor = self.editor, None
        self.stack.setCurrentIndex(0)
        self.stack.removeWidget(editor)
        editor.deleteLater()
        self.refresh()
        self.select_application(editor.application.id)
        return True

    def _on_data_replaced(self) -> None:
        if self.editor is not None and not self.editor.has_unsaved_changes():
            self.close_editor()
        self.refresh()

    def export_selected(self) -> None:
        application_id = self.selected_id()
        if application_id is None:
            self._say(self.tr("Wybierz wniosek do eksportu."))
            return
        summary = next(s for s in self.model.rows() if s.id == application_id)
        name = f"pim-wniosek-{application_id}-{summary.application.network_id}.pim"
        self.transfer.export_application(application_id, name)

    # --- status -----------------------------------------------------------------------------------

    def mark_ready(self) -> None:
        application_id = self.selected_id()
        if application_id is None:
            return
        try:
            self._service.mark_ready(application_id)
        except ValidationFailed as error:
            self._say(
                "⚠ "
                + self.tr(
                    "Wniosek ma problemy do poprawienia ({count}): pokazano je w edytorze."
                ).format(count=len(error.problems))
            )
            self.open(application_id).run_check()
            return
        self._changed()
        self._say("✓ " + self.tr("Wniosek sprawdzony i gotowy do wydruku oraz podpisu."))

    def mark_sent(self) -> None:
        application_id = self.selected_id()
        if application_id is None:
            return
        application = self._service.load(application_id)
        if application.status is ApplicationStatus.DRAFT:
            self._say("⚠ " + self.tr("Najpierw sprawdź wniosek i oznacz go jako gotowy."))
            return
        dialog = SubmissionDialog(
            lambda path: self._service.store_attachment(path).as_value(), self
        )
        if dialog.exec():
            self._service.mark_sent(application_id, dialog.submission())
            self._changed()
            self._say("✓ " + self.tr("Zapisano wysłanie wniosku; wniosek jest zamrożony."))

    def new_version(self) -> None:
        application_id = self.selected_id()
        if application_id is None:
            return
        copy = self._service.new_version(application_id)
        self._changed()
        self._say(
            self.tr("Utworzono wersję {number} jako nowy wniosek roboczy.").format(
                number=copy.version_number
            )
        )
        self.open(copy.id)

    def save_final_pdf(self) -> None:
        application_id = self.selected_id()
        if application_id is not None and self.printing is not None and not self._read_only:
            self.printing.save_pdf(application_id, draft=False)

    def _on_pdf_saved(self, _result: object) -> None:
        """A final PDF makes a draft ready: the list shows it and says so."""
        self._changed()

    def make_match_dialog(self) -> PrintMatchDialog | None:
        return None if self._exports is None else PrintMatchDialog(self._exports, self)

    def check_printout(self) -> None:
        dialog = self.make_match_dialog()
        if dialog is not None:
            dialog.exec()

    def _changed(self) -> None:
        self.refresh()
        self._events.application_saved.emit()

    def say(self, text: str) -> None:
        self._say(text)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def show_storage_error(self, error: StorageError | ApplicationFrozen) -> None:
        QMessageBox.warning(self, self.tr("Wnioski"), domain_text(error.message))
