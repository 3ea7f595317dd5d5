"""The program's style: Fusion, with one hook where every widget is polished for the first time.

What every widget of a kind needs (the wheel's and Tab's rules, the look's focus mark, a dialog
kept on its screen) is set there, not by an event filter on the whole application: such a filter
runs Python for every event of every widget (a modal dialog coming and going alone sends two
thousand), and each of those calls waits for the GIL while a task runs beside the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QWidget

PolishHook = Callable[[QWidget], None]


class ProgramStyle(QProxyStyle):
    """Draws as Fusion; runs each hook on every widget the style polishes (again after a widget
    changes its own style sheet, so a hook must be safe to run twice)."""

    def __init__(self, base: QStyle | None) -> None:
        super().__init__(base)
        self._hooks: list[PolishHook] = []

    def add_polish_hook(self, hook: PolishHook) -> None:
        if hook not in self._hooks:
            self._hooks.append(hook)

    def polish(self, target: Any) -> None:  # a widget, the application or a palette
        super().polish(target)
        if isinstance(target, QWidget):
            for hook in self._hooks:
                hook(target)


def program_style(app: QApplication) -> ProgramStyle:
    """The application's style, set on it the first time it is asked for."""
    style = app.style()
    if isinstance(style, ProgramStyle):
        return style
    made = ProgramStyle(QStyleFactory.create("Fusion"))
    made.setParent(app)  # the Python side lives as long as the application, with its hooks
    app.setStyle(made)
    return made
