"""Tells the other programs on a team database what each committed transaction changed.

One hook on the session factory collects which tables a transaction wrote (flushed rows and bulk
statements alike), turns them into the kinds of records the screens know, and sends
``pg_notify`` inside the same transaction: PostgreSQL delivers it at commit and drops it on a
rollback, so a colleague never hears of a change that was not kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from pim_desktop.domain import team_notices as kinds
from pim_desktop.domain.team_notices import collected

CHANNEL = "pim_desktop"

# Each table: the kind of record it belongs to and the record whose id a notice names.
TABLE_KINDS: dict[str, tuple[str, str]] = {
    "application": (kinds.APPLICATIONS, "application"),
    "application_change": (kinds.APPLICATIONS, "application"),
    "application_export": (kinds.APPLICATIONS, "application"),
    "application_print": (kinds.APPLICATIONS, "application"),
    "signature_file": (kinds.APPLICATIONS, "application"),
    "submission_proof": (kinds.APPLICATIONS, "application"),
    "city_profile": (kinds.CITY_PROFILE, ""),
    "contact_person": (kinds.CITY_PROFILE, ""),
    "partnership_member": (kinds.MEMBERS, "member"),
    "member_person": (kinds.MEMBERS, "member"),
    "meeting": (kinds.MEETINGS, "meeting"),
    "meeting_agenda_item": (kinds.MEETINGS, "meeting"),
    "meeting_invitation": (kinds.MEETINGS, "meeting"),
    "meeting_guest": (kinds.MEETINGS, "meeting"),
    "meeting_decision": (kinds.MEETINGS, "meeting"),
    "meeting_task": (kinds.MEETINGS, "meeting"),
    "meeting_attachment": (kinds.MEETINGS, "meeting"),
    "action_plan": (kinds.ACTION_PLAN, ""),
    "action_plan_objective": (kinds.ACTION_PLAN, ""),
    "plan_action": (kinds.ACTION_PLAN, "action"),
    "action_funding": (kinds.ACTION_PLAN, "action"),
    "action_indicator": (kinds.ACTION_PLAN, "action"),
    "action_risk": (kinds.ACTION_PLAN, "action"),
    "action_partner": (kinds.ACTION_PLAN, "action"),
    "action_meeting": (kinds.ACTION_PLAN, "action"),
    "network": (kinds.NETWORK, ""),
    "network_city": (kinds.NETWORK, ""),
    "network_meeting_city": (kinds.NETWORK, ""),
    "improvement_recommendation": (kinds.NETWORK, ""),
    "recommendation_city": (kinds.NETWORK, ""),
    "network_activity": (kinds.NETWORK_ACTIVITIES, "activity"),
    "network_activity_participant": (kinds.NETWORK_ACTIVITIES, "activity"),
    "network_activity_cost": (kinds.NETWORK_ACTIVITIES, "activity"),
    "network_activity_document": (kinds.NETWORK_ACTIVITIES, "activity"),
    "capacity_score": (kinds.NETWORK_ACTIVITIES, ""),
    "editing_presence": (kinds.PRESENCE, ""),
}
# The table whose own ``id`` is the record a notice names (others carry ``<singular>_id``).
_OWN_TABLE = {
    "application": "application",
    "member": "partnership_member",
    "meeting": "meeting",
    "action": "plan_action",
    "activity": "network_activity",
}
_INFO_KEY = "pim_desktop_changes"


@dataclass(frozen=True)
class NoticeAuthor:
    """Who the notices of this program's changes name: the officer (asked at each commit, as
    it can be changed in Settings) and this running program."""

    officer: Callable[[], str]
    session: str


@dataclass
class _Changes:
    kinds: set[str] = field(default_factory=set)
    ids: dict[str, set[int]] = field(default_factory=dict)

    def add(self, table: str, row: object | None = None) -> None:
        kind, singular = TABLE_KINDS.get(table, ("", ""))
        if not kind:
            return
        self.kinds.add(kind)
        if row is None or not singular:
            return
        column = "id" if _OWN_TABLE[singular] == table else f"{singular}_id"
        record_id = getattr(row, column, None)
        if isinstance(record_id, int):
            self.ids.setdefault(singular, set()).add(record_id)


def announce_changes(factory: sessionmaker[Session], author: NoticeAuthor) -> None:
    """Make every transaction of ``factory``'s sessions notify ``CHANNEL`` of what it wrote."""
    event.listen(factory, "after_flush", _on_after_flush)
    event.listen(factory, "do_orm_execute", _on_orm_execute)
    event.listen(factory, "before_commit", _make_notifier(author))
    event.listen(factory, "after_commit", _forget)
    event.listen(factory, "after_rollback", _forget)


def _changes(session: Session) -> _Changes:
    found = session.info.get(_INFO_KEY)
    if found is None:
        found = session.info[_INFO_KEY] = _Changes()
    return found


def _on_after_flush(session: Session, _context: UOWTransaction) -> None:
    changes = _changes(session)
    for row in (*session.new, *session.dirty, *session.deleted):
        table = getattr(row, "__tablename__", "")
        changes.add(str(table), row)


def _on_orm_execute(state: ORMExecuteState) -> None:
    """Bulk statements (``delete(MemberRow)``) pass no rows through the flush."""
    if state.is_insert or state.is_update or state.is_delete:
        table: Any = getattr(state.statement, "table", None)
        name = getattr(table, "name", "")
        if name:
            _changes(state.session).add(str(name))


def _make_notifier(author: NoticeAuthor) -> Callable[[Session], None]:
    def notify(session: Session) -> None:
        # The commit's own last flush comes after this hook: made here, it is counted too.
        session.flush()
        changes = session.info.pop(_INFO_KEY, None)
        if changes is None or not changes.kinds:
            return
        notice = collected(changes.kinds, changes.ids, by=author.officer(), session=author.session)
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANNEL, "payload": notice.to_payload()},
        )

    return notify


def _forget(session: Session) -> None:
    session.info.pop(_INFO_KEY, None)
