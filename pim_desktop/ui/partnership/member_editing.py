"""Adding and editing a member from the register: the dialog, its save against the version it
was opened at, and on a team database the local journal when the server is away, so what was
typed in the dialog is never lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pim_desktop.domain.partnership import Member
from pim_desktop.domain.problems import Refused, ValidationFailed
from pim_desktop.domain.record_labels import MEMBER
from pim_desktop.services.errors import StorageError
from pim_desktop.services.partnership_service import PartnershipService
from pim_desktop.ui.common.journaled_save import JournaledSaves
from pim_desktop.ui.common.versioned_edit import edit_until_saved
from pim_desktop.ui.error_dialog import show_error
from pim_desktop.ui.labels import domain_text, problems_text, refusal_text
from pim_desktop.ui.partnership.member_dialog import MemberDialog


class MemberEditing:
    """The member dialog's round trip for the page ``parent``; ``saves.kept`` says whether the
    last member went to the journal."""

    def __init__(
        self,
        parent: QWidget,
        partnership: PartnershipService,
        saves: JournaledSaves,
        dialog: Callable[[Member | None], MemberDialog],
        report: Callable[[str], None],
    ) -> None:
        self._parent = parent
        self._partnership = partnership
        self.saves = saves
        self._dialog = dialog
        self._report = report

    def add(self) -> Member | None:
        """A new member typed in the dialog and stored (or kept on this computer)."""
        return self._edit(None)

    def edit(self, member: Member) -> Member | None:
        return self._edit(member)

    def _edit(self, member: Member | None) -> Member | None:
        letter: list[Path | None] = [None]

        def ask(shown: Member | None) -> Member | None:
            dialog = self._dialog(shown)
            if letter[0] is not None:
                dialog.set_letter_file(letter[0])
            if dialog.exec() != MemberDialog.DialogCode.Accepted:
                return None
            letter[0] = dialog.letter_file()
            return dialog.value()

        def save(edited: Member | None) -> Member | None:
            assert edited is not None
            return self._store(lambda: self._save(edited, member, letter[0]))

        return edit_until_saved(self._parent, member, ask, save, self._on_cancelled)

    def _save(self, typed: Member, original: Member | None, letter: Path | None) -> Member:
        # The letter is copied in first: an edit kept on this computer carries it too.
        edited = self._partnership.with_letter(typed, letter)
        if original is None or original.id is None:
            return self.saves.save(
                MEMBER, edited.id, edited, None, lambda: self._partnership.add_member(edited)
            )
        return self.saves.save(
            MEMBER,
            original.id,
            edited,
            original,
            lambda: self._partnership.update_member(edited, original=original),
        )

    def _on_cancelled(self) -> None:
        self._report(
            QCoreApplication.translate(
                "PartnershipPage", "Nie zapisano: zmiany wróciły do okna członka."
            )
        )

    def _store(self, action: Callable[[], Member]) -> Member | None:
        title = QCoreApplication.translate("PartnershipPage", "Nie zapisano członka")
        try:
            return action()
        except ValidationFailed as error:
            show_error(self._parent, title, problems_text(error.problems))
        except (StorageError, OSError) as error:
            message = domain_text(error.message) if isinstance(error, StorageError) else str(error)
            show_error(self._parent, title, message)
        except Refused as error:
            show_error(self._parent, title, refusal_text(error))
        return None
