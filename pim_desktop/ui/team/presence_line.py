"""A line naming the colleagues who are editing the same thing right now, and this editor's own
mark on the team database while it is on screen.

The mark is made when the editor (the host) shows and removed when it hides or closes; the line
shows nothing when the officer is alone. On this computer's own file it never appears.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from pim_desktop.domain.team_notices import Presence
from pim_desktop.ui.app_events import AppEvents

if TYPE_CHECKING:
    from pim_desktop.services.team_live import TeamLive


class PresenceLine(QLabel):
    def __init__(
        self,
        live: TeamLive | None,
        events: AppEvents | None,
        host: QWidget,
        scope: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presence_line")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Kto jeszcze edytuje"))
        self.hide()
        self._live = live
        self._scope = scope
        self._section = ""
        self._key = ""
        self._host_shown = False
        if live is None or events is None:
            return
        events.presence_changed.connect(self.refresh)
        host.installEventFilter(self)

    @property
    def scope(self) -> str:
        return self._scope

    def set_scope(self, scope: str, section: str = "") -> None:
        """Edit something else from now on (another meeting, another application)."""
        if (scope, section) == (self._scope, self._section):
            return
        self._leave()
        self._scope, self._section = scope, section
        if self._host_shown:
            self._enter()

    def set_section(self, section: str) -> None:
        """The part of the scope the officer is in (a section of the application)."""
        if section == self._section:
            return
        self._section = section
        if self._live is not None and self._key:
            self._live.move(self._key, section)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._host_shown = True
            self._enter()
        elif event.type() == QEvent.Type.Hide:
            self._host_shown = False
            self._leave()
        return False

    def refresh(self) -> None:
        """Ask who else is editing the scope now and say it (nothing when nobody is)."""
        others = self._live.others(self._scope) if self._live and self._key else []
        self.setText(self.describe(others))
        self.setVisible(bool(others))

    def describe(self, others: list[Presence]) -> str:
        if not others:
            return ""
        people = []
        for other in others:
            person = (
                f"{other.officer} ({other.workstation})" if other.workstation else other.officer
            )
            if other.section:
                person += ", " + self.tr("sekcja {section}").format(section=other.section)
            people.append(person)
        return "👥 " + self.tr("Edytuje teraz także: {people}").format(people="; ".join(people))

    def _enter(self) -> None:
        if self._live is None or self._key or not self._scope:
            return
        self._key = self._live.enter(self._scope, self._section)
        self.refresh()

    def _leave(self) -> None:
        if self._live is None or not self._key:
            return
        key, self._key = self._key, ""
        self._live.leave(key)
        self.refresh()


def add_presence_line(page: QWidget, live: TeamLive, events: AppEvents, scope: str) -> PresenceLine:
    """A presence line under the heading of ``page`` (whose layout is a column headed by its
    title), marking ``scope`` while the page is on screen."""
    line = PresenceLine(live, events, page, scope)
    layout = page.layout()
    assert isinstance(layout, QBoxLayout)
    layout.insertWidget(1, line)
    return line
