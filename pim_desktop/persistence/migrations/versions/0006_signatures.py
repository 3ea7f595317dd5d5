"""The PDFs of an application on its way to signing: final exports and signed files."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signature_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(20), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=True),
        sa.Column("signer_name", sa.String(300), nullable=False),
        sa.Column("signer_issuer", sa.String(300), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pades_level", sa.String(10), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_signature_file_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signature_file")),
    )
    with op.batch_alter_table("signature_file") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signature_file_application_id"), ["application_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("signature_file")
