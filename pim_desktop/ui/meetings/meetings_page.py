"""Spotkania: the meetings of the partnership with their record, the printed attendance list and
minutes, and a summary of the work in figures."""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.meeting import Meeting, MeetingPlan
from pim_desktop.domain.partnership import Member
from pim_desktop.domain.record_fields import RecordChange
from pim_desktop.services.errors import StorageError
from pim_desktop.services.meeting_service import MeetingService
from pim_desktop.services.partnership_service import PartnershipService
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.buttons import named_button
from pim_desktop.ui.common.change_history_dialog import ChangeHistoryDialog
from pim_desktop.ui.common.delete_key import DeleteKeyFilter
from pim_desktop.ui.common.file_dialogs import ask_save_file
from pim_desktop.ui.common.journaled_save import JournaledSaves, kept_text
from pim_desktop.ui.common.message_line import MessageLine
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.error_dialog import show_error
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.meetings.meeting_dialog import MeetingDialog
from pim_desktop.ui.meetings.meeting_editor import MeetingEditor
from pim_desktop.ui.meetings.meeting_plans import MeetingPlans
from pim_desktop.ui.meetings.meeting_table_model import (
    MEETING_ID_ROLE,
    SORT_ROLE,
    MeetingTableModel,
)
from pim_desktop.ui.partnership.figures_view import FiguresView

if TYPE_CHECKING:
    from pim_desktop.services.team_journal import TeamJournal

T = TypeVar("T")


class MeetingsPage(QWidget):
    def __init__(
        self,
        meetings: MeetingService,
        partnership: PartnershipService,
        events: AppEvents,
        open_folder: Path,
        *,
        read_only: bool = False,
        runner: TaskRunner,
        journal: TeamJournal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        saves = JournaledSaves(journal, events)
        self.plans = MeetingPlans(self, meetings, saves, self.make_meeting_dialog, self._report)
        self._meetings = meetings
        self._known_members: list[Member] = []
        self._runner = runner
        self._partnership = partnership
        self._events = events
        self._read_only = read_only
        self.setAccessibleName(self.tr("Spotkania"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h1>{}</h1>".format(self.tr("Spotkania"))))
        layout.addLayout(self._build_actions())
        # A line that keeps its height: a message coming or going does not move the page.
        self.status = MessageLine("meetings_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.setOpenExternalLinks(False)
        self.status.linkActivated.connect(self._on_status_link)
        layout.addWidget(self.status)
        self.editor = MeetingEditor(meetings, events, open_folder, read_only=read_only, saves=saves)
        self.figures = FiguresView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_meetings_tab(), self.tr("Spotkania i ich przebieg"))
        self.tabs.addTab(self.figures, self.tr("Podsumowanie"))
        layout.addWidget(self.tabs, 1)
        add = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self.add_meeting)
        events.meetings_changed.connect(self._on_meetings_changed)
        events.members_changed.connect(self.refresh)
        events.data_replaced.connect(self._on_data_replaced)
        self.refresh()

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, str, Callable[[], None], bool]] = [
            (self.tr("&Nowe spotkanie…"), "add_meeting", self.add_meeting, True),
            (self.tr("&Edytuj szczegóły…"), "edit_meeting", self.edit_selected, True),
            (self.tr("&Usuń spotkanie…"), "remove_meeting", self.remove_selected, True),
            (
                self.tr("Lista &obecności (PDF)…"),
                "print_attendance",
                self._on_print_attendance,
                False,
            ),
            (self.tr("Pro&tokół (PDF)…"), "print_minutes", self._on_print_minutes, False),
            (self.tr("&Historia zmian…"), "meeting_history", self.show_history, False),
        ]
        for text, name, slot, writes in actions:
            enabled = not (writes and self._read_only)
            self.buttons[name] = named_button(text, name, slot, enabled=enabled, layout=row)
        row.addStretch(1)
        return row

    def _build_meetings_tab(self) -> QWidget:
        self.model = MeetingTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("meeting_table")
        self.table.setAccessibleName(self.tr("Lista spotkań"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(lambda _index: self.edit_selected())
        DeleteKeyFilter(self.table, self.remove_selected)
        # The list above the record: both get the page's full width, which the attendance table
        # and long titles need more than height.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        row_height = self.fontMetrics().height() * 2
        # Several meetings stay in sight above the record, however little height the window has.
        self.table.setMinimumHeight(row_height * 5)
        splitter.setSizes([row_height * 7, row_height * 20])
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        return splitter

    # --- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_meeting_id()
        try:
            self.model.set_meetings(self._meetings.meetings())
            self.figures.set_figures(self._meetings.figures())
        except StorageError as error:
            self._report("⚠ " + domain_text(error.message))
            return
        if selected is not None and self.select_meeting(selected):
            return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self._show_selected()

    def _on_meetings_changed(self) -> None:
        """The editor stored something: refresh the list and the figures, keep the editor."""
        selected = self.selected_meeting_id()
        self.model.set_meetings(self._meetings.meetings())
        self.figures.set_figures(self._meetings.figures())
        if selected is not None:
            self.table.blockSignals(True)
            self.select_meeting(selected)
            self.table.blockSignals(False)

    def _on_data_replaced(self) -> None:
        """All data were replaced: the editor shows the stored meeting afresh (the same one while
        it still exists), and nothing it held from before is written over the new data."""
        self.editor.clear()
        self._report("")
        self.refresh()
        self._show_selected()

    def selected_meeting_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(MEETING_ID_ROLE)) if rows else None

    def _stored_meeting_id(self) -> int | None:
        """The selected meeting's id, unless it is new and still waits on this computer."""
        meeting_id = self.selected_meeting_id()
        return self.plans.stored(
            meeting_id, lambda i: self.model.meeting(self.model.row_of(i) or 0).title
        )

    def select_meeting(self, meeting_id: int) -> bool:
        row = self.model.row_of(meeting_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        return True

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None and meeting_id < 0:
            return  # kept on this computer: the server has no record of it yet
        try:
            meeting = None if meeting_id is None else self._meetings.meeting(meeting_id)
            members = [summary.member for summary in self._partnership.members()]
        except StorageError as error:
            self._report("⚠ " + domain_text(error.message))
            return
        if self.editor.meeting is None or meeting is None or self.editor.meeting.id != meeting.id:
            self.editor.show_meeting(meeting, members)

    def _report(self, text: str) -> None:
        self.status.setText(text)

    # --- acting ------------------------------------------------------------------------------

    def make_meeting_dialog(
        self, meeting_id: int | None = None, plan: MeetingPlan | None = None
    ) -> MeetingDialog:
        # While the server is away the dialog lists the members last read.
        with contextlib.suppress(StorageError):
            self._known_members = [summary.member for summary in self._partnership.members()]
        members = self._known_members
        if meeting_id is None and plan is None:
            return MeetingDialog(members, parent=self)
        if plan is None:
            plan = self._meetings.meeting(meeting_id or 0).plan()
        adding = meeting_id is None  # a new meeting given back with what was typed
        return MeetingDialog(members, plan.details, list(plan.invited), self, adding=adding)

    def add_meeting(self) -> None:
        saved = None if self._read_only else self.plans.add()
        if saved is not None and not self._kept(saved):
            self._report(self.tr("Dodano spotkanie: {title}.").format(title=saved.details.title))
            self.refresh()
            self.select_meeting(saved.id)
            self._events.meetings_changed.emit()

    def _kept(self, meeting: Meeting) -> bool:
        """Whether the save was kept on this computer: then the list shows the officer's
        values (the server cannot be read) and says so."""
        if self.plans.saves.kept:
            self.model.show_kept(meeting)
            self.select_meeting(meeting.id)
            self._report(kept_text(meeting.details.title))
        return self.plans.saves.kept

    def edit_selected(self) -> None:
        meeting_id = self._stored_meeting_id()
        if meeting_id is None or self._read_only:
            return
        self.editor.flush()
        meeting = self._store(lambda: self._meetings.meeting(meeting_id))
        if meeting is None:
            return
        saved = self.plans.edit(meeting_id, meeting.plan())
        if saved is not None and not self._kept(saved):
            self._report(
                self.tr("Zapisano szczegóły spotkania: {title}.").format(title=saved.details.title)
            )
            self.editor.show_meeting(None, [])
            self.refresh()
            self._events.meetings_changed.emit()

    def _store(self, action: Callable[[], T]) -> T | None:
        return self.plans.store(action)

    def show_history(self) -> None:
        """The selected meeting's changes and its attendance's, who made them and when."""
        meeting_id = self._stored_meeting_id()
        if meeting_id is None:
            return
        changes = self._store(lambda: self._meetings.history(meeting_id))
        members = self._store(self._partnership.members) or []
        names = {s.member.id: s.member.display_name for s in members}
        title = self.model.meeting(self.model.row_of(meeting_id) or 0).title
        dialog = ChangeHistoryDialog(
            title, changes or [], self, subject=lambda change: _member_of(change, names)
        )
        dialog.exec()
        dialog.deleteLater()

    def remove_selected(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is None or self._read_only:
            return
        title = self.model.meeting(self.model.row_of(meeting_id) or 0).title
        if self.plans.forgot(meeting_id, title, self.model):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Usunąć spotkanie?"),
            self.tr(
                "Usunąć spotkanie „{title}” razem z listą obecności, protokołem, zadaniami "
                "i załącznikami?"
            ).format(title=title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editor.show_meeting(None, [])
        try:
            self._meetings.delete_meeting(meeting_id)
        except StorageError as error:
            show_error(self, self.tr("Nie usunięto spotkania"), domain_text(error.message))
            return
        self._report(self.tr("Usunięto spotkanie: {title}.").format(title=title))
        self._events.meetings_changed.emit()
        self.refresh()

    # --- printing ----------------------------------------------------------------------------

    def _on_print_attendance(self) -> None:
        self._ask_and_print("lista obecności", self.print_attendance_sheet)

    def _on_print_minutes(self) -> None:
        self._ask_and_print("protokół", self.print_minutes)

    def _ask_and_print(self, document: str, printer: Callable[[Path], None]) -> None:
        meeting_id = self._stored_meeting_id()
        if meeting_id is None:
            return
        summary = self.model.meeting(self.model.row_of(meeting_id) or 0)
        day = summary.starts_at.astimezone().date().isoformat()
        target = ask_save_file(
            self,
            self.tr("Zapisz PDF"),
            f"{document} {day}.pdf",
            self.tr("Dokument PDF (*.pdf)"),
            purpose="pdf-export",
        )
        if target is not None:
            printer(target)

    def print_attendance_sheet(self, target: Path) -> None:
        self._print(target, self._meetings.print_attendance_sheet, self.tr("Listę obecności"))

    def print_minutes(self, target: Path) -> None:
        self.editor.flush()
        self._print(target, self._meetings.print_minutes, self.tr("Protokół"))

    def _print(self, target: Path, printer: Callable[[int, Path], int], what: str) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is None:
            return
        try:
            pages = self._runner.run_and_wait(
                lambda: printer(meeting_id, target), description=self.tr("Zapisywanie PDF")
            )
        except (OSError, StorageError) as error:
            message = domain_text(error.message) if isinstance(error, StorageError) else str(error)
            show_error(self, self.tr("Nie zapisano pliku PDF"), message)
            return
        link = QUrl.fromLocalFile(str(target)).toString()
        self._report(
            self.tr("{what} zapisano w pliku {file} (stron: {pages}).").format(
                what=what, file=html.escape(str(target)), pages=pages
            )
            + f" <a href='{link}'>"
            + self.tr("Otwórz plik")
            + "</a>"
        )

    def _on_status_link(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    def flush(self) -> bool:
        return self.editor.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        self.editor.flush()
        super().hideEvent(event)


def _member_of(change: RecordChange, names: dict[int | None, str]) -> str:
    """Whose attendance a change of the meeting's attendance was (``12:status``)."""
    head, _, _ = change.field_id.partition(":")
    return names.get(int(head), "") if head.isdigit() and ":" in change.field_id else ""
