"""The database tables, typed in SQLAlchemy 2.0 style.

Constraint names follow one convention so that Alembic's batch migrations on SQLite can find and
rebuild them; times are stored with their zone so the tables move to PostgreSQL unchanged.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
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


class SignatureFileRow(Base):
    """A PDF of an application on its way to signing: the final export, or a signed file.

    The file itself is kept in the attachment store under its SHA-256. A signed file remembers
    the final export it was made from (``source_sha256``) and who signed it.
    """

    __tablename__ = "signature_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    origin: Mapped[str] = mapped_column(String(20), default="")
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    signer_name: Mapped[str] = mapped_column(String(300), default="")
    signer_issuer: Mapped[str] = mapped_column(String(300), default="")
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    pades_level: Mapped[str] = mapped_column(String(10), default="")


class ApplicationPrintRow(Base):
    """A final print of an application: the checksum it carried, when, and the file written.

    A print sent straight to a printer has no file. Rows go with their application.
    """

    __tablename__ = "application_print"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    checksum: Mapped[str] = mapped_column(String(64), index=True)
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    file_path: Mapped[str | None] = mapped_column(Text)
    file_size: Mapped[int | None] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)


class PartnershipMemberRow(Base):
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


class MeetingRow(Base):
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


class InvitationRow(Base):
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
