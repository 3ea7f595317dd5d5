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


class Label(str):
    """A marked domain text (an enum's label) given as a message's parameter: the interface
    translates it with the message, so an English warning does not name a Polish kind."""

    __slots__ = ()
