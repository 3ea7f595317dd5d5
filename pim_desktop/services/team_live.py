"""A team database's live side: hearing of colleagues' changes as they are committed, and
saying who is editing what, so two officers see each other before they meet in a conflict.

Nothing here stops the officer's work: a presence mark that cannot be written is only logged
(the officer learns about a lost connection where the edits are kept).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import count

from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.team_notices import ChangeNotice, Presence
from pim_desktop.persistence.change_listener import ChangeListener
from pim_desktop.persistence.presence_repository import PresenceRepository
from pim_desktop.services.errors import StorageError, storage_errors

log = logging.getLogger(__name__)


class TeamLive:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        url: URL,
        *,
        officer: Callable[[], str],
        workstation: str,
        session: str,
        writes: bool = True,
    ) -> None:
        """``session`` names this running program in notices and presence marks; a program
        that may not write (``writes`` false) listens but marks nothing."""
        self._session_factory = session_factory
        self._url = url
        self._officer = officer
        self._workstation = workstation
        self.session = session
        self._writes = writes
        self._keys = count(1)
        self.listener: ChangeListener | None = None

    # --- hearing ----------------------------------------------------------------------------

    def listen(self, on_notice: Callable[[ChangeNotice], None]) -> None:
        """Call ``on_notice`` (on a thread of the listener's own) for every colleague's change."""
        if self.listener is None:
            self.listener = ChangeListener(
                self._url, self.session, on_notice, keeps_presence=self._writes
            )
            self.listener.start()

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    # --- who is editing what ----------------------------------------------------------------

    def enter(self, scope: str, section: str = "") -> str:
        """Mark an editor of ``scope`` open; the key it returns moves and removes the mark."""
        key = f"{self.session}/{next(self._keys)}"
        if self._writes:
            presence = Presence(self._officer(), self._workstation, scope, section)
            self._write(lambda repository: repository.enter(key, presence))
        return key

    def move(self, key: str, section: str) -> None:
        if self._writes:
            self._write(lambda repository: repository.move(key, section))

    def leave(self, key: str) -> None:
        if self._writes:
            self._write(lambda repository: repository.leave(key))

    def others(self, scope: str) -> list[Presence]:
        """The colleagues editing ``scope`` now (this program's own editors left out)."""
        try:
            with storage_errors(), self._session_factory() as session:
                return PresenceRepository(session).others(scope, f"{self.session}/")
        except StorageError as error:
            log.warning("Could not read who else edits %s: %s", scope, error)
            return []

    def _write(self, change: Callable[[PresenceRepository], None]) -> None:
        try:
            with storage_errors(), self._session_factory.begin() as session:
                change(PresenceRepository(session))
        except StorageError as error:
            log.warning("Could not mark what this program edits: %s", error)
