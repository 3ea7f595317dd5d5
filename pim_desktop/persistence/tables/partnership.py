"""The Local Partnership's tables: member organisations and their people."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pim_desktop.persistence.tables.base import Base, TeamEdited, utc_now


class PartnershipMemberRow(TeamEdited, Base):
    """A member of the Local Partnership: an organisation, or a resident on their own."""

    __tablename__ = "partnership_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    organisation_name: Mapped[str] = mapped_column(String(300), default="")
    sector: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(20))
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    importance: Mapped[int] = mapped_column(Integer)
    influence: Mapped[int] = mapped_column(Integer)
    letter_of_intent_json: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    people: Mapped[list[MemberPersonRow]] = relationship(
        back_populates="member", cascade="all, delete-orphan", passive_deletes=True
    )


class MemberPersonRow(Base):
    """A person of a member (representative or substitute) with the consent they gave."""

    __tablename__ = "member_person"
    __table_args__ = (UniqueConstraint("member_id", "slot"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("partnership_member.id", ondelete="CASCADE"), index=True
    )
    slot: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    processing_basis: Mapped[str | None] = mapped_column(String(30))
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_publication: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_photos: Mapped[bool] = mapped_column(Boolean, default=False)
    erased: Mapped[bool] = mapped_column(Boolean, default=False)

    member: Mapped[PartnershipMemberRow] = relationship(back_populates="people")
