"""A field for an amount in złoty typed the Polish way ("1 234 567,89"), kept as whole grosze.

However narrow its column, the field stays wide enough to show the widest sensible amount
whole, measured at its own font, so a larger font or 150 % scaling still fits it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QStyleOptionFrame, QWidget

from pim_desktop.domain.money import AmountError, format_money, parse_money
from pim_desktop.ui.common.checked_line_edit import CheckedLineEdit

# Just under a hundred million złoty: more than any one line of a city's costs.
WIDEST_AMOUNT = format_money(99_999_999_99, currency=False, separator=" ")
# QLineEdit's own space between its frame and its text, on each side.
_TEXT_PADDING = 2


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

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.fitting_width()), hint.height())

    def fitting_width(self) -> int:
        """The width that shows ``WIDEST_AMOUNT`` whole, frame and margins included."""
        text = self.textMargins()
        frame = self.contentsMargins()
        cursor = self.style().pixelMetric(QStyle.PixelMetric.PM_TextCursorWidth, None, self)
        inner = (
            self.fontMetrics().horizontalAdvance(WIDEST_AMOUNT)
            + cursor  # the cursor after the last digit must not push the first one out
            + 2 * _TEXT_PADDING
            + text.left()
            + text.right()
            + frame.left()
            + frame.right()
        )
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        return (
            self.style()
            .sizeFromContents(
                QStyle.ContentsType.CT_LineEdit,
                option,
                QSize(inner, self.fontMetrics().height()),
                self,
            )
            .width()
        )
