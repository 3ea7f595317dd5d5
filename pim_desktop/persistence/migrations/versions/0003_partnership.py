"""The Local Partnership: members and their people; meetings with agenda, attendance, guests,
decisions, tasks and attachments."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_members()
    _create_meetings()
    _create_meeting_children()


def _create_members() -> None:
    op.create_table(
        "partnership_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("organisation_name", sa.String(300), nullable=False),
        sa.Column("sector", sa.String(40), nullable=False),
        sa.Column("address", sa.String(300), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("importance", sa.Integer(), nullable=False),
        sa.Column("influence", sa.Integer(), nullable=False),
        sa.Column("letter_of_intent_json", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_member")),
    )
    op.create_table(
        "member_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("slot", sa.String(20), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("position", sa.String(300), nullable=False),
        sa.Column("email", sa.String(300), nullable=False),
        sa.Column("phone", sa.String(60), nullable=False),
        sa.Column("processing_basis", sa.String(30), nullable=True),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("consent_contact", sa.Boolean(), nullable=False),
        sa.Column("consent_publication", sa.Boolean(), nullable=False),
        sa.Column("consent_photos", sa.Boolean(), nullable=False),
        sa.Column("erased", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["partnership_member.id"],
            name=op.f("fk_member_person_member_id_partnership_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_person")),
        sa.UniqueConstraint("member_id", "slot", name=op.f("uq_member_person_member_id")),
    )
    with op.batch_alter_table("member_person") as batch_op:
        batch_op.create_index(batch_op.f("ix_member_person_member_id"), ["member_id"])


def _create_meetings() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_type", sa.String(30), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("online_link", sa.String(500), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("minutes_saved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting") as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"])
    op.create_table(
        "meeting_invitation",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=True),
        sa.Column("substitute_name", sa.String(300), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_invitation_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["partnership_member.id"],
            name=op.f("fk_meeting_invitation_member_id_partnership_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "member_id", name=op.f("pk_meeting_invitation")),
    )
    with op.batch_alter_table("meeting_invitation") as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_invitation_member_id"), ["member_id"])


def _meeting_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["meeting_id"],
        ["meeting.id"],
        name=op.f(f"fk_{table}_meeting_id_meeting"),
        ondelete="CASCADE",
    )


def _create_meeting_children() -> None:
    for table in ("meeting_agenda_item", "meeting_decision"):
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("meeting_id", sa.Integer(), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("text", sa.Text(), nullable=False),
            _meeting_fk(table),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
    _create_guests_tasks_and_files()
    _create_meeting_indexes()


def _create_guests_tasks_and_files() -> None:
    op.create_table(
        "meeting_guest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("organisation", sa.String(300), nullable=False),
        _meeting_fk("meeting_guest"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_guest")),
    )
    op.create_table(
        "meeting_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_member_id", sa.Integer(), nullable=True),
        sa.Column("owner_name", sa.String(300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        _meeting_fk("meeting_task"),
        sa.ForeignKeyConstraint(
            ["owner_member_id"],
            ["partnership_member.id"],
            name=op.f("fk_meeting_task_owner_member_id_partnership_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_task")),
    )
    op.create_table(
        "meeting_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        _meeting_fk("meeting_attachment"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attachment")),
    )


def _create_meeting_indexes() -> None:
    for table, column in (
        ("meeting_agenda_item", "meeting_id"),
        ("meeting_decision", "meeting_id"),
        ("meeting_guest", "meeting_id"),
        ("meeting_task", "meeting_id"),
        ("meeting_task", "owner_member_id"),
        ("meeting_attachment", "meeting_id"),
        ("meeting_attachment", "sha256"),
    ):
        with op.batch_alter_table(table) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column])


def downgrade() -> None:
    for table in (
        "meeting_attachment",
        "meeting_task",
        "meeting_guest",
        "meeting_decision",
        "meeting_agenda_item",
        "meeting_invitation",
        "meeting",
        "member_person",
        "partnership_member",
    ):
        op.drop_table(table)
