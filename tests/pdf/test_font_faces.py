"""Every font the program ships is read by ``QuickFace`` into exactly what reportlab's own
reading gives, and a font made from it prints the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from pim_desktop import resources
from pim_desktop.pdf.font_faces import QuickFace, quick_font

FONT_FILES = sorted(resources.path("fonts").rglob("*.ttf"))


def _attributes(face: TTFontFace) -> dict[str, object]:
    attributes = dict(vars(face))
    scale = attributes.pop("_pdfScale")  # a function: compared by what it gives
    attributes["_pdfScale"] = [scale(value) for value in (0, 1, 333, 1000, 2048)]
    return attributes


def test_the_program_ships_fonts_to_compare() -> None:
    assert {path.name for path in FONT_FILES} >= {
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSans-Stamp.ttf",
    }


@pytest.mark.parametrize("font_file", FONT_FILES, ids=lambda path: path.name)
def test_a_quick_face_is_reportlabs_face_to_the_attribute(font_file: Path) -> None:
    quick, reportlabs = QuickFace(str(font_file)), TTFontFace(str(font_file))
    assert len(quick.charToGlyph) > 200
    assert _attributes(quick) == _attributes(reportlabs)
    subset = [ord(char) for char in "Zażółć gęślą jaźń ĄĆĘŁŃÓŚŹŻ 0123456789 –„”…"]
    assert quick.makeSubset(subset) == reportlabs.makeSubset(subset)


def test_a_quick_font_measures_as_reportlabs() -> None:
    font_file = str(resources.path("fonts", "NotoSans-Regular.ttf"))
    quick, reportlabs = quick_font("Quick", font_file), TTFont("Slow", font_file)
    assert isinstance(quick.face, QuickFace)
    assert not isinstance(TTFont("Again", font_file).face, QuickFace)
    text = "Gmina Miasto Przykładowo\xa0– wniosek nr 1"
    assert quick.stringWidth(text, 9.5) == reportlabs.stringWidth(text, 9.5)
