"""Noto Sans for every PDF the program prints, and the text clean-up that Paragraph markup needs.

reportlab's built-in Helvetica cannot draw all Polish letters, so documents embed Noto Sans instead.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pim_desktop import resources

FAMILY = "NotoSans"


@dataclass(frozen=True)
class FontNames:
    """The reportlab names under which the four Noto Sans styles are registered."""

    regular: str = FAMILY
    bold: str = f"{FAMILY}-Bold"
    italic: str = f"{FAMILY}-Italic"
    bold_italic: str = f"{FAMILY}-BoldItalic"


_FILES = {
    "regular": "NotoSans-Regular.ttf",
    "bold": "NotoSans-Bold.ttf",
    "italic": "NotoSans-Italic.ttf",
    "bold_italic": "NotoSans-BoldItalic.ttf",
}


def register_fonts() -> FontNames:
    """Register the Noto Sans family with reportlab; calling it again does nothing more.

    reportlab keeps its font registry per process, so the registry itself is the record of what
    has been done: a name already there is not loaded twice.
    """
    names = FontNames()
    registered = set(pdfmetrics.getRegisteredFontNames())
    for style, file_name in _FILES.items():
        font_name: str = getattr(names, style)
        if font_name not in registered:
            font_file = resources.path("fonts", file_name)
            pdfmetrics.registerFont(TTFont(font_name, str(font_file)))
    # The family mapping lets <b> and <i> inside a Paragraph pick the matching Noto face.
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=names.regular,
        bold=names.bold,
        italic=names.italic,
        boldItalic=names.bold_italic,
    )
    return names


def nfc(value: str) -> str:
    """Return ``value`` in Unicode NFC form, so that "ó" is one glyph and not "o" plus an accent."""
    return unicodedata.normalize("NFC", value)


def pdf_text(value: str) -> str:
    """Make plain text safe for a reportlab Paragraph: NFC, markup escaped, line breaks kept."""
    text = nfc(value).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")
