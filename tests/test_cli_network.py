"""The network's activity and capacity verbs, run on the sample city as a user runs them."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from cli_runner import run_cli
from pdf_reading import fonts, needs_poppler, page_texts, spaced

from pim_desktop.domain.money import format_money

KINDS = {"network_meeting", "study_visit", "expertise", "expert_visit", "other"}


@pytest.fixture(scope="module")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("cli") / "sieć ż"
    result = run_cli(home, "sample-data")
    assert result.returncode == 0, result.stderr
    return home


@pytest.fixture(scope="module")
def activities(sample_home: Path) -> list[dict[str, object]]:
    result = run_cli(sample_home, "network", "activities", "--json")
    assert result.returncode == 0, result.stderr
    items: list[dict[str, object]] = json.loads(result.stdout)
    return items


def test_sample_has_activities_of_every_kind(activities: list[dict[str, object]]) -> None:
    assert {item["kind"] for item in activities} == KINDS
    assert {item["status"] for item in activities} == {"planned", "confirmed", "done", "settled"}
    for item in activities:
        assert {"id", "kind", "title", "date", "host_city", "planned", "spent", "status"} <= set(
            item
        )
        assert Decimal(str(item["planned"])).as_tuple().exponent == -2


def test_plain_listing_shows_warnings(sample_home: Path) -> None:
    result = run_cli(sample_home, "network", "activities")
    assert result.returncode == 0, result.stderr
    assert "Uwaga: Brak dokumentu rozliczającego" in result.stdout


@needs_poppler
def test_network_report_on_the_sample(
    sample_home: Path, activities: list[dict[str, object]], tmp_path: Path
) -> None:
    target = tmp_path / "sprawozdanie sieci.pdf"
    result = run_cli(sample_home, "network-report", "--out", str(target))
    assert result.returncode == 0, result.stderr
    text = spaced(" ".join(page_texts(target)))
    for item in activities:
        assert spaced(str(item["title"])) in text
    planned = sum(int(Decimal(str(item["planned"])) * 100) for item in activities)
    spent = sum(int(Decimal(str(item["spent"] or 0)) * 100) for item in activities)
    totals = f"{format_money(planned)} {format_money(spent)}".replace("\u00a0", " ")
    assert text.count(totals) == 5  # the list of activities and the four summaries
    assert "Gmina Miejska Wzorowo" in text and "Lista obecności" not in text
    assert all(embedded == "yes" for _name, embedded in fonts(target))
    table = tmp_path / "działania.csv"
    result = run_cli(sample_home, "network-report", "--csv", "--out", str(table))
    assert result.returncode == 0, result.stderr
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")


@needs_poppler
def test_capacity_pdf_on_the_sample(sample_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "potencjał.pdf"
    result = run_cli(sample_home, "capacity-pdf", "--out", str(target))
    assert result.returncode == 0, result.stderr
    text = spaced(" ".join(page_texts(target)))
    for name in ("Gmina Miasto Przykładowo", "Miasto Zmyślin", "Gmina Miejska Nowe Przykłady"):
        assert name in text
    assert "udział mieszkańców" in text and "na początku: 3" in text
    assert all(embedded == "yes" for _name, embedded in fonts(target))
