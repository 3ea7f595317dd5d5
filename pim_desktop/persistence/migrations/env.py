"""Alembic environment: migrate the connection the program hands over, batch mode for SQLite."""

from __future__ import annotations

from alembic import context

from pim_desktop.persistence.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
