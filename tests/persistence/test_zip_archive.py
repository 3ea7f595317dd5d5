"""The one archive module: entry names that could leave the data folder are recognised, no
other module packs or opens a zip, and the same parts always pack to the same bytes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import pim_desktop
from pim_desktop.persistence.zip_archive import unsafe_name, write_archive


@pytest.mark.parametrize(
    ("name", "unsafe"),
    [
        ("data.json", False),
        ("attachments/" + "a" * 64, False),
        ("../data.json", True),
        ("attachments/../../x", True),
        ("/etc/passwd", True),
        ("C:/Windows/x", True),
        ("D:x", True),
        ("attachments\\x", True),
        ("attachments//x", True),
        ("", True),
    ],
)
def test_names_that_could_leave_the_folder(name: str, unsafe: bool) -> None:
    assert unsafe_name(name) is unsafe


def test_only_the_archive_module_touches_zipfile() -> None:
    """Every archive the program writes or opens goes through the one hardened module."""
    package = Path(pim_desktop.__file__).parent
    importers = set()
    for source in package.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            if any(name.split(".")[0] == "zipfile" for name in names):
                importers.add(source.relative_to(package).as_posix())
    assert importers == {"persistence/zip_archive.py"}


def test_the_same_parts_give_the_same_bytes(tmp_path: Path) -> None:
    attachment = tmp_path / "załącznik.pdf"
    attachment.write_bytes(b"%PDF-1.7 " * 1000)
    parts: list[tuple[str, bytes | Path]] = [("manifest.json", b"{}"), ("a/b", attachment)]
    write_archive(tmp_path / "one.zip", parts)
    attachment.touch()  # a newer modification time must not show in the archive
    write_archive(tmp_path / "two.zip", parts)
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()
    assert not list(tmp_path.glob("*.part"))
