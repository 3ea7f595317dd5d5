"""A team database's live side: hearing of colleagues' changes as they are committed, and
saying who is editing what, so two officers see each other before they meet in a conflict.

Nothing here waits for the server: the listener's own thread hears the notices and writes this
program's marks; the window reads the colleagues' marks from what the thread last read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import count

from sqlalchemy.engine import URL

from pim_desktop.domain.team_notices import ChangeNotice, Presence
from pim_desktop.persistence.change_listener import ChangeListener


class TeamLive:
    def __init__(
        self,
        url: URL,
        *,
        officer: Callable[[], str],
        workstation: str,
        session: str,
        writes: bool = True,
    ) -> None:
        """``session`` names this running program in notices and presence marks; a program
        that may not write (``writes`` false) listens but marks nothing."""
        self._officer = officer
        self._workstation = workstation
        self.session = session
        self._keys = count(1)
        self.listener = ChangeListener(url, session, keeps_presence=writes)

    def listen(self, on_notice: Callable[[ChangeNotice], None]) -> None:
        """Call ``on_notice`` (on the listener's own thread) for every colleague's change."""
        self.listener.start(on_notice)

    def stop(self) -> None:
        self.listener.stop()

    def enter(self, scope: str, section: str = "") -> str:
        """Mark an editor of ``scope`` open; the key it returns moves and removes the mark."""
        key = f"{self.session}/{next(self._keys)}"
        self.listener.marks.set(key, Presence(self._officer(), self._workstation, scope, section))
        self.listener.start()
        return key

    def move(self, key: str, section: str) -> None:
        marks = self.listener.marks
        mark = marks.mine(key)
        if mark is not None:
            marks.set(key, replace(mark, section=section))

    def leave(self, key: str) -> None:
        self.listener.marks.set(key, None)

    def others(self, scope: str) -> list[Presence]:
        """The colleagues editing ``scope`` now (this program's own editors left out)."""
        return self.listener.marks.others(scope)
