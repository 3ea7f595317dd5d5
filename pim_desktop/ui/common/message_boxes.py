"""The program's questions and notices in a message box: titled, named for tests and screen
readers, with the detail under the main sentence."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget


def message_box(
    parent: QWidget | None,
    name: str,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    informative: str = "",
) -> QMessageBox:
    box = QMessageBox(parent)
    if name:
        box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def answer(
    box: QMessageBox, default: QPushButton, escape: QAbstractButton | None = None
) -> QAbstractButton | None:
    """Ask: Enter means ``default``, Escape ``escape`` (the default when not given)."""
    box.setDefaultButton(default)
    box.setEscapeButton(escape or default)
    box.exec()
    return box.clickedButton()
