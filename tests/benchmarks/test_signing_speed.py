"""How long one signature takes: PKCS#12 PAdES B-B, and B-T with a timestamp from 127.0.0.1.

Run on demand: ``uv run pytest tests/benchmarks --benchmark-only``.
"""

from __future__ import annotations

from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture
from signing_pki import P12_PASSWORD, SigningPki, TimestampServer

from pim_desktop.signing.pades import SigningOptions, load_pkcs12, sign_pdf


def _sign(pki: SigningPki, source: Path, target: Path, url: str = "") -> None:
    with load_pkcs12(pki.signer.p12, P12_PASSWORD) as key:
        sign_pdf(source, target, key, SigningOptions(location="Przykładowo", timestamp_url=url))


def test_sign_b_b(
    benchmark: BenchmarkFixture, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    _sign(pki, final_pdf, tmp_path / "rozgrzewka.pdf")
    benchmark(_sign, pki, final_pdf, tmp_path / "b-b.pdf")


def test_sign_b_t(
    benchmark: BenchmarkFixture,
    pki: SigningPki,
    timestamp_server: TimestampServer,
    final_pdf: Path,
    tmp_path: Path,
) -> None:
    _sign(pki, final_pdf, tmp_path / "rozgrzewka.pdf", timestamp_server.url)
    benchmark(_sign, pki, final_pdf, tmp_path / "b-t.pdf", timestamp_server.url)
