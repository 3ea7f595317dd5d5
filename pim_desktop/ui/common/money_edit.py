"""A field for an amount in złoty typed the Polish way ("1 234 567,89"), kept as whole grosze."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pim_desktop.domain.money import AmountError, format_money, parse_money
from pim_desktop.ui.common.checked_line_edit import CheckedLineEdit


class MoneyEdit(CheckedLineEdit):
    refusal = AmountError

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0,00")

    def grosze(self) -> int:
        """The amount, or ``AmountError`` saying in Polish why the text is not one."""
        return parse_money(self.text())

    def set_grosze(self, grosze: int) -> None:
        self.setText(format_money(grosze, currency=False, separator=" "))

    def check(self) -> object:
        return self.grosze()
