"""File names the program suggests: plain ASCII, so they survive e-mail, ePUAP and old archivers.

Polish letters are transliterated the same way everywhere ("Przykładowo" → "Przykladowo"); a name
the officer types keeps whatever letters they chose.
"""

from __future__ import annotations

import re
import unicodedata

_POLISH = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
_NOT_NAME = re.compile(r"[^A-Za-z0-9]+")
_GAP_BEFORE_DIGIT = re.compile(r"_(?=[0-9])")


def ascii_name_part(text: str) -> str:
    """``"Gmina Miasto Łódź"`` → ``"Gmina_Miasto_Lodz"``: letters and digits joined by ``_``."""
    text = unicodedata.normalize("NFC", text).translate(_POLISH)
    # Other accented letters (é, ü) lose their marks; what has no ASCII form is dropped.
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_NAME.sub("_", text).strip("_")


def edition_name_part(edition_name: str) -> str:
    """``"PIM 3"`` → ``"PIM3"``: a number stays with the word it belongs to."""
    return _GAP_BEFORE_DIGIT.sub("", ascii_name_part(edition_name))
