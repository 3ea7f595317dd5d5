"""Real damaged and hostile files for the data-safety tests, made the way the world makes them."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from pim_desktop.context import AppContext
from pim_desktop.domain.problems import Refused
from pim_desktop.persistence.backups import quick_check
from pim_desktop.services.portable.import_preview import ClashChoice

PAGE_SIZE = 4096


def corrupt_database(database: Path) -> None:
    """Overwrite whole pages in the middle of a closed database file with garbage.

    The file must be checkpointed (every connection closed). Its header stays, so SQLite still
    opens it; the b-tree pages in the middle no longer make sense, which ``quick_check`` sees.
    """
    for suffix in ("-wal", "-shm"):
        assert not database.with_name(database.name + suffix).exists(), "close the database first"
    data = bytearray(database.read_bytes())
    pages = len(data) // PAGE_SIZE
    assert pages >= 6, f"too small a database to damage in the middle ({pages} pages)"
    for page in range(pages // 3, 2 * pages // 3):
        start = page * PAGE_SIZE
        data[start : start + PAGE_SIZE] = b"\xa5" * PAGE_SIZE
    database.write_bytes(bytes(data))
    assert quick_check_fails(database), "the damage went unnoticed; damage more pages"


def quick_check_fails(database: Path) -> bool:
    """Through the program's own check, which leaves no ``-wal``/``-shm`` behind."""
    return quick_check(database) is not None


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with its hash: what "untouched" means for a folder."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): file_digest(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def database_rows(database: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read-only: the database's content, whatever its pages."""
    with closing(sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in sorted(tables)
        }


def context_rows(context: AppContext) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the context's database: its file, or its team database."""
    if not context.team_database:
        return database_rows(context.paths.database_file)
    from sqlalchemy import inspect, text

    with context.engine.connect() as connection:
        return {
            table: sorted(
                (tuple(row) for row in connection.execute(text(f'SELECT * FROM "{table}"'))),
                key=repr,
            )
            for table in sorted(inspect(connection).get_table_names())
        }


# --- portable files ------------------------------------------------------------------------------


def read_package(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(target: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries:
            archive.writestr(name, content)
    return target


def rewrite_package(
    source: Path,
    target: Path,
    *,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    data: Callable[[bytes], bytes] | None = None,
    extra: tuple[tuple[str, bytes], ...] = (),
    rehash: bool = False,
) -> Path:
    """A copy of a real package with its manifest or data changed (and rehashed, if asked)."""
    parts = read_package(source)
    document = json.loads(parts["manifest.json"])
    if data is not None:
        parts["data.json"] = data(parts["data.json"])
        if rehash:
            document["parts"]["data.json"] = {
                "sha256": hashlib.sha256(parts["data.json"]).hexdigest(),
                "size": len(parts["data.json"]),
            }
    if manifest is not None:
        manifest(document)
    parts["manifest.json"] = json.dumps(document, ensure_ascii=False, indent=2).encode()
    return write_zip(target, [*parts.items(), *extra])


def edit_data(change: Callable[[dict[str, Any]], None]) -> Callable[[bytes], bytes]:
    def edit(raw: bytes) -> bytes:
        document = json.loads(raw)
        change(document)
        return json.dumps(document, ensure_ascii=False).encode()

    return edit


def zip_bomb(target: Path, name: str, expanded_bytes: int) -> Path:
    """A small zip whose one entry expands to ``expanded_bytes`` of zeros."""
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with (
        zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf,
        zf.open(info, "w", force_zip64=True) as entry,
    ):
        chunk = bytes(1 << 20)
        left = expanded_bytes
        while left > 0:
            entry.write(chunk[: min(left, len(chunk))])
            left -= len(chunk)
    return target


def lying_size_zip(target: Path, name: str, real: bytes, claimed_size: int) -> Path:
    """A zip whose directory claims ``claimed_size`` bytes for an entry that expands to more."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, real)
    raw = bytearray(buffer.getvalue())
    real_size = len(real).to_bytes(4, "little")
    claimed = claimed_size.to_bytes(4, "little")
    # The size sits in the local header (offset 22) and in the central directory (offset 24).
    local = raw.index(b"PK\x03\x04")
    central = raw.index(b"PK\x01\x02")
    assert raw[local + 22 : local + 26] == real_size
    assert raw[central + 24 : central + 28] == real_size
    raw[local + 22 : local + 26] = claimed
    raw[central + 24 : central + 28] = claimed
    target.write_bytes(bytes(raw))
    return target


class Untouched:
    """Remembers a data folder and proves later that nothing in it changed."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.rows = context_rows(context)
        self.attachments = folder_state(context.paths.attachments_dir)
        self.backups = folder_state(context.paths.backup_dir)

    def check(self) -> None:
        assert context_rows(self.context) == self.rows
        assert folder_state(self.context.paths.attachments_dir) == self.attachments
        assert folder_state(self.context.paths.backup_dir) == self.backups


def refused(context: AppContext, package: Path) -> str:
    """Import ``package``; it must be refused with the database untouched. The message."""
    untouched = Untouched(context)
    with pytest.raises(Refused) as preview_error:
        context.packages.preview(package)
    with pytest.raises(Refused) as import_error:
        context.packages.import_package(package, ClashChoice.REPLACE)
    assert preview_error.value.text() == import_error.value.text()
    untouched.check()
    return import_error.value.text()
