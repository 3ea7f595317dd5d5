"""The imports run one way: ui → services → persistence, pdf, signing → domain."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pim_desktop"

# For each layer, the top-level modules it must never import.
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "reportlab",
        "pyhanko",
        "pim_desktop.persistence",
        "pim_desktop.services",
        "pim_desktop.pdf",
        "pim_desktop.signing",
        "pim_desktop.ui",
        "pim_desktop.app",
        "pim_desktop.cli",
        "pim_desktop.context",
    ),
    "persistence": (
        "PySide6",
        "pim_desktop.services",
        "pim_desktop.ui",
        "pim_desktop.pdf",
        "pim_desktop.signing",
        "pim_desktop.app",
        "pim_desktop.cli",
        "pim_desktop.context",
    ),
    "pdf": (
        "PySide6",
        "sqlalchemy",
        "pim_desktop.persistence",
        "pim_desktop.services",
        "pim_desktop.ui",
        "pim_desktop.app",
        "pim_desktop.cli",
        "pim_desktop.context",
    ),
    "signing": (
        "PySide6",
        "sqlalchemy",
        "reportlab",
        "pim_desktop.persistence",
        "pim_desktop.services",
        "pim_desktop.pdf",
        "pim_desktop.ui",
        "pim_desktop.app",
        "pim_desktop.cli",
        "pim_desktop.context",
    ),
    "services": (
        "PySide6",
        "pim_desktop.ui",
        "pim_desktop.app",
        "pim_desktop.cli",
        "pim_desktop.context",
    ),
    "ui": (
        "sqlalchemy",
        "alembic",
        "pim_desktop.persistence",
        "pim_desktop.app",
        "pim_desktop.cli",
    ),
}


def imported_modules(source: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def violations(layer: str) -> list[str]:
    found = []
    for source in sorted((PACKAGE / layer).rglob("*.py")):
        for name in sorted(imported_modules(source)):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    found.append(f"{source.relative_to(PACKAGE)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_run_one_way(layer: str) -> None:
    assert (PACKAGE / layer).is_dir()
    assert violations(layer) == []


def test_the_check_catches_a_backward_import(tmp_path: Path) -> None:
    source = tmp_path / "bad.py"
    source.write_text("from pim_desktop.ui.main_window import MainWindow\nimport PySide6\n")
    assert {"pim_desktop.ui.main_window", "PySide6"} <= imported_modules(source)
