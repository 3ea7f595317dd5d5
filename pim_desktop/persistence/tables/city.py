"""The applicant city's tables: its profile and contact people."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pim_desktop.persistence.tables.base import Base, TeamEdited, utc_now


class CityProfileRow(TeamEdited, Base):
    """The applicant city; the program keeps one."""

    __tablename__ = "city_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    official_name: Mapped[str] = mapped_column(String(300), default="")
    unit_type: Mapped[str | None] = mapped_column(String(40))
    voivodeship: Mapped[str | None] = mapped_column(String(2))
    powiat: Mapped[str] = mapped_column(String(200), default="")
    teryt: Mapped[str] = mapped_column(String(20), default="")
    regon: Mapped[str] = mapped_column(String(20), default="")
    nip: Mapped[str] = mapped_column(String(20), default="")
    street: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    post_town: Mapped[str] = mapped_column(String(200), default="")
    epuap_address: Mapped[str] = mapped_column(String(300), default="")
    edoreczenia_address: Mapped[str] = mapped_column(String(40), default="")
    population: Mapped[int | None] = mapped_column(Integer)
    population_year: Mapped[int | None] = mapped_column(Integer)
    signatory_name: Mapped[str] = mapped_column(String(300), default="")
    signatory_function: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now, server_default=func.current_timestamp()
    )

    contacts: Mapped[list[ContactPersonRow]] = relationship(
        back_populates="city_profile", cascade="all, delete-orphan", passive_deletes=True
    )


class ContactPersonRow(Base):
    """A contact person of the city (the PIM coordinator, the deputy)."""

    __tablename__ = "contact_person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    city_profile_id: Mapped[int] = mapped_column(
        ForeignKey("city_profile.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    department: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    city_profile: Mapped[CityProfileRow] = relationship(back_populates="contacts")
