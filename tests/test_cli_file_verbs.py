"""A draft print and the signature of a file read the database file with SQLite alone: no
SQLAlchemy, no Qt, and the same PDF, checksum and place of signing as the usual way; a file
that is damaged or older is still opened the usual way, which reports or migrates it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import families, run_probed
from pdf_reading import page_texts
from safety_files import corrupt_database
from signing_pki import P12_PASSWORD, SigningPki

from pim_desktop.domain.canonical import grouped
from pim_desktop.persistence.migrator import read_revision, upgrade_database
from pim_desktop.persistence.revisions import head_revision, known_revisions

DATA_LAYER = {"sqlalchemy", "alembic", "PySide6"}


@pytest.fixture
def sample_home(tmp_path: Path) -> Path:
    home = tmp_path / "dane"
    result, _modules = run_probed(home, "sample-data")
    assert result.returncode == 0, result.stderr
    return home


def database_of(home: Path) -> Path:
    return home / "data" / "pim-desktop.sqlite3"


def test_a_draft_print_reads_the_file_alone_with_the_same_checksum(
    sample_home: Path, tmp_path: Path
) -> None:
    listing, _modules = run_probed(sample_home, "list", "--json")
    checksum = next(row["checksum"] for row in json.loads(listing.stdout) if row["id"] == 1)
    pdf = tmp_path / "wniosek.pdf"

    result, modules = run_probed(sample_home, "export-pdf", "1", "--out", str(pdf), "--draft")

    assert result.returncode == 0, result.stderr
    assert not DATA_LAYER & families(modules)
    assert f"Suma kontrolna: {grouped(checksum)}" in result.stdout
    assert "Stron: 14" in result.stdout
    pages = page_texts(pdf)
    assert len(pages) == 14 and "Strona 1 z 14" in pages[0]
    assert "Gmina Miasto Przykładowo" in "".join(pages)


def test_a_draft_print_of_a_missing_application_says_so(sample_home: Path, tmp_path: Path) -> None:
    result, modules = run_probed(
        sample_home, "export-pdf", "99", "--out", str(tmp_path / "x.pdf"), "--draft"
    )
    assert result.returncode == 2
    assert "Nie ma wniosku o numerze 99." in result.stdout
    assert not DATA_LAYER & families(modules)


def test_a_damaged_file_is_reported_instead_of_printed(sample_home: Path, tmp_path: Path) -> None:
    corrupt_database(database_of(sample_home))
    pdf = tmp_path / "wniosek.pdf"

    result, _modules = run_probed(sample_home, "export-pdf", "1", "--out", str(pdf), "--draft")

    assert result.returncode == 3, result.stdout + result.stderr
    assert "uszkodzony" in result.stderr
    assert not pdf.exists()


def test_an_older_file_is_migrated_the_usual_way_first(tmp_path: Path) -> None:
    home = tmp_path / "dane"
    database = database_of(home)
    database.parent.mkdir(parents=True)
    older = known_revisions()[-2]
    upgrade_database(database, home / "backups", target=older)

    result, modules = run_probed(
        home, "export-pdf", "1", "--out", str(tmp_path / "x.pdf"), "--draft"
    )

    assert result.returncode == 2 and "Nie ma wniosku o numerze 1." in result.stdout
    assert "sqlalchemy" in families(modules)
    assert read_revision(database) == head_revision()


def test_signing_a_file_takes_the_city_s_post_town_from_the_file_alone(
    sample_home: Path, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    signed = tmp_path / "podpisany.pdf"
    result, modules = run_probed(
        sample_home,
        "sign",
        str(final_pdf),
        "--out",
        str(signed),
        "--pkcs12",
        str(pki.signer.p12),
        "--no-timestamp",
        env={"PIM_DESKTOP_SECRET": P12_PASSWORD},
    )

    assert result.returncode == 0, result.stderr
    assert not DATA_LAYER & families(modules)
    verified, _modules = run_probed(sample_home, "verify", str(signed), "--json")
    signature = json.loads(verified.stdout)["signatures"][0]
    assert signature["location"] == "Przykładowo"
    assert signature["intact"] is True
