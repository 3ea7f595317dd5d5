"""The line that leads an officer through a first start: the city's data first, then a first
application once the city has a name."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from pim_desktop.ui.common.buttons import named_button


class FirstStepsNote(QWidget):
    first_application_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_steps")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setObjectName("first_steps_text")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.start_button = named_button(
            self.tr("Utwórz &pierwszy wniosek…"),
            "first_application",
            self.first_application_requested.emit,
            layout=row,
        )
        self.hide()

    def show_for(self, *, city_named: bool, has_applications: bool) -> None:
        """Welcome while the city has no name; suggest the first application once it has one."""
        if not city_named:
            self.text.setText(
                "👋 "
                + self.tr(
                    "Witaj w PIM Desktop. Zacznij od danych miasta: nazwa, adres i osoby "
                    "wpisane tutaj trafią do każdego wniosku."
                )
            )
        elif not has_applications:
            self.text.setText(
                "✓ " + self.tr("Dane miasta są wpisane. Następny krok: pierwszy wniosek.")
            )
        self.start_button.setVisible(city_named and not has_applications)
        self.setVisible(not (city_named and has_applications))
