"""The editor's printing row: draft or final, Podgląd, Drukuj, Zapisz PDF, and what happened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from pim_desktop.ui.applications.application_printing import ApplicationPrinting
from pim_desktop.ui.common.buttons import named_button

PREVIEW_KEYS = QKeySequence("Ctrl+Shift+P")
SAVE_PDF_KEYS = QKeySequence("Ctrl+Shift+S")


class PrintBar(QWidget):
    """Starts the printing actions for one application; ``prepare`` saves pending edits first."""

    def __init__(
        self,
        printing: ApplicationPrinting,
        application_id: Callable[[], int],
        prepare: Callable[[], bool],
        *,
        final_allowed: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._printing = printing
        self._application_id = application_id
        self._prepare = prepare
        self.setObjectName("print_bar")
        self.setAccessibleName(self.tr("Wydruk wniosku"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.draft = QCheckBox(self.tr("&Wersja robocza (znak wodny)"))
        self.draft.setObjectName("print_draft")
        self.draft.setAccessibleName(self.tr("Wersja robocza ze znakiem wodnym"))
        self.draft.setToolTip(
            self.tr(
                "Wersję roboczą można wydrukować zawsze. Wersja ostateczna wymaga wniosku bez "
                "problemów i zostaje zapisana przy wniosku z sumą kontrolną."
            )
        )
        if not final_allowed:
            # Data opened read-only: a final print could not be recorded.
            self.draft.setChecked(True)
            self.draft.setEnabled(False)
        row.addWidget(self.draft)
        self.preview_button = self._button(
            self.tr("Po&dgląd"), "print_preview", PREVIEW_KEYS, self.preview
        )
        self.print_button = self._button(
            self.tr("Dru&kuj…"), "print_application", QKeySequence.StandardKey.Print, self.print_
        )
        self.save_button = self._button(
            self.tr("Zapisz PD&F…"), "save_pdf", SAVE_PDF_KEYS, self.save_pdf
        )
        for button in (self.preview_button, self.print_button, self.save_button):
            row.addWidget(button)
        self.status = QLabel()
        self.status.setObjectName("print_status")
        self.status.setAccessibleName(self.tr("Wynik wydruku"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.status, 1)
        printing.message.connect(self.status.setText)

    def _button(
        self,
        text: str,
        name: str,
        keys: QKeySequence | QKeySequence.StandardKey,
        slot: Callable[[], None],
    ) -> QPushButton:
        sequence = QKeySequence(keys)
        button = named_button(text, name, slot)
        button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))
        action = QAction(text, self)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return button

    def set_draft(self, draft: bool) -> None:
        if self.draft.isEnabled():
            self.draft.setChecked(draft)

    def is_draft(self) -> bool:
        return self.draft.isChecked()

    def preview(self) -> None:
        if self._prepare():
            self._printing.preview(self._application_id(), draft=self.is_draft())

    def print_(self) -> None:
        if self._prepare():
            self._printing.print_pdf(self._application_id(), draft=self.is_draft())

    def save_pdf(self) -> None:
        if self._prepare():
            self._printing.save_pdf(self._application_id(), draft=self.is_draft())
