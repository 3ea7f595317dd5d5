"""The database tables, typed in SQLAlchemy 2.0 style.

Constraint names follow one convention so that Alembic's batch migrations on SQLite can find and
rebuild them; times are stored with their zone so the tables move to PostgreSQL unchanged.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, MetaData, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class CityProfileRow(Base):
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


class ApplicationRow(Base):
    """An application; its field values live in one JSON document (``values_json``)."""

    __tablename__ = "application"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(20))
    network_id: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), index=True)
    version_number: Mapped[int] = mapped_column(Integer, default=1)
    lineage_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # The lineage's name on every computer; ``lineage_id`` is only this database's row number.
    lineage_uid: Mapped[str | None] = mapped_column(String(32), index=True)
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="SET NULL")
    )
    values_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    sent_channel: Mapped[str | None] = mapped_column(String(20))
    receipt_json: Mapped[str | None] = mapped_column(Text)

    changes: Mapped[list[ApplicationChangeRow]] = relationship(
        back_populates="application", cascade="all, delete-orphan", passive_deletes=True
    )
    exports: Mapped[list[ApplicationExportRow]] = relationship(
        back_populates="application", cascade="all, delete-orphan", passive_deletes=True
    )


class ApplicationChangeRow(Base):
    """One change of one field of an application (the history the editor shows)."""

    __tablename__ = "application_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    field_id: Mapped[str] = mapped_column(String(200))
    old_value_json: Mapped[str | None] = mapped_column(Text)
    new_value_json: Mapped[str | None] = mapped_column(Text)

    application: Mapped[ApplicationRow] = relationship(back_populates="changes")


class ApplicationExportRow(Base):
    """One export of an application in a portable file (the history marks what came after)."""

    __tablename__ = "application_export"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    file_name: Mapped[str] = mapped_column(String(500))
    checksum: Mapped[str] = mapped_column(String(64))

    application: Mapped[ApplicationRow] = relationship(back_populates="exports")
