"""Where F1 leads: the manual's file for the interface language and the anchor of the page,
section or box the keyboard focus is in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from pim_desktop import resources

MANUAL_FILE = "podrecznik.html"
FALLBACK_LANGUAGE = "pl"
START_ANCHOR = "pulpit"

# The object name (or class name) of a page, an editor, a box or a button -> the manual's anchor
# about it. The nearest ancestor of the focused widget that has one wins, so a box inside a page
# has its own topic.
TOPIC_ANCHORS = {
    "page_dashboard": "pulpit",
    "page_city_profile": "dane-miasta",
    "page_applications": "wnioski",
    "ApplicationEditor": "edytor",
    "PrintBar": "drukowanie",
    "sign": "podpis",
    "save_for_signing": "podpis",
    "load_signed": "podpis",
    "check_signature": "podpis",
    "mark_sent": "wysylka",
    "page_partnership": "partnerstwo",
    "page_meetings": "spotkania",
    "page_action_plan": "mid",
    "page_network": "siec",
    "page_settings": "ustawienia",
    "BackupsBox": "kopie",
    "DataFolderBox": "kopie",
}


def manual_path(language: str) -> Path:
    """The manual in ``language``, or the Polish one when there is none in that language."""
    wanted = resources.path("help", language, MANUAL_FILE)
    return wanted if wanted.is_file() else resources.path("help", FALLBACK_LANGUAGE, MANUAL_FILE)


def anchor_for(widget: QWidget | None) -> str | None:
    """The topic of the nearest ancestor of ``widget`` (itself included) that has one."""
    while widget is not None:
        anchor = TOPIC_ANCHORS.get(widget.objectName()) or TOPIC_ANCHORS.get(type(widget).__name__)
        if anchor is not None:
            return anchor
        widget = widget.parentWidget()
    return None
