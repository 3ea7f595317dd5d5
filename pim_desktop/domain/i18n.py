"""Marks user-visible domain messages for Qt's translation tools without importing Qt.

``pyside6-lupdate`` finds strings by the name ``QT_TRANSLATE_NOOP``; the interface translates them
later with ``QCoreApplication.translate(context, text)``. Polish is the source language.
"""

from __future__ import annotations

DOMAIN_CONTEXT = "domain"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; the call only marks it for extraction."""
    del context
    return text
