"""Noto Sans for every PDF the program prints, and the text clean-up that Paragraph markup needs.

reportlab's built-in Helvetica cannot draw all Polish letters, so documents embed Noto Sans instead.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

from pim_desktop import resources
from pim_desktop.pdf.font_faces import quick_font

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


def register_fonts(*, italic: bool = False) -> FontNames:
    """Register Noto Sans with reportlab; calling it again does nothing more.

    The documents draw with the regular and bold faces only, so the italic ones (reading a
    face takes a noticeable share of a command-line export) are read when ``italic`` asks for
    them; until then ``<i>`` in a Paragraph draws upright, reportlab's own fallback. reportlab
    keeps its font registry per process, so the registry itself is the record of what has been
    done: a name already there is not loaded twice.
    """
    names = FontNames()
    registered = set(pdfmetrics.getRegisteredFontNames())
    styles = ("regular", "bold", "italic", "bold_italic") if italic else ("regular", "bold")
    for style in styles:
        font_name: str = getattr(names, style)
        if font_name not in registered:
            font_file = resources.path("fonts", _FILES[style])
            pdfmetrics.registerFont(quick_font(font_name, str(font_file)))
            registered.add(font_name)
    has_italic = names.italic in registered
    # The family mapping lets <b> (and <i>, once read) inside a Paragraph pick the Noto face.
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=names.regular,
        bold=names.bold,
        italic=names.italic if has_italic else names.regular,
        boldItalic=names.bold_italic if has_italic else names.bold,
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
