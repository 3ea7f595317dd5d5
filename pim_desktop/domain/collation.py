"""Polish alphabetical order without Qt or the system locale: Ł after L, Ś after S, Ż last.

The interface sorts with Qt's collator; PDFs and the command line, which must not import Qt and
cannot trust the locale of a Windows console, sort with this key.
"""

from __future__ import annotations

import unicodedata

POLISH_ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_POSITION = {letter: index for index, letter in enumerate(POLISH_ALPHABET)}
_PUNCTUATION, _DIGITS, _LETTERS, _OTHER_LETTERS = 0, 1000, 2000, 3000


def polish_sort_key(text: str) -> tuple[tuple[int, ...], str]:
    """A key that orders ``text`` as a Polish dictionary does, ignoring case.

    Spaces and punctuation come before digits, digits before letters; a foreign accented letter
    (é, ü) weighs as its base letter, as in a Polish dictionary. Ties are broken by the text
    itself so the order is total and repeatable.
    """
    normalised = unicodedata.normalize("NFC", text).casefold()
    return tuple(_weight(char) for char in normalised), text


def _weight(char: str) -> int:
    if char in _POSITION:
        return _LETTERS + _POSITION[char]
    if char.isdecimal():
        return _DIGITS + int(char)
    base = unicodedata.normalize("NFD", char)[0]
    if base in _POSITION:
        return _LETTERS + _POSITION[base]
    if char.isalpha():
        return _OTHER_LETTERS + ord(char)
    return _PUNCTUATION + min(ord(char), _DIGITS - 1)


def fold_for_search(text: str) -> str:
    """Lower-case ``text`` without diacritics, so that typing "lodz" finds "Łódź"."""
    return text.casefold().translate(_SEARCH_FOLDING)


def surname_first_key(name: str) -> tuple[tuple[int, ...], str]:
    """Order people by surname, then given names ("Anna Żak" after "Jan Kowalski")."""
    parts = name.split()
    if len(parts) < 2:
        return polish_sort_key(name)
    return polish_sort_key(" ".join([parts[-1], *parts[:-1]]))


class _FoldingTable(dict[int, str]):
    """A ``str.translate`` table that learns each character's folded form when first met.

    A register of thousands of members is folded on every refresh; looking characters up in C is
    many times faster than decomposing every string.
    """

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFD", chr(code))
        folded = "".join(char for char in decomposed if not unicodedata.combining(char))
        self[code] = folded
        return folded


# "ł" has no decomposition in Unicode, so it is taught by hand.
_SEARCH_FOLDING = _FoldingTable({ord("ł"): "l"})
