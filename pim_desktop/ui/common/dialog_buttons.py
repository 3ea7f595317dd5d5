"""The accept and cancel buttons at the foot of the program's dialogs, worded in Polish and
wired to the dialog, so each dialog says only what its accept button is called."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

Button = QDialogButtonBox.StandardButton


def accept_cancel_buttons(
    dialog: QDialog, accept_text: str = "", accept_name: str = "", *, kind: Button = Button.Ok
) -> tuple[QDialogButtonBox, QPushButton]:
    """The button box and its accept button (``kind``: Ok or Save); "Anuluj" rejects."""
    buttons = QDialogButtonBox(kind | Button.Cancel)
    accept = buttons.button(kind)
    if accept_text:
        accept.setText(accept_text)
    if accept_name:
        accept.setObjectName(accept_name)
    buttons.button(Button.Cancel).setText(QCoreApplication.translate("DialogButtons", "Anuluj"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept
