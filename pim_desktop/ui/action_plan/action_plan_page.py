"""Plan działań (MID): the document, the action table with its totals and warnings, and the Gantt
chart; the MID goes out as a PDF and the action table as a CSV file for Excel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.action_plan import (
    ACTION_STATUS_LABELS,
    Action,
    add_months,
    month_start,
    month_text,
)
from pim_desktop.domain.action_plan_figures import action_warnings, chart_range
from pim_desktop.domain.money import format_money
from pim_desktop.domain.problems import Refused, ValidationFailed
from pim_desktop.domain.record_labels import ACTION
from pim_desktop.services.action_plan_service import ActionPlanService, PlanOverview
from pim_desktop.services.errors import StorageError
from pim_desktop.ui.action_plan.action_dialog import ActionDialog
from pim_desktop.ui.action_plan.gantt_chart import GanttChart
from pim_desktop.ui.action_plan.plan_document_editor import PlanDocumentEditor
from pim_desktop.ui.action_plan.plan_totals_view import PlanTotalsView
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.buttons import named_button
from pim_desktop.ui.common.file_dialogs import ask_save_file, save_pdf_as
from pim_desktop.ui.common.file_export import write_through
from pim_desktop.ui.common.journaled_save import (
    JournaledSaves,
    NotKept,
    kept_text,
    waiting_text,
    waits_for_server,
)
from pim_desktop.ui.common.record_table import RecordTable
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.common.versioned_edit import save_resolving
from pim_desktop.ui.labels import domain_text, problems_text, refusal_text

if TYPE_CHECKING:
    from pim_desktop.services.team_journal import TeamJournal


class ActionPlanPage(QWidget):
    # It scrolls inside itself; the window does not put it in a second scroll area.
    scrolls_itself = True

    def __init__(
        self,
        plans: ActionPlanService,
        events: AppEvents,
        *,
        read_only: bool = False,
        runner: TaskRunner,
        journal: TeamJournal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._plans = plans
        self._saves = JournaledSaves(journal, events)
        self._runner = runner
        self._events = events
        self._read_only = read_only
        self._overview: PlanOverview | None = None
        self.setAccessibleName(self.tr("Plan działań (MID)"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("<h1>{}</h1>".format(self.tr("Miejska Inicjatywa Działań"))), 1)
        self.pdf_button = self._button(top, self.tr("Zapisz P&DF…"), "export_pdf", self.export_pdf)
        self.csv_button = self._button(
            top, self.tr("Tabela działań do C&SV…"), "export_csv", self.export_csv
        )
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Części planu"))
        layout.addWidget(self.tabs, 1)
        self.document = PlanDocumentEditor(plans, read_only=read_only)
        self.document.saved.connect(self._on_document_saved)
        self.tabs.addTab(self._scrolled(self.document), self.tr("&Dokument"))
        self.tabs.addTab(self._actions_tab(), self.tr("Dzi&ałania"))
        self.gantt = GanttChart()
        self.gantt.setObjectName("gantt")
        self.tabs.addTab(self._scrolled(self.gantt), self.tr("&Harmonogram"))
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.document.flush)
        events.action_plan_changed.connect(self.refresh)
        events.data_replaced.connect(self._on_data_replaced)
        self.refresh()

    def _button(
        self, layout: QHBoxLayout, text: str, name: str, slot: Callable[[], object]
    ) -> QPushButton:
        return named_button(text, name, slot, layout=layout)

    def _scrolled(self, content: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        return scroll

    def _actions_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setAccessibleName(self.tr("Działania i budżet"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = RecordTable(
            [
                self.tr("Kod"),
                self.tr("Działanie"),
                self.tr("Cel"),
                self.tr("Termin"),
                self.tr("Koszt"),
                self.tr("Finansowanie"),
                self.tr("Status"),
            ],
            self.tr("Tabela działań"),
            stretch_column=1,
        )
        self.table.setObjectName("actions")
        self.table.activated.connect(self.edit_action)
        layout.addWidget(self.table, 3)
        buttons = QHBoxLayout()
        self.add_button = self._button(
            buttons, self.tr("Dodaj &nowe działanie…"), "add_action", self.add_action
        )
        self.edit_button = self._button(
            buttons, self.tr("&Edytuj…"), "edit_action", self.edit_action
        )
        self.delete_button = self._button(
            buttons, self.tr("&Usuń"), "delete_action", self.delete_action
        )
        self._button(buttons, self.tr("W &górę"), "move_up", lambda: self._move(-1))
        self._button(buttons, self.tr("&W dół"), "move_down", lambda: self._move(1))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(not self._read_only)
        splitter.addWidget(page)
        self.totals = PlanTotalsView()
        splitter.addWidget(self._scrolled(self.totals))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    # --- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        overview = self._plans.overview()
        self._overview = overview
        plan = overview.plan
        self.table.set_records([(a.id or 0, self._row(a, overview)) for a in overview.actions])
        self.totals.show_totals(overview.totals, overview.warnings)
        self.gantt.set_schedule(overview.actions, chart_range(plan, overview.actions))

    def _row(self, action: Action, overview: PlanOverview) -> list[str]:
        objective = overview.plan.objective(action.objective_id)
        funding = format_money(action.funded)
        if action_warnings(action, overview.plan):
            funding = "⚠ " + funding
        return [
            action.code,
            action.title,
            objective.code if objective else "—",
            f"{month_text(action.start_month)}–{month_text(action.end_month)}",
            format_money(action.cost),
            funding,
            domain_text(ACTION_STATUS_LABELS[action.status]),
        ]

    def _on_document_saved(self) -> None:
        # Others (the hourly backup, the totals) learn of it too; this page refreshes on it.
        self._events.action_plan_changed.emit()

    def _on_data_replaced(self) -> None:
        # The window saved every edit before the data were replaced: what the document still
        # holds is the old plan, and must not be written over the new one.
        self.document.reload()
        self.refresh()

    # --- actions ----------------------------------------------------------------------------

    def _new_action(self) -> Action:
        plan = self._overview.plan if self._overview else None
        start = (plan.horizon_start if plan else None) or month_start(dt.date.today())
        number = len(self._overview.actions) + 1 if self._overview else 1
        return Action(
            code=f"D{number}", title="", start_month=start, end_month=add_months(start, 11)
        )

    def make_action_dialog(self, action: Action) -> ActionDialog:
        plan = self._plans.plan()
        dialog = ActionDialog(
            action,
            plan.objectives,
            self._plans.partner_choices(),
            self._plans.meeting_choices(),
            self,
        )
        return dialog

    def add_action(self) -> None:
        self._edit(self._new_action())

    def edit_action(self) -> None:
        action_id = self.table.selected_id()
        if action_id is None or self._read_only:
            return
        kept = [a for a in self._overview.actions if a.id == action_id] if self._overview else []
        try:
            # Below 0: an action kept on this computer, not on the server yet.
            self._edit(kept[0] if action_id < 0 and kept else self._plans.action(action_id))
        except StorageError as error:
            self._warn(domain_text(error.message))

    def _edit(self, action: Action) -> None:
        """Open the dialog until the officer saves something the service takes, or cancels.
        A colleague's change of the same fields meanwhile is asked about; cancelling that
        gives the dialog back with what was typed."""
        original = action
        while True:
            dialog = self.make_action_dialog(action)
            accepted = dialog.exec() == ActionDialog.DialogCode.Accepted
            if accepted:
                action = dialog.value()
            dialog.deleteLater()
            if not accepted:
                return
            try:
                outcome = save_resolving(self, action, lambda chosen: self._save(chosen, original))
            except ValidationFailed as refused:
                self._warn(problems_text(refused.problems))
                continue
            except NotKept as error:
                self._warn(domain_text(error.message))
                continue  # the dialog opens again with what was typed
            except StorageError as error:
                self._warn(domain_text(error.message))
                return
            except Refused as error:
                self._warn(refusal_text(error))
                return
            if outcome.cancelled:
                continue
            if self._saves.kept and outcome.saved is not None:
                self._show_kept(outcome.saved)
            else:
                self._events.action_plan_changed.emit()
            if outcome.saved is not None and outcome.saved.id is not None:
                self.table.select_id(outcome.saved.id)
            return

    def _save(self, action: Action, original: Action) -> Action:
        if action.id is None:
            return self._saves.save(
                ACTION, None, action, None, lambda: self._plans.add_action(action)
            )
        return self._saves.save(
            ACTION,
            action.id,
            action,
            original,
            lambda: self._plans.update_action(action, original=original),
        )

    def _show_kept(self, action: Action) -> None:
        """The server is away: the table shows the officer's action, not a fresh read."""
        self._show_done(kept_text(f"{action.code} {action.title}"))
        if self._overview is None:
            return
        actions = [a for a in self._overview.actions if a.id != action.id]
        at = next((i for i, a in enumerate(self._overview.actions) if a.id == action.id), None)
        actions.insert(len(actions) if at is None else at, action)
        self._overview = replace(self._overview, actions=tuple(actions))
        self.table.set_records([(a.id or 0, self._row(a, self._overview)) for a in actions])

    def delete_action(self) -> None:
        action_id = self.table.selected_id()
        if action_id is None or self._read_only:
            return
        if waits_for_server(action_id):
            self._forget(action_id)
            return
        action = self._plans.action(action_id)
        answer = QMessageBox.question(
            self,
            self.tr("Usuń działanie"),
            self.tr("Usunąć działanie {code} „{title}” z planu?").format(
                code=action.code, title=action.title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._plans.delete_action(action_id)
            self._events.action_plan_changed.emit()

    def _forget(self, action_id: int) -> None:
        """A new action kept on this computer leaves the journal; the server never had it."""
        if self._overview is None:
            return
        action = next(a for a in self._overview.actions if a.id == action_id)
        if self._saves.forget_new(self, action_id, f"{action.code} {action.title}"):
            actions = tuple(a for a in self._overview.actions if a.id != action_id)
            self._overview = replace(self._overview, actions=actions)
            self.table.set_records([(a.id or 0, self._row(a, self._overview)) for a in actions])

    def _move(self, offset: int) -> None:
        action_id = self.table.selected_id()
        if action_id is None or self._read_only:
            return
        if waits_for_server(action_id):
            self._show_done(waiting_text(self.tr("Nowe działanie")))
            return
        self._plans.move_action(action_id, offset)
        self._events.action_plan_changed.emit()
        self.table.select_id(action_id)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Nie zapisano"), text)

    # --- output -----------------------------------------------------------------------------

    def export_pdf(self) -> None:
        self.document.flush()
        save_pdf_as(self, self.tr("Zapisz MID jako PDF"), "MID.pdf", self.export_pdf_to)

    def export_pdf_to(self, target: Path) -> int:
        pages = write_through(
            self._runner,
            lambda: self._plans.print_pdf(target),
            description=self.tr("Zapisywanie MID"),
            warn=self._warn,
        )
        if pages is None:
            return 0
        self._show_done(
            self.tr("Zapisano MID ({pages} str.): {file}").format(pages=pages, file=target)
        )
        return pages

    def export_csv(self) -> None:
        target = ask_save_file(
            self,
            self.tr("Zapisz tabelę działań"),
            "MID-dzialania.csv",
            self.tr("Plik CSV (*.csv)"),
            purpose="csv-export",
        )
        if target is not None:
            self.export_csv_to(target)

    def export_csv_to(self, target: Path) -> int:
        count = write_through(
            self._runner,
            lambda: self._plans.export_csv(target),
            description=self.tr("Zapisywanie tabeli działań"),
            warn=self._warn,
        )
        if count is None:
            return 0
        self._show_done(
            self.tr("Zapisano {count} działań: {file}").format(count=count, file=target)
        )
        return count

    def _show_done(self, text: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 10_000)

    def flush(self) -> bool:
        return self.document.flush()

    def showEvent(self, event: QShowEvent) -> None:
        # Members and meetings change on other pages: names and counts are read afresh.
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.document.flush()
        super().hideEvent(event)
