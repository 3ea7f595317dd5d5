"""The Local Partnership meetings' tables: agenda, invitations, guests, decisions, tasks and
attachments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pim_desktop.persistence.tables.base import Base, TeamEdited, utc_now


class MeetingRow(TeamEdited, Base):
    """A meeting, workshop, consultation or visit of the partnership."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_type: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    place: Mapped[str] = mapped_column(String(300), default="")
    online_link: Mapped[str] = mapped_column(String(500), default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    minutes_saved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    agenda_items: Mapped[list[AgendaItemRow]] = relationship(
        order_by="AgendaItemRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    invitations: Mapped[list[InvitationRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    guests: Mapped[list[GuestRow]] = relationship(
        order_by="GuestRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    decisions: Mapped[list[DecisionRow]] = relationship(
        order_by="DecisionRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    tasks: Mapped[list[TaskRow]] = relationship(
        order_by="TaskRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    attachments: Mapped[list[MeetingAttachmentRow]] = relationship(
        order_by="MeetingAttachmentRow.id", cascade="all, delete-orphan", passive_deletes=True
    )


class AgendaItemRow(Base):
    __tablename__ = "meeting_agenda_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class InvitationRow(TeamEdited, Base):
    """An invited member and their attendance (empty until recorded)."""

    __tablename__ = "meeting_invitation"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("partnership_member.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    status: Mapped[str | None] = mapped_column(String(20))
    substitute_name: Mapped[str] = mapped_column(String(300), default="")


class GuestRow(Base):
    __tablename__ = "meeting_guest"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")


class DecisionRow(Base):
    __tablename__ = "meeting_decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class TaskRow(Base):
    """A task a meeting assigned; its owner is a member or a name typed in."""

    __tablename__ = "meeting_task"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    owner_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnership_member.id", ondelete="SET NULL"), index=True
    )
    owner_name: Mapped[str] = mapped_column(String(300), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)


class MeetingAttachmentRow(Base):
    """A file of a meeting (photo, signed attendance list, presentation) in the attachment store."""

    __tablename__ = "meeting_attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(500))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


# --- the action plan (MID) ------------------------------------------------------------------
# Money is whole grosze in BigInteger, indicator values exact decimal text, months the first day.
