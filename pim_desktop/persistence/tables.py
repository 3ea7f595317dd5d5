"""The database tables, typed in SQLAlchemy 2.0 style.

Constraint names follow one convention so that Alembic's batch migrations on SQLite can find and
rebuild them; times are stored with their zone so the tables move to PostgreSQL unchanged.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
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


# --- the action plan (MID) ------------------------------------------------------------------
# Money is whole grosze in BigInteger, indicator values exact decimal text, months the first day.


class ActionPlanRow(Base):
    """The city's MID: its header and its written parts; the program keeps one."""

    __tablename__ = "action_plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    version: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(20))
    adoption_act: Mapped[str] = mapped_column(String(300), default="")
    adopted_on: Mapped[dt.date | None] = mapped_column(Date)
    horizon_start: Mapped[dt.date | None] = mapped_column(Date)
    horizon_end: Mapped[dt.date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    context: Mapped[str] = mapped_column(Text, default="")
    stakeholders: Mapped[str] = mapped_column(Text, default="")
    vision: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    objectives: Mapped[list[ObjectiveRow]] = relationship(
        order_by="ObjectiveRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class ObjectiveRow(Base):
    __tablename__ = "action_plan_objective"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(20), default="")
    text: Mapped[str] = mapped_column(Text, default="")


class PlanActionRow(Base):
    """One row of the action table."""

    __tablename__ = "plan_action"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_plan_objective.id", ondelete="SET NULL"), index=True
    )
    action_type: Mapped[str] = mapped_column(String(20))
    responsible_unit: Mapped[str] = mapped_column(String(300), default="")
    start_month: Mapped[dt.date] = mapped_column(Date)
    end_month: Mapped[dt.date] = mapped_column(Date)
    cost_grosze: Mapped[int] = mapped_column(BigInteger, default=0)
    priority: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    funding: Mapped[list[ActionFundingRow]] = relationship(
        order_by="ActionFundingRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    indicators: Mapped[list[ActionIndicatorRow]] = relationship(
        order_by="ActionIndicatorRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    risks: Mapped[list[ActionRiskRow]] = relationship(
        order_by="ActionRiskRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    partners: Mapped[list[ActionPartnerRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    meetings: Mapped[list[ActionMeetingRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ActionFundingRow(Base):
    __tablename__ = "action_funding"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    programme: Mapped[str] = mapped_column(String(300), default="")
    amount_grosze: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(20))


class ActionIndicatorRow(Base):
    __tablename__ = "action_indicator"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(500))
    unit: Mapped[str] = mapped_column(String(100), default="")
    # Exact decimal text ("12.5"): SQLite would keep a Numeric as a binary float.
    baseline: Mapped[str | None] = mapped_column(String(40))
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    target: Mapped[str | None] = mapped_column(String(40))
    target_year: Mapped[int | None] = mapped_column(Integer)
    data_source: Mapped[str] = mapped_column(String(500), default="")


class ActionRiskRow(Base):
    __tablename__ = "action_risk"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    likelihood: Mapped[str] = mapped_column(String(10))
    impact: Mapped[str] = mapped_column(String(10))
    mitigation: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(300), default="")


class ActionPartnerRow(Base):
    """A Local Partnership member who works on an action."""

    __tablename__ = "action_partner"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("partnership_member.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ActionMeetingRow(Base):
    """A meeting where an action was worked on."""

    __tablename__ = "action_meeting"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), primary_key=True
    )
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True, index=True
    )


# --- the network and its Improvement Plan ---------------------------------------------------


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


class NetworkCityRow(Base):
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


class RecommendationRow(Base):
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


# Tables kept in their own modules join the one metadata here (after Base exists).
from pim_desktop.persistence import proof_tables  # noqa: E402, F401
