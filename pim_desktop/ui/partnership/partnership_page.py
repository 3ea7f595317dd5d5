"""Lokalne Partnerstwo: the member register with search and filters, the sector chart and the
importance/influence matrix, CSV import and export, and a person's data (RODO) on request."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.partnership import (
    SECTOR_LABELS,
    Member,
    count_by_sector,
)
from pim_desktop.services.errors import StorageError
from pim_desktop.services.member_csv import CsvFormatError
from pim_desktop.services.partnership_service import PartnershipService, Removal
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.buttons import named_button
from pim_desktop.ui.common.file_dialogs import ask_open_file, ask_save_file
from pim_desktop.ui.common.journaled_save import (
    JournaledSaves,
    kept_text,
    waiting_text,
    waits_for_server,
)
from pim_desktop.ui.common.message_line import MessageLine
from pim_desktop.ui.error_dialog import show_error
from pim_desktop.ui.labels import domain_text, problem_text
from pim_desktop.ui.partnership.member_dialog import MemberDialog
from pim_desktop.ui.partnership.member_editing import MemberEditing
from pim_desktop.ui.partnership.member_import_dialog import MemberImportDialog
from pim_desktop.ui.partnership.member_register import MemberRegister
from pim_desktop.ui.partnership.personal_data_actions import PersonalDataActions
from pim_desktop.ui.partnership.sector_chart import SectorChart
from pim_desktop.ui.partnership.stakeholder_matrix import Stakeholder, StakeholderMatrix

if TYPE_CHECKING:
    from pim_desktop.services.team_journal import TeamJournal


class PartnershipPage(QWidget):
    # It scrolls inside itself; the window does not put it in a second scroll area.
    scrolls_itself = True

    def __init__(
        self,
        partnership: PartnershipService,
        events: AppEvents,
        *,
        read_only: bool = False,
        journal: TeamJournal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._partnership = partnership
        self._events = events
        self._read_only = read_only
        saves = JournaledSaves(journal, events)
        self.editing = MemberEditing(
            self, partnership, saves, self.make_member_dialog, self._report
        )
        self.setAccessibleName(self.tr("Lokalne Partnerstwo"))
        self.personal_data = PersonalDataActions(partnership, events, self)
        self.personal_data.reported.connect(self._on_reported)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h1>{}</h1>".format(self.tr("Lokalne Partnerstwo"))))
        self.summary = QLabel()
        self.summary.setObjectName("partnership_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_actions())
        # A line that keeps its height: a message coming or going does not move the page.
        self.status = MessageLine("partnership_status")
        self.status.setAccessibleName(self.tr("Wynik ostatniej czynności"))
        layout.addWidget(self.status)
        self.tabs = QTabWidget()
        self.register = MemberRegister()
        self.register.open_requested.connect(self.edit_selected)
        self.register.remove_requested.connect(self.remove_selected)
        self.tabs.addTab(self.register, self.tr("Rejestr członków"))
        self.tabs.addTab(self._build_sector_tab(), self.tr("Sektory"))
        self.tabs.addTab(self._build_matrix_tab(), self.tr("Macierz ważności i wpływu"))
        layout.addWidget(self.tabs, 1)

        events.members_changed.connect(self.refresh)
        events.meetings_changed.connect(self.refresh)
        events.data_replaced.connect(self._on_data_replaced)
        add = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self.add_member)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _button(
        self, text: str, name: str, slot: Callable[[], None], writes: bool = True
    ) -> QPushButton:
        return named_button(text, name, slot, enabled=not (writes and self._read_only))

    def _build_actions(self) -> QVBoxLayout:
        self.add_button = self._button(self.tr("&Dodaj członka…"), "add_member", self.add_member)
        self.edit_button = self._button(self.tr("&Edytuj…"), "edit_member", self.edit_selected)
        self.remove_button = self._button(self.tr("&Usuń…"), "remove_member", self.remove_selected)
        self.import_button = self._button(
            self.tr("&Importuj z CSV…"), "import_members", self._on_import_clicked
        )
        self.export_button = self._button(
            self.tr("Eksportuj do CS&V…"), "export_members", self._on_export_clicked, False
        )
        self.export_person_button = self._button(
            self.tr("E&ksportuj dane osoby…"), "export_person", self._on_export_person, False
        )
        self.erase_person_button = self._button(
            self.tr("Usuń dane os&oby…"), "erase_person", self._on_erase_person
        )
        # Two short rows rather than one long one, so the page still fits at 150 % scaling.
        rows = QVBoxLayout()
        for buttons in (
            (self.add_button, self.edit_button, self.remove_button),
            (
                self.import_button,
                self.export_button,
                self.export_person_button,
                self.erase_person_button,
            ),
        ):
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            rows.addLayout(row)
        return rows

    def _build_sector_tab(self) -> QWidget:
        self.sector_chart = SectorChart()
        self.sector_chart.setObjectName("sector_chart")
        export = self._button(
            self.tr("Zapisz wykres jako PN&G…"),
            "export_sector_chart",
            self._on_export_sectors,
            False,
        )
        return _chart_tab(self.sector_chart, export)

    def _build_matrix_tab(self) -> QWidget:
        self.matrix = StakeholderMatrix()
        self.matrix.setObjectName("stakeholder_matrix")
        export = self._button(
            self.tr("Zapisz macierz jako P&NG…"), "export_matrix", self._on_export_matrix, False
        )
        return _chart_tab(self.matrix, export)

    # --- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        today = dt.date.today()
        try:
            summaries = self._partnership.members()
        except StorageError as error:
            self._report("⚠ " + domain_text(error.message))
            return
        self.register.set_members(summaries, today)
        members = [summary.member for summary in summaries]
        active = [member for member in members if member.is_active(today)]
        counts = count_by_sector(members, today)
        self.summary.setText(
            self.tr(
                "Członków w rejestrze: {total}, w tym aktywnych: {active}; "
                "sektorów: {sectors} z {all}."
            ).format(
                total=len(members),
                active=len(active),
                sectors=sum(1 for count in counts.values() if count),
                all=len(counts),
            )
        )
        self.sector_chart.set_counts(
            [(domain_text(SECTOR_LABELS[sector]), count) for sector, count in counts.items()],
            self.tr("Aktywni członkowie Lokalnego Partnerstwa według sektorów"),
        )
        self.matrix.set_stakeholders(
            [Stakeholder(m.display_name, m.importance, m.influence) for m in active]
        )

    def _on_data_replaced(self) -> None:
        # The last message may speak of a member the restored data never had.
        self._report("")
        self.refresh()

    def selected_member(self) -> Member | None:
        return self.register.selected_member()

    # --- acting --------------------------------------------------------------------------

    def make_member_dialog(self, member: Member | None = None) -> MemberDialog:
        if member is None or member.id is None or member.id < 0:  # below 0: not stored yet
            return MemberDialog(member, self)
        member_id = member.id
        return MemberDialog(member, self, history=lambda: self._partnership.history(member_id))

    def add_member(self) -> None:
        saved = None if self._read_only else self.editing.add()
        if saved is not None:
            self._saved(saved, self.tr("Dodano: {name}."))

    def edit_selected(self) -> None:
        member = self.selected_member()
        saved = None if member is None or self._read_only else self.editing.edit(member)
        if saved is not None:
            self._saved(saved, self.tr("Zapisano zmiany: {name}."))

    def _saved(self, saved: Member, text: str) -> None:
        if self.editing.saves.kept:
            # The server is away: the register shows the officer's values, not a fresh read.
            self.register.show_member(saved, dt.date.today())
            self._report(kept_text(saved.display_name))
            return
        self._report(text.format(name=saved.display_name))
        self._events.members_changed.emit()
        self.register.select_member(saved.id or 0)

    def remove_selected(self) -> None:
        member = self.selected_member()
        if member is None or member.id is None or self._read_only:
            return
        if waits_for_server(member.id):
            if self.editing.saves.forget_new(self, member.id, member.display_name):
                self.register.drop_member(member.id, dt.date.today())
                self._report(
                    self.tr("Usunięto z rejestru: {name}.").format(name=member.display_name)
                )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Usunąć członka?"),
            self.tr(
                "Usunąć „{name}” z rejestru Lokalnego Partnerstwa?\n\nCzłonek, który był na "
                "spotkaniach, nie zniknie z list: zostanie oznaczony jako ten, który wystąpił z "
                "Partnerstwa, a liczby obecności zostaną zachowane."
            ).format(name=member.display_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            outcome = self._partnership.remove_member(member.id)
        except StorageError as error:
            show_error(self, self.tr("Nie usunięto członka"), domain_text(error.message))
            return
        if outcome is Removal.DELETED:
            text = self.tr("Usunięto z rejestru: {name}.")
        else:
            text = self.tr("„{name}” był(a) na spotkaniach: oznaczono jako byłego członka.")
        self._report(text.format(name=member.display_name))
        self._events.members_changed.emit()

    # --- files ---------------------------------------------------------------------------

    def _on_import_clicked(self) -> None:
        source = ask_open_file(
            self,
            self.tr("Import członków z CSV"),
            self.tr("Pliki CSV (*.csv *.txt)"),
            purpose="members-csv",
        )
        if source is not None:
            self.import_members_from(source)

    def import_members_from(self, source: Path) -> int:
        """Show the preview of ``source`` and write its good rows if the officer confirms."""
        try:
            preview = self._partnership.preview_csv(source)
        except CsvFormatError as error:
            show_error(self, self.tr("Nie można zaimportować pliku"), problem_text(error.problem))
            return 0
        except (OSError, StorageError) as error:
            show_error(self, self.tr("Nie można zaimportować pliku"), str(error))
            return 0
        dialog = MemberImportDialog(preview, self)
        if dialog.exec() != MemberImportDialog.DialogCode.Accepted:
            self._report(self.tr("Import anulowano; niczego nie zapisano."))
            return 0
        try:
            added = self._partnership.import_members(preview)
        except StorageError as error:
            show_error(self, self.tr("Nie zapisano członków"), domain_text(error.message))
            return 0
        self._report(
            self.tr("Dopisano {added} członków; odrzuconych wierszy: {rejected}.").format(
                added=len(added), rejected=len(preview.rejected)
            )
        )
        self._events.members_changed.emit()
        return len(added)

    def _on_export_clicked(self) -> None:
        target = ask_save_file(
            self,
            self.tr("Eksport członków do CSV"),
            "czlonkowie-partnerstwa.csv",
            self.tr("Pliki CSV (*.csv)"),
            purpose="members-csv",
        )
        if target is not None:
            self.export_members_to(target)

    def export_members_to(self, target: Path) -> None:
        try:
            count = self._partnership.export_csv(target)
        except (OSError, StorageError) as error:
            show_error(self, self.tr("Nie zapisano pliku"), str(error))
            return
        self._report(
            self.tr("Zapisano {count} członków w pliku {file}.").format(count=count, file=target)
        )

    def _on_export_sectors(self) -> None:
        self._export_png(self.sector_chart, "partnerstwo-sektory.png")

    def _on_export_matrix(self) -> None:
        self._export_png(self.matrix, "macierz-interesariuszy.png")

    def _export_png(self, chart: SectorChart | StakeholderMatrix, suggested: str) -> None:
        target = ask_save_file(
            self,
            self.tr("Zapisz obraz"),
            suggested,
            self.tr("Obraz PNG (*.png)"),
            purpose="picture",
        )
        if target is None:
            return
        if chart.export_png(target):
            self._report(self.tr("Zapisano obraz {file}.").format(file=target))
        else:
            show_error(self, self.tr("Nie zapisano obrazu"), str(target))

    def _waits(self, member: Member | None) -> bool:
        if member is not None and waits_for_server(member.id):
            self._report(waiting_text(member.display_name))
            return True
        return False

    def _on_export_person(self) -> None:
        member = self.selected_member()
        if member is not None and not self._waits(member):
            self.personal_data.export_person(member)

    def _on_reported(self, text: str) -> None:
        self._report(text)

    def _report(self, text: str) -> None:
        self.status.setText(text)

    def _on_erase_person(self) -> None:
        member = self.selected_member()
        if member is not None and not self._read_only and not self._waits(member):
            self.personal_data.erase_person(member)


def _chart_tab(chart: QWidget, export: QPushButton) -> QWidget:
    tab = QWidget()
    layout = QVBoxLayout(tab)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(chart)
    layout.addWidget(scroll, 1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(export)
    layout.addLayout(row)
    return tab
