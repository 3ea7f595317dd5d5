"""Plan Ulepszeń on the network page: the recommendations, their PDF, and the partner cities'
contribution files (written on a partner's side, taken in on the Leader's after a preview)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.action_plan import LEVEL_LABELS
from pim_desktop.domain.improvement_plan import RECOMMENDATION_TYPE_LABELS, Recommendation
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.services.errors import StorageError
from pim_desktop.services.improvement_plan_service import ImprovementPlanService
from pim_desktop.services.network_service import NetworkService
from pim_desktop.services.portable.contribution_file import EXTENSION, ContributionError
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.buttons import named_button
from pim_desktop.ui.common.file_dialogs import ask_open_file, ask_save_file, save_pdf_as
from pim_desktop.ui.common.file_export import write_through
from pim_desktop.ui.common.record_table import RecordTable
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.network.error_reason import reason_text
from pim_desktop.ui.network.recommendation_dialog import (
    ContributionPreviewDialog,
    RecommendationDialog,
)


class ImprovementPlanTab(QWidget):
    def __init__(
        self,
        plan: ImprovementPlanService,
        network: NetworkService,
        events: AppEvents,
        *,
        read_only: bool = False,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._runner = runner
        self._network = network
        self._events = events
        self._read_only = read_only
        self.setAccessibleName(self.tr("Plan Ulepszeń"))
        layout = QVBoxLayout(self)
        self.table = RecordTable(
            [
                self.tr("Nr"),
                self.tr("Rekomendacja"),
                self.tr("Rodzaj"),
                self.tr("Priorytet"),
                self.tr("Adresat"),
                self.tr("Miasta popierające"),
                self.tr("Zgłoszona przez"),
            ],
            self.tr("Rekomendacje Planu Ulepszeń"),
            stretch_column=1,
        )
        self.table.setObjectName("recommendations")
        self.table.activated.connect(self.edit_recommendation)
        layout.addWidget(self.table, 1)
        self._add_buttons(layout)
        events.network_changed.connect(self.refresh)
        events.data_replaced.connect(self.refresh)
        self.refresh()

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.add_button = self._button(
            row, self.tr("Dodaj rek&omendację…"), "add_recommendation", self.add_recommendation
        )
        self._button(row, self.tr("&Edytuj…"), "edit_recommendation", self.edit_recommendation)
        self._button(row, self.tr("&Usuń"), "delete_recommendation", self.delete_recommendation)
        row.addStretch(1)
        self._button(row, self.tr("Plan Ulepszeń do PD&F…"), "improvement_pdf", self.export_pdf)
        layout.addLayout(row)
        files = QHBoxLayout()
        self._button(
            files, self.tr("Zapisz &wkład miasta…"), "export_contribution", self.export_contribution
        )
        self._button(
            files,
            self.tr("&Dołącz wkład miasta partnerskiego…"),
            "import_contribution",
            self.import_contribution,
        )
        files.addStretch(1)
        layout.addLayout(files)

    def _button(
        self, layout: QHBoxLayout, text: str, name: str, slot: Callable[[], object]
    ) -> QPushButton:
        enabled = not self._read_only or name in ("improvement_pdf", "export_contribution")
        return named_button(text, name, slot, enabled=enabled, layout=layout)

    def refresh(self) -> None:
        network = self._network.network()
        records = []
        for number, r in enumerate(self._plan.recommendations(), start=1):
            source = network.city(r.source_city_id)
            records.append(
                (
                    r.id or 0,
                    [
                        f"R{number}",
                        r.title,
                        domain_text(RECOMMENDATION_TYPE_LABELS[r.rec_type]),
                        domain_text(LEVEL_LABELS[r.priority]),
                        r.addressee,
                        ", ".join(network.city_names(r.supporting_city_ids)),
                        source.name if source else self.tr("(to miasto)"),
                    ],
                )
            )
        self.table.set_records(records)

    def make_dialog(self, recommendation: Recommendation) -> RecommendationDialog:
        return RecommendationDialog(recommendation, self._network.network().cities, self)

    def add_recommendation(self) -> None:
        self._edit(Recommendation(title=""))

    def edit_recommendation(self) -> None:
        chosen = self.table.selected_id()
        found = [r for r in self._plan.recommendations() if r.id == chosen]
        if found and not self._read_only:
            self._edit(found[0])

    def _edit(self, recommendation: Recommendation) -> None:
        dialog = self.make_dialog(recommendation)
        accepted = dialog.exec() == RecommendationDialog.DialogCode.Accepted
        edited = dialog.value()
        dialog.deleteLater()
        if not accepted:
            return
        try:
            stored = self._plan.save_recommendation(edited)
        except (ValidationFailed, StorageError) as error:
            self._warn(reason_text(error))
            return
        self._events.network_changed.emit()
        self.table.select_id(stored.id or 0)

    def delete_recommendation(self) -> None:
        chosen = self.table.selected_id()
        if chosen is None or self._read_only:
            return
        answer = QMessageBox.question(
            self, self.tr("Usuń rekomendację"), self.tr("Usunąć wybraną rekomendację?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._plan.delete_recommendation(chosen)
            self._events.network_changed.emit()

    def export_pdf(self) -> None:
        save_pdf_as(self, self.tr("Zapisz Plan Ulepszeń"), "Plan-Ulepszen.pdf", self.export_pdf_to)

    def export_pdf_to(self, target: Path) -> int:
        pages = write_through(
            self._runner,
            lambda: self._plan.print_pdf(target),
            description=self.tr("Zapisywanie PDF"),
            warn=self._warn,
        )
        return 0 if pages is None else pages

    def export_contribution(self) -> None:
        target = ask_save_file(
            self,
            self.tr("Zapisz wkład miasta dla Miasta Lidera"),
            f"wklad-miasta{EXTENSION}",
            self.tr("Wkład miasta do sieci (*{ext})").format(ext=EXTENSION),
            purpose="contribution",
        )
        if target is not None:
            self.export_contribution_to(target)

    def export_contribution_to(self, target: Path) -> str:
        try:
            return self._plan.export_contribution(target)
        except (OSError, ContributionError, StorageError) as error:
            self._warn(reason_text(error))
            return ""

    def import_contribution(self) -> None:
        source = ask_open_file(
            self,
            self.tr("Wybierz wkład miasta partnerskiego"),
            self.tr("Wkład miasta do sieci (*{ext})").format(ext=EXTENSION),
            purpose="contribution",
        )
        if source is not None:
            self.import_contribution_from(source)

    def import_contribution_from(self, source: Path) -> bool:
        """Show what the file brings; take it in, whole, only when the officer agrees."""
        try:
            preview = self._plan.preview_contribution(source)
        except (OSError, ContributionError, StorageError) as error:
            self._warn(reason_text(error))
            return False
        dialog = ContributionPreviewDialog(preview, self)
        accepted = dialog.exec() == ContributionPreviewDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return False
        try:
            self._plan.import_contribution(preview)
        except StorageError as error:
            self._warn(reason_text(error))
            return False
        self._events.network_changed.emit()
        return True

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Plan Ulepszeń"), text)
