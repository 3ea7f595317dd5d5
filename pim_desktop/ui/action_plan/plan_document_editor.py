"""The MID's document: header, the written parts with their limits, and the objectives, saved by
themselves a moment after each edit. A text over its limit is kept whole and only warned about."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.action_plan import (
    OBJECTIVE_KIND_LABELS,
    PART_LABELS,
    PART_LIMITS,
    PLAN_STATUS_LABELS,
    ActionPlan,
    DateTextError,
    Objective,
    ObjectiveKind,
    PlanPart,
    PlanStatus,
)
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.services.action_plan_service import ActionPlanService
from pim_desktop.ui.common.autosave import Autosave, SaveState, SaveStatus, saved_time, status_text
from pim_desktop.ui.common.date_fields import DateTextEdit
from pim_desktop.ui.common.look import mark_problem_text
from pim_desktop.ui.common.rows_editor import Column, RowsEditor, enum_choices
from pim_desktop.ui.labels import domain_text, problem_text


class PlanDocumentEditor(QWidget):
    saved = Signal()

    def __init__(
        self, plans: ActionPlanService, *, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._plans = plans
        self._read_only = read_only
        self._stored = ActionPlan()
        self._notes: list[str] = []
        self.autosave = Autosave(self._store, self, read_only=read_only)
        self.autosave.status_changed.connect(self._on_autosave_status_changed)
        layout = QVBoxLayout(self)
        self.status_label = QLabel()
        self.status_label.setObjectName("plan_save_status")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Stan zapisu planu"))
        layout.addWidget(self.status_label)
        layout.addWidget(self._header_box())
        self.parts: dict[PlanPart, QPlainTextEdit] = {}
        self.counters: dict[PlanPart, QLabel] = {}
        for part in PlanPart:
            layout.addWidget(self._part_box(part))
            if part is PlanPart.VISION:
                layout.addWidget(self._objectives_box())
        layout.addStretch(1)
        self.setEnabled(not read_only)
        self.reload()

    # --- building ---------------------------------------------------------------------------

    def _header_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Metryka planu"))
        form = QFormLayout(box)
        self.title = QLineEdit()
        self.version = QLineEdit()
        self.plan_status = QComboBox()
        for value, label in enum_choices(PLAN_STATUS_LABELS):
            self.plan_status.addItem(label, value)
        self.adoption_act = QLineEdit()
        self.adoption_act.setPlaceholderText(self.tr("np. Uchwała nr XII/123/2026 Rady Miasta"))
        self.adopted_on = DateTextEdit(month_only=False)
        self.horizon_start = DateTextEdit(month_only=True)
        self.horizon_end = DateTextEdit(month_only=True)
        for widget, name, label in (
            (self.title, "plan_title", self.tr("Tytuł planu")),
            (self.version, "plan_version", self.tr("Wersja")),
            (self.plan_status, "plan_status", self.tr("Status planu")),
            (self.adoption_act, "adoption_act", self.tr("Akt przyjęcia (numer)")),
            (self.adopted_on, "adopted_on", self.tr("Data przyjęcia")),
            (self.horizon_start, "horizon_start", self.tr("Horyzont: pierwszy miesiąc")),
            (self.horizon_end, "horizon_end", self.tr("Horyzont: ostatni miesiąc")),
        ):
            widget.setObjectName(name)
            widget.setAccessibleName(label)
            caption = QLabel(label + ":")
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        for line in (
            self.title,
            self.version,
            self.adoption_act,
            self.adopted_on,
            self.horizon_start,
            self.horizon_end,
        ):
            line.textEdited.connect(self.autosave.edited)
        self.plan_status.currentIndexChanged.connect(self.autosave.edited)
        return box

    def _part_box(self, part: PlanPart) -> QGroupBox:
        label = domain_text(PART_LABELS[part])
        box = QGroupBox(label)
        layout = QVBoxLayout(box)
        editor = QPlainTextEdit()
        editor.setObjectName(f"part_{part.value}")
        editor.setAccessibleName(label)
        editor.setMinimumHeight(110)
        editor.setTabChangesFocus(True)  # Tab moves on; the text needs no tab characters
        editor.textChanged.connect(self.autosave.edited)
        editor.textChanged.connect(lambda p=part: self._update_counter(p))
        counter = QLabel()
        counter.setObjectName(f"counter_{part.value}")
        counter.setAccessibleName(self.tr("Licznik znaków: {part}").format(part=label))
        layout.addWidget(editor)
        layout.addWidget(counter)
        self.parts[part] = editor
        self.counters[part] = counter
        return box

    def _objectives_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cele (ogólne i szczegółowe)"))
        layout = QVBoxLayout(box)
        self.objectives = RowsEditor(
            [
                Column("id", "", "hidden"),
                Column("kind", self.tr("Rodzaj"), "choice", enum_choices(OBJECTIVE_KIND_LABELS)),
                Column("code", self.tr("Kod")),
                Column("text", self.tr("Treść celu"), stretch=5),
            ],
            self.tr("cel"),
            self.tr("Dodaj c&el"),
        )
        self.objectives.setObjectName("objectives")
        self.objectives.changed.connect(self.autosave.edited)
        layout.addWidget(self.objectives)
        return box

    def _update_counter(self, part: PlanPart) -> None:
        length = len(self.parts[part].toPlainText())
        limit = PART_LIMITS[part]
        text = self.tr("{length} z {limit} znaków (ze spacjami)").format(length=length, limit=limit)
        if length > limit:
            text = (
                "⚠ "
                + text
                + " — "
                + self.tr(
                    "przekroczono limit o {over}; tekst jest zapisany w całości, skróć go przed "
                    "przyjęciem planu."
                ).format(over=length - limit)
            )
        self.counters[part].setText(text)
        mark_problem_text(self.counters[part], length > limit)

    # --- values -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the stored plan; an edit not yet saved is dropped, never written later."""
        plan = self._plans.plan()
        self._stored = plan
        with self.autosave.filling():
            self.title.setText(plan.title)
            self.version.setText(plan.version)
            self.plan_status.setCurrentIndex(max(0, self.plan_status.findData(plan.status.value)))
            self.adoption_act.setText(plan.adoption_act)
            self.adopted_on.set_value(plan.adopted_on)
            self.horizon_start.set_value(plan.horizon_start)
            self.horizon_end.set_value(plan.horizon_end)
            for part, editor in self.parts.items():
                editor.setPlainText(plan.part(part))
                self._update_counter(part)
            self.objectives.set_rows(
                [
                    {"id": str(o.id), "kind": o.kind.value, "code": o.code, "text": o.text}
                    for o in plan.objectives
                ]
            )

    def collect(self) -> ActionPlan:
        return ActionPlan(
            title=self.title.text(),
            version=self.version.text(),
            status=PlanStatus(self.plan_status.currentData()),
            adoption_act=self.adoption_act.text(),
            adopted_on=_kept(self.adopted_on, self._stored.adopted_on),
            horizon_start=_kept(self.horizon_start, self._stored.horizon_start),
            horizon_end=_kept(self.horizon_end, self._stored.horizon_end),
            parts={part: editor.toPlainText() for part, editor in self.parts.items()},
            objectives=tuple(
                Objective(
                    ObjectiveKind(row["kind"]),
                    row["code"].strip(),
                    row["text"].strip(),
                    int(row["id"]) if row["id"].isdigit() else None,
                )
                for row in self.objectives.rows()
            ),
        )

    # --- saving -----------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.autosave.has_unsaved_changes()

    def flush(self) -> bool:
        """Store the plan now; ``False`` while it could not be written (it stays on screen)."""
        return self.autosave.flush()

    def _store(self) -> None:
        plan = self.collect()
        notes = [
            f"{edit.accessibleName()}: {edit.problem()}"
            for edit in (self.adopted_on, self.horizon_start, self.horizon_end)
            if edit.problem()
        ]
        try:
            self._stored = self._plans.save_plan(plan)
        except ValidationFailed as refused:
            # The texts must not wait for a date to be put right: keep the stored horizon.
            notes += [problem_text(p) for p in refused.problems]
            kept = self._stored
            fallback = replace(plan, horizon_start=kept.horizon_start, horizon_end=kept.horizon_end)
            self._stored = self._plans.save_plan(fallback)
        try:
            stored = self._plans.save_objectives(plan.objectives)
            self._fill_objective_ids(stored.objectives)
        except ValidationFailed as refused:
            notes += [problem_text(p) for p in refused.problems]
        self._notes = notes
        self.saved.emit()

    def _on_autosave_status_changed(self, status: SaveStatus) -> None:
        self._show_status(
            status_text(
                status,
                self._saved_text(status),
                self.tr("Zmiany zapisują się same chwilę po wpisaniu."),
            )
        )

    def _saved_text(self, status: SaveStatus) -> str | None:
        if status.state is not SaveState.SAVED:
            return None
        time = saved_time(status)
        if self._notes:
            return "⚠ " + self.tr("Zapisano o {time}, z wyjątkiem: {notes}").format(
                time=time, notes=" ".join(self._notes)
            )
        return "✓ " + self.tr("Wszystkie zmiany zapisane o {time}.").format(time=time)

    def _fill_objective_ids(self, stored: tuple[Objective, ...]) -> None:
        rows = self.objectives.rows()
        kept = [row for row in rows if row["code"].strip() or row["text"].strip()]
        if len(kept) != len(stored):
            return
        index = 0
        for number, row in enumerate(rows):
            if row["code"].strip() or row["text"].strip():
                widget = self.objectives.editor(number, "id")
                assert isinstance(widget, QLineEdit)
                widget.setText(str(stored[index].id))
                index += 1

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)


def _kept(edit: DateTextEdit, stored: dt.date | None) -> dt.date | None:
    """The typed date; while the text is not yet a date, the stored one stays."""
    try:
        return edit.value()
    except DateTextError:
        return stored
