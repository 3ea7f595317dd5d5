"""Hears the team database's notices on a connection of its own, on a thread of its own.

The thread waits for notices a moment at a time, so it stops promptly when the program closes,
and never holds up the window. On the same connection it keeps this program's marks of who is
editing what (``PresenceMarks``). When the server goes away it connects again, waiting longer
each time; what it missed meanwhile is heard as "anything may have changed".
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import psycopg
from psycopg.rows import TupleRow
from sqlalchemy.engine import URL

from pim_desktop.domain.team_notices import PRESENCE, PRESENCE_HEARTBEAT_S, ChangeNotice
from pim_desktop.persistence.change_notices import CHANNEL
from pim_desktop.persistence.presence_marks import PresenceMarks

log = logging.getLogger(__name__)

WAIT_S = 0.25
FIRST_RETRY_S = 0.5
LONGEST_RETRY_S = 30.0
CONNECT_TIMEOUT_S = 5

Receiver = Callable[[ChangeNotice], None]


class ChangeListener:
    """Calls the receiver (on its own thread) for each notice of another program's change."""

    def __init__(self, url: URL, session: str, *, keeps_presence: bool = True) -> None:
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._session = session
        self._receiver: Receiver | None = None
        self._keeps_presence = keeps_presence
        self.marks = PresenceMarks(session)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # Set while a connection is listening: tests and callers can wait for it.
        self.listening = threading.Event()
        # The server process of the current connection (to tell one connection from the next).
        self.backend_pid = 0

    def start(self, receiver: Receiver | None = None) -> None:
        """Start listening (a later call only sets the receiver, when it names one)."""
        if receiver is not None:
            self._receiver = receiver
        if self._thread is None:
            self._stop.clear()
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
                    delay = FIRST_RETRY_S
                    again, heard_before = heard_before, True
                    self._listen(connection, again=again)
            except psycopg.Error as error:
                log.warning("Team database notices interrupted: %s", error)
            finally:
                self.listening.clear()
            if self._stop.wait(delay):
                break
            delay = min(delay * 2, LONGEST_RETRY_S)

    def _connect(self) -> psycopg.Connection[TupleRow]:
        connection = psycopg.connect(
            self._conninfo,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="pim-desktop-notices",
            options="-c TimeZone=UTC",
        )
        connection.execute(f"LISTEN {CHANNEL}")
        self.backend_pid = connection.info.backend_pid
        self.marks.connected()
        return connection

    def _listen(self, connection: psycopg.Connection[TupleRow], *, again: bool) -> None:
        next_heartbeat = 0.0
        self.marks.read(connection)
        self.listening.set()
        if again:
            # Notices sent while the server was away are lost: every screen reads anew.
            self._deliver(ChangeNotice.everything())
        while not self._stop.is_set():
            if self._keeps_presence:
                if time.monotonic() >= next_heartbeat:
                    next_heartbeat = time.monotonic() + PRESENCE_HEARTBEAT_S
                    if self.marks.keep_alive(connection):
                        # No session named: this program's own lines drop the cleared marks too.
                        self._announce(connection, ChangeNotice(kinds=frozenset({PRESENCE})))
                if self.marks.write(connection):
                    mine = ChangeNotice(kinds=frozenset({PRESENCE}), session=self._session)
                    self._announce(connection, mine)
            # Gathered first: the connection takes no query while it waits for notices.
            waiting = connection.notifies(timeout=WAIT_S, stop_after=1)
            payloads = [notify.payload for notify in waiting]
            for payload in payloads:
                notice = ChangeNotice.from_payload(payload)
                if notice is None or notice.session == self._session:
                    continue
                if PRESENCE in notice.kinds:
                    self.marks.read(connection)
                self._deliver(notice)
        if self._keeps_presence and self.marks.remove_mine(connection):
            # The program closes: its editors are gone at once, not after half a minute.
            mine = ChangeNotice(kinds=frozenset({PRESENCE}), session=self._session)
            self._announce(connection, mine)

    def _announce(self, connection: psycopg.Connection[TupleRow], notice: ChangeNotice) -> None:
        connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, notice.to_payload()))

    def _deliver(self, notice: ChangeNotice) -> None:
        if self._receiver is None:
            return
        try:
            self._receiver(notice)
        except Exception:  # a fault of one receiver must not end the listening
            log.exception("A team database notice could not be delivered")
