"""The city network's tables: the network, its cities and the Improvement Plan's recommendations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pim_desktop.persistence.tables.base import Base, TeamEdited, utc_now


class NetworkRow(Base):
    """The thematic network the city belongs to; the program keeps one."""

    __tablename__ = "network"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    theme: Mapped[str] = mapped_column(String(300), default="")
    edition: Mapped[str] = mapped_column(String(100), default="")
    expert_name: Mapped[str] = mapped_column(String(300), default="")
    expert_contact: Mapped[str] = mapped_column(String(300), default="")
    tutor_name: Mapped[str] = mapped_column(String(300), default="")
    tutor_contact: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    cities: Mapped[list[NetworkCityRow]] = relationship(
        order_by="NetworkCityRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class NetworkCityRow(TeamEdited, Base):
    """The Leader or a partner city, with what its contribution file said of its MID."""

    __tablename__ = "network_city"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    voivodeship: Mapped[str | None] = mapped_column(String(2))
    role: Mapped[str] = mapped_column(String(20))
    contact_name: Mapped[str] = mapped_column(String(300), default="")
    contact_email: Mapped[str] = mapped_column(String(300), default="")
    contact_phone: Mapped[str] = mapped_column(String(60), default="")
    letter_status: Mapped[str] = mapped_column(String(20))
    mid_title: Mapped[str | None] = mapped_column(String(500))
    mid_status: Mapped[str | None] = mapped_column(String(40))
    mid_summary: Mapped[str | None] = mapped_column(Text)
    mid_actions: Mapped[int | None] = mapped_column(Integer)
    mid_total_grosze: Mapped[int | None] = mapped_column(BigInteger)
    mid_secured_grosze: Mapped[int | None] = mapped_column(BigInteger)
    contribution_received_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    contribution_sha256: Mapped[str | None] = mapped_column(String(64))


class NetworkMeetingCityRow(Base):
    """A city that came to a network meeting or study visit (a row of the shared meetings)."""

    __tablename__ = "network_meeting_city"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    city_id: Mapped[int] = mapped_column(
        ForeignKey("network_city.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class RecommendationRow(TeamEdited, Base):
    """A recommendation of the network's Improvement Plan (Plan Ulepszeń)."""

    __tablename__ = "improvement_recommendation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    barrier: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(Text, default="")
    rec_type: Mapped[str] = mapped_column(String(20))
    addressee: Mapped[str] = mapped_column(String(300), default="")
    priority: Mapped[str] = mapped_column(String(10))
    source_city_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_city.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    cities: Mapped[list[RecommendationCityRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class RecommendationCityRow(Base):
    """A city behind a recommendation: in its evidence, or supporting it."""

    __tablename__ = "recommendation_city"

    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_recommendation.id", ondelete="CASCADE"), primary_key=True
    )
    city_id: Mapped[int] = mapped_column(
        ForeignKey("network_city.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    relation: Mapped[str] = mapped_column(String(20), primary_key=True)
