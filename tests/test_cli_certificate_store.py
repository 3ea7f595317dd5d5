"""``sign --windows-store`` as a user runs it: a real process, no secret in the environment."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from certificate_store_emulation import STORE_THUMBPRINTS
from cli_runner import run_cli


@pytest.mark.skipif(sys.platform == "win32", reason="the store exists there")
def test_certificate_store_sign_off_windows_says_where_it_works(
    final_pdf: Path, tmp_path: Path
) -> None:
    signed = tmp_path / "podpisany.pdf"
    result = run_cli(
        tmp_path / "dane", "sign", str(final_pdf), "--out", str(signed), "--windows-store", "AB12"
    )
    assert result.returncode == 1, result.stderr
    assert "Magazyn certyfikatów Windows jest dostępny tylko w Windows" in result.stderr
    assert "PIM_DESKTOP_SECRET" not in result.stderr  # the store needs no secret
    assert not signed.exists()


def test_certificate_store_is_one_source_among_the_others(final_pdf: Path, tmp_path: Path) -> None:
    result = run_cli(
        tmp_path / "dane",
        "sign",
        str(final_pdf),
        "--out",
        str(tmp_path / "x.pdf"),
        "--windows-store",
        "AB12",
        "--pkcs12",
        str(final_pdf),
    )
    assert result.returncode == 2
    assert "--windows-store" in result.stderr and "not allowed with" in result.stderr


@pytest.mark.skipif(
    sys.platform != "win32" or not STORE_THUMBPRINTS,
    reason="needs Windows and PIM_DESKTOP_TEST_STORE_THUMBPRINTS (the Windows workflow sets it)",
)
def test_certificate_store_sign_with_the_real_store(final_pdf: Path, tmp_path: Path) -> None:
    signed = tmp_path / "podpisany.pdf"
    result = run_cli(
        tmp_path / "dane",
        "sign",
        str(final_pdf),
        "--out",
        str(signed),
        "--windows-store",
        STORE_THUMBPRINTS[0],
        "--no-timestamp",
    )
    assert result.returncode == 0, result.stderr
    assert signed.read_bytes().startswith(final_pdf.read_bytes()[:8])
    assert "Podpisano:" in result.stdout
