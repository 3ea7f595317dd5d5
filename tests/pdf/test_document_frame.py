"""The shared A4 frame, read back from the produced files: Polish text, pages, fonts, metadata."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import sys
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from pim_desktop import resources
from pim_desktop.pdf.document_frame import CONTENT_WIDTH, DocumentInfo, build_pdf, styles
from pim_desktop.pdf.fonts import pdf_text, register_fonts
from pim_desktop.pdf.tables import table

POPPLER_TOOLS = ("pdftotext", "pdffonts", "pdfinfo")
needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in POPPLER_TOOLS),
    reason="poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed",
)

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic.ttf",
)
POLISH_LETTERS = "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ"
PANGRAM = "Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig."
NFC_CITY = "Łódź, Świętochłowice, Kędzierzyn-Koźle, Zielona Góra"
HEADER_LINES = ["Partnerska Inicjatywa Miast", "Edycja 2025 · nabór II", "Formularz wniosku"]
FOOTER_LEFT = "PIM/2025/WN/0042"
FOOTER_RIGHT = "SHA-256: 3fa94c0e1d2b7a61e8c9f0a1"
WATERMARK = "WERSJA ROBOCZA"
TABLE_ROWS = 150
CREATED = datetime(2025, 3, 1, 12, 30, tzinfo=UTC)

INFO = DocumentInfo(
    title="Wniosek – Łódź",
    author="Urząd Miasta Łodzi",
    subject="Wniosek o udział w Partnerskiej Inicjatywie Miast",
    keywords=["PIM", "wniosek", "Łódź"],
    header_lines=HEADER_LINES,
    footer_left=FOOTER_LEFT,
    footer_right=FOOTER_RIGHT,
    watermark=WATERMARK,
    created=CREATED,
)


def _story() -> list[Flowable]:
    sheet = styles()
    # The city names arrive decomposed (as some macOS and web sources send them).
    decomposed = unicodedata.normalize("NFD", NFC_CITY)
    rows: list[list[str]] = [["Lp.", "Imię i nazwisko", "Instytucja", "Podpis"]]
    rows += [
        [str(n), f"Uczestnik {n} Żółkiewski", "Urząd Miasta, Wydział Współpracy " * (n % 3 + 1), ""]
        for n in range(1, TABLE_ROWS + 1)
    ]
    mm = 72 / 25.4
    return [
        Paragraph(pdf_text("Wniosek o udział w programie"), sheet.title),
        Paragraph(pdf_text("Dane miasta"), sheet.heading1),
        Paragraph(pdf_text("Miasta partnerskie"), sheet.label),
        Paragraph(pdf_text(decomposed), sheet.value),
        Paragraph(pdf_text(f"{POLISH_LETTERS}\n{PANGRAM}"), sheet.body),
        table(rows, [12 * mm, 55 * mm, 75 * mm, CONTENT_WIDTH - 142 * mm]),
        Paragraph(pdf_text("Koniec dokumentu & <podpis>"), sheet.small),
    ]


def _run(*args: str | Path) -> str:
    completed = subprocess.run(
        [str(arg) for arg in args], check=True, capture_output=True, text=True, encoding="utf-8"
    )
    return completed.stdout


def _pages(pdf: Path) -> list[str]:
    # pdftotext ends every page with a form feed.
    return _run("pdftotext", "-enc", "UTF-8", pdf, "-").split("\f")[:-1]


def _pdfinfo(pdf: Path) -> dict[str, str]:
    fields = {}
    for line in _run("pdfinfo", "-enc", "UTF-8", pdf).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    # A name with Polish letters and spaces, as officers name their files.
    target = tmp_path_factory.mktemp("frame") / "Wniosek – Łódź 2025.pdf"
    pages = build_pdf(target, INFO, _story())
    return target, pages


@needs_poppler
def test_page_count_is_returned_and_real(sample: tuple[Path, int]) -> None:
    pdf, pages = sample
    assert pages >= 3
    assert int(_pdfinfo(pdf)["Pages"]) == pages
    assert len(_pages(pdf)) == pages


@needs_poppler
def test_polish_text_comes_back_intact_and_composed(sample: tuple[Path, int]) -> None:
    text = "\n".join(_pages(sample[0]))
    assert POLISH_LETTERS in text
    assert PANGRAM in text
    assert NFC_CITY in text
    # Had the decomposed input been drawn as is, the accents would be separate marks.
    assert "\u0301" not in text
    assert "\u0328" not in text
    assert "Koniec dokumentu & <podpis>" in text


@needs_poppler
def test_every_page_has_header_footer_and_true_page_total(sample: tuple[Path, int]) -> None:
    pdf, pages = sample
    for number, text in enumerate(_pages(pdf), start=1):
        for line in HEADER_LINES:
            assert line in text, f"header missing on page {number}"
        assert FOOTER_LEFT in text
        assert FOOTER_RIGHT in text
        assert f"Strona {number} z {pages}" in text


@needs_poppler
def test_long_table_splits_with_its_header_repeated(sample: tuple[Path, int]) -> None:
    pages = _pages(sample[0])
    table_pages = [text for text in pages if "Żółkiewski" in text]
    assert len(table_pages) >= 3
    for text in table_pages:
        assert "Imię i nazwisko" in text
        assert "Instytucja" in text
    everything = "\n".join(pages)
    for n in (1, TABLE_ROWS // 2, TABLE_ROWS):
        assert f"Uczestnik {n} Żółkiewski" in everything


@needs_poppler
def test_only_embedded_noto_fonts(sample: tuple[Path, int]) -> None:
    lines = _run("pdffonts", sample[0]).splitlines()
    # The dashed line under the column titles marks where each column starts and ends.
    titles, dashes, rows = lines[0], lines[1], lines[2:]
    spans, start = {}, 0
    for dash_run in dashes.split(" "):
        end = start + len(dash_run)
        spans[titles[start:end].strip()] = (start, end)
        start = end + 1
    assert rows, "no fonts in the PDF at all"
    for row in rows:
        name = row[slice(*spans["name"])].strip()
        embedded = row[slice(*spans["emb"])].strip()
        assert name.split("+")[-1].startswith("NotoSans"), f"unexpected font {name}"
        assert embedded == "yes", f"{name} is not embedded"


@needs_poppler
def test_metadata_and_language(sample: tuple[Path, int]) -> None:
    info = _pdfinfo(sample[0])
    assert info["Title"] == INFO.title
    assert info["Author"] == INFO.author
    assert info["Subject"] == INFO.subject
    assert info["Keywords"] == "PIM, wniosek, Łódź"
    assert info["Creator"] == "PIM Desktop"
    assert "2025" in info["CreationDate"]
    assert "12:30:00" in info["CreationDate"]
    # reportlab writes the catalog uncompressed, so the language entry is readable as is.
    assert b"/Lang (pl-PL)" in sample[0].read_bytes()


@needs_poppler
def test_watermark_on_every_page_only_when_set(sample: tuple[Path, int], tmp_path: Path) -> None:
    assert all(WATERMARK in text for text in _pages(sample[0]))
    plain = tmp_path / "plain.pdf"
    build_pdf(plain, replace(INFO, watermark=None), _story())
    assert all(WATERMARK not in text for text in _pages(plain))


def test_path_target_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "lista obecności.pdf"
    build_pdf(target, INFO, _story())
    build_pdf(target, INFO, _story())
    assert [entry.name for entry in tmp_path.iterdir()] == [target.name]
    assert target.read_bytes().startswith(b"%PDF-")


class _Exploding(Flowable):
    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        raise RuntimeError("layout failed")


def test_failed_build_keeps_the_old_file_and_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "protokół.pdf"
    build_pdf(target, INFO, _story())
    before = target.read_bytes()
    with pytest.raises(RuntimeError, match="layout failed"):
        build_pdf(target, INFO, [*_story(), _Exploding()])
    assert target.read_bytes() == before
    assert [entry.name for entry in tmp_path.iterdir()] == [target.name]


def test_stream_target_and_fixed_date_give_identical_bytes() -> None:
    first, second = io.BytesIO(), io.BytesIO()
    story = _story()
    build_pdf(first, INFO, story)
    build_pdf(second, INFO, story)
    assert first.getvalue().startswith(b"%PDF-")
    assert first.getvalue() == second.getvalue()
    assert len(story) == len(_story()), "the caller's story must not be consumed"


def test_pdf_text_escapes_markup_keeps_breaks_and_composes() -> None:
    assert pdf_text("A & B <i>\nC\r\nD") == "A &amp; B &lt;i&gt;<br/>C<br/>D"
    assert pdf_text(unicodedata.normalize("NFD", "Łódź")) == "Łódź"


def test_register_fonts_is_idempotent_and_maps_the_family() -> None:
    first, second = register_fonts(), register_fonts(italic=True)
    assert first == second == register_fonts()
    registered = pdfmetrics.getRegisteredFontNames()
    for name in (first.regular, first.bold, first.italic, first.bold_italic):
        assert name in registered


def test_table_rejects_rows_that_do_not_match_the_columns() -> None:
    with pytest.raises(ValueError, match="row 1"):
        table([["a", "b"], ["c"]], [100, 100])
    with pytest.raises(ValueError, match="header_rows"):
        table([["a", "b"]], [100, 100], header_rows=2)


def _units_per_em(font: Path) -> int:
    data = font.read_bytes()
    (table_count,) = struct.unpack(">H", data[4:6])
    for index in range(table_count):
        tag, _checksum, offset, _length = struct.unpack(
            ">4sIII", data[12 + 16 * index : 28 + 16 * index]
        )
        if tag == b"head":
            (units,) = struct.unpack(">H", data[offset + 18 : offset + 20])
            return int(units)
    raise AssertionError(f"{font.name} has no head table")


@pytest.mark.parametrize("file_name", FONT_FILES)
def test_shipped_fonts_resolve_and_have_1000_units_per_em(file_name: str) -> None:
    font = resources.path("fonts", file_name)
    assert font.is_file()
    # Signature stamps render Polish correctly only with 1000 units per em.
    assert _units_per_em(font) == 1000


def test_font_licence_ships_with_the_fonts() -> None:
    licence = resources.path("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Noto" in licence


def test_resources_path_follows_a_frozen_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.root() == tmp_path
    assert resources.path("fonts", "NotoSans-Regular.ttf") == (
        tmp_path / "resources" / "fonts" / "NotoSans-Regular.ttf"
    )


@needs_poppler
def test_custom_info_entries_are_written_and_checked(tmp_path: Path) -> None:
    target = tmp_path / "z kluczem.pdf"
    custom = {"PIMChecksum": "3F9A", "Zrodlo": "Łódź"}
    build_pdf(target, replace(INFO, custom_info=custom), _story())
    lines = _run("pdfinfo", "-enc", "UTF-8", "-custom", target).splitlines()
    fields = {key.strip(): value.strip() for key, _, value in (x.partition(":") for x in lines)}
    assert fields["PIMChecksum"] == "3F9A"
    assert fields["Zrodlo"] == "Łódź"
    assert fields["Title"] == INFO.title
    with pytest.raises(ValueError, match="plain PDF name"):
        build_pdf(io.BytesIO(), replace(INFO, custom_info={"Suma kontrolna": "x"}), _story())
