"""The one change-notification path: services succeed, pages hear about it through these signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    city_profile_saved = Signal()
    application_saved = Signal()
    language_changed = Signal(str)
    members_changed = Signal()
    meetings_changed = Signal()
    action_plan_changed = Signal()
    network_changed = Signal()
    # All data changed at once (a backup restored, a portable file imported): reload everything.
    data_replaced = Signal()
    backups_changed = Signal()
    # A colleague committed a change on the team database (a ``ChangeNotice``); the signals of
    # its kinds above follow it.
    changed_elsewhere = Signal(object)
    # A colleague opened or closed an editor on the team database.
    presence_changed = Signal()
    # An edit went to the local journal because the team database could not be reached.
    team_journal_changed = Signal()
