"""Alembic revisions of the database schema, run from code at start-up."""
