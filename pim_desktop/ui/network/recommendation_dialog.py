"""Edits one recommendation of the Plan Ulepszeń, and shows what a partner's contribution file
would bring before the Leader takes it in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.action_plan import LEVEL_LABELS, Level
from pim_desktop.domain.improvement_plan import (
    RECOMMENDATION_TYPE_LABELS,
    Recommendation,
    RecommendationType,
    check_recommendation,
)
from pim_desktop.domain.money import format_money
from pim_desktop.domain.network import NetworkCity
from pim_desktop.services.improvement_plan_service import ContributionPreview
from pim_desktop.ui.common.checklist import checked_ids, make_checklist
from pim_desktop.ui.common.dialog_buttons import accept_cancel_buttons
from pim_desktop.ui.common.rows_editor import enum_choices
from pim_desktop.ui.common.screen_fit import fit_to_screen
from pim_desktop.ui.labels import domain_text, problems_text
from pim_desktop.ui.network.network_dialogs import FormDialog


class RecommendationDialog(FormDialog):
    def __init__(
        self,
        recommendation: Recommendation,
        cities: Sequence[NetworkCity],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Rekomendacja") if recommendation.id else self.tr("Nowa rekomendacja")
        super().__init__(title, parent)
        fit_to_screen(self, 760, 720)
        self._original = recommendation
        choices = [(c.id or 0, c.name) for c in cities]
        self.title = QLineEdit(recommendation.title)
        self.rec_type = self.combo(
            enum_choices(RECOMMENDATION_TYPE_LABELS), recommendation.rec_type.value
        )
        self.priority = self.combo(enum_choices(LEVEL_LABELS), recommendation.priority.value)
        self.addressee = QLineEdit(recommendation.addressee)
        self.barrier = self._text(recommendation.barrier)
        self.evidence = self._text(recommendation.evidence)
        self.evidence_cities = make_checklist(
            "evidence_cities",
            self.tr("Miasta, których dotyczą dowody"),
            choices,
            recommendation.evidence_city_ids,
        )
        self.recommendation = self._text(recommendation.recommendation)
        self.supporting = make_checklist(
            "supporting_cities",
            self.tr("Miasta popierające"),
            choices,
            recommendation.supporting_city_ids,
        )
        for widget, name, label in (
            (self.title, "rec_title", self.tr("Tytuł")),
            (self.rec_type, "rec_type", self.tr("Rodzaj")),
            (self.priority, "rec_priority", self.tr("Priorytet")),
            (self.addressee, "rec_addressee", self.tr("Adresat")),
            (self.barrier, "rec_barrier", self.tr("Bariera")),
            (self.evidence, "rec_evidence", self.tr("Dowody (dane)")),
            (self.evidence_cities, "evidence_cities", self.tr("Miasta, których dotyczą dowody")),
            (self.recommendation, "rec_text", self.tr("Rekomendacja")),
            (self.supporting, "supporting_cities", self.tr("Miasta popierające")),
        ):
            self.add_field(widget, name, label)
        self.finish()

    @staticmethod
    def _text(value: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        return edit

    def value(self) -> Recommendation:
        return Recommendation(
            title=self.title.text().strip(),
            barrier=self.barrier.toPlainText().strip(),
            evidence=self.evidence.toPlainText().strip(),
            evidence_city_ids=checked_ids(self.evidence_cities),
            recommendation=self.recommendation.toPlainText().strip(),
            rec_type=RecommendationType(self.rec_type.currentData()),
            addressee=self.addressee.text().strip(),
            priority=Level(self.priority.currentData()),
            supporting_city_ids=checked_ids(self.supporting),
            source_city_id=self._original.source_city_id,
            id=self._original.id,
        )

    def accept(self) -> None:
        problems = check_recommendation(self.value())
        if problems:
            self.show_problem(problems_text(problems))
            return
        super().accept()


class ContributionPreviewDialog(QDialog):
    """What the file holds and what taking it in will change; nothing is written here."""

    def __init__(self, preview: ContributionPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wkład miasta partnerskiego"))
        self.setAccessibleName(self.windowTitle())
        fit_to_screen(self, 640, 520)
        content = preview.content
        layout = QVBoxLayout(self)
        lines = self._summary_lines(preview)
        summary = QLabel("\n".join(lines))
        summary.setObjectName("preview_summary")
        summary.setWordWrap(True)
        summary.setAccessibleName(self.tr("Podsumowanie pliku"))
        layout.addWidget(summary)
        items = QListWidget()
        items.setObjectName("preview_recommendations")
        items.setAccessibleName(self.tr("Rekomendacje w pliku"))
        for item in content.recommendations:
            items.addItem(
                f"{item.title} ({domain_text(RECOMMENDATION_TYPE_LABELS[item.rec_type])})"
            )
        layout.addWidget(
            QLabel(self.tr("Rekomendacje ({count}):").format(count=len(content.recommendations)))
        )
        layout.addWidget(items, 1)
        buttons, _take = accept_cancel_buttons(self, self.tr("Dołącz do sieci"), "take_in")
        layout.addWidget(buttons)

    def _summary_lines(self, preview: ContributionPreview) -> list[str]:
        content = preview.content
        lines = [
            self.tr("Plik: {file}").format(file=preview.file_name),
            self.tr("Miasto: {city}").format(city=content.city_name),
            self.tr("Zapisany: {when} (PIM Desktop {version})").format(
                when=preview.created_at, version=preview.program_version
            ),
        ]
        if preview.existing_city is None:
            lines.append(self.tr("Miasta nie ma jeszcze w sieci: zostanie dopisane."))
        if preview.replaced:
            lines.append(
                self.tr("Zastąpi {count} rekomendacji z poprzedniego wkładu tego miasta.").format(
                    count=preview.replaced
                )
            )
        if content.mid.title:
            lines.append(
                self.tr("MID: {title} ({status}); działań: {actions}, koszt: {cost}").format(
                    title=content.mid.title,
                    status=content.mid.status,
                    actions=content.mid.actions,
                    cost=format_money(content.mid.total_cost),
                )
            )
        if preview.unknown_cities:
            lines.append(
                self.tr("Miasta spoza sieci w rekomendacjach: {names}").format(
                    names=", ".join(preview.unknown_cities)
                )
            )
        return lines
