"""A person's data on request (RODO): export everything held about them, or erase it.

A member may hold two people (a representative and a substitute); the officer picks whose data
the request is about, and erasure is confirmed because it cannot be undone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from pim_desktop.domain.partnership import SLOT_LABELS, Member, PersonSlot
from pim_desktop.services.errors import StorageError
from pim_desktop.services.partnership_service import PartnershipService
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.file_dialogs import ask_save_file
from pim_desktop.ui.error_dialog import show_error
from pim_desktop.ui.labels import domain_text


class PersonalDataActions(QObject):
    reported = Signal(str)

    def __init__(self, partnership: PartnershipService, events: AppEvents, parent: QWidget) -> None:
        super().__init__(parent)
        self._partnership = partnership
        self._events = events
        self._parent = parent

    def choose_person(self, member: Member, question: str) -> PersonSlot | None:
        """Whose data: the only person of the member, or the one the officer picks."""
        people = [(slot, person) for slot, person in member.people() if not person.erased]
        if not people:
            QMessageBox.information(
                self._parent,
                self.tr("Brak danych osobowych"),
                self.tr("Ten członek nie ma zapisanych danych żadnej osoby."),
            )
            return None
        if len(people) == 1:
            return people[0][0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Której osoby?"),
            question,
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        box.setAccessibleName(self.tr("Której osoby?"))
        buttons: dict[object, PersonSlot] = {}
        for slot, person in people:
            label = f"{person.name} ({domain_text(SLOT_LABELS[slot])})"
            button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
            button.setObjectName(f"person_{slot.value}")
            buttons[button] = slot
        box.addButton(self.tr("Anuluj"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return buttons.get(box.clickedButton())

    def export_person(self, member: Member) -> None:
        slot = self.choose_person(member, self.tr("Czyje dane wyeksportować?"))
        if slot is None or member.id is None:
            return
        name = member.person(slot).name
        target = ask_save_file(
            self._parent,
            self.tr("Eksport danych osoby"),
            f"dane osobowe - {name}.json",
            self.tr("Plik JSON (*.json)"),
            purpose="personal-data",
        )
        if target is None:
            return
        try:
            self._partnership.export_person(member.id, slot, target)
        except (OSError, StorageError) as error:
            show_error(self._parent, self.tr("Nie zapisano pliku"), str(error))
            return
        self.reported.emit(
            self.tr("Dane osoby {name} zapisano w pliku {file}.").format(name=name, file=target)
        )

    def erase_person(self, member: Member) -> None:
        slot = self.choose_person(member, self.tr("Czyje dane usunąć?"))
        if slot is None or member.id is None:
            return
        name = member.person(slot).name
        answer = QMessageBox.warning(
            self._parent,
            self.tr("Usunąć dane osoby?"),
            self.tr(
                "Usunąć dane osobowe: {name}?\n\nImię i nazwisko, e-mail, telefon i zgody "
                "zostaną zastąpione napisem „Osoba usunięta”. Liczby spotkań i obecności "
                "zostaną zachowane. Tego nie można cofnąć."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._partnership.erase_person(member.id, slot)
        except StorageError as error:
            show_error(self._parent, self.tr("Nie usunięto danych"), domain_text(error.message))
            return
        self.reported.emit(self.tr("Usunięto dane osobowe: {name}.").format(name=name))
        self._events.members_changed.emit()
        self._events.meetings_changed.emit()
