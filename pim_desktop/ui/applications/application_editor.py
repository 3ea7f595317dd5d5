"""The application editor, built from the form definition: sections, fields, check, undo.

Every change is saved by the autosave controller within about a second, steady typing too;
the save is a small write on the UI thread. A colleague's newer fields are merged in and shown;
a field both changed is put to the officer side by side (``shared_saves.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.application import Application, ApplicationFrozen
from pim_desktop.domain.forms.addresses import parse_address
from pim_desktop.domain.forms.check import SectionStatus, check_application, section_statuses
from pim_desktop.domain.forms.definition import (
    ChoiceSource,
    FieldDefinition,
    FormDefinition,
    Role,
)
from pim_desktop.domain.forms.values import is_empty
from pim_desktop.domain.partnership import Member
from pim_desktop.domain.problems import Problem
from pim_desktop.domain.team_notices import APPLICATIONS, ChangeNotice, application_scope
from pim_desktop.services.application_service import ApplicationService
from pim_desktop.services.errors import StorageError
from pim_desktop.ui.applications.editor_header import EditorHeader
from pim_desktop.ui.applications.field_undo import FieldEditCommand
from pim_desktop.ui.applications.form_fields.compound_fields import TableField
from pim_desktop.ui.applications.form_fields.field_factory import create_field_widget
from pim_desktop.ui.applications.form_fields.field_widget import FieldWidget
from pim_desktop.ui.applications.form_sections import FormSections
from pim_desktop.ui.applications.history_dialog import HistoryDialog
from pim_desktop.ui.applications.history_table_model import HistoryTableModel
from pim_desktop.ui.applications.print_bar import PrintBar
from pim_desktop.ui.applications.problem_panel import ProblemPanel
from pim_desktop.ui.applications.register_offer import RegisterOffer
from pim_desktop.ui.applications.shared_saves import (
    ConflictLeftOpen,
    SharedSave,
    SharedSaves,
    colleague,
)
from pim_desktop.ui.common.autosave import (
    Autosave,
    SaveRefused,
    SaveState,
    SaveStatus,
    saved_time,
    status_text,
)
from pim_desktop.ui.labels import domain_text, problem_text
from pim_desktop.ui.team.presence_line import PresenceLine

if TYPE_CHECKING:
    from pim_desktop.services.team_journal import TeamJournal
    from pim_desktop.services.team_live import TeamLive
    from pim_desktop.ui.app_events import AppEvents
    from pim_desktop.ui.applications.application_printing import ApplicationPrinting

STATUS_ICONS = {
    SectionStatus.COMPLETE: "complete",
    SectionStatus.HAS_PROBLEMS: "problem",
    SectionStatus.NOT_STARTED: "not_started",
}


class ApplicationEditor(QWidget):
    saved = Signal(int)
    closed = Signal()
    # What the next "saved" message says instead of the time (a colleague's fields loaded).
    _saved_note = ""
    kept_locally = Signal(int)  # the save waits in the team journal for the server
    _kept_locally = False  # the last save went to the team journal

    def __init__(
        self,
        applications: ApplicationService,
        application: Application,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
        printing: ApplicationPrinting | None = None,
        register: Callable[[], list[Member]] | None = None,
        team: tuple[TeamLive | None, AppEvents] | None = None,
        journal: TeamJournal | None = None,
    ) -> None:
        """``register`` lists the Local Partnership's members for tables the form fills
        from the register (none: the tables are typed in); ``team`` hears colleagues' changes
        and says who else edits this application (on a team database); ``journal`` keeps the
        saves a team database could not take."""
        super().__init__(parent)
        self._team: tuple[TeamLive | None, AppEvents | None] = team or (None, None)
        self._service = applications
        self._register_offer = (
            None
            if register is None
            else RegisterOffer(register, self._say, self._seal_last_edit, self)
        )
        self.print_bar: PrintBar | None = None
        self.application = application
        self.definition: FormDefinition = applications.definition_of(application)
        self.role = Role(application.role)
        self._values = dict(application.values)
        self._pending: dict[str, object] = {}
        # A colleague's values are shown in the conflict dialog as the history shows them.
        self._shared = SharedSaves(
            applications,
            application,
            HistoryTableModel(self.definition, self).value_text,
            journal,
        )
        self._read_only = read_only or application.is_frozen
        self.undo_stack = QUndoStack(self)
        self.setAccessibleName(self.tr("Edytor wniosku"))

        self.autosave = Autosave(self._store_pending, self)
        self.autosave.status_changed.connect(self._on_autosave_status_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_header())
        if printing is not None:
            self.print_bar = PrintBar(
                printing, lambda: self.application.id, self.flush, final_allowed=not read_only
            )
            printing.refused.connect(self._on_print_refused)
            layout.addWidget(self.print_bar)
        self.body_splitter = self._build_body()
        layout.addWidget(self.body_splitter, 1)
        self._build_actions()
        # Colleagues on a team database see which section the officer is in.
        self.form.section_shown.connect(self.presence.set_section)
        self.sections.setCurrentRow(0)
        problems = self._refresh_state(show_problems=False)
        if self.print_bar is not None:
            # A clean application prints as final; one with problems can only be a draft.
            self.print_bar.set_draft(bool(problems))

    # --- building -----------------------------------------------------------------------------

    def _build_body(self) -> QSplitter:
        """The sections beside their fields, above the problems."""
        self.form = FormSections(self.definition, self.role, self._make_field)
        self.sections, self.section_pages = self.form.sections, self.form.section_pages
        self.fields = self.form.fields
        self.problem_panel = ProblemPanel(self.definition)
        self.problem_panel.field_chosen.connect(self.show_field)
        # The problems share the height with the fields: the officer drags the border.
        body = QSplitter(Qt.Orientation.Vertical)
        body.setObjectName("editor_body")
        body.setChildrenCollapsible(False)
        body.addWidget(self.form)
        body.addWidget(self.problem_panel)
        body.setStretchFactor(0, 1)
        return body

    def _build_header(self) -> EditorHeader:
        title = "<b>{}</b><br>{} · {} · {}".format(
            self.definition.title,
            self.definition.role_label(self.role),
            self._network_name(),
            self.tr("wersja {number}").format(number=self.application.version_number),
        )
        live, events = self._team
        presence = PresenceLine(live, events, self, application_scope(self.application.id))
        header = EditorHeader(title, presence)
        header.back_requested.connect(self._on_back_clicked)
        header.check_requested.connect(self.run_check)
        header.history_requested.connect(self.show_history)
        self.status, self.presence = header.status, header.presence
        if live is not None and events is not None:
            events.changed_elsewhere.connect(self._on_changed_elsewhere)
        if self._read_only:
            self.status.setText(
                "🔒 "
                + self.tr(
                    "Ten wniosek jest podpisany lub wysłany i zamrożony. Aby coś zmienić, "
                    "utwórz nową wersję na liście wniosków."
                )
            )
        return header

    def _make_field(self, field: FieldDefinition) -> FieldWidget:
        widget = create_field_widget(field, self._store_file)
        widget.set_value(self._values.get(field.id))
        widget.edited.connect(lambda value, fid=field.id: self._on_field_edited(fid, value))
        widget.set_read_only(self._read_only or field.choices_from is ChoiceSource.NETWORKS)
        if isinstance(widget, TableField) and self._register_offer is not None:
            self._register_offer.offer(widget)
        return widget

    def _build_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("Cofnij"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Ponów"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        check = QAction(self.tr("Sprawdź wniosek"), self)
        check.setShortcut(QKeySequence("F7"))
        check.triggered.connect(self.run_check)
        save = QAction(self.tr("Zapisz teraz"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.flush)
        history = QAction(self.tr("Historia zmian"), self)
        history.setShortcut(QKeySequence("Ctrl+H"))
        history.triggered.connect(self.show_history)
        for action in (undo, redo, check, save, history):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_action, self.redo_action = undo, redo

    def _network_name(self) -> str:
        return next(
            (n.name for n in self.definition.networks if n.id == self.application.network_id),
            self.application.network_id,
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _store_file(self, path: Path) -> dict[str, object]:
        return self._service.store_attachment(path).as_value()

    # --- editing ------------------------------------------------------------------------------

    def _on_field_edited(self, field_id: str, value: object) -> None:
        if self._read_only:
            return
        old = self._values.get(field_id)
        label = self.definition.field(field_id).label
        self._remember(field_id, value)
        self.undo_stack.push(
            FieldEditCommand(self, field_id, old, self._values.get(field_id), label)
        )

    def _seal_last_edit(self) -> None:
        last = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(last, FieldEditCommand):
            last.seal()

    def apply_value(self, field_id: str, value: object) -> None:
        """Put a value back (undo, redo) and show where it happened."""
        self.fields[field_id].set_value(value)
        self._remember(field_id, value)
        self.show_field(field_id)

    def _remember(self, field_id: str, value: object) -> None:
        stored = None if is_empty(value) and value is not False else value
        if stored is None:
            self._values.pop(field_id, None)
        else:
            self._values[field_id] = stored
        self._pending[field_id] = stored
        self._update_visibility()
        self.autosave.edited()

    def _update_visibility(self) -> None:
        self.form.update_visibility(self._values)

    def values(self) -> dict[str, object]:
        return dict(self._values)

    def has_unsaved_changes(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Write what is pending; ``False`` (and a plain message) when it could not be written."""
        return self.autosave.flush()

    def _store_pending(self) -> None:
        if not self._pending or self._read_only:
            return
        pending, self._pending = self._pending, {}
        try:
            self._kept_locally = False
            done = self._shared.store(self, self.autosave, self.application, pending)
            self._kept_locally = done.kept_locally
        except StorageError:
            self._pending = {**pending, **self._pending}
            raise
        except ConflictLeftOpen as left_open:
            self._show_values(left_open.kept)
            self._pending = {**left_open.kept, **self._pending}
            raise
        except ApplicationFrozen as error:
            self._read_only = True
            raise SaveRefused(domain_text(error.message)) from error
        self.application = done.application
        self._show_saved(done)
        self._refresh_state(show_problems=self.problem_panel.isVisible())
        if self._kept_locally:
            self.kept_locally.emit(self.application.id)
        else:
            self.saved.emit(self.application.id)

    def take_stored(self, stored: Application) -> None:
        """The team journal wrote this editor's waiting edits: go on from the stored version,
        and show what was chosen where a colleague's change met them."""
        if stored.id != self.application.id:
            return
        self.application, self._kept_locally = stored, False
        self._shared.take(stored)
        if self._pending:
            return  # newer typing is on screen, and is saved next
        for field_id, widget in self.fields.items():
            if stored.values.get(field_id) != self._values.get(field_id):
                widget.set_value(stored.values.get(field_id))
        self._values = dict(stored.values)
        self._refresh_state(show_problems=self.problem_panel.isVisible())

    def _show_saved(self, done: SharedSave) -> None:
        """Show what the conflict dialog chose and the fields colleagues changed meanwhile
        (never one typed in again since: its next save decides)."""
        self._show_values(done.chosen)
        others = {k: v for k, v in done.others.items() if k not in self._pending}
        self._show_values(others)
        shown = [self.definition.field(k).label for k in others if k in self.fields]
        self._saved_note = (
            "✓ "
            + self.tr("Zapisano. Wczytano zmiany, które wprowadził(a) {who}: {fields}.").format(
                who=colleague(done.others_by), fields=", ".join(shown)
            )
            if shown
            else ""
        )

    def _show_values(self, values: dict[str, object]) -> None:
        for field_id, value in values.items():
            if value is None:
                self._values.pop(field_id, None)
            else:
                self._values[field_id] = value
            if field_id in self.fields:
                self.fields[field_id].set_value(value)

    def _on_autosave_status_changed(self, status: SaveStatus) -> None:
        if status.state is SaveState.REFUSED:
            self.status.setText("🔒 " + status.reason)
        elif status.state is SaveState.SAVED and self._saved_note:
            self.status.setText(self._saved_note)
            self._saved_note = ""
        elif status.state is SaveState.SAVED and self._kept_locally:
            self.status.setText(
                "💾 "
                + self.tr(
                    "Zapisano na tym komputerze o {time}; do bazy zespołu trafi, gdy serwer wróci."
                ).format(time=saved_time(status))
            )
        else:
            self.status.setText(status_text(status))

    # --- colleagues on a team database -------------------------------------------------------

    def _on_changed_elsewhere(self, notice: ChangeNotice) -> None:
        if notice.touches(APPLICATIONS, "application", self.application.id):
            self.show_colleagues_values(notice.by)

    def show_colleagues_values(self, by: str) -> None:
        """A colleague (``by``) saved this application: the fields the officer is not editing
        show the stored values; those being edited keep the officer's, merged when saved."""
        try:
            stored = self._service.load(self.application.id).values
        except StorageError as error:
            self.status.setText("⚠ " + domain_text(error.message))
            return
        focused = self.focusWidget()
        editing = {
            field_id
            for field_id, widget in self.fields.items()
            if focused is widget or (focused is not None and widget.isAncestorOf(focused))
        }
        self._show_values(
            {
                field_id: stored.get(field_id)
                for field_id in self.fields
                if field_id not in self._pending
                and field_id not in editing
                and stored.get(field_id) != self._values.get(field_id)
            }
        )
        self._refresh_state(show_problems=self.problem_panel.isVisible())
        if not by:
            return  # read again after the server was away: nobody in particular to name
        self.status.setText(
            "✎ "
            + self.tr(
                "Wniosek zmienił(a) {officer} — zmiany zostaną połączone przy zapisie"
            ).format(officer=by)
        )

    # --- checking -----------------------------------------------------------------------------

    def run_check(self) -> list[Problem]:
        self.flush()
        return self._refresh_state(show_problems=True)

    def _refresh_state(self, *, show_problems: bool) -> list[Problem]:
        problems = check_application(self.definition, self.role, self._values)
        self._update_visibility()
        self.form.show_statuses(section_statuses(self.definition, self.role, self._values))
        if show_problems:
            self._show_problems(problems)
        return problems

    def _show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            field_id = parse_address(problem.field_id).field_id
            by_field.setdefault(field_id, []).append(problem_text(problem))
        for field_id, widget in self.fields.items():
            widget.set_problems(by_field.get(field_id, []))
        self.problem_panel.show_problems(problems)

    def _on_print_refused(self, _problems: object) -> None:
        self._refresh_state(show_problems=True)

    def make_history_dialog(self) -> HistoryDialog:
        """The history as stored, after what is pending has been saved."""
        self.flush()
        history = self._service.history_since_export(self.application.id)
        return HistoryDialog(self.definition, history, self)

    def show_history(self) -> None:
        try:
            dialog = self.make_history_dialog()
        except StorageError as error:
            self.status.setText("⚠ " + domain_text(error.message))
            return
        dialog.exec()

    def show_field(self, address: str) -> FieldWidget:
        """Open the field's section, scroll to it and put the focus in it."""
        return self.form.show_field(address)

    def _on_back_clicked(self) -> None:
        self.flush()
        self.closed.emit()

    def hideEvent(self, event: object) -> None:
        self.flush()
        super().hideEvent(event)  # type: ignore[arg-type]
