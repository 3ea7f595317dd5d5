"""The problems that stop a dialog from saving, in one line above its fields: hidden until
there are some, then in the problem colour after a warning sign (never colour alone)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QWidget

from pim_desktop.domain.problems import Problem
from pim_desktop.ui.common.look import mark_problem_text
from pim_desktop.ui.labels import problems_text


class ProblemList(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.setWordWrap(True)
        mark_problem_text(self)
        self.hide()

    def show_problems(self, problems: Iterable[Problem]) -> None:
        self.setText("⚠ " + problems_text(problems))
        self.show()
