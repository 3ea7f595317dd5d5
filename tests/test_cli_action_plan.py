"""The MID and network verbs of the command line, run as a user runs them."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_runner import run_cli


@pytest.fixture(scope="module")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("cli") / "miasto ż"
    result = run_cli(home, "sample-data")
    assert result.returncode == 0, result.stderr
    return home


def test_mid_and_improvement_plan_pdfs(sample_home: Path, tmp_path: Path) -> None:
    for verb, name in (("mid-pdf", "MID ż.pdf"), ("improvement-plan-pdf", "Plan Ulepszeń.pdf")):
        target = tmp_path / name
        result = run_cli(sample_home, verb, "--out", str(target))
        assert result.returncode == 0, result.stderr
        assert "stron:" in result.stdout
        assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "MID ż.pdf"), "-"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        assert "Zwarte i zielone Śródmieście" in text


def test_action_table_csv(sample_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "działania.csv"
    result = run_cli(sample_home, "mid-csv", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert "Zapisano 12 działań" in result.stdout
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert len(rows) == 13 and rows[1][0] == "D1"


def test_contribution_export_and_dry_run_import(sample_home: Path, tmp_path: Path) -> None:
    file = tmp_path / "wkład.pim-wklad"
    exported = run_cli(sample_home, "contribution", "export", "--out", str(file))
    assert exported.returncode == 0, exported.stderr
    assert "SHA-256:" in exported.stdout
    leader = tmp_path / "lider"
    assert run_cli(leader, "sample-data").returncode == 0
    preview = run_cli(leader, "contribution", "import", str(file), "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert "wkład miasta Gmina Miasto Przykładowo" in preview.stdout
    assert "Dołączono" not in preview.stdout
    taken = run_cli(leader, "contribution", "import", str(file))
    assert "Dołączono wkład miasta" in taken.stdout


def test_a_broken_contribution_is_refused_in_polish(sample_home: Path, tmp_path: Path) -> None:
    file = tmp_path / "zły.pim-wklad"
    file.write_bytes(b"PK\x03\x04 to nie jest zip")
    result = run_cli(sample_home, "contribution", "import", str(file))
    assert result.returncode == 1
    assert "To nie jest plik wkładu miasta" in result.stderr
