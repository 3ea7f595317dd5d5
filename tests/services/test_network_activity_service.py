"""The network's activities through the service: stored, settled with documents in the
attachment store, and reported in a PDF and a CSV read back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pdf_reading import fonts, needs_poppler, page_texts, spaced

from pim_desktop.context import AppContext
from pim_desktop.domain.city import Voivodeship
from pim_desktop.domain.money import format_money
from pim_desktop.domain.network import CityRole, Network, NetworkCity
from pim_desktop.domain.network_activity import (
    Activity,
    ActivityKind,
    ActivityStatus,
    CostCategory,
    CostLine,
    DocumentKind,
    Participation,
    PayerKind,
)
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.persistence.attachment_store import sha256_of


@pytest.fixture
def cities(context: AppContext) -> list[int]:
    context.network.save_header(Network(name="Zielone śródmieścia"))
    saved = [
        context.network.save_city(NetworkCity(name, voivodeship, role))
        for name, voivodeship, role in (
            ("Gmina Łódź-Żabieniec", Voivodeship.LODZKIE, CityRole.LEADER),
            ("Miasto Ślęża", Voivodeship.SLASKIE, CityRole.PARTNER),
        )
    ]
    return [city.id or 0 for city in saved]


def visit(cities: list[int]) -> Activity:
    return Activity(
        ActivityKind.STUDY_VISIT,
        "Wizyta studyjna w Ślęży",
        dt.date(2026, 4, 9),
        dt.date(2026, 4, 10),
        host_city_id=cities[1],
        status=ActivityStatus.DONE,
        participants=(Participation(cities[0], 5), Participation(cities[1], 3)),
        costs=(
            CostLine(CostCategory.TRAVEL, PayerKind.PROGRAMME, 500_000, 560_000),
            CostLine(CostCategory.VENUE, PayerKind.HOST, 100_000, 100_000),
            CostLine(CostCategory.CATERING, PayerKind.CITY, 40_000, 45_000, cities[0]),
        ),
    )


def test_settling_an_activity_with_a_document(
    context: AppContext, cities: list[int], tmp_path: Path
) -> None:
    service = context.network_activities
    saved = service.save(visit(cities))
    assert saved.id is not None
    assert [w.code for w in service.overview().warnings[saved.id]] == [
        "overspent",
        "missing_document",
        "missing_document",
    ]
    source = tmp_path / "lista obecności ż.pdf"
    source.write_bytes(b"%PDF-1.7 lista")
    service.add_document(saved.id, DocumentKind.ATTENDANCE_LIST, source)
    settled = service.add_document(saved.id, DocumentKind.INVOICE, source)
    assert [d.kind for d in settled.documents] == [
        DocumentKind.ATTENDANCE_LIST,
        DocumentKind.INVOICE,
    ]
    assert settled.documents[0].sha256 == sha256_of(source)
    assert service.document_stored(sha256_of(source))
    assert [w.code for w in service.overview().warnings[saved.id]] == ["overspent"]
    removed = service.remove_document(saved.id, settled.documents[0].id or 0)
    assert [d.kind for d in removed.documents] == [DocumentKind.INVOICE]


def test_a_host_outside_the_network_is_refused(context: AppContext, cities: list[int]) -> None:
    with pytest.raises(ValidationFailed):
        context.network_activities.save(Activity(ActivityKind.OTHER, "x", dt.date.today(), None, 9))


def test_listing_json_has_the_contracted_fields(context: AppContext, cities: list[int]) -> None:
    context.network_activities.save(visit(cities))
    [item] = json.loads(context.network_activities.listing_json())
    assert item["kind"] == "study_visit" and item["status"] == "done"
    assert item["date"] == "2026-04-09" and item["host_city"] == "Miasto Ślęża"
    assert (item["planned"], item["spent"]) == ("6400.00", "7050.00")
    assert json.loads(context.network_activities.listing_json(2025)) == []


@needs_poppler
def test_report_pdf_and_csv(context: AppContext, cities: list[int], tmp_path: Path) -> None:
    service = context.network_activities
    first = service.save(visit(cities))
    source = tmp_path / "faktura.pdf"
    source.write_bytes(b"%PDF-1.7 faktura")
    service.add_document(first.id or 0, DocumentKind.INVOICE, source)
    expertise = Activity(
        ActivityKind.EXPERTISE,
        "Ekspertyza o zieleni",
        dt.date(2026, 6, 1),
        costs=(CostLine(CostCategory.EXPERT_FEE, PayerKind.PROGRAMME, 1_200_000, None),),
    )
    service.save(expertise)
    target = tmp_path / "sprawozdanie ż.pdf"
    assert service.report_pdf(target, 2026) >= 1
    text = spaced(" ".join(page_texts(target)))
    assert "Wizyta studyjna w Ślęży" in text and "Ekspertyza o zieleni" in text
    assert "09.04.2026 – 10.04.2026" in text
    assert f"Razem {format_money(1_840_000)} {format_money(705_000)}".replace("\u00a0", " ") in text
    assert sha256_of(source) in text
    assert "Wydano więcej, niż zaplanowano" in text
    assert all(embedded == "yes" for _name, embedded in fonts(target))
    table = tmp_path / "działania.csv"
    assert service.report_csv(table) == 2
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][2] == "Wizyta studyjna w Ślęży" and rows[1][8:10] == ["6400,00", "7050,00"]
    assert rows[2][9] == ""
