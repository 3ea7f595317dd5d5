"""Team work on one database: a version and an author on every record that can be edited, the
author of each application change, a change log for the other records, and who is editing what."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Records an officer edits: each carries the version its last save wrote and who wrote it.
VERSIONED_TABLES = (
    "application",
    "city_profile",
    "partnership_member",
    "meeting",
    "meeting_invitation",
    "action_plan",
    "plan_action",
    "network_city",
    "improvement_recommendation",
    "network_activity",
)


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
            )
            batch_op.add_column(
                sa.Column("changed_by", sa.String(200), nullable=False, server_default="")
            )
    with op.batch_alter_table("application_change") as batch_op:
        batch_op.add_column(
            sa.Column("changed_by", sa.String(200), nullable=False, server_default="")
        )
    op.create_table(
        "record_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(200), nullable=False),
        sa.Column("field_id", sa.String(200), nullable=False),
        sa.Column("old_value_json", sa.Text(), nullable=True),
        sa.Column("new_value_json", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_change")),
    )
    with op.batch_alter_table("record_change") as batch_op:
        batch_op.create_index(batch_op.f("ix_record_change_record_kind"), ["record_kind"])
        batch_op.create_index(batch_op.f("ix_record_change_record_id"), ["record_id"])
    op.create_table(
        "editing_presence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("workstation", sa.String(200), nullable=False),
        sa.Column("scope", sa.String(200), nullable=False),
        sa.Column("section", sa.String(200), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_editing_presence")),
        sa.UniqueConstraint("session_id", name=op.f("uq_editing_presence_session_id")),
    )
    with op.batch_alter_table("editing_presence") as batch_op:
        batch_op.create_index(batch_op.f("ix_editing_presence_scope"), ["scope"])


def downgrade() -> None:
    with op.batch_alter_table("editing_presence") as batch_op:
        batch_op.drop_index(batch_op.f("ix_editing_presence_scope"))
    op.drop_table("editing_presence")
    with op.batch_alter_table("record_change") as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_change_record_id"))
        batch_op.drop_index(batch_op.f("ix_record_change_record_kind"))
    op.drop_table("record_change")
    with op.batch_alter_table("application_change") as batch_op:
        batch_op.drop_column("changed_by")
    for table in reversed(VERSIONED_TABLES):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("changed_by")
            batch_op.drop_column("row_version")
