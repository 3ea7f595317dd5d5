"""Who is editing what on a team database: one row per open editor, inside a caller's session.

Times are the server's (``now()``), so computers whose clocks differ agree on who is still there.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from pim_desktop.domain.team_notices import PRESENCE_LIFETIME_S, Presence
from pim_desktop.persistence.tables import EditingPresenceRow


class PresenceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def enter(self, key: str, presence: Presence) -> None:
        """Mark an editor open under ``key`` (a mark left under the same key is replaced)."""
        self.leave(key)
        self._session.add(
            EditingPresenceRow(
                session_id=key,
                officer=presence.officer[:200],
                workstation=presence.workstation[:200],
                scope=presence.scope[:200],
                section=presence.section[:200],
                last_seen=func.now(),
            )
        )

    def move(self, key: str, section: str) -> None:
        self._session.execute(
            update(EditingPresenceRow)
            .where(EditingPresenceRow.session_id == key)
            .values(section=section[:200], last_seen=func.now())
        )

    def leave(self, key: str) -> None:
        mark = EditingPresenceRow.session_id == key
        self._session.execute(delete(EditingPresenceRow).where(mark))

    def others(self, scope: str, own_prefix: str) -> list[Presence]:
        """The editors of ``scope`` seen lately, but those whose key starts with ``own_prefix``."""
        fresh = func.now() - dt.timedelta(seconds=PRESENCE_LIFETIME_S)
        rows = self._session.scalars(
            select(EditingPresenceRow)
            .where(
                EditingPresenceRow.scope == scope,
                EditingPresenceRow.last_seen >= fresh,
                EditingPresenceRow.session_id.not_like(f"{own_prefix}%"),
            )
            .order_by(EditingPresenceRow.officer, EditingPresenceRow.id)
        )
        return [Presence(r.officer, r.workstation, r.scope, r.section) for r in rows]
