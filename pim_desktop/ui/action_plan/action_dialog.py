"""Edits one action of the MID: its basics, funding, indicators, risks, partners and meetings.

The dialog edits and returns the action; the page stores it. Amounts are read the Polish way and
refused (the dialog stays open, saying why) when they are not exact amounts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.action_plan import (
    ACTION_STATUS_LABELS,
    ACTION_TYPE_LABELS,
    LEVEL_LABELS,
    Action,
    ActionStatus,
    ActionType,
    DateTextError,
    Level,
    Objective,
    check_action,
)
from pim_desktop.domain.money import (
    AmountError,
    format_money,
    parse_money,
)
from pim_desktop.services.action_plan_service import Choice
from pim_desktop.ui.action_plan.action_rows import (
    funding_editor,
    funding_values,
    indicator_editor,
    indicator_values,
    money,
    risk_editor,
    risk_values,
)
from pim_desktop.ui.common.checklist import checked_ids, make_checklist
from pim_desktop.ui.common.date_fields import DateTextEdit
from pim_desktop.ui.common.dialog_buttons import accept_cancel_buttons
from pim_desktop.ui.common.look import mark_problem_text
from pim_desktop.ui.common.money_edit import MoneyEdit
from pim_desktop.ui.common.rows_editor import enum_choices
from pim_desktop.ui.common.screen_fit import fit_to_screen
from pim_desktop.ui.labels import domain_text, problem_text


class ActionDialog(QDialog):
    def __init__(
        self,
        action: Action,
        objectives: Sequence[Objective],
        partners: Sequence[Choice],
        meetings: Sequence[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = action
        self.setWindowTitle(
            self.tr("Działanie {code}").format(code=action.code)
            if action.id
            else self.tr("Nowe działanie")
        )
        self.setAccessibleName(self.windowTitle())
        fit_to_screen(self, 1000, 660)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Części działania"))
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._scrolled(self._basics(action, objectives)), self.tr("&Podstawowe"))
        self.tabs.addTab(self._scrolled(self._funding(action)), self.tr("&Finansowanie"))
        self.indicators = indicator_editor(action.indicators)
        self.tabs.addTab(self._scrolled(self.indicators), self.tr("&Wskaźniki"))
        self.risks = risk_editor(action.risks)
        self.tabs.addTab(self._scrolled(self.risks), self.tr("&Ryzyka"))
        self.tabs.addTab(self._links(action, partners, meetings), self.tr("Partnerzy i &spotkania"))
        self.error = QLabel()
        self.error.setObjectName("dialog_error")
        self.error.setWordWrap(True)
        mark_problem_text(self.error)
        self.error.setAccessibleName(self.tr("Błędy w działaniu"))
        self.error.hide()
        layout.addWidget(self.error)
        buttons, _save = accept_cancel_buttons(self, self.tr("Zapisz"), "save_action")
        layout.addWidget(buttons)
        self._update_balance()

    # --- tabs -------------------------------------------------------------------------------

    def _scrolled(self, content: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        return scroll

    def _named(self, widget: QWidget, object_name: str, label: str) -> QWidget:
        widget.setObjectName(object_name)
        widget.setAccessibleName(label)
        return widget

    def _basics(self, action: Action, objectives: Sequence[Objective]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.code = QLineEdit(action.code)
        self.title = QLineEdit(action.title)
        self.description = QPlainTextEdit(action.description)
        self.description.setTabChangesFocus(True)
        self.objective = QComboBox()
        self.objective.addItem(self.tr("— bez celu —"), None)
        for objective in objectives:
            self.objective.addItem(f"{objective.code} {objective.text}", objective.id)
        self.objective.setCurrentIndex(max(0, self.objective.findData(action.objective_id)))
        self.action_type = self._combo(enum_choices(ACTION_TYPE_LABELS), action.action_type.value)
        self.unit = QLineEdit(action.responsible_unit)
        self.start = self._month(action.start_month)
        self.end = self._month(action.end_month)
        self.cost = MoneyEdit()
        self.cost.set_grosze(action.cost)
        self.cost.textChanged.connect(self._update_balance)
        self.priority = self._combo(enum_choices(LEVEL_LABELS), action.priority.value)
        self.status = self._combo(enum_choices(ACTION_STATUS_LABELS), action.status.value)
        for widget, name, label in (
            (self.code, "code", self.tr("Kod")),
            (self.title, "title", self.tr("Tytuł")),
            (self.description, "description", self.tr("Opis")),
            (self.objective, "objective", self.tr("Cel, któremu służy")),
            (self.action_type, "action_type", self.tr("Rodzaj działania")),
            (self.unit, "responsible_unit", self.tr("Jednostka odpowiedzialna")),
            (self.start, "start_month", self.tr("Początek (miesiąc)")),
            (self.end, "end_month", self.tr("Koniec (miesiąc)")),
            (self.cost, "cost", self.tr("Koszt w zł")),
            (self.priority, "priority", self.tr("Priorytet")),
            (self.status, "status", self.tr("Status")),
        ):
            self._named(widget, name, label)
            caption = QLabel(label + ":")
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        return page

    def _combo(self, choices: tuple[tuple[str, str], ...], current: str) -> QComboBox:
        combo = QComboBox()
        for value, label in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _month(self, day: dt.date) -> DateTextEdit:
        edit = DateTextEdit(month_only=True)
        edit.set_value(day)
        return edit

    def _funding(self, action: Action) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.funding = funding_editor(action.funding)
        self.funding.changed.connect(self._update_balance)
        layout.addWidget(self.funding)
        self.balance = QLabel()
        self.balance.setObjectName("funding_balance")
        self.balance.setWordWrap(True)
        self.balance.setAccessibleName(self.tr("Bilans finansowania"))
        layout.addWidget(self.balance)
        layout.addStretch(1)
        return page

    def _links(
        self, action: Action, partners: Sequence[Choice], meetings: Sequence[Choice]
    ) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.partners = make_checklist(
            "partners",
            self.tr("Partnerzy z Lokalnego Partnerstwa"),
            [(c.id, self._member_label(c)) for c in partners],
            action.partner_ids,
        )
        self.meetings = make_checklist(
            "meetings",
            self.tr("Spotkania, na których pracowano nad działaniem"),
            [(c.id, c.label) for c in meetings],
            action.meeting_ids,
        )
        for caption, widget in (
            (self.tr("Partnerzy z &Lokalnego Partnerstwa:"), self.partners),
            (self.tr("Spotkania, na których pracowano nad działanie&m:"), self.meetings),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, 1)
        return page

    def _member_label(self, choice: Choice) -> str:
        if choice.inactive:
            return choice.label + self.tr(" (wystąpił z Partnerstwa)")
        return choice.label

    # --- values -----------------------------------------------------------------------------

    def _update_balance(self) -> None:
        try:
            cost = self.cost.grosze()
            funded = sum(parse_money(row["amount"]) for row in self.funding.rows())
        except AmountError as error:
            self.balance.setText("⚠ " + domain_text(error.reason))
            return
        text = self.tr("Źródła finansowania: {funded} z kosztu {cost}.").format(
            funded=format_money(funded), cost=format_money(cost)
        )
        if funded != cost:
            text = (
                "⚠ "
                + text
                + " "
                + self.tr("Różnica: {difference}.").format(difference=format_money(cost - funded))
            )
        self.balance.setText(text)

    def value(self) -> Action:
        """The action as edited; ``ValueError`` with a translated reason when it cannot be."""
        start = self._month_value(self.start, self.tr("Początek"))
        end = self._month_value(self.end, self.tr("Koniec"))
        return Action(
            id=self._original.id,
            stamp=self._original.stamp,
            code=self.code.text().strip(),
            title=self.title.text().strip(),
            description=self.description.toPlainText().strip(),
            objective_id=self.objective.currentData(),
            action_type=ActionType(self.action_type.currentData()),
            responsible_unit=self.unit.text().strip(),
            start_month=start,
            end_month=end,
            cost=money(self.cost.text(), self.tr("Koszt")),
            funding=tuple(funding_values(self.funding.rows())),
            indicators=tuple(indicator_values(self.indicators.rows())),
            risks=tuple(risk_values(self.risks.rows())),
            priority=Level(self.priority.currentData()),
            status=ActionStatus(self.status.currentData()),
            partner_ids=checked_ids(self.partners),
            meeting_ids=checked_ids(self.meetings),
        )

    def _month_value(self, edit: DateTextEdit, what: str) -> dt.date:
        try:
            month = edit.value()
        except DateTextError as error:
            raise ValueError(f"{what}: {domain_text(error.reason)}") from error
        if month is None:
            raise ValueError(self.tr("{what}: podaj miesiąc (MM.RRRR).").format(what=what))
        return month

    def show_problems(self, messages: Sequence[str]) -> None:
        self.error.setText("⚠ " + " ".join(messages))
        self.error.setVisible(bool(messages))
        self.error.setAccessibleDescription(" ".join(messages))

    def accept(self) -> None:
        try:
            action = self.value()
        except ValueError as error:
            self.show_problems([str(error)])
            return
        problems = check_action(action)
        if problems:
            self.show_problems([problem_text(p) for p in problems])
            return
        super().accept()
