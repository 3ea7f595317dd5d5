"""How the signing screens put things into words: errors in plain Polish, and their labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from pim_desktop.domain.signature import SignatureError
from pim_desktop.ui.labels import domain_text


def error_text(error: SignatureError) -> str:
    return domain_text(error.message).format(**error.params)


def failure_text(error: BaseException) -> str:
    """A failure as the page shows it; one nobody expected is also logged by the task runner."""
    if isinstance(error, SignatureError):
        return "⚠ " + error_text(error)
    return "⚠ " + QCoreApplication.translate(
        "SignWizard", "Nie udało się. Szczegóły zapisano w dzienniku programu."
    )


def info_label(text: str = "", name: str = "") -> QLabel:
    """A wrapping label whose text a person can select and copy (into a message to support)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label
