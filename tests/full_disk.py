"""A database disk that fills up on demand: SQLITE_FULL from ``PRAGMA max_page_count`` set to the
file's current size on every connection the program takes (the program's code is not touched)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from pim_desktop.context import AppContext

NO_LIMIT = 1_073_741_823  # SQLite's own largest max_page_count


class Disk:
    """Makes the database's disk "full" for the program's connections, and frees it again."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.full = False
        event.listen(context.engine, "checkout", self._on_checkout)

    def _on_checkout(self, dbapi_connection: Any, _record: object, _proxy: object) -> None:
        cursor = dbapi_connection.cursor()
        if self.full:
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            cursor.execute(f"PRAGMA max_page_count={pages}")
        else:
            cursor.execute(f"PRAGMA max_page_count={NO_LIMIT}")
        cursor.close()

    def close(self) -> None:
        event.remove(self.context.engine, "checkout", self._on_checkout)
