"""The portable file through the service, on real data folders and real zip files.

The round trip goes from one data folder into an empty one opened under another
PIM_DESKTOP_HOME, as on a colleague's computer. Every hostile file is refused with a clear
message, and the database, the attachments and the backups are exactly as they were.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from safety_files import (
    Untouched,
    edit_data,
    folder_state,
    lying_size_zip,
    read_package,
    refused,
    rewrite_package,
    write_zip,
    zip_bomb,
)

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.application import (
    Application,
    ApplicationStatus,
    Submission,
    SubmissionChannel,
)
from pim_desktop.domain.canonical import application_checksum, application_document
from pim_desktop.domain.forms.definition import FieldType, Role
from pim_desktop.domain.problems import Refused
from pim_desktop.paths import AppPaths
from pim_desktop.persistence.package_archive import PackageLimits
from pim_desktop.services.portable.import_preview import ClashChoice, LineageOutcome, ProfileOutcome
from pim_desktop.services.portable.package_service import PackageService


def city_with_work(context: AppContext, tmp_path: Path) -> dict[str, int]:
    """Sample city; the Leader application sent with its receipt and continued as version 2;
    the Partner draft with a real attached file."""
    context.sample_data.create()
    by_role = {s.application.role: s.application for s in context.applications.summaries()}
    leader, partner = by_role["lider"], by_role["partner"]
    receipt_file = tmp_path / "UPO – potwierdzenie.xml"
    receipt_file.write_text("<UPO>potwierdzenie odbioru ąę</UPO>", encoding="utf-8")
    receipt = context.applications.store_attachment(receipt_file).as_value()
    context.applications.mark_ready(leader.id)
    context.applications.mark_sent(
        leader.id, Submission(dt.date(2024, 1, 20), SubmissionChannel.EPUAP, receipt)
    )
    second = context.applications.new_version(leader.id)
    context.applications.save_values(second.id, {"sign_place": "Przykładowo Górne"})
    letter = tmp_path / "list intencyjny Żółw.pdf"
    letter.write_bytes(b"%PDF-1.4 list intencyjny " + bytes(range(256)) * 40)
    stored = context.applications.store_attachment(letter).as_value()
    context.applications.save_values(partner.id, {"letters_of_intent": [stored]})
    return {"leader": leader.id, "second": second.id, "partner": partner.id}


def by_identity(applications: list[Application]) -> dict[tuple[str, int], Application]:
    return {(a.lineage_uid, a.version_number): a for a in applications}


def all_applications(context: AppContext) -> list[Application]:
    return [summary.application for summary in context.applications.summaries()]


# --- the round trip ------------------------------------------------------------------------------


def test_round_trip_into_an_empty_folder_gives_the_same_data_and_checksums(
    context: AppContext, colleague: AppContext, tmp_path: Path
) -> None:
    city_with_work(context, tmp_path)
    package = tmp_path / "wszystko ąę.pim"
    exported = context.packages.export_all(package)
    assert exported.applications == 3 and exported.attachments == 2
    assert exported.missing_attachments > 0  # the sample refers to files it never shipped

    preview = colleague.packages.preview(package)
    assert preview.profile is ProfileOutcome.NEW
    assert [plan.outcome for plan in preview.lineages] == [LineageOutcome.NEW] * 2
    assert preview.new_attachments == 2
    result = colleague.packages.import_package(package)
    assert result.added == 3 and result.profile_changed

    mine, theirs = all_applications(context), all_applications(colleague)
    assert by_identity(mine).keys() == by_identity(theirs).keys()
    for key, original in by_identity(mine).items():
        copy = by_identity(theirs)[key]
        assert application_document(copy) == application_document(original)
        assert application_checksum(copy) == application_checksum(original)
        assert (copy.status, copy.submission, copy.form_version) == (
            original.status,
            original.submission,
            original.form_version,
        )
    # The lineage holds together: version 2 follows version 1 on the other computer too.
    second = next(a for a in theirs if a.version_number == 2)
    first = next(a for a in theirs if a.lineage_uid == second.lineage_uid and a != second)
    assert second.previous_id == first.id and second.lineage_id == first.lineage_id
    assert colleague.city_profile.load() == context.city_profile.load()
    # Attached files arrived byte for byte.
    for sha256 in folder_state(context.paths.attachments_dir).values():
        assert colleague.applications.attachment_path(sha256).read_bytes() == (
            context.applications.attachment_path(sha256).read_bytes()
        )
    # The data part is the canonical form behind the checksum, so it is stable: exported
    # again from the other computer, the data are the same bytes.
    again = colleague.packages.export_all(tmp_path / "z powrotem.pim")
    assert read_package(again.path)["data.json"].count(b'"checksum"') == 3
    first_data = json.loads(read_package(package)["data.json"])
    second_data = json.loads(read_package(again.path)["data.json"])
    for document in (first_data, second_data):
        for entry in document["applications"]:
            entry.pop("created_at", None)
            entry.pop("updated_at", None)
    assert sorted(first_data["applications"], key=lambda e: (e["lineage"], e["version"])) == sorted(
        second_data["applications"], key=lambda e: (e["lineage"], e["version"])
    )


def test_one_application_carries_all_its_versions_and_no_city_profile(
    context: AppContext, colleague: AppContext, tmp_path: Path
) -> None:
    ids = city_with_work(context, tmp_path)
    exported = context.packages.export_application(ids["second"], tmp_path / "lider.pim")
    assert exported.applications == 2
    manifest = json.loads(read_package(exported.path)["manifest.json"])
    assert manifest["contents"]["scope"] == "application"
    assert manifest["contents"]["kinds"] == {"applications": 2}
    preview = colleague.packages.preview(exported.path)
    assert preview.profile is ProfileOutcome.ABSENT
    assert preview.lineages[0].version_numbers == (1, 2)


def test_importing_the_same_file_twice_adds_nothing(
    context: AppContext, colleague: AppContext, tmp_path: Path
) -> None:
    city_with_work(context, tmp_path)
    package = context.packages.export_all(tmp_path / "dane.pim").path
    colleague.packages.import_package(package)
    before = Untouched(colleague)
    preview = colleague.packages.preview(package)
    assert not preview.has_clash
    assert [plan.outcome for plan in preview.lineages] == [LineageOutcome.PRESENT] * 2
    result = colleague.packages.import_package(package)
    assert (result.added, result.skipped) == (0, 2)
    before.check()


def test_a_clash_keeps_both_or_replaces(
    context: AppContext, colleague: AppContext, tmp_path: Path
) -> None:
    ids = city_with_work(context, tmp_path)
    package = context.packages.export_all(tmp_path / "dane.pim").path
    colleague.packages.import_package(package)
    # The colleague continues the partner draft; then the original file comes again.
    theirs = next(a for a in all_applications(colleague) if a.role == "partner")
    colleague.applications.save_values(theirs.id, {"motivation": "Poprawione u koleżanki."})
    colleague.city_profile.save(
        colleague.city_profile.load().__class__(
            **{**colleague.city_profile.load().__dict__, "powiat": "inny powiat"}
        )
    )
    preview = colleague.packages.preview(package)
    assert preview.has_clash and preview.profile is ProfileOutcome.DIFFERENT
    partner_plan = next(p for p in preview.lineages if p.role_label.startswith("Miasto partn"))
    assert partner_plan.outcome is LineageOutcome.CLASH

    kept = colleague.packages.import_package(package, ClashChoice.KEEP_BOTH)
    assert kept.kept_both == 1 and not kept.profile_changed and kept.backup is not None
    partners = [a for a in all_applications(colleague) if a.role == "partner"]
    assert len(partners) == 2 and len({a.lineage_uid for a in partners}) == 2
    assert colleague.city_profile.load().powiat == "inny powiat"

    replaced = colleague.packages.import_package(package, ClashChoice.REPLACE)
    assert replaced.replaced >= 1 and replaced.profile_changed
    original = context.applications.load(ids["partner"])
    partners = [a for a in all_applications(colleague) if a.role == "partner"]
    assert application_checksum(original) in {application_checksum(a) for a in partners}
    assert colleague.city_profile.load() == context.city_profile.load()


def test_export_refuses_a_malformed_number_it_could_not_import(
    context: AppContext, tmp_path: Path
) -> None:
    definition = context.applications.catalog.latest("pim2021")
    application = context.applications.create(definition, Role.LEADER, "miasto_zielone")
    number = next(f for f in definition.fields_for(Role.LEADER) if f.type is FieldType.NUMBER)
    context.applications.save_values(application.id, {number.id: "12a"})
    with pytest.raises(Refused) as error:
        context.packages.export_application(application.id, tmp_path / "zly.pim")
    assert number.label in error.value.text() and "12a" in error.value.text()
    assert not (tmp_path / "zly.pim").exists()


# --- hostile files --------------------------------------------------------------------------------


@pytest.fixture
def good_package(context: AppContext, tmp_path: Path) -> Path:
    """A real package from another computer; ``context`` stays a folder with its own data."""
    other = tmp_path / "źródło"
    source = open_database(AppPaths.under(other).ensure(), read_only=False)
    try:
        city_with_work(source, tmp_path)
        return source.packages.export_all(tmp_path / "dobry.pim").path
    finally:
        source.close()


@pytest.fixture
def busy_context(context: AppContext, tmp_path: Path) -> AppContext:
    """A data folder with work in it, so "untouched" means something."""
    definition = context.applications.catalog.latest("pim2021")
    application = context.applications.create(definition, Role.LEADER, "miasto_cyfrowe")
    context.applications.save_values(application.id, {"motivation": "Nasza praca ąę"})
    note = tmp_path / "notatka.pdf"
    note.write_bytes(b"%PDF-1.4 notatka")
    context.applications.store_attachment(note)
    if not context.team_database:  # a team database's backups are the server's (pg_dump)
        context.backups.create()
    return context


@pytest.mark.parametrize(
    "name",
    [
        "../../poza-folderem.txt",
        "attachments/../../../etc/cron.d/zlosliwy",
        "/etc/passwd",
        "C:/Windows/System32/zly.dll",
        "C:zly.txt",
        "attachments\\..\\..\\zly.txt",
        "attachments/./" + "a" * 64,
    ],
)
def test_zip_slip_is_refused_before_anything_is_written(
    busy_context: AppContext, good_package: Path, tmp_path: Path, name: str
) -> None:
    crafted = tmp_path / "zip-slip.pim"
    write_zip(crafted, [*read_package(good_package).items(), (name, b"zlosliwa zawartosc")])
    message = refused(busy_context, crafted)
    assert "niebezpiecznej nazwie" in message and name in message
    assert not (tmp_path / "poza-folderem.txt").exists()
    assert not any(tmp_path.rglob("zly.txt"))


def test_an_unexpected_entry_is_refused(
    busy_context: AppContext, good_package: Path, tmp_path: Path
) -> None:
    crafted = tmp_path / "dodatek.pim"
    write_zip(crafted, [*read_package(good_package).items(), ("program.exe", b"MZ")])
    assert "nieoczekiwaną część „program.exe”" in refused(busy_context, crafted)


def test_a_zip_bomb_is_refused_by_its_ratio_and_size(
    busy_context: AppContext, good_package: Path, tmp_path: Path
) -> None:
    parts = read_package(good_package)
    bomb = zip_bomb(tmp_path / "bomba.pim", "data.json", 200 * (1 << 20))  # 200 MB of zeros
    assert bomb.stat().st_size < 1 << 20  # a small file on the disk
    with zipfile.ZipFile(bomb, "a") as archive:
        archive.writestr("manifest.json", parts["manifest.json"])
    message = refused(busy_context, bomb)
    assert "data.json" in message and "zapełnić dysku" in message
    # An attachment within the size limit, but expanding a thousandfold, is a bomb too.
    sha = "0" * 64
    ratio = zip_bomb(tmp_path / "bomba2.pim", f"attachments/{sha}", 50 * (1 << 20))
    with zipfile.ZipFile(ratio, "a") as archive:
        archive.writestr("manifest.json", parts["manifest.json"])
        archive.writestr("data.json", parts["data.json"])
    assert "bomba zip" in refused(busy_context, ratio)


def test_a_lying_size_in_the_directory_is_caught_while_reading(
    busy_context: AppContext, good_package: Path, tmp_path: Path
) -> None:
    parts = read_package(good_package)
    liar = lying_size_zip(tmp_path / "klamca.pim", "data.json", bytes(5 << 20), 300)
    with zipfile.ZipFile(liar, "a") as archive:
        archive.writestr("manifest.json", parts["manifest.json"])
    assert "uszkodzony" in refused(busy_context, liar)


def test_limits_on_entries_and_total_size(
    busy_context: AppContext, good_package: Path, tmp_path: Path
) -> None:
    many = write_zip(
        tmp_path / "wiele.pim",
        [*read_package(good_package).items()]
        + [(f"attachments/{n:064x}", b"x") for n in range(6000)],
    )
    assert "zbyt wiele części" in refused(busy_context, many)
    small_limits = PackageService(
        busy_context.packages._session_factory,  # the same database, stricter limits
        busy_context.applications.catalog,
        busy_context.packages._attachments,
        busy_context.backups,
        program_version="0.1.0",
        limits=PackageLimits(max_total_bytes=1 << 20),
    )
    random_parts = [(f"attachments/{n:064x}", bytes(range(256)) * 2400) for n in range(2)]
    big = write_zip(tmp_path / "duzy.pim", [*read_package(good_package).items(), *random_parts])
    with pytest.raises(Refused) as error:
        small_limits.preview(big)
    assert "przekroczyłaby 1 MB" in error.value.text()


def test_a_truncated_file_is_refused(
    busy_context: AppContext, good_package: Path, tmp_path: Path
) -> None:
    whole = good_package.read_bytes()
    truncated = tmp_path / "ucięty.pim"
    truncated.write_bytes(whole[: len(whole) * 2 // 3])
    assert "niekompletny lub uszkodzony" in refused(busy_context, truncated)
    not_zip = tmp_path / "wniosek.pim"
    not_zip.write_text("To jest zwykły tekst, nie plik PIM.", encoding="utf-8")
    assert "nie jest plikiem przenośnym" in refused(busy_context, not_zip)


def test_a_manifest_whose_hash_does_not_match_is_refused(
    busy_context: AppContext, good_package: Path, tmp_path: Path
) -> None:
    def tamper(raw: bytes) -> bytes:
        """Change a text inside an application (the first kind holding one, by sorted keys,
        is the MID)."""
        start = raw.index(b'"applications"')
        return raw[:start] + raw[start:].replace(b"Przyk\xc5\x82adowo", b"Podrobiono", 1)

    tampered = rewrite_package(good_package, tmp_path / "zmieniony.pim", data=tamper)
    message = refused(busy_context, tampered)
    assert "SHA-256 części „data.json”" in message
    # Rehashed in the manifest, the application's own checksum still gives it away.
    rehashed = rewrite_package(good_package, tmp_path / "przeliczony.pim", data=tamper, rehash=True)
    assert "Suma kontrolna wniosku" in refused(busy_context, rehashed)


def test_a_future_format_version_names_the_program_version_needed(
    busy_context: AppContext, good_package: Path, tmp_path: Path
) -> None:
    def future(manifest: dict[str, Any]) -> None:
        manifest["format_version"] = 2
        manifest["min_program_version"] = "3.1.0"
        manifest["parts"]["meetings.json"] = {"sha256": "0" * 64, "size": 1}

    newer = rewrite_package(good_package, tmp_path / "nowszy.pim", manifest=future)
    message = refused(busy_context, newer)
    assert "wersja 2" in message and "3.1.0 lub nowszej" in message and "0.1.0" in message

    def needs_newer(manifest: dict[str, Any]) -> None:
        manifest["min_program_version"] = "1.4"

    same_format = rewrite_package(good_package, tmp_path / "wymaga.pim", manifest=needs_newer)
    assert "w wersji 1.4 lub nowszej" in refused(busy_context, same_format)


def test_malformed_json_is_refused(
    busy_context: AppContext, good_package: Path, tmp_path: Path
) -> None:
    broken = rewrite_package(
        good_package, tmp_path / "json.pim", data=lambda raw: raw[:-40], rehash=True
    )
    assert "„data.json” pliku nie jest poprawnym zapisem JSON" in refused(busy_context, broken)
    parts = read_package(good_package)
    bad_manifest = write_zip(
        tmp_path / "manifest.pim",
        [("manifest.json", b"{nie json"), ("data.json", parts["data.json"])],
    )
    assert "„manifest.json”" in refused(busy_context, bad_manifest)


def partner_entry(document: dict[str, Any]) -> dict[str, Any]:
    return next(e for e in document["applications"] if e["document"]["role"] == "partner")


def fix_checksum(entry: dict[str, Any]) -> None:
    from pim_desktop.domain.canonical import checksum

    entry["checksum"] = checksum(entry["document"])


@pytest.mark.parametrize(
    ("field_type", "value", "expected"),
    [
        (FieldType.NUMBER, "dwanaście", "dwanaście"),
        (FieldType.DATE, "2024-02-31", "2024-02-31"),
        (FieldType.SINGLE_CHOICE, "nie_ma_takiej", "nie_ma_takiej"),
    ],
)
def test_values_that_break_the_form_are_refused(
    busy_context: AppContext,
    good_package: Path,
    tmp_path: Path,
    field_type: FieldType,
    *,
    value: str,
    expected: str,
) -> None:
    definition = busy_context.applications.catalog.latest("pim2024-transfer")
    field = next(
        f
        for f in definition.fields_for(Role.PARTNER)
        if f.type is field_type and f.choices_from is None
    )

    def change(document: dict[str, Any]) -> None:
        entry = partner_entry(document)
        entry["document"]["values"][field.id] = value
        fix_checksum(entry)

    crafted = rewrite_package(
        good_package, tmp_path / "wartosci.pim", data=edit_data(change), rehash=True
    )
    message = refused(busy_context, crafted)
    assert field.label in message and expected in message


def test_a_draft_may_miss_required_fields(
    busy_context: AppContext, good_package: Path, tmp_path: Path
) -> None:
    """The sample partner draft is half done: it imports, with its gaps."""
    preview = busy_context.packages.preview(good_package)
    assert any(plan.newest.status is ApplicationStatus.DRAFT for plan in preview.lineages)
    assert busy_context.packages.import_package(good_package).added == 3


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda e: e["document"]["form"].update(version="9.9"), "w wersji 9.9"),
        (lambda e: e["document"]["form"].update(id="pim2099"), "„pim2099”"),
        (lambda e: e["document"]["values"].update(haslo_admina="x"), "nie ma pola „haslo_admina”"),
        (lambda e: e.update(status="zatwierdzony"), "status"),
    ],
)
def test_unknown_forms_fields_and_statuses_are_refused(
    busy_context: AppContext, good_package: Path, tmp_path: Path, change: Any, expected: str
) -> None:
    def edit(document: dict[str, Any]) -> None:
        entry = partner_entry(document)
        change(entry)
        fix_checksum(entry)

    crafted = rewrite_package(
        good_package, tmp_path / "nieznany.pim", data=edit_data(edit), rehash=True
    )
    assert expected in refused(busy_context, crafted)


def test_two_entries_of_one_name_are_refused(
    busy_context: AppContext, good_package: Path, tmp_path: Path
) -> None:
    parts = read_package(good_package)
    twice = tmp_path / "dwa razy.pim"
    with zipfile.ZipFile(twice, "w") as archive:
        archive.writestr("manifest.json", parts["manifest.json"])
        archive.writestr("data.json", parts["data.json"])
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("data.json", b'{"applications": []}')
    assert "dwie części o tej samej nazwie „data.json”" in refused(busy_context, twice)
