"""Migrations create new databases and upgrade old ones without losing a row."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.config import Config
from alembic.script import ScriptDirectory

from pim_desktop.persistence.migrator import (
    MIGRATIONS_DIR,
    MigrationError,
    head_revision,
    read_revision,
    upgrade_database,
)
from pim_desktop.persistence.tables import Base

REBUILD_PARENT = '''
"""Test revision: rebuild the parent table as a batch migration does on SQLite."""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("city_profile", recreate="always") as batch:
        batch.add_column(sa.Column("motto", sa.String(100), nullable=True))


def downgrade():
    pass
'''


def revisions() -> list[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def seed_every_table(database: Path, rows_per_table: int = 3) -> dict[str, int]:
    """Put rows in every table, parents before children, whatever the schema is."""
    engine = sa.create_engine(f"sqlite:///{database.as_posix()}")
    metadata = sa.MetaData()
    metadata.reflect(engine)
    counts: dict[str, int] = {}
    with engine.begin() as connection:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            for number in range(1, rows_per_table + 1):
                connection.execute(table.insert().values(**row_values(table, number)))
            counts[table.name] = rows_per_table
    engine.dispose()
    return counts


def row_values(table: sa.Table, number: int) -> dict[str, object]:
    values: dict[str, object] = {}
    for column in table.columns:
        if column.primary_key:
            values[column.name] = number
        elif column.foreign_keys:
            values[column.name] = 1
        elif not column.nullable and column.server_default is None:
            values[column.name] = sample_value(column.type, number)
    return values


def sample_value(kind: sa.types.TypeEngine[object], number: int) -> object:
    if isinstance(kind, sa.Integer):
        return number
    if isinstance(kind, sa.Boolean):
        return False
    if isinstance(kind, sa.DateTime):
        return dt.datetime(2025, 1, number, tzinfo=dt.UTC)
    if isinstance(kind, sa.Date):
        return dt.date(2025, 1, number)
    if isinstance(kind, sa.Numeric):
        return number
    return f"wartość ąę {number}"


def row_counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {t: connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_new_database_is_made_by_the_migrations(tmp_path: Path) -> None:
    database = tmp_path / "nowa baza ż.sqlite3"
    outcome = upgrade_database(database, tmp_path / "kopie")
    assert outcome.from_revision is None and outcome.to_revision == head_revision()
    assert outcome.backup_file is None
    assert read_revision(database) == head_revision()
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert set(Base.metadata.tables) <= tables


def test_revision_files_are_one_straight_line() -> None:
    found = revisions()
    assert found[-1] == head_revision()
    assert found == sorted(found)
    assert [p.name[:4] for p in sorted((MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))] == found


@pytest.mark.parametrize("start", revisions()[:-1] or [None])
def test_upgrade_from_each_revision_keeps_every_row(tmp_path: Path, start: str | None) -> None:
    if start is None:
        pytest.skip("one revision only: the rebuild test below covers the mechanism")
    database = tmp_path / "pim.sqlite3"
    upgrade_database(database, tmp_path / "kopie", target=start)
    seeded = seed_every_table(database)
    outcome = upgrade_database(database, tmp_path / "kopie")
    assert outcome.backup_file is not None and outcome.backup_file.exists()
    counts = row_counts(database)
    assert {name: counts[name] for name in seeded} == seeded


def test_rebuilding_a_parent_table_keeps_child_rows(tmp_path: Path) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    next_revision = f"{int(head) + 1:04d}"
    (scripts / "versions" / f"{next_revision}_rebuild_parent.py").write_text(
        REBUILD_PARENT.format(revision=next_revision, down=head), encoding="utf-8"
    )
    database = tmp_path / "pim.sqlite3"
    upgrade_database(database, tmp_path / "kopie")
    seeded = seed_every_table(database)
    assert seeded["contact_person"] == 3

    outcome = upgrade_database(database, tmp_path / "kopie", script_dir=scripts)

    assert outcome.to_revision == next_revision
    assert outcome.backup_file is not None
    assert row_counts(outcome.backup_file)["contact_person"] == 3
    counts = row_counts(database)
    assert counts["contact_person"] == 3 and counts["city_profile"] == 3
    with sqlite3.connect(database) as connection:
        columns = [r[1] for r in connection.execute("PRAGMA table_info(city_profile)")]
        assert "motto" in columns
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_trap_is_real_with_foreign_keys_on(tmp_path: Path) -> None:
    """What the migrator guards against: dropping a parent with FKs on wipes the children."""
    database = tmp_path / "pim.sqlite3"
    upgrade_database(database, tmp_path / "kopie")
    seed_every_table(database)
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("CREATE TABLE _copy AS SELECT * FROM city_profile")
    connection.execute("DROP TABLE city_profile")
    connection.commit()
    assert connection.execute("SELECT COUNT(*) FROM contact_person").fetchone()[0] == 0
    connection.close()


def test_a_failing_migration_restores_the_copy(tmp_path: Path) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    broken = REBUILD_PARENT.replace(
        'batch.add_column(sa.Column("motto", sa.String(100), nullable=True))',
        'batch.add_column(sa.Column("motto", sa.String(100), nullable=True))\n'
        '    op.execute("DELETE FROM city_profile")\n'
        '    raise RuntimeError("przerwana migracja")',
    )
    (scripts / "versions" / f"{int(head) + 1:04d}_broken.py").write_text(
        broken.format(revision=f"{int(head) + 1:04d}", down=head), encoding="utf-8"
    )
    database = tmp_path / "pim.sqlite3"
    upgrade_database(database, tmp_path / "kopie")
    seed_every_table(database)
    with pytest.raises(MigrationError):
        upgrade_database(database, tmp_path / "kopie", script_dir=scripts)
    assert read_revision(database) == head
    assert row_counts(database)["city_profile"] == 3


def test_migrations_build_exactly_the_tables_the_code_declares(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    database = tmp_path / "pim.sqlite3"
    upgrade_database(database, tmp_path / "kopie")
    engine = sa.create_engine(f"sqlite:///{database.as_posix()}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_revision_0005_names_every_lineage_once(tmp_path: Path) -> None:
    database = tmp_path / "pim.sqlite3"
    upgrade_database(database, tmp_path / "kopie", target="0002")
    with sqlite3.connect(database) as connection:
        for row_id, lineage, version in ((1, 1, 1), (2, 1, 2), (3, None, 1)):
            connection.execute(
                "INSERT INTO application (id, form_id, form_version, role, network_id, status, "
                "version_number, lineage_id, values_json, created_at, updated_at) VALUES "
                "(?, 'pim2021', '1.0', 'lider', 'miasto_zielone', 'draft', ?, ?, '{}', "
                "'2025-01-01', '2025-01-01')",
                (row_id, version, lineage),
            )
    upgrade_database(database, tmp_path / "kopie")
    with sqlite3.connect(database) as connection:
        uids = dict(connection.execute("SELECT id, lineage_uid FROM application").fetchall())
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert uids[1] == uids[2] != uids[3]
    assert all(len(uid) == 32 for uid in uids.values())
    assert "application_export" in tables
