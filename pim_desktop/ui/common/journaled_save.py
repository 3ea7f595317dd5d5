"""Saving a member, meeting, attendance or plan action from a page while the team database may
be away: a save the server cannot take, or one of a record whose earlier edits still wait, is
kept at once in the local journal on this computer, and the page shows the officer's values.
When even the journal cannot be written, ``NotKept`` says why and the dialog the values came
from opens again with them (``versioned_edit.edit_until_saved``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from pim_desktop.domain.record_journal import with_id
from pim_desktop.services.errors import StorageError
from pim_desktop.ui.app_events import AppEvents

if TYPE_CHECKING:
    from pim_desktop.services.team_journal import TeamJournal

S = TypeVar("S")


class NotKept(Exception):
    """Neither the team database nor this computer's journal took the save; ``message`` is
    the Polish template that says why (the typed values go back to the dialog)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class JournaledSaves:
    """The saves of one page; ``kept`` says whether the last one went to the journal."""

    def __init__(self, journal: TeamJournal | None, events: AppEvents) -> None:
        self._journal = journal
        self._events = events
        self.kept = False

    def save(
        self,
        kind: str,
        record_id: int | None,
        edited: Any,
        original: Any | None,
        save: Callable[[], S],
        *,
        kept_as: Callable[[Any, int], S] | None = None,
    ) -> S:
        """Run ``save``; when the team database cannot be reached, or the record's earlier
        edits wait in the journal, keep ``edited`` there instead (``record_id`` and
        ``original`` ``None``: a new record) and return it as the page shows it: ``kept_as``
        given the record and its id (this computer's number below 0 when it is new), else the
        record itself carrying that id."""
        self.kept = False
        journal = self._journal
        if journal is None:
            return save()
        if record_id is None or not journal.holds(record_id, kind):
            try:
                return save()
            except StorageError as error:
                if not error.unreachable:
                    raise
        try:
            entry = journal.keep_record(kind, record_id, edited, original)
        except StorageError as error:
            raise NotKept(error.message) from error
        self.kept = True
        self._events.team_journal_changed.emit()
        if kept_as is not None:
            return kept_as(edited, entry.record_id)
        shown: S = with_id(edited, entry.record_id)
        return shown

    def forget_new(self, parent: QWidget, record_id: int, name: str) -> bool:
        """Delete a new record that waits on this computer (its number below 0), after the
        usual question: its entries leave the journal and the server never hears of it.
        Whether it was deleted."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("JournaledSaves", "Usunąć zapis czekający na serwer?"),
            QCoreApplication.translate(
                "JournaledSaves",
                "Usunąć „{name}”?\n\nTen zapis nie dotarł jeszcze do bazy zespołu: zostanie "
                "usunięty z tego komputera i nie trafi na serwer.",
            ).format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes or self._journal is None:
            return False
        self._journal.forget_new(record_id)
        self._events.team_journal_changed.emit()
        return True


def waits_for_server(record_id: int | None) -> bool:
    """Whether the record is new and kept on this computer: the server has no record of it
    yet, so nothing that names it there (its history, a print, a removal) can be asked."""
    return record_id is not None and record_id < 0


def waiting_text(name: str) -> str:
    """What the page says when an action needs the server's copy of a record still waiting."""
    return QCoreApplication.translate(
        "JournaledSaves",
        "„{name}” czeka na tym komputerze, aż serwer bazy zespołu odpowie; ta czynność będzie "
        "możliwa, gdy zapis trafi do bazy zespołu.",
    ).format(name=name)


def kept_text(name: str) -> str:
    """What the page says of a save kept on this computer."""
    return QCoreApplication.translate(
        "JournaledSaves",
        "Brak połączenia z bazą zespołu: zmiany „{name}” są zapisane na tym komputerze i "
        "trafią do bazy zespołu, gdy serwer odpowie.",
    ).format(name=name)
