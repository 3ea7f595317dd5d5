"""A page whose content comes in a later version: its title and what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h1>{title}</h1>")
        heading.setAccessibleName(title)
        layout.addWidget(heading)
        body = QLabel(description)
        body.setWordWrap(True)
        body.setAccessibleName(description)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        layout.addStretch(1)
