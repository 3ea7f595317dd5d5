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
        "pim_desktop.window_start",
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
        "pim_desktop.window_start",
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
        "pim_desktop.window_start",
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
        "pim_desktop.window_start",
        "pim_desktop.cli",
        "pim_desktop.context",
    ),
    "services": (
        "PySide6",
        "pim_desktop.ui",
        "pim_desktop.app",
        "pim_desktop.window_start",
        "pim_desktop.cli",
        "pim_desktop.context",
    ),
    # The interface reaches data, PDFs and signatures only through the services.
    "ui": (
        "sqlalchemy",
        "alembic",
        "reportlab",
        "pyhanko",
        "pim_desktop.persistence",
        "pim_desktop.pdf",
        "pim_desktop.signing",
        "pim_desktop.app",
        "pim_desktop.window_start",
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


def violations(layer: str, package: Path = PACKAGE) -> list[str]:
    found = []
    for source in sorted((package / layer).rglob("*.py")):
        for name in sorted(imported_modules(source)):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    found.append(f"{source.relative_to(package)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_run_one_way(layer: str) -> None:
    assert (PACKAGE / layer).is_dir()
    assert violations(layer) == []


def test_the_check_catches_a_backward_import(tmp_path: Path) -> None:
    source = tmp_path / "bad.py"
    source.write_text("from pim_desktop.ui.main_window import MainWindow\nimport PySide6\n")
    assert {"pim_desktop.ui.main_window", "PySide6"} <= imported_modules(source)


@pytest.mark.parametrize(
    ("line", "banned"),
    [
        ("from pim_desktop.signing.pades import load_pkcs12", "pim_desktop.signing"),
        ("from pim_desktop.signing import pkcs11_tokens", "pim_desktop.signing"),
        ("import pim_desktop.pdf.application_pdf", "pim_desktop.pdf"),
        ("from pim_desktop.persistence.tables import Base", "pim_desktop.persistence"),
        ("from reportlab.platypus import Paragraph", "reportlab"),
        ("from pyhanko.sign import signers", "pyhanko"),
        ("    from pyhanko.sign.timestamps import HTTPTimeStamper", "pyhanko"),
    ],
)
def test_the_interface_may_not_reach_past_the_services(
    tmp_path: Path, line: str, banned: str
) -> None:
    """A signing screen that imports the signing internals (even inside a function) fails."""
    screen = tmp_path / "ui" / "signing" / "screen.py"
    screen.parent.mkdir(parents=True)
    body = f"def open_key() -> None:\n{line}\n" if line.startswith(" ") else f"{line}\n"
    screen.write_text(body, encoding="utf-8")
    found = violations("ui", tmp_path)
    assert found
    prefix = f"{Path('ui', 'signing', 'screen.py')} imports {banned}"
    assert all(entry.startswith(prefix) for entry in found)


def test_the_interface_may_use_the_signing_services(tmp_path: Path) -> None:
    screen = tmp_path / "ui" / "signing" / "screen.py"
    screen.parent.mkdir(parents=True)
    screen.write_text(
        "from pim_desktop.services.signing_service import SigningService\n"
        "from pim_desktop.domain.signing_devices import TokenInfo\n",
        encoding="utf-8",
    )
    assert violations("ui", tmp_path) == []
