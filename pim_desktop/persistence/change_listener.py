"""Hears the team database's notices on a connection of its own, on a thread of its own.

The thread waits for notices a moment at a time, so it stops promptly when the program closes,
and never holds up the window. While it is connected it also tells the server, every few
seconds, that this program's editors are still open, and clears the marks of programs that
stopped saying so. When the server goes away it connects again, waiting longer each time; what
it missed meanwhile is heard as "anything may have changed".
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import psycopg
from sqlalchemy.engine import URL

from pim_desktop.domain.team_notices import (
    PRESENCE,
    PRESENCE_HEARTBEAT_S,
    PRESENCE_LIFETIME_S,
    ChangeNotice,
)
from pim_desktop.persistence.change_notices import CHANNEL

log = logging.getLogger(__name__)

WAIT_S = 0.25
FIRST_RETRY_S = 0.5
LONGEST_RETRY_S = 30.0
CONNECT_TIMEOUT_S = 5

_HEARTBEAT = "UPDATE editing_presence SET last_seen = now() WHERE session_id LIKE %s"
_PURGE = "DELETE FROM editing_presence WHERE last_seen < now() - make_interval(secs => %s)"


class ChangeListener:
    """Calls ``on_notice`` (on its own thread) for each notice of another program's change."""

    def __init__(
        self,
        url: URL,
        session: str,
        on_notice: Callable[[ChangeNotice], None],
        *,
        keeps_presence: bool = True,
    ) -> None:
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._session = session
        self._on_notice = on_notice
        self._keeps_presence = keeps_presence
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # Set while a connection is listening: tests and callers can wait for it.
        self.listening = threading.Event()
        # The server process of the current connection (to tell one connection from the next).
        self.backend_pid = 0

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="team-notices", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening; returns once the thread has ended (at most ``timeout`` seconds)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        delay = FIRST_RETRY_S
        heard_before = False
        while not self._stop.is_set():
            try:
                with self._connect() as connection:
                    if heard_before:
                        # Notices sent while the server was away are lost: read everything anew.
                        self._deliver(ChangeNotice.everything())
                    heard_before = True
                    delay = FIRST_RETRY_S
                    self._listen(connection)
            except psycopg.Error as error:
                log.warning("Team database notices interrupted: %s", error)
            finally:
                self.listening.clear()
            if self._stop.wait(delay):
                break
            delay = min(delay * 2, LONGEST_RETRY_S)

    def _connect(self) -> psycopg.Connection[object]:
        connection: psycopg.Connection[object] = psycopg.connect(
            self._conninfo,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="pim-desktop-notices",
            options="-c TimeZone=UTC",
        )
        connection.execute(f"LISTEN {CHANNEL}")
        self.backend_pid = connection.info.backend_pid
        return connection

    def _listen(self, connection: psycopg.Connection[object]) -> None:
        self.listening.set()
        next_heartbeat = 0.0
        while not self._stop.is_set():
            if self._keeps_presence and time.monotonic() >= next_heartbeat:
                self._keep_presence(connection)
                next_heartbeat = time.monotonic() + PRESENCE_HEARTBEAT_S
            for notify in connection.notifies(timeout=WAIT_S):
                notice = ChangeNotice.from_payload(notify.payload)
                if notice is not None and notice.session != self._session:
                    self._deliver(notice)

    def _deliver(self, notice: ChangeNotice) -> None:
        try:
            self._on_notice(notice)
        except Exception:  # a fault of one receiver must not end the listening
            log.exception("A team database notice could not be delivered")

    def _keep_presence(self, connection: psycopg.Connection[object]) -> None:
        """Say this program's editors are open; clear those of programs gone silent, and tell
        the others when any were cleared."""
        connection.execute(_HEARTBEAT, (f"{self._session}/%",))
        cleared = connection.execute(_PURGE, (PRESENCE_LIFETIME_S,)).rowcount
        if cleared > 0:
            # No session named: this program's own lines drop the cleared names too.
            notice = ChangeNotice(kinds=frozenset({PRESENCE}))
            connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, notice.to_payload()))
