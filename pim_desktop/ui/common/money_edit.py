"""A field for an amount in złoty typed the Polish way ("1 234 567,89"), kept as whole grosze."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from pim_desktop.domain.money import AmountError, format_money, parse_money
from pim_desktop.ui.common.look import mark_invalid
from pim_desktop.ui.labels import domain_text


class MoneyEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0,00")
        self.textChanged.connect(self._on_text_changed)

    def grosze(self) -> int:
        """The amount, or ``AmountError`` saying in Polish why the text is not one."""
        return parse_money(self.text())

    def set_grosze(self, grosze: int) -> None:
        self.setText(format_money(grosze, currency=False, separator=" "))

    def problem(self) -> str:
        """Why the text is not an amount (translated), or "" when it is one."""
        try:
            parse_money(self.text())
        except AmountError as error:
            return domain_text(error.reason)
        return ""

    def _on_text_changed(self) -> None:
        # Checked as typed, never rewritten under the cursor: the officer's text stays as typed.
        problem = self.problem()
        mark_invalid(self, bool(problem))
        self.setToolTip(problem)
        self.setAccessibleDescription(problem)
