"""Applications with their values, status and version lineage; the history of field changes."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.String(100), nullable=False),
        sa.Column("form_version", sa.String(20), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("network_id", sa.String(100), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("lineage_id", sa.Integer(), nullable=True),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("values_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("sent_channel", sa.String(20), nullable=True),
        sa.Column("receipt_json", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["previous_id"],
            ["application.id"],
            name=op.f("fk_application_previous_id_application"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application")),
    )
    with op.batch_alter_table("application") as batch_op:
        batch_op.create_index(batch_op.f("ix_application_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_application_lineage_id"), ["lineage_id"], unique=False)
    op.create_table(
        "application_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("field_id", sa.String(200), nullable=False),
        sa.Column("old_value_json", sa.Text(), nullable=True),
        sa.Column("new_value_json", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_application_change_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_change")),
    )
    with op.batch_alter_table("application_change") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_change_application_id"), ["application_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("application_change")
    op.drop_table("application")
