"""What officers sharing one team database tell each other's programs: which kinds of records a
committed change touched (and which ones), by whom, and who is editing what right now.

A notice travels as a short JSON text (PostgreSQL limits one to 8000 bytes): when the ids would
not fit, only the kinds go, and every screen of those kinds reads its data afresh.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# The kinds of records the screens know; a notice names those its change touched.
APPLICATIONS = "applications"
CITY_PROFILE = "city_profile"
MEMBERS = "members"
MEETINGS = "meetings"
ACTION_PLAN = "action_plan"
NETWORK = "network"
NETWORK_ACTIVITIES = "network_activities"
# Someone started or stopped editing something (no record of the city's changed).
PRESENCE = "presence"
RECORD_KINDS = (
    APPLICATIONS,
    CITY_PROFILE,
    MEMBERS,
    MEETINGS,
    ACTION_PLAN,
    NETWORK,
    NETWORK_ACTIVITIES,
)

# Well below the server's 8000 bytes, for the quoting of the JSON text on the way.
LARGEST_PAYLOAD = 7500
# How long an editor counts as open after its program last said so.
PRESENCE_LIFETIME_S = 30
# How often a running program says that its editors are still open.
PRESENCE_HEARTBEAT_S = 10


@dataclass(frozen=True)
class ChangeNotice:
    """One committed change, as the other programs hear of it.

    ``ids`` names records by their singular ("application": [12]); a kind without ids may have
    changed anywhere (the notice was too large, or the program missed notices while offline).
    """

    kinds: frozenset[str]
    ids: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    by: str = ""
    session: str = ""

    def touches(self, kind: str, singular: str = "", record_id: int | None = None) -> bool:
        """Whether the change may concern ``kind`` (and the record ``record_id`` of it)."""
        if kind not in self.kinds:
            return False
        if record_id is None or singular not in self.ids:
            return True
        return record_id in self.ids[singular]

    def to_payload(self) -> str:
        """The JSON text sent; only the kinds when the ids would make it too long."""
        data: dict[str, Any] = {
            "kinds": sorted(self.kinds),
            "ids": {name: sorted(set(ids)) for name, ids in sorted(self.ids.items())},
            "by": self.by[:200],
            "session": self.session,
        }
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        if len(text.encode("utf-8")) > LARGEST_PAYLOAD:
            data["ids"] = {}
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return text

    @classmethod
    def from_payload(cls, text: str) -> ChangeNotice | None:
        """The notice in ``text``; ``None`` for anything not written by this program."""
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("kinds"), list):
            return None
        ids = data.get("ids")
        if not isinstance(ids, dict):
            ids = {}
        return cls(
            kinds=frozenset(str(kind) for kind in data["kinds"]),
            ids={
                str(name): tuple(i for i in values if isinstance(i, int))
                for name, values in ids.items()
                if isinstance(values, list)
            },
            by=str(data.get("by", "")),
            session=str(data.get("session", "")),
        )

    @classmethod
    def everything(cls) -> ChangeNotice:
        """Anything may have changed: notices were missed while the server was away."""
        return cls(kinds=frozenset((*RECORD_KINDS, PRESENCE)))


def collected(
    kinds: Iterable[str], ids: Mapping[str, Iterable[int]], *, by: str, session: str
) -> ChangeNotice:
    return ChangeNotice(
        kinds=frozenset(kinds),
        ids={name: tuple(sorted(set(values))) for name, values in ids.items() if values},
        by=by,
        session=session,
    )


@dataclass(frozen=True)
class Presence:
    """A colleague's open editor: who, at which computer, and in which section."""

    officer: str
    workstation: str
    scope: str
    section: str = ""


def application_scope(application_id: int) -> str:
    return f"application:{application_id}"


def meeting_scope(meeting_id: int) -> str:
    return f"meeting:{meeting_id}"


MEMBERS_SCOPE = "members"
ACTION_PLAN_SCOPE = "action_plan"
