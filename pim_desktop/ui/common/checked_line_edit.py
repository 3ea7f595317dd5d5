"""A line edit whose text is checked as it is typed: a text that is not a valid value keeps its
frame and the reason as tooltip and accessible description, and is never rewritten under
the cursor (the officer's text stays as typed)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from pim_desktop.ui.common.look import mark_invalid
from pim_desktop.ui.labels import domain_text


class CheckedLineEdit(QLineEdit):
    """A subclass says in ``check`` what its text means, raising ``refusal`` when it means
    nothing; the refusal's ``reason`` is a Polish template of the domain."""

    refusal: type[ValueError] = ValueError

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self._on_text_changed)

    def check(self) -> object:
        raise NotImplementedError

    def problem(self) -> str:
        """Why the text is not a value (translated), or "" when it is one."""
        try:
            self.check()
        except self.refusal as error:
            return domain_text(str(getattr(error, "reason", error)))
        return ""

    def _on_text_changed(self) -> None:
        problem = self.problem()
        mark_invalid(self, bool(problem))
        self.setToolTip(problem)
        self.setAccessibleDescription(problem)
