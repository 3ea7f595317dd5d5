"""The one change-notification path: services succeed, pages hear about it through these signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    city_profile_saved = Signal()
    language_changed = Signal(str)
    action_plan_changed = Signal()
    network_changed = Signal()
