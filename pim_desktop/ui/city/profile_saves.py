"""The city profile page's saves when colleagues edit the profile too: each save names the version
the page started from and sends only the fields the officer changed; a colleague's newer fields
come back to be shown, and a field both changed is put to the officer in the conflict dialog.

Cancelling the dialog keeps the officer's text on screen, unsaved, until they save (Ctrl+S) or
leave the page: the autosave does not ask again by itself. On a team database whose server is
away the changed fields go to the local journal (``JournaledSaves``), with the version they
started from, and reach the server through the same versioned save when it answers.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pim_desktop.domain.city import CityProfile, check_city_profile
from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.domain.record_fields import flat_fields, with_fields
from pim_desktop.domain.record_labels import CITY_PROFILE
from pim_desktop.services.city_profile_service import (
    PROFILE_ID,
    CityProfileService,
    ProfileSaveResult,
)
from pim_desktop.services.errors import StorageError
from pim_desktop.ui.common.autosave import Autosave, SaveHeld
from pim_desktop.ui.common.journaled_save import JournaledSaves, NotKept, kept_text
from pim_desktop.ui.common.versioned_edit import save_resolving


@dataclass(frozen=True)
class ProfileSaved:
    """A save done: its result, and the stored values the screen should show now (a colleague's
    fields taken in, the conflict dialog's choices), by field id."""

    result: ProfileSaveResult
    to_show: dict[str, Any] = field(default_factory=dict)
    kept: bool = False  # kept on this computer: nothing was stored on the server

    def note(self, taken: str) -> str:
        """What the page says of the save (``taken``: of a colleague's fields taken in)."""
        if self.kept:
            return "✓ " + kept_text(QCoreApplication.translate("ProfileSaves", "Dane miasta"))
        return taken


class ProfileSaves:
    """The stored version the page's values come from, the fields the officer changed since,
    and the saves against that version."""

    def __init__(self, service: CityProfileService) -> None:
        self._service = service
        self.loaded = CityProfile()
        self.edited: set[str] = set()
        # On a team database: the local journal, for a save the server cannot take.
        self.journaled: JournaledSaves | None = None

    def take(self, stored: CityProfile, still_edited: Collection[str] = ()) -> None:
        """Go on from ``stored``; ``still_edited`` are fields whose typed text stays unsaved."""
        self.loaded = stored
        self.edited = set(still_edited)

    def mark_edited(self, field_id: str) -> None:
        self.edited.add(field_id)

    def save(self, parent: QWidget, autosave: Autosave, on_screen: CityProfile) -> ProfileSaved:
        """Store the officer's changed fields; raises ``SaveHeld`` when they cancel a conflict."""
        typed = flat_fields(on_screen)
        changed = {field_id: typed[field_id] for field_id in self.edited if field_id in typed}
        original = self.loaded
        conflicts: list[EditConflict] = []

        def save(record: CityProfile) -> ProfileSaveResult:
            try:
                return self._stored(record, original)
            except EditConflict as conflict:
                conflicts.append(conflict)
                raise

        with autosave.paused():
            outcome = save_resolving(parent, with_fields(original, changed), save)
        if outcome.saved is None:
            raise SaveHeld(self._cancelled_text(conflicts[-1].changed_by if conflicts else ""))
        result = outcome.saved
        kept = self.journaled is not None and self.journaled.kept
        refused = result.refused_fields & set(changed)
        stored = flat_fields(result.stored)
        to_show = {
            field_id: value
            for field_id, value in stored.items()
            if field_id not in refused and value != typed.get(field_id)
        }
        self.take(result.stored, refused)
        return ProfileSaved(result, to_show, kept)

    def _stored(self, record: CityProfile, original: CityProfile) -> ProfileSaveResult:
        """Save ``record`` on the server, or keep it in the journal when the server is away
        (or earlier saves of the profile wait there): then the profile goes on from the
        officer's values at the version it started from, its faults found here."""
        if self.journaled is None:
            return self._service.save(record, original)
        try:
            return self.journaled.save(
                CITY_PROFILE,
                PROFILE_ID,
                record,
                original,
                lambda: self._service.save(record, original),
                kept_as=lambda kept, _id: ProfileSaveResult(kept, check_city_profile(kept)),
            )
        except NotKept as error:
            raise StorageError(error.message) from error  # the autosave tries again

    def colleagues_values(
        self, stored: CityProfile, on_screen: CityProfile, busy: Collection[str]
    ) -> dict[str, Any]:
        """A colleague saved ``stored``: the values to show in the fields the officer has not
        changed and is not in (``busy``). The version to save against stays, so that a field
        both change is still put to the officer when they save."""
        shown = flat_fields(on_screen)
        return {
            field_id: value
            for field_id, value in flat_fields(stored).items()
            if field_id not in self.edited and field_id not in busy and value != shown.get(field_id)
        }

    @staticmethod
    def _cancelled_text(who: str) -> str:
        who = who or QCoreApplication.translate("ProfileSaves", "inna osoba")
        return QCoreApplication.translate(
            "ProfileSaves",
            "Nie zapisano: te same pola zmienił(a) {who}. Twoje zmiany są w oknie; zapisz "
            "(Ctrl+S), aby znów wybrać wersje.",
        ).format(who=who)


def taken_text(who: str, names: list[str], *, saved: bool) -> str:
    """ "Wczytano zmiany, które wprowadził(a) …" after a save (``saved``) or a colleague's
    notice ("" when nothing of a colleague's came)."""
    if not who or not names:
        return ""
    if saved:
        text = QCoreApplication.translate(
            "ProfileSaves", "Zapisano. Wczytano zmiany, które wprowadził(a) {who}: {fields}."
        )
    else:
        text = QCoreApplication.translate(
            "ProfileSaves", "Wczytano zmiany, które wprowadził(a) {who}: {fields}."
        )
    return ("✓ " if saved else "✎ ") + text.format(who=who, fields=", ".join(names))
