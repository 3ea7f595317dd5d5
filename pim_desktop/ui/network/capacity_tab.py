"""The cities' capacity on the network page: the Leader enters a city's self-assessment for a
round, sees the city's radar over the rounds and the network's spread per area, and prints both."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.capacity import (
    AREA_LABELS,
    AREAS,
    ROUND_LABELS,
    ROUNDS,
    AreaScore,
    AssessmentRound,
    SelfAssessment,
)
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.services.capacity_service import CapacityOverview, CapacityService
from pim_desktop.services.errors import StorageError
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.file_dialogs import save_pdf_as
from pim_desktop.ui.common.file_export import write_through
from pim_desktop.ui.common.record_table import RecordTable
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.labels import domain_text, problem_text
from pim_desktop.ui.network.capacity_chart import CapacityChart


class CapacityTab(QWidget):
    def __init__(
        self,
        capacity: CapacityService,
        events: AppEvents,
        *,
        runner: TaskRunner,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = capacity
        self._runner = runner
        self._events = events
        self._read_only = read_only
        self._overview: CapacityOverview | None = None
        self.setAccessibleName(self.tr("Potencjał miast"))
        layout = QHBoxLayout(self)
        layout.addWidget(self._entry_box(), 1)
        right = QVBoxLayout()
        self.chart = CapacityChart()
        self.chart.setObjectName("capacity_chart")
        self.chart.setAccessibleName(self.tr("Samoocena wybranego miasta w kolejnych turach"))
        right.addWidget(self.chart, 2)
        self.spread = RecordTable(
            [self.tr("Obszar"), *(domain_text(ROUND_LABELS[r]) for r in ROUNDS)],
            self.tr("Rozpiętość sieci: najsłabsze–najsilniejsze miasto (różnica)"),
            stretch_column=0,
        )
        self.spread.setObjectName("capacity_spread")
        right.addWidget(QLabel(self.tr("Rozpiętość sieci (najsłabsze–najsilniejsze miasto):")))
        right.addWidget(self.spread, 1)
        pdf = QPushButton(self.tr("Wykresy do PD&F…"))
        pdf.setObjectName("capacity_pdf")
        pdf.clicked.connect(self.export_pdf)
        right.addWidget(pdf)
        layout.addLayout(right, 2)
        events.network_changed.connect(self.refresh)
        events.data_replaced.connect(self.refresh)
        self.refresh()

    def _entry_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Samoocena miasta"))
        form = QFormLayout(box)
        self.city = QComboBox()
        self.city.setObjectName("capacity_city")
        self.city.setAccessibleName(self.tr("Miasto"))
        self.city.currentIndexChanged.connect(self._on_choice_changed)
        self.round = QComboBox()
        self.round.setObjectName("capacity_round")
        self.round.setAccessibleName(self.tr("Tura samooceny"))
        for value in ROUNDS:
            self.round.addItem(domain_text(ROUND_LABELS[value]), value.value)
        self.round.currentIndexChanged.connect(self._on_choice_changed)
        form.addRow(self.tr("Miasto:"), self.city)
        form.addRow(self.tr("Tura:"), self.round)
        self.scores: dict[str, tuple[QSpinBox, QLineEdit]] = {}
        for area in AREAS:
            label = domain_text(AREA_LABELS[area])
            score = QSpinBox()
            score.setRange(0, 5)
            score.setSpecialValueText("—")
            score.setObjectName(f"score_{area.value}")
            score.setAccessibleName(self.tr("Ocena: {area}").format(area=label))
            comment = QLineEdit()
            comment.setObjectName(f"comment_{area.value}")
            comment.setAccessibleName(self.tr("Komentarz: {area}").format(area=label))
            form.addRow(label + ":", score)
            form.addRow("", comment)
            self.scores[area.value] = (score, comment)
        self.save = QPushButton(self.tr("&Zapisz samoocenę"))
        self.save.setObjectName("save_assessment")
        self.save.clicked.connect(self.save_assessment)
        self.save.setEnabled(not self._read_only)
        form.addRow(self.save)
        return box

    def refresh(self) -> None:
        overview = self._service.overview()
        self._overview = overview
        chosen = self.city.currentData()
        self.city.blockSignals(True)
        self.city.clear()
        for city in overview.network.cities:
            self.city.addItem(city.name, city.id)
        self.city.setCurrentIndex(max(0, self.city.findData(chosen)))
        self.city.blockSignals(False)
        found = {(s.area, s.round): s for s in overview.spreads}
        rows = []
        for number, area in enumerate(AREAS):
            cells = [domain_text(AREA_LABELS[area])]
            for round_ in ROUNDS:
                s = found.get((area, round_))
                cells.append(f"{s.lowest}–{s.highest} ({s.gap})" if s else "—")
            rows.append((number, cells))
        self.spread.set_records(rows)
        self._on_choice_changed()

    def _answers(self, city_id: object) -> dict[AssessmentRound, SelfAssessment]:
        assessments = self._overview.assessments if self._overview else ()
        return {a.round: a for a in assessments if a.city_id == city_id}

    def _on_choice_changed(self) -> None:
        answers = self._answers(self.city.currentData())
        current = answers.get(AssessmentRound(self.round.currentData()))
        for area in AREAS:
            score, comment = self.scores[area.value]
            entry = current.scores.get(area) if current else None
            score.setValue(entry.score if entry else 0)
            comment.setText(entry.comment if entry else "")
        self.chart.set_data(
            [domain_text(AREA_LABELS[a]) for a in AREAS],
            [
                (domain_text(ROUND_LABELS[r]), [answers[r].score(a) for a in AREAS])
                for r in ROUNDS
                if r in answers
            ],
        )

    def save_assessment(self) -> None:
        city_id = self.city.currentData()
        if city_id is None or self._read_only:
            return
        answers = {
            area: AreaScore(score.value(), comment.text().strip())
            for area in AREAS
            for score, comment in [self.scores[area.value]]
            if score.value()
        }
        round_ = AssessmentRound(self.round.currentData())
        try:
            self._service.save_assessment(SelfAssessment(int(city_id), round_, answers))
        except (ValidationFailed, StorageError) as error:
            message = (
                " ".join(problem_text(p) for p in error.problems)
                if isinstance(error, ValidationFailed)
                else domain_text(error.message)
            )
            QMessageBox.warning(self, self.tr("Potencjał miast"), message)
            return
        self._events.network_changed.emit()

    def export_pdf(self) -> None:
        title = self.tr("Zapisz samoocenę miast")
        save_pdf_as(self, title, "Potencjal-miast.pdf", self.export_pdf_to)

    def export_pdf_to(self, target: Path) -> int:
        """The PDF's pages, or 0 when it could not be written (the officer was told why)."""
        pages = write_through(
            self._runner,
            lambda: self._service.print_pdf(target),
            description=self.tr("Zapisywanie samooceny miast"),
            warn=self._warn,
        )
        return pages or 0

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Potencjał miast"), text)
