"""Adds or edits one member of the partnership; the page stores what the dialog returns.

The dialog checks the member before it closes, so a wrong e-mail is shown beside the dialog's
fields instead of being lost: the officer's typing stays until it is right or cancelled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.attachment import size_text
from pim_desktop.domain.partnership import (
    ROLE_LABELS,
    SCORE_MAX,
    SCORE_MIN,
    SECTOR_LABELS,
    Member,
    MemberKind,
    MemberRole,
    Person,
    PersonSlot,
    Sector,
    check_member,
)
from pim_desktop.domain.record_fields import RecordChange
from pim_desktop.ui.common.change_history_dialog import ChangeHistoryDialog
from pim_desktop.ui.common.dialog_buttons import accept_cancel_buttons
from pim_desktop.ui.common.file_dialogs import ask_open_file
from pim_desktop.ui.common.last_change_row import LastChangeRow
from pim_desktop.ui.common.optional_date_edit import OptionalDateEdit
from pim_desktop.ui.common.problem_list import ProblemList
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.partnership.person_editor import PersonEditor

W = TypeVar("W", bound=QWidget)


class MemberDialog(QDialog):
    def __init__(
        self,
        member: Member | None = None,
        parent: QWidget | None = None,
        *,
        history: Callable[[], list[RecordChange]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        # A new member joins today unless the officer says otherwise.
        self._original = member or Member(joined_on=dt.date.today())
        self._letter_file: Path | None = None
        self._letter = self._original.letter_of_intent
        adding = member is None
        self.setWindowTitle(
            self.tr("Nowy członek Partnerstwa") if adding else self.tr("Członek Partnerstwa")
        )
        self.setAccessibleName(self.windowTitle())

        self.problems = ProblemList()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._member_tab(), self.tr("&Członek"))
        self.representative = PersonEditor(self.tr("przedstawiciel"), "representative")
        self.substitute = PersonEditor(self.tr("zastępca"), "substitute")
        self.tabs.addTab(self.representative, self.tr("&Przedstawiciel"))
        self.tabs.addTab(self.substitute, self.tr("Z&astępca"))
        buttons, self.save_button = accept_cancel_buttons(
            self, self.tr("&Zapisz"), "save_member", kind=QDialogButtonBox.StandardButton.Save
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)
        if not adding:
            layout.addWidget(self._change_row())
        layout.addWidget(buttons)
        self._show(self._original)

    def _change_row(self) -> LastChangeRow:
        """Who saved this member last, and the way to everything changed before."""
        history = self._history
        row = LastChangeRow(
            self._original.display_name,
            history if history is not None else list,
            self.tr("Historia zmian członka"),
        )
        row.show_stamp(self._original.stamp)
        row.history_button.setObjectName("member_history")
        row.history_button.setEnabled(history is not None)
        self.change_row = row
        self.last_change = row.last_change
        self.history_button = row.history_button
        return row

    def make_history_dialog(self) -> ChangeHistoryDialog:
        return self.change_row.make_history_dialog()

    def _member_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.organisation_kind = QRadioButton(self.tr("&instytucja lub organizacja"))
        self.individual_kind = QRadioButton(self.tr("osoba prywatna (&mieszkaniec)"))
        kinds = QButtonGroup(tab)
        kind_row = QHBoxLayout()
        for button in (self.organisation_kind, self.individual_kind):
            button.setAccessibleName(
                self.tr("Rodzaj członka") + ": " + button.text().replace("&", "")
            )
            kinds.addButton(button)
            kind_row.addWidget(button)
        kind_row.addStretch(1)
        form.addRow(self.tr("Rodzaj członka:"), kind_row)
        self.organisation_kind.toggled.connect(self._on_kind_toggled)
        self.organisation_name = self._labelled(
            form, QLineEdit(), self.tr("&Nazwa:"), "organisation_name"
        )
        self.sector = self._labelled(form, QComboBox(), self.tr("&Sektor:"), "sector")
        for sector in Sector:
            self.sector.addItem(domain_text(SECTOR_LABELS[sector]), sector.value)
        self.role = self._labelled(form, QComboBox(), self.tr("&Rola:"), "role")
        for role in MemberRole:
            self.role.addItem(domain_text(ROLE_LABELS[role]), role.value)
        self.address = self._labelled(form, QLineEdit(), self.tr("Adr&es:"), "address")
        self.joined_on = OptionalDateEdit(self.tr("podano"), self.tr("Data przystąpienia"))
        form.addRow(self.tr("Data przystąpienia:"), self.joined_on)
        self.left_on = OptionalDateEdit(self.tr("wystąpił(a)"), self.tr("Data wystąpienia"))
        form.addRow(self.tr("Data wystąpienia:"), self.left_on)
        self.importance = self._score(form, self.tr("&Ważność dla wyzwania (1–5):"), "importance")
        self.influence = self._score(form, self.tr("Wpł&yw (1–5):"), "influence")
        form.addRow(self.tr("List intencyjny:"), self._letter_row())
        self.notes = self._labelled(form, QPlainTextEdit(), self.tr("&Uwagi:"), "notes")
        self.notes.setTabChangesFocus(True)
        return tab

    def _labelled(self, form: QFormLayout, widget: W, label: str, name: str) -> W:
        widget.setObjectName(name)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, widget)
        return widget

    def _score(self, form: QFormLayout, label: str, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(SCORE_MIN, SCORE_MAX)
        self._labelled(form, spin, label, name)
        return spin

    def _letter_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.letter_label = QLabel()
        self.letter_label.setObjectName("letter_of_intent")
        self.letter_label.setWordWrap(True)
        attach = QPushButton(self.tr("&Dołącz plik…"))
        attach.setAccessibleName(self.tr("Dołącz list intencyjny"))
        attach.clicked.connect(self._on_attach_clicked)
        self.remove_letter = QPushButton(self.tr("Usuń plik"))
        self.remove_letter.setAccessibleName(self.tr("Usuń list intencyjny"))
        self.remove_letter.clicked.connect(lambda: self.set_letter_file(None))
        layout.addWidget(self.letter_label, 1)
        layout.addWidget(attach)
        layout.addWidget(self.remove_letter)
        return row

    # --- values ------------------------------------------------------------------------------

    def _show(self, member: Member) -> None:
        individual = member.kind is MemberKind.INDIVIDUAL
        self.individual_kind.setChecked(individual)
        self.organisation_kind.setChecked(not individual)
        self.organisation_name.setText(member.organisation_name)
        self.sector.setCurrentIndex(self.sector.findData(member.sector.value))
        self.role.setCurrentIndex(self.role.findData(member.role.value))
        self.address.setText(member.address)
        self.joined_on.set_value(member.joined_on)
        self.left_on.set_value(member.left_on)
        self.importance.setValue(member.importance)
        self.influence.setValue(member.influence)
        self.notes.setPlainText(member.notes)
        self.representative.set_value(member.representative)
        self.substitute.set_value(member.substitute)
        self._show_letter()
        self._on_kind_toggled()

    def value(self) -> Member:
        """The member as typed in (with its id when editing)."""
        kind = (
            MemberKind.INDIVIDUAL if self.individual_kind.isChecked() else MemberKind.ORGANISATION
        )
        organisation = kind is MemberKind.ORGANISATION
        return replace(
            self._original,
            kind=kind,
            organisation_name=self.organisation_name.text().strip() if organisation else "",
            sector=Sector(self.sector.currentData()),
            role=MemberRole(self.role.currentData()),
            address=self.address.text().strip(),
            joined_on=self.joined_on.value(),
            left_on=self.left_on.value(),
            importance=self.importance.value(),
            influence=self.influence.value(),
            notes=self.notes.toPlainText().strip(),
            representative=self.representative.value(),
            substitute=self.substitute.value() if organisation else Person(),
            letter_of_intent=self._letter,
        )

    def letter_file(self) -> Path | None:
        """A file chosen as the new letter of intent, to be copied in when the member is saved."""
        return self._letter_file

    def set_letter_file(self, path: Path | None) -> None:
        self._letter_file = path
        if path is None:
            self._letter = None
        self._show_letter()

    def _show_letter(self) -> None:
        if self._letter_file is not None:
            text = self.tr("{name} (zostanie dołączony przy zapisie)").format(
                name=self._letter_file.name
            )
        elif self._letter is not None:
            text = f"{self._letter.file_name} ({size_text(self._letter.size)})"
        else:
            text = self.tr("nie dołączono")
        self.letter_label.setText(text)
        self.remove_letter.setEnabled(self._letter_file is not None or self._letter is not None)

    def _on_attach_clicked(self) -> None:
        source = ask_open_file(
            self,
            self.tr("List intencyjny"),
            self.tr("Dokumenty (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.odt);;Wszystkie pliki (*)"),
            purpose="letter",
        )
        if source is not None:
            self.set_letter_file(source)

    def _on_kind_toggled(self) -> None:
        organisation = self.organisation_kind.isChecked()
        self.organisation_name.setEnabled(organisation)
        self.tabs.setTabEnabled(2, organisation)
        self.tabs.setTabText(1, self.tr("&Przedstawiciel") if organisation else self.tr("&Osoba"))
        if not organisation and self.sector.currentData() == Sector.OTHER.value:
            self.sector.setCurrentIndex(self.sector.findData(Sector.RESIDENTS.value))

    def accept(self) -> None:
        problems = check_member(self.value())
        if not problems:
            super().accept()
            return
        self.problems.show_problems(problems)
        field = problems[0].field_id
        if field.startswith(PersonSlot.REPRESENTATIVE.value):
            self.tabs.setCurrentIndex(1)
        elif field.startswith(PersonSlot.SUBSTITUTE.value):
            self.tabs.setCurrentIndex(2)
        else:
            self.tabs.setCurrentIndex(0)
