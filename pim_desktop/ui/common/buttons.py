"""The program's push buttons: found by object name (tests, style), read by a screen reader
without the mnemonic "&" and the trailing "…"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QPushButton


def named_button(
    text: str,
    name: str,
    slot: Callable[[], object],
    *,
    enabled: bool = True,
    layout: QBoxLayout | None = None,
) -> QPushButton:
    """A button that calls ``slot`` when pressed, added to ``layout`` when one is given."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(spoken(text))
    button.clicked.connect(slot)
    button.setEnabled(enabled)
    if layout is not None:
        layout.addWidget(button)
    return button


def spoken(text: str) -> str:
    """A button's text as a screen reader should say it."""
    return text.replace("&", "").rstrip("…")
