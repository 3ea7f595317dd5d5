"""The application's problems under its fields, after a check: a summary line and the list, each
problem named with its section and place; choosing one asks for its field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pim_desktop.domain.forms.addresses import describe_address, parse_address
from pim_desktop.domain.forms.definition import FormDefinition
from pim_desktop.domain.problems import Problem
from pim_desktop.ui.labels import problem_text


class ProblemPanel(QWidget):
    """Hidden until the first check; the officer drags its border with the fields."""

    field_chosen = Signal(str)  # the address of the chosen problem's field

    def __init__(self, definition: FormDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._definition = definition
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.problem_summary = QLabel()
        self.problem_summary.setObjectName("problem_summary")
        box.addWidget(self.problem_summary)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problems")
        self.problem_list.setAccessibleName(self.tr("Problemy we wniosku"))
        line = self.fontMetrics().lineSpacing()
        self.problem_list.setMinimumHeight(line * 4)
        self.problem_list.setMaximumHeight(line * 8)
        self.problem_list.itemActivated.connect(self._on_problem_activated)
        self.problem_list.itemClicked.connect(self._on_problem_activated)
        box.addWidget(self.problem_list)
        self.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        self.problem_list.clear()
        for problem in problems:
            field_id = parse_address(problem.field_id).field_id
            where = describe_address(self._definition, problem.field_id)
            section = self._definition.section(self._definition.field(field_id).section_id)
            item = QListWidgetItem(f"{section.number}. {where}: {problem_text(problem)}")
            item.setData(Qt.ItemDataRole.UserRole, problem.field_id)
            self.problem_list.addItem(item)
        if problems:
            self.problem_summary.setText(
                "⚠ "
                + self.tr(
                    "Problemy do poprawienia: {count}. Wybierz problem, aby przejść do pola."
                ).format(count=len(problems))
            )
        else:
            self.problem_summary.setText("✓ " + self.tr("Wniosek nie ma problemów."))
        self.problem_list.setVisible(bool(problems))
        self.show()

    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        self.field_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
