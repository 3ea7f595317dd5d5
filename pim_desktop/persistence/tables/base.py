"""The one declarative base and metadata every table belongs to.

Constraint names follow one convention so that Alembic's batch migrations on SQLite can find and
rebuild them; times are stored with their zone so the tables move to PostgreSQL unchanged.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from pim_desktop.persistence.stored_times import aware

__all__ = ["NAMING_CONVENTION", "Base", "TeamEdited", "aware", "utc_now"]

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TeamEdited:
    """Columns of a record that officers edit, on one PC or several on a team database: the
    version its last save wrote (a save made against an older version is a conflict, never an
    overwrite) and who wrote it."""

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
