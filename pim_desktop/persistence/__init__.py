"""Storage: SQLAlchemy tables, the engine, repositories and Alembic migrations."""
