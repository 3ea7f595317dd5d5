"""CSV in the form Polish offices use with Excel: semicolons, BOM, Windows-1250, a preview first."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from partnership_data import small_partnership

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.partnership import MemberKind, MemberRole, ProcessingBasis, Sector
from pim_desktop.paths import AppPaths
from pim_desktop.services.member_csv import CsvFormatError, read_preview, write_members

WINDOWS_FILE = (
    "NAZWA INSTYTUCJI;sektor;Rola;Imie i nazwisko;E-mail;Telefon;Ważność;Członek od;"
    "Przedstawiciel: zgoda na publikację imienia i nazwiska;Kolor ulubiony\r\n"
    "Ochotnicza Straż Pożarna w Łęgu;organizacja pozarządowa;członek;Józef Żuraw;"
    "osp@example.pl;+48 600 100 300;4;01.02.2025;tak;zielony\r\n"
    "Szkoła Podstawowa nr 3;szkoła;obserwator;Ewa Ślęzak;ewa(at)example.pl;;2;;nie;\r\n"
    ";;;;;;;;;\r\n"
    "Kawiarnia „Pod Żurawiem”;PRZEDSIEBIORCA;;Łukasz Kęs;;;9;2025-13-01;może;\r\n"
    ";mieszkańcy;;Ludmiła Łoś;;;;;tak;\r\n"
)


def write_cp1250(path: Path, text: str = WINDOWS_FILE) -> Path:
    path.write_bytes(text.encode("cp1250"))
    return path


def test_export_is_excel_ready_and_comes_back_identical(
    context: AppContext, tmp_path: Path, paths: AppPaths
) -> None:
    members = small_partnership(context)
    target = tmp_path / "członkowie.csv"
    assert context.partnership.export_csv(target) == len(members)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data[3:].decode("utf-8").split("\r\n")[0]
    assert header.startswith("Rodzaj;Nazwa instytucji / organizacji;Sektor;")
    assert "Łucja Żółkiewska" in data.decode("utf-8-sig")

    other = open_database(AppPaths.under(tmp_path / "druga kopia").ensure(), read_only=False)
    try:
        preview = other.partnership.preview_csv(target)
        assert preview.rejected == () and preview.encoding == "UTF-8"
        other.partnership.import_members(preview)
        back = sorted((s.member for s in other.partnership.members()), key=lambda m: m.id or 0)
    finally:
        other.close()
    assert [dataclasses.replace(m, id=None) for m in back] == [
        dataclasses.replace(m, id=None) for m in members
    ]


def test_windows_1250_file_is_previewed_with_every_bad_row_and_reason(tmp_path: Path) -> None:
    preview = read_preview(write_cp1250(tmp_path / "lista z Excela.csv"), today=dt.date(2025, 6, 1))
    assert preview.encoding == "Windows-1250"
    assert preview.ignored_columns == ("Kolor ulubiony",)
    assert [row.line for row in preview.accepted] == [2, 6]
    osp, resident = (row.member for row in preview.accepted)
    assert osp.organisation_name == "Ochotnicza Straż Pożarna w Łęgu"
    assert osp.sector is Sector.NGO and osp.importance == 4
    assert osp.joined_on == dt.date(2025, 2, 1)
    assert osp.representative.name == "Józef Żuraw"
    assert osp.representative.consent.publication
    assert resident.kind is MemberKind.INDIVIDUAL and resident.display_name == "Ludmiła Łoś"
    assert resident.sector is Sector.RESIDENTS

    rejected = {row.line: row for row in preview.rejected}
    assert set(rejected) == {3, 5}
    assert "ewa(at)example.pl" in rejected[3].reasons()
    reasons = rejected[5].reasons()
    assert "„9” nie jest oceną od 1 do 5" in reasons
    assert "„2025-13-01” nie jest datą" in reasons
    assert "wpisz „tak” albo „nie” zamiast „może”" in reasons
    assert "Kawiarnia „Pod Żurawiem”" in rejected[5].text


def test_rows_already_in_the_register_or_twice_in_the_file_are_refused(
    context: AppContext, tmp_path: Path
) -> None:
    small_partnership(context)
    source = tmp_path / "powtórki.csv"
    source.write_text(
        "Nazwa;Imię i nazwisko\n"
        "Gazeta Źródło;Grzegorz Ćwik\n"
        "Nowa Fundacja;Anna Nowak\n"
        "nowa fundacja;ANNA NOWAK\n",
        encoding="utf-8",
    )
    preview = context.partnership.preview_csv(source)
    assert [row.line for row in preview.accepted] == [3]
    assert [(row.line, row.problems[0].code) for row in preview.rejected] == [
        (2, "already_registered"),
        (4, "duplicate_row"),
    ]
    assert "wierszu 3" in preview.rejected[1].reasons()


def test_a_file_without_a_name_column_is_refused_as_a_whole(tmp_path: Path) -> None:
    source = tmp_path / "bez nazw.csv"
    source.write_text("Sektor;Rola\nmedia;członek\n", encoding="utf-8")
    with pytest.raises(CsvFormatError) as refused:
        read_preview(source)
    assert refused.value.problem.code == "no_name_column"


def test_values_that_excel_would_run_as_formulas_are_guarded(tmp_path: Path) -> None:
    from partnership_data import organisation

    member = organisation('=HYPERLINK("http://zly.example")', "Anna Nowak")
    target = tmp_path / "formuła.csv"
    write_members(target, [member])
    assert "\"'=HYPERLINK" in target.read_text(encoding="utf-8-sig")
    [row] = read_preview(target).accepted
    assert row.member.organisation_name == member.organisation_name
    assert row.member.representative.phone == ""


def test_labels_codes_and_short_words_are_understood(tmp_path: Path) -> None:
    source = tmp_path / "skróty.csv"
    source.write_text(
        "Rodzaj;Nazwa;Sektor;Rola;Przedstawiciel: podstawa przetwarzania danych;"
        "Przedstawiciel: data zgody\n"
        "instytucja;Starostwo;starostwo;członek doradczy;zadanie publiczne;\n"
        "organizacja;Firma X;business;expert;zgoda;2025-01-05\n",
        encoding="utf-8",
    )
    first, second = (row.member for row in read_preview(source, today=dt.date(2025, 6, 1)).accepted)
    assert (first.sector, first.role) == (Sector.COUNTY, MemberRole.ADVISORY)
    assert first.representative.consent.basis is ProcessingBasis.PUBLIC_TASK
    assert (second.sector, second.role) == (Sector.BUSINESS, MemberRole.EXPERT)
    assert second.representative.consent.given_on == dt.date(2025, 1, 5)
