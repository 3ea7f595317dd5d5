"""Each command-line verb imports what it uses: the quick answers load neither Qt nor SQLAlchemy,
and signing a file loads neither the window nor the action plan's services."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import families, run_probed

from pim_desktop.cli.grammar import CLASH_CHOICES
from pim_desktop.services.portable.import_preview import ClashChoice


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["export-pdf", "--help"]])
def test_quick_answers_import_no_qt_and_no_database_layer(tmp_path: Path, argv: list[str]) -> None:
    _result, modules = run_probed(tmp_path, *argv)
    assert "pim_desktop.app" in modules
    assert not {"PySide6", "sqlalchemy", "alembic", "reportlab", "pyhanko"} & families(modules)
    assert not any(name.startswith("pim_desktop.services") for name in modules)


def test_a_mistyped_verb_answers_without_the_services(tmp_path: Path) -> None:
    _result, modules = run_probed(tmp_path, "expor-pdf")
    assert not {"sqlalchemy", "reportlab", "pyhanko"} & families(modules)


def test_signing_a_file_imports_neither_the_window_nor_the_plan(tmp_path: Path) -> None:
    # No key file: the verb stops at the key, after the data folder was opened.
    env_home = tmp_path / "home"
    env_home.mkdir()
    _result, modules = run_probed(
        env_home,
        "sign",
        str(tmp_path / "in.pdf"),
        "--out",
        str(tmp_path / "out.pdf"),
        "--pkcs12",
        str(tmp_path / "missing.p12"),
        env={"PIM_DESKTOP_SECRET": "wrong"},
    )
    assert "pim_desktop.cli.signatures" in modules
    assert not any(name.startswith("pim_desktop.ui") for name in modules)
    assert "PySide6.QtWidgets" not in modules
    for service in ("action_plan_service", "improvement_plan_service", "meeting_service"):
        assert f"pim_desktop.services.{service}" not in modules
    assert "pim_desktop.services.portable.package_service" not in modules


def test_export_imports_no_signing_and_no_portable_files(tmp_path: Path) -> None:
    _result, modules = run_probed(tmp_path, "export-pdf", "1", "--out", str(tmp_path / "a.pdf"))
    assert "pim_desktop.cli.applications" in modules
    assert "pyhanko" not in families(modules)
    assert "pim_desktop.services.portable.package_service" not in modules
    assert "pim_desktop.cli.signatures" not in modules


def test_the_grammar_offers_the_import_choices_the_service_knows() -> None:
    assert [choice.value for choice in ClashChoice] == CLASH_CHOICES
    assert CLASH_CHOICES[0] == ClashChoice.KEEP_BOTH.value
