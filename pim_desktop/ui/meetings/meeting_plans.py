"""Adding a meeting and editing its details from the meetings page: the dialog, its save
against the version it was opened at, and on a team database the local journal when the server
is away, so what was typed in the dialog is never lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pim_desktop.domain.meeting import Invitation, Meeting, MeetingPlan
from pim_desktop.domain.problems import Refused, ValidationFailed
from pim_desktop.domain.record_labels import MEETING
from pim_desktop.services.errors import StorageError
from pim_desktop.services.meeting_service import MeetingService
from pim_desktop.ui.common.journaled_save import JournaledSaves, waiting_text, waits_for_server
from pim_desktop.ui.common.versioned_edit import edit_until_saved
from pim_desktop.ui.error_dialog import show_error
from pim_desktop.ui.labels import domain_text, problems_text, refusal_text
from pim_desktop.ui.meetings.meeting_dialog import MeetingDialog
from pim_desktop.ui.meetings.meeting_table_model import MeetingTableModel

T = TypeVar("T")
# The meeting dialog for a stored meeting (its id) or a new one (None), showing a plan or not.
DialogFor = Callable[[int | None, MeetingPlan | None], MeetingDialog]


class MeetingPlans:
    """The meeting dialog's round trip for the page ``parent``; ``saves.kept`` says whether the
    last save went to the journal."""

    def __init__(
        self,
        parent: QWidget,
        meetings: MeetingService,
        saves: JournaledSaves,
        dialog: DialogFor,
        report: Callable[[str], None],
    ) -> None:
        self._parent = parent
        self._meetings = meetings
        self.saves = saves
        self._dialog = dialog
        self._report = report

    def stored(self, meeting_id: int | None, title: Callable[[int], str]) -> int | None:
        """``meeting_id`` when the server has the meeting; of a new one waiting on this
        computer (``title`` gives its title) the page only says that it waits."""
        if waits_for_server(meeting_id):
            self._report(waiting_text(title(meeting_id or 0)))
            return None
        return meeting_id

    def forgot(self, meeting_id: int, title: str, rows: MeetingTableModel) -> bool:
        """Whether ``meeting_id`` was a new meeting waiting on this computer, which is then
        deleted from the journal after the usual question (the server never had it)."""
        if not waits_for_server(meeting_id):
            return False
        if self.saves.forget_new(self._parent, meeting_id, title):
            rows.set_meetings([m for m in rows.rows() if m.id != meeting_id])
            self._report(
                QCoreApplication.translate("MeetingsPage", "Usunięto spotkanie: {title}.").format(
                    title=title
                )
            )
        return True

    def add(self) -> Meeting | None:
        return self._edit(None, None)

    def edit(self, meeting_id: int, original: MeetingPlan) -> Meeting | None:
        return self._edit(meeting_id, original)

    def _edit(self, meeting_id: int | None, original: MeetingPlan | None) -> Meeting | None:
        def ask(shown: MeetingPlan | None) -> MeetingPlan | None:
            dialog = self._dialog(meeting_id, shown)
            if dialog.exec() != MeetingDialog.DialogCode.Accepted:
                return None
            plan = shown or MeetingPlan(dialog.value())
            return MeetingPlan(dialog.value(), tuple(dialog.invited_ids()), plan.stamp)

        def save(plan: MeetingPlan | None) -> Meeting | None:
            assert plan is not None
            if meeting_id is None:
                return self.store(
                    lambda: self.saves.save(
                        MEETING,
                        None,
                        plan,
                        None,
                        lambda: self._meetings.add_meeting(plan.details, plan.invited),
                        kept_as=_as_meeting,
                    )
                )
            return self.store(
                lambda: self.saves.save(
                    MEETING,
                    meeting_id,
                    plan,
                    original,
                    lambda: self._meetings.save_plan(meeting_id, plan, original=original),
                    kept_as=_as_meeting,
                )
            )

        return edit_until_saved(self._parent, original, ask, save, self._on_cancelled)

    def _on_cancelled(self) -> None:
        self._report(
            QCoreApplication.translate(
                "MeetingsPage", "Nie zapisano: zmiany wróciły do okna spotkania."
            )
        )

    def store(self, action: Callable[[], T]) -> T | None:
        """Run a service call; tell the officer why it failed (``None`` then)."""
        title = QCoreApplication.translate("MeetingsPage", "Nie zapisano spotkania")
        try:
            return action()
        except ValidationFailed as error:
            show_error(self._parent, title, problems_text(error.problems))
        except StorageError as error:
            show_error(self._parent, title, domain_text(error.message))
        except Refused as error:
            show_error(self._parent, title, refusal_text(error))
        return None


def _as_meeting(plan: MeetingPlan, meeting_id: int) -> Meeting:
    """A plan kept on this computer, as the page shows a meeting."""
    invitations = tuple(Invitation(member_id) for member_id in plan.invited)
    return Meeting(meeting_id, plan.details, invitations, stamp=plan.stamp)
