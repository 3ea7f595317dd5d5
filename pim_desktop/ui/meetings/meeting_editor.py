"""The record of one meeting beside the list: attendance and guests, minutes and decisions, tasks
and files. Each change is stored by the meeting service as soon as it is made, and the
application hears of it through ``meetings_changed``."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.domain.meeting import (
    MEETING_TYPE_LABELS,
    AttachmentKind,
    AttendanceStatus,
    Guest,
    Invitation,
    Meeting,
    MeetingAttachment,
    Task,
)
from pim_desktop.domain.partnership import Member
from pim_desktop.domain.problems import Refused, ValidationFailed
from pim_desktop.domain.record_journal import AttendanceSheet
from pim_desktop.domain.record_labels import ATTENDANCE
from pim_desktop.services.errors import StorageError
from pim_desktop.services.meeting_service import MeetingService
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.dates import moment_text
from pim_desktop.ui.common.file_dialogs import ask_open_file
from pim_desktop.ui.common.journaled_save import JournaledSaves, NotKept, kept_text
from pim_desktop.ui.common.record_texts import last_change_text
from pim_desktop.ui.common.versioned_edit import save_resolving
from pim_desktop.ui.error_dialog import show_error
from pim_desktop.ui.labels import domain_text, problems_text, refusal_text
from pim_desktop.ui.meetings.attachment_list import AttachmentList
from pim_desktop.ui.meetings.attendance_editor import AttendanceEditor
from pim_desktop.ui.meetings.minutes_editor import MinutesEditor
from pim_desktop.ui.meetings.task_dialog import TaskDialog
from pim_desktop.ui.meetings.task_list import TaskList

T = TypeVar("T")


class MeetingEditor(QWidget):
    def __init__(
        self,
        meetings: MeetingService,
        events: AppEvents,
        open_folder: Path,
        *,
        read_only: bool = False,
        saves: JournaledSaves | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._saves = saves or JournaledSaves(None, events)
        self._events = events
        self._open_folder = open_folder
        self._read_only = read_only
        self._meeting: Meeting | None = None
        self._members: list[Member] = []
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("meeting_heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.last_change = QLabel()
        self.last_change.setObjectName("meeting_last_change")
        layout.addWidget(self.last_change)
        self.tabs = QTabWidget()
        self.attendance = AttendanceEditor()
        self.minutes = MinutesEditor(self._store_minutes)
        self.tasks = TaskList()
        self.attachments = AttachmentList()
        self.tabs.addTab(self.attendance, self.tr("Obecność"))
        self.tabs.addTab(self.minutes, self.tr("Protokół i ustalenia"))
        self.tabs.addTab(self.tasks, self.tr("Zadania"))
        self.tabs.addTab(self.attachments, self.tr("Załączniki"))
        layout.addWidget(self.tabs, 1)
        self.attendance.attendance_edited.connect(self._on_attendance_edited)
        self.attendance.all_present_requested.connect(self._on_all_present)
        self.attendance.guests_edited.connect(self._on_guests_edited)
        self.tasks.add_requested.connect(self._on_add_task)
        self.tasks.edit_requested.connect(self._on_edit_task)
        self.tasks.done_requested.connect(self._on_task_done)
        self.tasks.remove_requested.connect(self._on_remove_task)
        self.attachments.add_requested.connect(self._on_add_attachment)
        self.attachments.open_requested.connect(self._on_open_attachment)
        self.attachments.remove_requested.connect(self._on_remove_attachment)
        self.show_meeting(None, [])

    @property
    def meeting(self) -> Meeting | None:
        return self._meeting

    def show_meeting(self, meeting: Meeting | None, members: list[Member]) -> None:
        """Show ``meeting`` (the minutes of the one shown before are saved first)."""
        self.minutes.flush()
        self._meeting = meeting
        self._members = members
        self.tabs.setEnabled(meeting is not None)
        self.last_change.setText("" if meeting is None else last_change_text(meeting.stamp))
        if meeting is None:
            self.heading.setText(self.tr("Wybierz spotkanie z listy albo dodaj nowe."))
            self.attendance.set_attendance([], [])
            self.minutes.set_content("", (), True)
            self.tasks.set_tasks([], {}, dt.date.today())
            self.attachments.set_attachments([])
            return
        self._show_heading(meeting)
        rows = self._call(lambda: self._meetings.attendance_of(meeting.id))
        self.attendance.set_attendance(rows or [], list(meeting.guests))
        self.attendance.setEnabled(not self._read_only)
        self.minutes.set_content(meeting.minutes, meeting.decisions, self._read_only)
        self._show_parts(meeting)

    def _show_heading(self, meeting: Meeting) -> None:
        details = meeting.details
        when = moment_text(details.starts_at)
        where = html.escape(details.place or details.online_link)
        kind = domain_text(MEETING_TYPE_LABELS[details.meeting_type])
        agenda = " ".join(
            f"{number}. {html.escape(item)}" for number, item in enumerate(details.agenda, 1)
        )
        text = f"<h3>{html.escape(details.title)}</h3><p>{kind} · {when}"
        text += f" · {where}" if where else ""
        if agenda:
            text += "<br/>" + self.tr("Porządek obrad:") + " " + agenda
        self.heading.setText(text + "</p>")

    def _show_parts(self, meeting: Meeting) -> None:
        owners = {m.id: m.display_name for m in self._members if m.id is not None}
        self.tasks.set_tasks(list(meeting.tasks), owners, dt.date.today())
        self.tasks.set_editable(not self._read_only)
        self.attachments.set_attachments(list(meeting.attachments))
        self.attachments.set_editable(not self._read_only)

    def flush(self) -> bool:
        return self.minutes.flush()

    def clear(self) -> None:
        """Show no meeting and forget the minutes not yet stored: the data were replaced, and the
        meeting shown may no longer exist."""
        self.minutes.discard_changes()
        self.show_meeting(None, [])

    # --- storing ---------------------------------------------------------------------------

    def _call(self, action: Callable[[], T]) -> T | None:
        try:
            return self._call_raising(action)
        except EditConflict:
            show_error(
                self,
                self.tr("Nie zapisano"),
                self.tr(
                    "Inna osoba zmieniła w tym czasie te same dane spotkania. Widok pokazuje "
                    "teraz to, co zapisano; wprowadź zmianę ponownie, jeśli jest potrzebna."
                ),
            )
            self._reload()
        return None

    def _call_raising(self, action: Callable[[], T]) -> T | None:
        """Run a service call, telling the officer of every failure but a conflict."""
        try:
            return action()
        except ValidationFailed as error:
            show_error(self, self.tr("Nie zapisano"), problems_text(error.problems))
        except (StorageError, NotKept) as error:
            show_error(self, self.tr("Nie zapisano"), domain_text(error.message))
        except OSError as error:
            show_error(self, self.tr("Nie zapisano"), str(error))
        except Refused as error:
            show_error(self, self.tr("Nie zapisano"), refusal_text(error))
        return None

    def _reload(self) -> None:
        if self._meeting is not None:
            meeting_id = self._meeting.id
            self.show_meeting(self._call(lambda: self._meetings.meeting(meeting_id)), self._members)

    def _stored(self, meeting: Meeting | None, *, kept: bool = False) -> None:
        if meeting is not None:
            self._meeting = meeting
            if kept:  # on this computer only: the server cannot be read now
                self.attendance.hint.setText(kept_text(meeting.details.title))
                return
            self.last_change.setText(last_change_text(meeting.stamp))
            self._events.meetings_changed.emit()

    def _on_attendance_edited(self, invitation: Invitation, shown: Invitation) -> None:
        """Store one member's attendance; when a colleague recorded the same person
        differently meanwhile, ask which to keep (cancelling keeps the choice on screen)."""
        if self._meeting is None:
            return
        meeting, originals = self._meeting, {shown.member_id: shown}
        outcome = save_resolving(
            self,
            invitation,
            lambda chosen: self._call_raising(
                lambda: self._save_attendance(meeting, [chosen], originals)
            ),
        )
        if outcome.cancelled:
            self.attendance.hint.setText(self.tr("Nie zapisano obecności: wybór został w oknie."))
        self._stored(outcome.saved, kept=self._saves.kept)

    def _on_all_present(self) -> None:
        if self._meeting is None:
            return
        shown = {i.member_id: i for i in self._meeting.invitations if i.status is None}
        unrecorded = [replace(i, status=AttendanceStatus.PRESENT) for i in shown.values()]
        meeting = self._meeting
        self._stored(
            self._call(lambda: self._save_attendance(meeting, unrecorded, shown)),
            kept=self._saves.kept,
        )
        self.show_meeting(self._meeting, self._members)

    def _save_attendance(
        self, meeting: Meeting, invitations: list[Invitation], originals: dict[int, Invitation]
    ) -> Meeting:
        """Record attendance; while the team database is away it is kept on this computer."""
        return self._saves.save(
            ATTENDANCE,
            meeting.id,
            AttendanceSheet(tuple(invitations)),
            AttendanceSheet(tuple(originals.values())),
            lambda: self._meetings.record_attendance(meeting.id, invitations, originals=originals),
            kept_as=lambda sheet, _id: _with_invitations(meeting, sheet.invitations),
        )

    def _on_guests_edited(self, guests: list[Guest]) -> None:
        if self._meeting is not None:
            meeting_id = self._meeting.id
            self._stored(self._call(lambda: self._meetings.set_guests(meeting_id, guests)))

    def _store_minutes(self, minutes: str, decisions: list[str]) -> None:
        if self._meeting is None:
            return
        self._meeting = self._meetings.save_minutes(self._meeting.id, minutes, decisions)
        self._events.meetings_changed.emit()

    def _save_task(self, task: Task) -> None:
        if self._meeting is not None:
            meeting_id = self._meeting.id
            self._stored(self._call(lambda: self._meetings.save_task(meeting_id, task)))
            self._show_parts(self._meeting)

    def make_task_dialog(self, task: Task | None = None) -> TaskDialog:
        return TaskDialog(self._members, task, self)

    def _on_add_task(self) -> None:
        dialog = self.make_task_dialog()
        if dialog.exec() == TaskDialog.DialogCode.Accepted:
            self._save_task(dialog.value())

    def _on_edit_task(self, task: Task) -> None:
        if self._read_only:
            return
        dialog = self.make_task_dialog(task)
        if dialog.exec() == TaskDialog.DialogCode.Accepted:
            self._save_task(dialog.value())

    def _on_task_done(self, task: Task) -> None:
        if not task.done:
            self._save_task(replace(task, done_on=dt.date.today()))

    def _on_remove_task(self, task: Task) -> None:
        if self._meeting is None or task.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Usunąć zadanie?"),
            self.tr("Usunąć zadanie „{task}”?").format(task=task.description),
        )
        if answer == QMessageBox.StandardButton.Yes:
            meeting_id, task_id = self._meeting.id, task.id
            self._stored(self._call(lambda: self._meetings.delete_task(meeting_id, task_id)))
            self._show_parts(self._meeting)

    def _on_add_attachment(self, kind: AttachmentKind) -> None:
        source = ask_open_file(
            self,
            self.tr("Dołącz plik do spotkania"),
            self.tr("Wszystkie pliki (*)"),
            purpose="meeting-attachment",
        )
        if source is not None:
            self.attach_file(kind, source)

    def attach_file(self, kind: AttachmentKind, source: Path) -> None:
        if self._meeting is not None:
            meeting_id = self._meeting.id
            self._stored(
                self._call(lambda: self._meetings.add_attachment(meeting_id, kind, source))
            )
            self._show_parts(self._meeting)

    def _on_open_attachment(self, attachment: MeetingAttachment) -> None:
        copy = self._call(
            lambda: self._meetings.export_attachment(attachment.file, self._open_folder)
        )
        if copy is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def _on_remove_attachment(self, attachment: MeetingAttachment) -> None:
        if self._meeting is None or attachment.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Usunąć plik?"),
            self.tr("Usunąć plik „{name}” ze spotkania?").format(name=attachment.file.file_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            meeting_id, attachment_id = self._meeting.id, attachment.id
            self._stored(
                self._call(lambda: self._meetings.remove_attachment(meeting_id, attachment_id))
            )
            self._show_parts(self._meeting)


def _with_invitations(meeting: Meeting, changed: tuple[Invitation, ...]) -> Meeting:
    """The meeting with the changed invitations in place of its own."""
    by_member = {invitation.member_id: invitation for invitation in changed}
    invitations = tuple(by_member.get(i.member_id, i) for i in meeting.invitations)
    return replace(meeting, invitations=invitations)
