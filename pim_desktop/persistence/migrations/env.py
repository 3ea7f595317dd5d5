"""Alembic environment: migrate the connection the program hands over, batch mode for SQLite.

PostgreSQL alters tables in place, so batch mode (a copy-and-move of the table) is for SQLite
alone.
"""

from __future__ import annotations

from alembic import context

from pim_desktop.persistence.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
