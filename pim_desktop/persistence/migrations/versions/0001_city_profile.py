"""The city profile and its contact people."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "city_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("official_name", sa.String(300), nullable=False),
        sa.Column("unit_type", sa.String(40), nullable=True),
        sa.Column("voivodeship", sa.String(2), nullable=True),
        sa.Column("powiat", sa.String(200), nullable=False),
        sa.Column("teryt", sa.String(20), nullable=False),
        sa.Column("regon", sa.String(20), nullable=False),
        sa.Column("nip", sa.String(20), nullable=False),
        sa.Column("street", sa.String(300), nullable=False),
        sa.Column("postal_code", sa.String(10), nullable=False),
        sa.Column("post_town", sa.String(200), nullable=False),
        sa.Column("epuap_address", sa.String(300), nullable=False),
        sa.Column("edoreczenia_address", sa.String(40), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("population_year", sa.Integer(), nullable=True),
        sa.Column("signatory_name", sa.String(300), nullable=False),
        sa.Column("signatory_function", sa.String(40), nullable=True),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city_profile")),
    )
    op.create_table(
        "contact_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city_profile_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("position", sa.String(300), nullable=False),
        sa.Column("department", sa.String(300), nullable=False),
        sa.Column("phone", sa.String(60), nullable=False),
        sa.Column("email", sa.String(300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_profile_id"],
            ["city_profile.id"],
            name=op.f("fk_contact_person_city_profile_id_city_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_person")),
    )
    with op.batch_alter_table("contact_person") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_person_city_profile_id"), ["city_profile_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("contact_person")
    op.drop_table("city_profile")
