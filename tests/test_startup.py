"""What the program does at start when its forms or data are not as they should be."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pim_desktop import resources
from pim_desktop.app import StartupError, open_database
from pim_desktop.paths import AppPaths


def test_a_malformed_form_definition_is_refused_naming_file_and_fault(
    paths: AppPaths, tmp_path: Path
) -> None:
    forms = tmp_path / "formularze"
    shutil.copytree(resources.path("forms"), forms)
    broken = forms / "pim2021.json"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace('"type": "long_text"', '"type": "longtext"', 1),
        encoding="utf-8",
    )
    with pytest.raises(StartupError) as refused:
        open_database(paths, read_only=False, forms_dir=forms)
    message = str(refused.value)
    assert "pim2021.json" in message
    assert 'nieznany typ pola "longtext"' in message
    assert not paths.database_file.exists()  # nothing was touched


def test_every_referenced_resource_exists() -> None:
    import re

    package = Path(__file__).resolve().parents[1] / "pim_desktop"
    referenced: set[tuple[str, ...]] = set()
    for source in package.rglob("*.py"):
        for match in re.finditer(r"resources\.path\(([^)]*)\)", source.read_text(encoding="utf-8")):
            parts = tuple(re.findall(r'"([^"]+)"', match.group(1)))
            if parts and not any("{" in part for part in parts):
                referenced.add(parts)
    assert ("forms",) in referenced and ("fonts",) in referenced
    missing = [parts for parts in referenced if not resources.path(*parts).exists()]
    assert missing == []
    assert resources.path("i18n", "pim_desktop_en.ts").exists()
    for name in ("Regular", "Bold", "Italic", "BoldItalic"):
        assert resources.path("fonts", f"NotoSans-{name}.ttf").exists()
    assert resources.path("icons", "pim-desktop.ico").exists()
