"""The action plan's (MID) tables: the plan, its objectives, actions and what hangs on them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pim_desktop.persistence.tables.base import Base, TeamEdited, utc_now


class ActionPlanRow(TeamEdited, Base):
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


class PlanActionRow(TeamEdited, Base):
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
