"""Data safety: a lineage identity that travels in portable files, and a record of exports.

``lineage_uid`` names an application's lineage on every computer (the local ``lineage_id`` is
only a row number), so an imported file can tell a new application from one already here.
``application_export`` remembers when an application left in a portable file, so its history
can show what changed since.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("application") as batch_op:
        batch_op.add_column(sa.Column("lineage_uid", sa.String(32), nullable=True))
        batch_op.create_index(batch_op.f("ix_application_lineage_uid"), ["lineage_uid"])
    connection = op.get_bind()
    lineages = connection.execute(
        sa.text("SELECT DISTINCT COALESCE(lineage_id, id) FROM application")
    ).scalars()
    for lineage_id in list(lineages):
        connection.execute(
            sa.text(
                "UPDATE application SET lineage_uid = :uid "
                "WHERE COALESCE(lineage_id, id) = :lineage_id"
            ),
            {"uid": uuid.uuid4().hex, "lineage_id": lineage_id},
        )
    op.create_table(
        "application_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("checksum", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_application_export_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_export")),
    )
    with op.batch_alter_table("application_export") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_export_application_id"), ["application_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("application_export")
    with op.batch_alter_table("application") as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_lineage_uid"))
        batch_op.drop_column("lineage_uid")
