"""The network's activities (participants, costs, settling documents) and the cities' capacity
self-assessments."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "network_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("host_city_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("network_activity", "host_city_id", "network_city", "SET NULL"),
        _fk("network_activity", "meeting_id", "meeting", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_activity")),
    )
    _index("network_activity", "host_city_id", "meeting_id")
    op.create_table(
        "network_activity_participant",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=True),
        _fk("network_activity_participant", "activity_id", "network_activity", "CASCADE"),
        _fk("network_activity_participant", "city_id", "network_city", "CASCADE"),
        sa.PrimaryKeyConstraint(
            "activity_id", "city_id", name=op.f("pk_network_activity_participant")
        ),
    )
    _index("network_activity_participant", "city_id")
    op.create_table(
        "network_activity_cost",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("payer", sa.String(20), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=True),
        sa.Column("planned_grosze", sa.BigInteger(), nullable=False),
        sa.Column("spent_grosze", sa.BigInteger(), nullable=True),
        _fk("network_activity_cost", "activity_id", "network_activity", "CASCADE"),
        _fk("network_activity_cost", "city_id", "network_city", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_activity_cost")),
    )
    _index("network_activity_cost", "activity_id", "city_id")
    op.create_table(
        "network_activity_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        _fk("network_activity_document", "activity_id", "network_activity", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_activity_document")),
    )
    _index("network_activity_document", "activity_id")
    op.create_table(
        "capacity_score",
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.String(10), nullable=False),
        sa.Column("area", sa.String(30), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        _fk("capacity_score", "city_id", "network_city", "CASCADE"),
        sa.PrimaryKeyConstraint("city_id", "round", "area", name=op.f("pk_capacity_score")),
    )


def downgrade() -> None:
    for table in (
        "capacity_score",
        "network_activity_document",
        "network_activity_cost",
        "network_activity_participant",
        "network_activity",
    ):
        op.drop_table(table)
