"""Asks which call, which role and which network a new application is for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.forms.definition import FormDefinition, Role
from pim_desktop.ui.common.dates import day_text
from pim_desktop.ui.common.dialog_buttons import accept_cancel_buttons


def newest_call_first(definitions: list[FormDefinition]) -> list[FormDefinition]:
    """By the call's deadline, latest first; a call without a deadline comes last."""
    return sorted(
        definitions,
        key=lambda d: d.call.deadline.toordinal() if d.call.deadline else 0,
        reverse=True,
    )


@dataclass(frozen=True)
class NewApplicationChoice:
    definition: FormDefinition
    role: Role
    network_id: str


class NewApplicationDialog(QDialog):
    def __init__(
        self,
        definitions: list[FormDefinition],
        allowed_networks: Callable[[FormDefinition], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The call the officer most likely means, the newest, comes first and is chosen.
        self._definitions = newest_call_first(definitions)
        self._allowed_networks = allowed_networks
        self.setWindowTitle(self.tr("Nowy wniosek"))
        self.setAccessibleName(self.tr("Nowy wniosek"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edition = self._combo("edition", self.tr("Nabór"))
        self.role = self._combo("role", self.tr("Rola miasta"))
        self.network = self._combo("network", self.tr("Sieć tematyczna"))
        form.addRow(self._label(self.tr("&Nabór:"), self.edition), self.edition)
        form.addRow(self._label(self.tr("&Rola miasta:"), self.role), self.role)
        form.addRow(self._label(self.tr("&Sieć tematyczna:"), self.network), self.network)
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setObjectName("new_application_note")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons, _create = accept_cancel_buttons(self, self.tr("Utwórz wniosek"))
        layout.addWidget(self.buttons)
        for definition in self._definitions:
            deadline = definition.call.deadline
            when = day_text(deadline) if deadline else "—"
            self.edition.addItem(
                self.tr("{title} (termin: {date})").format(title=definition.title, date=when),
                definition.key,
            )
        self.edition.currentIndexChanged.connect(self._on_edition_changed)
        self.edition.setCurrentIndex(0)
        self._on_edition_changed()

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _definition(self) -> FormDefinition:
        return self._definitions[self.edition.currentIndex()]

    def _on_edition_changed(self) -> None:
        definition = self._definition()
        self.role.clear()
        for role in Role:
            if definition.has_role(role):
                self.role.addItem(definition.role_label(role), role.value)
        self.network.clear()
        allowed = self._allowed_networks(definition)
        for network in definition.networks:
            if network.id in allowed:
                self.network.addItem(network.name, network.id)
        notes = []
        if definition.one_network_per_city:
            notes.append(self.tr("W tym naborze miasto zgłasza się tylko do jednej sieci."))
        if len(allowed) < len(definition.networks):
            notes.append(self.tr("Miasto ma już wniosek w tym naborze, więc sieć jest ustalona."))
        self.note.setText(" ".join(notes))

    def choice(self) -> NewApplicationChoice:
        return NewApplicationChoice(
            self._definition(), Role(self.role.currentData()), str(self.network.currentData())
        )
