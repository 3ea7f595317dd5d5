"""Copies every row of the program's tables from one database to another with the same schema.

Used to move a city's data between this computer's SQLite file and a team's PostgreSQL server.
Tables go parents first and rows in key order, so foreign keys hold at every insert; afterwards a
PostgreSQL target's key sequences are moved past the copied keys, or the next new row would clash.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, Engine, Table, func, select, text

from pim_desktop.persistence.tables import Base

BATCH_ROWS = 500


def data_tables() -> list[Table]:
    """The program's tables, parents before children (Alembic's own table is not one)."""
    return list(Base.metadata.sorted_tables)


def row_counts(connection: Connection) -> dict[str, int]:
    """How many rows each table holds."""
    return {
        table.name: int(connection.execute(select(func.count()).select_from(table)).scalar_one())
        for table in data_tables()
    }


def holds_data(engine: Engine) -> bool:
    """Whether any of the program's tables has a row (an empty schema does not count)."""
    with engine.connect() as connection:
        return any(
            connection.execute(select(1).select_from(table).limit(1)).first() is not None
            for table in data_tables()
        )


def copy_rows(source: Engine, target: Engine) -> dict[str, int]:
    """Copy every row in one target transaction; returns the rows copied per table."""
    copied: dict[str, int] = {}
    with source.connect() as reading, target.begin() as writing:
        for table in data_tables():
            copied[table.name] = 0
            for batch in _batches(reading, table):
                writing.execute(table.insert(), batch)
                copied[table.name] += len(batch)
        if writing.dialect.name == "postgresql":
            _move_sequences(writing)
    return copied


def _batches(connection: Connection, table: Table) -> Iterator[list[dict[str, object]]]:
    order = list(table.primary_key.columns) or list(table.columns)
    result = connection.execute(select(table).order_by(*order))
    while rows := result.mappings().fetchmany(BATCH_ROWS):
        yield [dict(row) for row in rows]


def _move_sequences(connection: Connection) -> None:
    for table in data_tables():
        for column in table.primary_key.columns:
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": table.name, "column": column.name},
            ).scalar()
            if sequence is None:
                continue
            connection.execute(
                text(
                    f'SELECT setval(:sequence, COALESCE(MAX("{column.name}"), 1), '
                    f'MAX("{column.name}") IS NOT NULL) FROM "{table.name}"'
                ),
                {"sequence": sequence},
            )
