"""Who is editing what on a team database, kept by the listener's thread on its own connection,
so that opening or closing an editor never waits for the server.

The window says which editors are open (``set``); the thread writes the difference to
``editing_presence``, says every few seconds that they are still open, removes the marks of
programs that went silent, and keeps a copy of the colleagues' marks for the window to read.
Times are the server's, so computers whose clocks differ agree on who is still there.
"""

from __future__ import annotations

import threading

import psycopg
from psycopg.rows import TupleRow

from pim_desktop.domain.team_notices import PRESENCE_LIFETIME_S, Presence

_WRITE = """
INSERT INTO editing_presence (session_id, officer, workstation, scope, section, last_seen)
VALUES (%s, %s, %s, %s, %s, now())
ON CONFLICT (session_id) DO UPDATE SET officer = EXCLUDED.officer,
    workstation = EXCLUDED.workstation, scope = EXCLUDED.scope, section = EXCLUDED.section,
    last_seen = now()
"""
_REMOVE = "DELETE FROM editing_presence WHERE session_id = %s"
_REMOVE_MINE = "DELETE FROM editing_presence WHERE session_id LIKE %s"
_KEEP_ALIVE = "UPDATE editing_presence SET last_seen = now() WHERE session_id LIKE %s"
_PURGE = "DELETE FROM editing_presence WHERE last_seen < now() - make_interval(secs => %s)"
_READ = """
SELECT officer, workstation, scope, section FROM editing_presence
WHERE last_seen >= now() - make_interval(secs => %s) AND session_id NOT LIKE %s
ORDER BY officer, id
"""


class PresenceMarks:
    """This program's open editors (keys start with its session) and the colleagues' ones."""

    def __init__(self, session: str) -> None:
        self._prefix = f"{session}/"
        self._lock = threading.Lock()
        self._wanted: dict[str, Presence] = {}
        self._written: dict[str, Presence] = {}
        self._others: list[Presence] = []

    def set(self, key: str, presence: Presence | None) -> None:
        """Mark an editor open under ``key`` (``None``: closed); written by the thread."""
        with self._lock:
            if presence is None:
                self._wanted.pop(key, None)
            else:
                self._wanted[key] = presence

    def mine(self, key: str) -> Presence | None:
        with self._lock:
            return self._wanted.get(key)

    def others(self, scope: str) -> list[Presence]:
        """The colleagues editing ``scope``, as last read from the server."""
        with self._lock:
            return [presence for presence in self._others if presence.scope == scope]

    # --- on the listener's thread -----------------------------------------------------------

    def connected(self) -> None:
        """A new connection: nothing is known to be written any more (the old marks may have
        been cleared meanwhile)."""
        self._written = {}

    def write(self, connection: psycopg.Connection[TupleRow]) -> bool:
        """Write what changed since the last call; ``True`` when anything was."""
        with self._lock:
            wanted = dict(self._wanted)
        changed = False
        for key in self._written.keys() - wanted.keys():
            connection.execute(_REMOVE, (key,))
            changed = True
        for key, presence in wanted.items():
            if self._written.get(key) != presence:
                connection.execute(
                    _WRITE,
                    (
                        key[:64],
                        presence.officer[:200],
                        presence.workstation[:200],
                        presence.scope[:200],
                        presence.section[:200],
                    ),
                )
                changed = True
        self._written = wanted
        return changed

    def remove_mine(self, connection: psycopg.Connection[TupleRow]) -> bool:
        """Remove every mark of this program (it closes); ``True`` when there were any."""
        with self._lock:
            self._wanted.clear()
        self._written = {}
        return connection.execute(_REMOVE_MINE, (self._prefix + "%",)).rowcount > 0

    def keep_alive(self, connection: psycopg.Connection[TupleRow]) -> bool:
        """Say this program's editors are still open and remove the marks nobody keeps alive;
        ``True`` when any were removed."""
        connection.execute(_KEEP_ALIVE, (self._prefix + "%",))
        return connection.execute(_PURGE, (PRESENCE_LIFETIME_S,)).rowcount > 0

    def read(self, connection: psycopg.Connection[TupleRow]) -> None:
        """Read the colleagues' marks afresh."""
        rows = connection.execute(_READ, (PRESENCE_LIFETIME_S, self._prefix + "%")).fetchall()
        others = [Presence(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]
        with self._lock:
            self._others = others
