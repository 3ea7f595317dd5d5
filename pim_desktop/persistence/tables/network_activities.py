"""The network's activities with their participants, costs and settling documents, and the
cities' capacity self-assessments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pim_desktop.persistence.tables.base import Base, TeamEdited, utc_now


class NetworkActivityRow(TeamEdited, Base):
    """A network meeting, study visit, expertise, expert visit or other activity of the network."""

    __tablename__ = "network_activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    host_city_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_city.id", ondelete="SET NULL"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    participants: Mapped[list[ActivityParticipantRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    costs: Mapped[list[ActivityCostRow]] = relationship(
        order_by="ActivityCostRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    documents: Mapped[list[ActivityDocumentRow]] = relationship(
        order_by="ActivityDocumentRow.id", cascade="all, delete-orphan", passive_deletes=True
    )


class ActivityParticipantRow(Base):
    """How many people a city sent to an activity (no count: the city came)."""

    __tablename__ = "network_activity_participant"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("network_activity.id", ondelete="CASCADE"), primary_key=True
    )
    city_id: Mapped[int] = mapped_column(
        ForeignKey("network_city.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    people: Mapped[int | None] = mapped_column(Integer)


class ActivityCostRow(Base):
    """Planned and spent grosze of one cost category and one payer."""

    __tablename__ = "network_activity_cost"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("network_activity.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(20))
    payer: Mapped[str] = mapped_column(String(20))
    city_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_city.id", ondelete="SET NULL"), index=True
    )
    planned_grosze: Mapped[int] = mapped_column(BigInteger, default=0)
    spent_grosze: Mapped[int | None] = mapped_column(BigInteger)


class ActivityDocumentRow(Base):
    """An invoice, attendance list or report kept in the attachment store by its SHA-256."""

    __tablename__ = "network_activity_document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("network_activity.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class CapacityScoreRow(Base):
    """One city's score (1–5) and comment in one area of one self-assessment round."""

    __tablename__ = "capacity_score"

    city_id: Mapped[int] = mapped_column(
        ForeignKey("network_city.id", ondelete="CASCADE"), primary_key=True
    )
    round: Mapped[str] = mapped_column(String(10), primary_key=True)
    area: Mapped[str] = mapped_column(String(30), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="leader")
