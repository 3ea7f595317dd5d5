"""The proof of sending: a receipt (ePUAP's UPP) and the sent document kept with an application."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "submission_proof",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("receipt_name", sa.String(300), nullable=False),
        sa.Column("receipt_size", sa.Integer(), nullable=False),
        sa.Column("receipt_sha256", sa.String(64), nullable=False),
        sa.Column("sent_name", sa.String(300), nullable=False),
        sa.Column("sent_size", sa.Integer(), nullable=False),
        sa.Column("sent_sha256", sa.String(64), nullable=False),
        sa.Column("signed_pdf_sha256", sa.String(64), nullable=False),
        sa.Column("identifier", sa.Text(), nullable=False),
        sa.Column("addressee", sa.Text(), nullable=False),
        sa.Column("sender", sa.Text(), nullable=False),
        sa.Column("delivered_at", sa.String(64), nullable=False),
        sa.Column("produced_at", sa.String(64), nullable=False),
        sa.Column("document_id", sa.Text(), nullable=False),
        sa.Column("signer", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_submission_proof_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission_proof")),
    )
    with op.batch_alter_table("submission_proof") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_submission_proof_application_id"), ["application_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("submission_proof")
