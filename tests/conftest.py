"""Shared fixtures: an offscreen Qt, a fresh data folder with the real migrations per test, and
for signing a real PKI, a SoftHSM2 token and a timestamp responder."""

from __future__ import annotations

import os

# Before PySide6 is imported anywhere: without a display the whole run would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from signing_pki import SigningPki, TimestampServer, make_softhsm_token, softhsm_library

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.paths import HOME_VARIABLE, AppPaths


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "dane programu ąę"
    monkeypatch.setenv(HOME_VARIABLE, str(folder))
    return folder


@pytest.fixture
def paths(home: Path) -> AppPaths:
    return AppPaths.from_environment().ensure()


@pytest.fixture
def context(paths: AppPaths) -> Iterator[AppContext]:
    ctx = open_database(paths, read_only=False)
    yield ctx
    ctx.close()


@pytest.fixture
def sample(context: AppContext) -> tuple[AppContext, int, int]:
    """The sample city: a complete Leader application and a half-done Partner draft."""
    context.sample_data.create()
    summaries = context.applications.summaries()
    leader = next(s.id for s in summaries if s.application.role == "lider")
    partner = next(s.id for s in summaries if s.application.role == "partner")
    return context, leader, partner


# --- signing: a real PKI, a SoftHSM2 token, a timestamp responder, a final PDF -----------------


@dataclass(frozen=True)
class SoftHsm:
    library: Path
    config: Path


@pytest.fixture
def colleague(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """An empty data folder on "another computer": its own PIM_DESKTOP_HOME."""
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "komputer koleżanki"))
    ctx = open_database(AppPaths.from_environment().ensure(), read_only=False)
    yield ctx
    ctx.close()


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> SigningPki:
    return SigningPki(tmp_path_factory.mktemp("pki ąę"))


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory: pytest.TempPathFactory, pki: SigningPki) -> SoftHsm:
    library = softhsm_library()
    if library is None:
        pytest.skip("softhsm2 is not installed (apt-get install softhsm2; .ci/run installs it)")
    folder = tmp_path_factory.mktemp("softhsm")
    # The library reads its configuration when it is first loaded in this process.
    os.environ["SOFTHSM2_CONF"] = str(folder / "softhsm2.conf")
    config = make_softhsm_token(folder, pki.signer, library)
    return SoftHsm(library, config)


@pytest.fixture(scope="session")
def timestamp_server(pki: SigningPki) -> Iterator[TimestampServer]:
    with TimestampServer(pki.tsa, pki.ca_der) as server:
        yield server


def make_final_pdf(target: Path, pages: int = 2, marker: str = "") -> Path:
    """An application-like PDF from the program's own A4 frame."""
    from reportlab.platypus import PageBreak, Paragraph

    from pim_desktop.pdf.document_frame import DocumentInfo, build_pdf, styles

    sheet = styles()
    story: list[Any] = []
    for page in range(1, pages + 1):
        story.append(Paragraph(f"Wniosek o udział w PIM – strona {page} {marker}", sheet.title))
        story.append(Paragraph("Zażółć gęślą jaźń. " * 40, sheet.body))
        if page < pages:
            story.append(PageBreak())
    build_pdf(
        target,
        DocumentInfo(
            title="Wniosek – Gmina Miasto Przykładowo",
            header_lines=["Partnerska Inicjatywa Miast"],
            footer_left="PIM/2024/WN/0001",
        ),
        story,
    )
    return target


@pytest.fixture
def final_pdf(tmp_path: Path) -> Path:
    return make_final_pdf(tmp_path / "Wniosek Przykładowo – wersja 1.pdf")
