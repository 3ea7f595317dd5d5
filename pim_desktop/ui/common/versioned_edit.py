"""Saving a record that carries its version, from a page: when a colleague changed the same
fields meanwhile, the conflict dialog asks which values to keep and the save is made again
against the newer version; cancelling it saves nothing and tells the page so, which gives the
officer's edits back to them, as does a save that could not be kept anywhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.domain.record_fields import resolved_record
from pim_desktop.ui.common.conflict_dialog import resolve_conflict
from pim_desktop.ui.common.journaled_save import NotKept
from pim_desktop.ui.common.record_texts import conflict_labels, display_for
from pim_desktop.ui.error_dialog import show_error
from pim_desktop.ui.labels import domain_text

R = TypeVar("R")
S = TypeVar("S")
# Failures in a row to keep a save even on this computer before the dialog stops reopening.
KEEP_TRIES = 5


@dataclass(frozen=True)
class Saving(Generic[S]):
    """What came of a save: the stored record (``None``: refused, the page said why), or
    ``cancelled`` when the officer closed the conflict dialog."""

    saved: S | None = None
    cancelled: bool = False


def save_resolving(parent: QWidget, edited: R, save: Callable[[R], S | None]) -> Saving[S]:
    """Save ``edited``; on each conflict ask, then save the officer's choices."""
    record = edited
    while True:
        try:
            return Saving(save(record))
        except EditConflict as conflict:
            kind = conflict.record_kind
            choices = resolve_conflict(
                parent, conflict, conflict_labels(conflict), display_for(kind)
            )
            if choices is None:
                return Saving(cancelled=True)
            record = resolved_record(record, conflict, choices)


def edit_until_saved(
    parent: QWidget,
    shown: R,
    ask: Callable[[R], R | None],
    save: Callable[[R], S | None],
    on_cancelled: Callable[[], None],
) -> S | None:
    """Ask for an edit of ``shown`` (``ask`` opens the dialog; ``None``: the officer cancelled)
    and save it; when the officer cancels a conflict, ``on_cancelled`` says so and the dialog
    opens again with what they typed, so nothing is lost. So it does when neither the team
    database nor this computer's journal can take the save (``NotKept``): the reason is shown
    first, and after ``KEEP_TRIES`` such failures in a row the officer is told to keep their
    text elsewhere and the dialog is not opened again."""
    not_kept = 0
    while True:
        edited = ask(shown)
        if edited is None:
            return None
        try:
            outcome = save_resolving(parent, edited, save)
        except NotKept as error:
            not_kept += 1
            _tell_not_kept(parent, error, last=not_kept >= KEEP_TRIES)
            if not_kept >= KEEP_TRIES:
                return None
            shown = edited
            continue
        not_kept = 0
        if not outcome.cancelled:
            return outcome.saved
        on_cancelled()
        shown = edited


def _tell_not_kept(parent: QWidget, error: NotKept, *, last: bool) -> None:
    text = domain_text(error.message)
    if last:
        text += " " + QCoreApplication.translate(
            "VersionedEdit",
            "Zapis nie udał się kilka razy z rzędu; okno nie otworzy się ponownie. Przepisz "
            "wpisane dane w bezpieczne miejsce i spróbuj, gdy folder danych będzie dostępny.",
        )
    show_error(parent, QCoreApplication.translate("VersionedEdit", "Nie zapisano"), text)
