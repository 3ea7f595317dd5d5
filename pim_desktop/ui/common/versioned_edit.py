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
    first, and the dialog comes back until the save is kept or the officer cancels it, so the
    program never throws away what was typed on its own."""
    while True:
        edited = ask(shown)
        if edited is None:
            return None
        try:
            outcome = save_resolving(parent, edited, save)
        except NotKept as error:
            show_error(
                parent,
                QCoreApplication.translate("VersionedEdit", "Nie zapisano"),
                domain_text(error.message),
            )
            shown = edited
            continue
        if not outcome.cancelled:
            return outcome.saved
        on_cancelled()
        shown = edited
