"""The application editor's head: the way back to the list, what the application is, its
check and its history, the line that says how saving goes, and who else is editing it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pim_desktop.ui.common.message_line import MessageLine
from pim_desktop.ui.team.presence_line import PresenceLine


class EditorHeader(QWidget):
    """``title`` is rich text naming the application; ``presence`` is shown under the status."""

    back_requested = Signal()
    check_requested = Signal()
    history_requested = Signal()

    def __init__(self, title: str, presence: PresenceLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        header = QVBoxLayout(self)
        header.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        back = QPushButton(self.tr("← &Lista wniosków"))
        back.setObjectName("back_to_list")
        back.setAccessibleName(self.tr("Wróć do listy wniosków"))
        back.clicked.connect(self.back_requested)
        row.addWidget(back)
        heading = QLabel(title)
        heading.setWordWrap(True)
        row.addWidget(heading, 1)
        self.check_button = QPushButton(self.tr("&Sprawdź wniosek"))
        self.check_button.setObjectName("check_application")
        self.check_button.setAccessibleName(self.tr("Sprawdź wniosek"))
        self.check_button.clicked.connect(self.check_requested)
        row.addWidget(self.check_button)
        self.history_button = QPushButton(self.tr("&Historia zmian"))
        self.history_button.setObjectName("show_history")
        self.history_button.setAccessibleName(self.tr("Historia zmian"))
        self.history_button.setToolTip(self.tr("Historia zmian (Ctrl+H)"))
        self.history_button.clicked.connect(self.history_requested)
        row.addWidget(self.history_button)
        header.addLayout(row)
        self.status = MessageLine("editor_status")
        self.status.setAccessibleName(self.tr("Stan zapisu wniosku"))
        header.addWidget(self.status)
        self.presence = presence
        header.addWidget(presence)
