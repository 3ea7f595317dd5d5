"""The action plan (MID) with its objectives and actions; the network, its cities and its
Improvement Plan. Actions link Local Partnership members and meetings; network meetings are
rows of the shared meeting table with the cities that came."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_action_plan()
    _create_network()
    _create_action_plan_objective()
    _create_network_city()
    _create_improvement_recommendation()
    _create_network_meeting_city()
    _create_plan_action()
    _create_action_funding()
    _create_action_indicator()
    _create_action_meeting()
    _create_action_partner()
    _create_action_risk()
    _create_recommendation_city()


def _create_action_plan() -> None:
    op.create_table(
        "action_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("adoption_act", sa.String(length=300), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("horizon_start", sa.Date(), nullable=True),
        sa.Column("horizon_end", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("context", sa.Text(), nullable=False),
        sa.Column("stakeholders", sa.Text(), nullable=False),
        sa.Column("vision", sa.Text(), nullable=False),
        sa.Column("lessons", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plan")),
    )


def _create_network() -> None:
    op.create_table(
        "network",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("theme", sa.String(length=300), nullable=False),
        sa.Column("edition", sa.String(length=100), nullable=False),
        sa.Column("expert_name", sa.String(length=300), nullable=False),
        sa.Column("expert_contact", sa.String(length=300), nullable=False),
        sa.Column("tutor_name", sa.String(length=300), nullable=False),
        sa.Column("tutor_contact", sa.String(length=300), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network")),
    )


def _create_action_plan_objective() -> None:
    op.create_table(
        "action_plan_objective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["action_plan.id"],
            name=op.f("fk_action_plan_objective_plan_id_action_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plan_objective")),
    )
    with op.batch_alter_table("action_plan_objective") as batch_op:
        batch_op.create_index(batch_op.f("ix_action_plan_objective_plan_id"), ["plan_id"])


def _create_network_city() -> None:
    op.create_table(
        "network_city",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("voivodeship", sa.String(length=2), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("contact_name", sa.String(length=300), nullable=False),
        sa.Column("contact_email", sa.String(length=300), nullable=False),
        sa.Column("contact_phone", sa.String(length=60), nullable=False),
        sa.Column("letter_status", sa.String(length=20), nullable=False),
        sa.Column("mid_title", sa.String(length=500), nullable=True),
        sa.Column("mid_status", sa.String(length=40), nullable=True),
        sa.Column("mid_summary", sa.Text(), nullable=True),
        sa.Column("mid_actions", sa.Integer(), nullable=True),
        sa.Column("mid_total_grosze", sa.BigInteger(), nullable=True),
        sa.Column("mid_secured_grosze", sa.BigInteger(), nullable=True),
        sa.Column("contribution_received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("contribution_sha256", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_network_city_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_city")),
    )
    with op.batch_alter_table("network_city") as batch_op:
        batch_op.create_index(batch_op.f("ix_network_city_network_id"), ["network_id"])


def _create_improvement_recommendation() -> None:
    op.create_table(
        "improvement_recommendation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("barrier", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.Text(), nullable=False),
        sa.Column("rec_type", sa.String(length=20), nullable=False),
        sa.Column("addressee", sa.String(length=300), nullable=False),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("source_city_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_improvement_recommendation_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_city_id"],
            ["network_city.id"],
            name=op.f("fk_improvement_recommendation_source_city_id_network_city"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_recommendation")),
    )
    with op.batch_alter_table("improvement_recommendation") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_improvement_recommendation_network_id"), ["network_id"]
        )
        batch_op.create_index(
            batch_op.f("ix_improvement_recommendation_source_city_id"), ["source_city_id"]
        )


def _create_network_meeting_city() -> None:
    op.create_table(
        "network_meeting_city",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["network_city.id"],
            name=op.f("fk_network_meeting_city_city_id_network_city"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_network_meeting_city_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "city_id", name=op.f("pk_network_meeting_city")),
    )
    with op.batch_alter_table("network_meeting_city") as batch_op:
        batch_op.create_index(batch_op.f("ix_network_meeting_city_city_id"), ["city_id"])


def _create_plan_action() -> None:
    op.create_table(
        "plan_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        sa.Column("action_type", sa.String(length=20), nullable=False),
        sa.Column("responsible_unit", sa.String(length=300), nullable=False),
        sa.Column("start_month", sa.Date(), nullable=False),
        sa.Column("end_month", sa.Date(), nullable=False),
        sa.Column("cost_grosze", sa.BigInteger(), nullable=False),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["action_plan_objective.id"],
            name=op.f("fk_plan_action_objective_id_action_plan_objective"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["action_plan.id"],
            name=op.f("fk_plan_action_plan_id_action_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_action")),
    )
    with op.batch_alter_table("plan_action") as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_action_objective_id"), ["objective_id"])
        batch_op.create_index(batch_op.f("ix_plan_action_plan_id"), ["plan_id"])


def _create_action_funding() -> None:
    op.create_table(
        "action_funding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("programme", sa.String(length=300), nullable=False),
        sa.Column("amount_grosze", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["plan_action.id"],
            name=op.f("fk_action_funding_action_id_plan_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_funding")),
    )
    with op.batch_alter_table("action_funding") as batch_op:
        batch_op.create_index(batch_op.f("ix_action_funding_action_id"), ["action_id"])


def _create_action_indicator() -> None:
    op.create_table(
        "action_indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("baseline", sa.String(length=40), nullable=True),
        sa.Column("baseline_year", sa.Integer(), nullable=True),
        sa.Column("target", sa.String(length=40), nullable=True),
        sa.Column("target_year", sa.Integer(), nullable=True),
        sa.Column("data_source", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["plan_action.id"],
            name=op.f("fk_action_indicator_action_id_plan_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_indicator")),
    )
    with op.batch_alter_table("action_indicator") as batch_op:
        batch_op.create_index(batch_op.f("ix_action_indicator_action_id"), ["action_id"])


def _create_action_meeting() -> None:
    op.create_table(
        "action_meeting",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["plan_action.id"],
            name=op.f("fk_action_meeting_action_id_plan_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_action_meeting_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("action_id", "meeting_id", name=op.f("pk_action_meeting")),
    )
    with op.batch_alter_table("action_meeting") as batch_op:
        batch_op.create_index(batch_op.f("ix_action_meeting_meeting_id"), ["meeting_id"])


def _create_action_partner() -> None:
    op.create_table(
        "action_partner",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["plan_action.id"],
            name=op.f("fk_action_partner_action_id_plan_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["partnership_member.id"],
            name=op.f("fk_action_partner_member_id_partnership_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("action_id", "member_id", name=op.f("pk_action_partner")),
    )
    with op.batch_alter_table("action_partner") as batch_op:
        batch_op.create_index(batch_op.f("ix_action_partner_member_id"), ["member_id"])


def _create_action_risk() -> None:
    op.create_table(
        "action_risk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("likelihood", sa.String(length=10), nullable=False),
        sa.Column("impact", sa.String(length=10), nullable=False),
        sa.Column("mitigation", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["plan_action.id"],
            name=op.f("fk_action_risk_action_id_plan_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_risk")),
    )
    with op.batch_alter_table("action_risk") as batch_op:
        batch_op.create_index(batch_op.f("ix_action_risk_action_id"), ["action_id"])


def _create_recommendation_city() -> None:
    op.create_table(
        "recommendation_city",
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["network_city.id"],
            name=op.f("fk_recommendation_city_city_id_network_city"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["improvement_recommendation.id"],
            name=op.f("fk_recommendation_city_recommendation_id_improvement_recommendation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "recommendation_id", "city_id", "relation", name=op.f("pk_recommendation_city")
        ),
    )
    with op.batch_alter_table("recommendation_city") as batch_op:
        batch_op.create_index(batch_op.f("ix_recommendation_city_city_id"), ["city_id"])


def downgrade() -> None:
    for table in (
        "recommendation_city",
        "action_risk",
        "action_partner",
        "action_meeting",
        "action_indicator",
        "action_funding",
        "plan_action",
        "network_meeting_city",
        "improvement_recommendation",
        "network_city",
        "action_plan_objective",
        "network",
        "action_plan",
    ):
        op.drop_table(table)
