"""Team work on one database: the change log of records other than applications, and who is
editing what right now."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pim_desktop.persistence.tables.base import Base, utc_now


class RecordChangeRow(Base):
    """One change of one field of a member, meeting, attendance, action or other edited record,
    with who made it (applications keep theirs in ``application_change``)."""

    __tablename__ = "record_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(40), index=True)
    record_id: Mapped[int] = mapped_column(Integer, index=True)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(200))
    field_id: Mapped[str] = mapped_column(String(200))
    old_value_json: Mapped[str | None] = mapped_column(Text)
    new_value_json: Mapped[str | None] = mapped_column(Text)


class EditingPresenceRow(Base):
    """An open editor of one running program: who, on which computer, editing what (a scope such
    as ``application:12`` and a section), refreshed while it stays open."""

    __tablename__ = "editing_presence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[str] = mapped_column(String(64), unique=True)
    officer: Mapped[str] = mapped_column(String(200))
    workstation: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(String(200), index=True)
    section: Mapped[str] = mapped_column(String(200))
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
