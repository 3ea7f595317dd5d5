"""The editor's saves when colleagues edit the same application: each save names the version the
editor started from; a colleague's newer fields come back to be shown, and a field both changed
is put to the officer in the conflict dialog once, then saved as chosen. A save the team
database cannot take waits in the team journal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pim_desktop.domain.application import Application, Values
from pim_desktop.domain.edit_conflicts import EditConflict, resolved
from pim_desktop.services.application_service import ApplicationService
from pim_desktop.services.errors import StorageError
from pim_desktop.ui.common.autosave import Autosave, SaveHeld
from pim_desktop.ui.common.conflict_dialog import resolve_conflict

if TYPE_CHECKING:
    from pim_desktop.services.team_journal import TeamJournal


class ConflictLeftOpen(SaveHeld):
    """The officer cancelled the choice (or a colleague saved again meanwhile): ``kept`` are the
    values still to save, on screen and unsaved."""

    def __init__(self, reason: str, kept: Values) -> None:
        super().__init__(reason)
        self.kept = kept


@dataclass(frozen=True)
class SharedSave:
    """A save done: what is stored now, the fields a colleague changed meanwhile (to show), and
    the fields the officer chose in the conflict dialog (to show as chosen); ``kept_locally``:
    the save waits in the team journal for the server."""

    application: Application
    others_by: str = ""
    others: dict[str, Any] = field(default_factory=dict)
    chosen: dict[str, Any] = field(default_factory=dict)
    kept_locally: bool = False


class SharedSaves:
    """The version the editor's values come from, and its saves against it; ``journal`` keeps
    the saves a team database could not take (``None`` on this computer's own file)."""

    def __init__(
        self,
        service: ApplicationService,
        application: Application,
        display: Callable[[str, Any], str],
        journal: TeamJournal | None = None,
    ) -> None:
        self._service = service
        self._display = display
        self._journal = journal
        self.version = application.row_version
        self.base: Values = dict(application.values)

    def store(
        self, parent: QWidget, autosave: Autosave, application: Application, pending: Values
    ) -> SharedSave:
        """Save against the version the editor started from; while the team database cannot be
        reached (or older edits of this application wait), keep the save in the journal."""
        journal = self._journal
        if journal is None or not journal.holds(application.id):
            try:
                return self.save(parent, autosave, application.id, pending)
            except StorageError as error:
                if journal is None or not error.unreachable:
                    raise
        return SharedSave(journal.keep_waiting(application, pending), kept_locally=True)

    def save(
        self, parent: QWidget, autosave: Autosave, application_id: int, pending: Values
    ) -> SharedSave:
        """Store ``pending``; raises ``ConflictLeftOpen`` when a conflict stays undecided."""
        original = {field_id: self.base.get(field_id) for field_id in pending}
        try:
            saved = self._service.save_edits(
                application_id, pending, base_version=self.version, original=original
            )
            return self._took(saved.application, saved.others_by, pending, {})
        except EditConflict as conflict:
            with autosave.paused():
                choices = resolve_conflict(parent, conflict, conflict.labels, self._display)
            if choices is None:
                raise ConflictLeftOpen(self._cancelled_text(conflict), pending) from conflict
            values = resolved(conflict.outcome, choices)
            # The choices are made against the colleague's version: it is the new starting point.
            self.version = conflict.current_version
            for item in conflict.outcome.conflicts:
                self.base[item.field_id] = item.theirs
            return self._save_chosen(application_id, values, choices)

    def _save_chosen(
        self, application_id: int, values: Values, choices: dict[str, Any]
    ) -> SharedSave:
        original = {field_id: self.base.get(field_id) for field_id in values}
        try:
            saved = self._service.save_edits(
                application_id, values, base_version=self.version, original=original
            )
        except EditConflict as again:
            # Not asked twice in one save: the choices wait on screen for the officer's next save.
            raise ConflictLeftOpen(self._again_text(again), values) from again
        return self._took(saved.application, saved.others_by, values, choices)

    def _took(
        self, application: Application, others_by: str, sent: Values, chosen: dict[str, Any]
    ) -> SharedSave:
        """Move the starting point to what is stored now; name the fields others changed."""
        before, now = self.base, application.values
        others = {
            field_id: now.get(field_id)
            for field_id in sorted(set(before) | set(now))
            if field_id not in sent and before.get(field_id) != now.get(field_id)
        }
        self.take(application)
        return SharedSave(application, others_by, others, chosen)

    def take(self, stored: Application) -> None:
        """Go on from ``stored``: the version and values the next save starts from."""
        self.version = stored.row_version
        self.base = dict(stored.values)

    @staticmethod
    def _cancelled_text(conflict: EditConflict) -> str:
        return QCoreApplication.translate(
            "SharedSaves",
            "Nie zapisano: te same pola zmienił(a) {who}. Twoje zmiany są w oknie; zapisz "
            "(Ctrl+S), aby znów wybrać wersje.",
        ).format(who=colleague(conflict.changed_by))

    @staticmethod
    def _again_text(conflict: EditConflict) -> str:
        return QCoreApplication.translate(
            "SharedSaves",
            "Nie zapisano: {who} w tej chwili znów zmienił(a) te pola. Twoje wybory są w oknie; "
            "zapisz (Ctrl+S), aby porównać je z nową wersją.",
        ).format(who=colleague(conflict.changed_by))


def colleague(changed_by: str) -> str:
    """Who changed the application meanwhile, as a sentence names them: the name their change
    carries, else "inna osoba" (a change written before names were kept)."""
    return changed_by or QCoreApplication.translate("SharedSaves", "inna osoba")
