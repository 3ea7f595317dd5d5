"""A partner city's contribution file: written on one computer, taken in on the Leader's, and
refused with a clear reason whenever it is broken or hostile."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.action_plan import Level
from pim_desktop.domain.city import CityProfile, Voivodeship
from pim_desktop.domain.improvement_plan import Recommendation, RecommendationType
from pim_desktop.domain.network import CityRole, NetworkCity
from pim_desktop.domain.problems import Refused
from pim_desktop.paths import AppPaths
from pim_desktop.persistence.package_archive import PackageLimits, open_package_archive
from pim_desktop.services.portable.contribution_file import (
    DATA,
    MANIFEST,
    MAX_PART_SIZE,
    ContributionError,
    canonical_bytes,
)


@pytest.fixture
def partner(tmp_path: Path) -> AppContext:
    """A second data folder: the partner city's own computer."""
    context = open_database(AppPaths.under(tmp_path / "partner").ensure(), read_only=False)
    context.city_profile.save(
        CityProfile(official_name="Miasto Próbnik", voivodeship=Voivodeship.WIELKOPOLSKIE)
    )
    wzorowo = context.network.save_city(NetworkCity("Gmina Miejska Wzorowo", Voivodeship.LODZKIE))
    for number in (1, 2):
        context.improvement_plan.save_recommendation(
            Recommendation(
                title=f"Rekomendacja {number}: prostsze PPP",
                barrier="Procedury są zbyt kosztowne.",
                evidence="Próbnik wydał 300 tys. zł na doradztwo.",
                evidence_city_ids=(wzorowo.id or 0,),
                recommendation="Wzorcowa dokumentacja PPP.",
                rec_type=RecommendationType.LEGAL,
                addressee="Ministerstwo Rozwoju i Technologii",
                priority=Level.HIGH,
            )
        )
    yield context
    context.close()


def leader_network(context: AppContext) -> None:
    context.network.save_city(
        NetworkCity("Gmina Miasto Przykładowo", Voivodeship.MAZOWIECKIE, CityRole.LEADER)
    )
    context.network.save_city(NetworkCity("Próbnik", Voivodeship.WIELKOPOLSKIE))
    context.network.save_city(NetworkCity("Wzorowo", Voivodeship.LODZKIE))


def test_round_trip_from_partner_to_leader(
    partner: AppContext, context: AppContext, tmp_path: Path
) -> None:
    file = tmp_path / "wkład Próbnik.pim-wklad"
    digest = partner.improvement_plan.export_contribution(file)
    assert digest == hashlib.sha256(file.read_bytes()).hexdigest()
    leader_network(context)
    preview = context.improvement_plan.preview_contribution(file)
    assert preview.content.city_name == "Miasto Próbnik"
    assert preview.existing_city is not None and preview.existing_city.name == "Próbnik"
    assert [r.title for r in preview.content.recommendations] == [
        "Rekomendacja 1: prostsze PPP",
        "Rekomendacja 2: prostsze PPP",
    ]
    assert context.improvement_plan.recommendations() == []  # a preview writes nothing

    city = context.improvement_plan.import_contribution(preview)
    taken = context.improvement_plan.recommendations()
    assert len(taken) == 2
    wzorowo = context.network.network().cities[2]
    assert taken[0].source_city_id == city.id
    assert taken[0].evidence_city_ids == (wzorowo.id,)
    assert city.id in taken[0].supporting_city_ids
    assert city.contribution is not None and city.contribution.sha256 == digest

    # The same city sends again: its earlier recommendations are replaced, not doubled.
    again = context.improvement_plan.preview_contribution(file)
    assert again.replaced == 2
    context.improvement_plan.import_contribution(again)
    assert len(context.improvement_plan.recommendations()) == 2


def write_zip(target: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return target


def manifest_for(body: bytes, **changes: object) -> bytes:
    manifest: dict[str, object] = {
        "format": "pim-network-contribution",
        "format_version": 1,
        "parts": {DATA: {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}},
    }
    manifest.update(changes)
    return canonical_bytes(manifest)


GOOD_DATA = canonical_bytes(
    {"kind": "network-contribution", "city": {"name": "Miasto Zmyślin"}, "recommendations": []}
)


def hostile_files(tmp_path: Path) -> dict[str, Callable[[], Path]]:
    def zip_of(name: str, parts: dict[str, bytes]) -> Callable[[], Path]:
        return lambda: write_zip(tmp_path / f"{name}.pim-wklad", parts)

    tampered = GOOD_DATA.replace(b"Zmy", b"Zmi")
    bomb = b"0" * (9 * 1024 * 1024)
    bad_types = canonical_bytes(
        {"kind": "network-contribution", "city": {"name": "X"}, "recommendations": [{"title": 5}]}
    )

    def not_a_zip() -> Path:
        path = tmp_path / "tekst.pim-wklad"
        path.write_text("to nie jest zip", encoding="utf-8")
        return path

    return {
        "niedozwoloną ścieżkę": zip_of(
            "slip", {MANIFEST: manifest_for(GOOD_DATA), "../../evil.txt": b"x", DATA: GOOD_DATA}
        ),
        "nieoczekiwaną": zip_of(
            "extra", {MANIFEST: manifest_for(GOOD_DATA), DATA: GOOD_DATA, "run.exe": b"MZ"}
        ),
        "za duża": zip_of("bomb", {MANIFEST: manifest_for(bomb), DATA: bomb}),
        "Suma kontrolna": zip_of("hash", {MANIFEST: manifest_for(GOOD_DATA), DATA: tampered}),
        "poprawnym plikiem JSON": zip_of("json", {MANIFEST: b"{nie json", DATA: GOOD_DATA}),
        "nie jest wkład": zip_of(
            "format", {MANIFEST: manifest_for(GOOD_DATA, format="inny"), DATA: GOOD_DATA}
        ),
        "nowszej wersji": zip_of(
            "version", {MANIFEST: manifest_for(GOOD_DATA, format_version=9), DATA: GOOD_DATA}
        ),
        "brakuje": zip_of("missing", {MANIFEST: manifest_for(GOOD_DATA)}),
        "błędne dane": zip_of("types", {MANIFEST: manifest_for(bad_types), DATA: bad_types}),
        "uszkodzony": not_a_zip,
    }


@pytest.mark.parametrize(
    "reason",
    [
        "niedozwoloną ścieżkę",
        "nieoczekiwaną",
        "za duża",
        "Suma kontrolna",
        "poprawnym plikiem JSON",
        "nie jest wkład",
        "nowszej wersji",
        "brakuje",
        "błędne dane",
        "uszkodzony",
    ],
)
def test_hostile_or_broken_files_are_refused_and_nothing_is_written(
    context: AppContext, tmp_path: Path, reason: str
) -> None:
    leader_network(context)
    source = hostile_files(tmp_path)[reason]()
    with pytest.raises(ContributionError) as refused:
        context.improvement_plan.preview_contribution(source)
    assert reason in refused.value.text()
    assert context.improvement_plan.recommendations() == []
    assert len(context.network.network().cities) == 3


def test_unknown_sender_is_added_to_the_network(context: AppContext, tmp_path: Path) -> None:
    leader_network(context)
    source = write_zip(
        tmp_path / "z.pim-wklad", {MANIFEST: manifest_for(GOOD_DATA), DATA: GOOD_DATA}
    )
    preview = context.improvement_plan.preview_contribution(source)
    assert preview.existing_city is None
    city = context.improvement_plan.import_contribution(preview)
    assert city.name == "Miasto Zmyślin"
    assert [c.name for c in context.network.network().cities][-1] == "Miasto Zmyślin"


def test_the_data_part_is_canonical_json(partner: AppContext, tmp_path: Path) -> None:
    file = tmp_path / "w.pim-wklad"
    partner.improvement_plan.export_contribution(file)
    with zipfile.ZipFile(io.BytesIO(file.read_bytes())) as archive:
        assert archive.namelist() == [MANIFEST, DATA]
        body = archive.read(DATA)
        manifest = json.loads(archive.read(MANIFEST))
    assert canonical_bytes(json.loads(body)) == body
    assert manifest["parts"][DATA]["sha256"] == hashlib.sha256(body).hexdigest()
    assert manifest["program_version"]
    assert dt.datetime.fromisoformat(manifest["created_at"]).tzinfo is not None


# --- the one archive reader: the contribution refuses what a .pim file is refused for ---------


def sparse_bytes(size: int, every: int) -> bytes:
    """Zeros with a random byte every ``every`` bytes: compresses about 138:1 at 600."""
    rng = random.Random(7)
    body = bytearray(size)
    for index in range(0, size, every):
        body[index] = rng.randrange(256)
    return bytes(body)


def crafted_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Hostile files that the ``.pim`` reader refuses too, each with the words of its refusal."""
    manifest = manifest_for(GOOD_DATA)
    slip = write_zip(
        tmp_path / "slip.pim-wklad",
        {MANIFEST: manifest, DATA: GOOD_DATA, "attachments/../../../Autostart/x.bat": b"@echo"},
    )
    # Under the data part's 8 MiB, so only the compression ratio can give it away.
    dense = sparse_bytes(3 << 20, 600)
    ratio = write_zip(tmp_path / "ratio.pim-wklad", {MANIFEST: manifest_for(dense), DATA: dense})
    many = {MANIFEST: manifest, DATA: GOOD_DATA} | {f"x{n}": b"" for n in range(5_000)}
    return {
        "zip slip": (slip, "niedozwoloną ścieżkę „attachments/../../../Autostart/x.bat”"),
        "bomb by ratio": (ratio, "za duża"),
        "too many entries": (write_zip(tmp_path / "many.pim-wklad", many), "zbyt wiele części"),
    }


@pytest.mark.parametrize("kind", ["zip slip", "bomb by ratio", "too many entries"])
def test_the_contribution_refuses_what_a_portable_file_is_refused_for(
    context: AppContext, tmp_path: Path, kind: str
) -> None:
    leader_network(context)
    crafted, words = crafted_files(tmp_path)[kind]
    with zipfile.ZipFile(crafted) as archive:  # the file is what it claims to be
        infos = archive.infolist()
    if kind == "bomb by ratio":
        data = next(info for info in infos if info.filename == DATA)
        assert 100 < data.file_size / data.compress_size < 200  # the old reader let 200:1 pass
        assert data.file_size < MAX_PART_SIZE[DATA]
    with pytest.raises(Refused), open_package_archive(crafted, PackageLimits()):
        pass
    with pytest.raises(ContributionError) as refused:
        context.improvement_plan.preview_contribution(crafted)
    assert words in refused.value.text()
    assert context.improvement_plan.recommendations() == []
    assert len(context.network.network().cities) == 3


def test_a_file_written_under_the_old_empty_value_rule_still_reads_and_verifies(
    context: AppContext, tmp_path: Path
) -> None:
    """Earlier versions kept blank texts and lists of empty names; those files stay valid."""
    body = (
        '{"canonical_format":1,"city":{"name":"Miasto Dawne"},'
        '"kind":"network-contribution","mid":{"actions":2,"secured_grosze":0,'
        '"summary":" ","total_cost_grosze":150000,"title":"MID Dawne"},'
        '"recommendations":[{"addressee":"Sejmik","barrier":"  ","evidence":"Dane GUS",'
        '"priority":"high","recommendation":"Zmienić ustawę","title":"Krótsze przetargi",'
        '"type":"legal"}]}'
    ).encode()
    document = json.loads(body)
    assert canonical_bytes(document) != body  # today's writer leaves the blank texts out
    manifest = json.dumps(
        {
            "created_at": "2026-05-15T12:00:00+00:00",
            "format": "pim-network-contribution",
            "format_version": 1,
            "parts": {DATA: {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}},
            "program": "PIM Desktop",
            "program_version": "0.1.0",
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    old = tmp_path / "dawny wkład.pim-wklad"
    with zipfile.ZipFile(old, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in ((MANIFEST, manifest), (DATA, body)):
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), content)
    leader_network(context)
    preview = context.improvement_plan.preview_contribution(old)
    assert preview.content.city_name == "Miasto Dawne"
    assert preview.content.mid.total_cost == 150000
    [recommendation] = preview.content.recommendations
    assert (recommendation.title, recommendation.barrier) == ("Krótsze przetargi", "  ")
    city = context.improvement_plan.import_contribution(preview)
    assert city.contribution is not None
    assert city.contribution.sha256 == hashlib.sha256(old.read_bytes()).hexdigest()
    assert [r.title for r in context.improvement_plan.recommendations()] == ["Krótsze przetargi"]
