"""A TrueType face read as reportlab reads it, with its character map and metrics read in bulk.

reportlab reads a face's character map, advance widths and glyph offsets one number at a time,
which for Noto Sans's 3 300 glyphs took a command-line print longer than any other step but the
layout. ``QuickFace`` reads those three tables each in one go and builds the very same attributes
(a test compares them with reportlab's for every font the program ships); a face whose
character map is not in the usual format 4 is read by reportlab itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from struct import unpack_from
from typing import Any

from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace


class QuickFace(TTFontFace):  # type: ignore[misc]  # reportlab ships no type information
    """reportlab's face of a TrueType file, the same to the attribute, read quicker."""

    # reportlab's own attribute names, declared for the type checker.
    _ttf_data: bytes
    _pos: int
    numGlyphs: int  # noqa: N815

    def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N803  # reportlab's names
        super().extractInfo(charInfo=0)  # the names and the header tables
        if not charInfo:
            return
        head = self.get_table_pos("head")[0]
        index_to_loc_format, glyph_data_format = unpack_from(">HH", self._ttf_data, head + 50)
        cmap = self._unicode_cmap() if glyph_data_format == 0 else None
        if cmap is None:  # reportlab reads it (or says what is wrong with the file)
            super().extractInfo(charInfo)
            return
        self.charToGlyph, self.glyphToChar = self._format4_map(*cmap)
        self._read_metrics()
        self._read_glyph_offsets(index_to_loc_format)
        char_to_glyph, widths = self.charToGlyph, self.charWidths
        if 0x20 in char_to_glyph:
            char_to_glyph[0xA0] = char_to_glyph[0x20]
            widths[0xA0] = widths[0x20]
        elif 0xA0 in char_to_glyph:
            char_to_glyph[0x20] = char_to_glyph[0xA0]
            widths[0x20] = widths[0xA0]

    def _unicode_cmap(self) -> tuple[int, int] | None:
        """The offset and length of the character map reportlab would choose, if format 4."""
        data = self._ttf_data
        cmap = self.get_table_pos("cmap")[0]
        version, count = unpack_from(">HH", data, cmap)
        if count == 0 and version != 0:
            count = version
        chosen, kind = None, 0
        for index in range(count):
            platform, encoding, offset = unpack_from(">HHL", data, cmap + 4 + 8 * index)
            if (
                platform == 3
                or (platform == 1 and encoding == 1)
                or (platform == 0 and encoding != 5)
            ):
                chosen, kind = offset, 1
            elif platform == 1 and encoding == 0 and kind != 1:
                chosen, kind = offset, 2
        if chosen is None or unpack_from(">H", data, cmap + chosen)[0] != 4:
            return None
        return cmap + chosen, unpack_from(">H", data, cmap + chosen + 2)[0]

    def _format4_map(self, start: int, length: int) -> tuple[dict[int, int], dict[int, list[int]]]:
        data = self._ttf_data
        segments = unpack_from(">H", data, start + 6)[0] // 2
        ends = unpack_from(f">{segments}H", data, start + 14)
        starts = unpack_from(f">{segments}H", data, start + 16 + 2 * segments)
        deltas = unpack_from(f">{segments}h", data, start + 16 + 4 * segments)
        range_start = start + 16 + 6 * segments
        range_offsets = unpack_from(f">{segments}H", data, range_start)
        limit = start + length
        char_to_glyph: dict[int, int] = {}
        glyph_to_char: dict[int, list[int]] = {}
        for n in range(segments):
            first, delta, range_offset = starts[n], deltas[n], range_offsets[n]
            for char in range(first, ends[n] + 1):
                if range_offset == 0:
                    glyph = (char + delta) & 0xFFFF
                else:
                    offset = range_start + 2 * n + (char - first) * 2 + range_offset
                    if offset >= limit:
                        glyph = 0  # reportlab's allowance for broken fonts
                    else:
                        glyph = unpack_from(">H", data, offset)[0]
                        if glyph != 0:
                            glyph = (glyph + delta) & 0xFFFF
                char_to_glyph[char] = glyph
                glyph_to_char.setdefault(glyph, []).append(char)
        return char_to_glyph, glyph_to_char

    def _read_metrics(self) -> None:
        data, glyphs, scale = self._ttf_data, self.numGlyphs, self._pdfScale
        metrics = unpack_from(">H", data, self.get_table_pos("hhea")[0] + 34)[0]
        hmtx = self.get_table_pos("hmtx")[0]
        pairs = unpack_from(f">{2 * metrics}H", data, hmtx)
        self.hmetrics = list(zip(pairs[0::2], pairs[1::2], strict=True))
        widths: dict[int, float] = {}
        glyph_to_char = self.glyphToChar
        advance: Any = None
        for glyph in range(metrics):
            advance = scale(pairs[2 * glyph])
            if glyph == 0:
                self.defaultWidth = advance
            for char in glyph_to_char.get(glyph, ()):
                widths[char] = advance
        rest = max(glyphs - metrics, 0)
        bearings = unpack_from(f">{rest}H", data, hmtx + 4 * metrics)
        # As in reportlab, the glyphs past the last full metric keep its scaled advance.
        self.hmetrics.extend((advance, bearing) for bearing in bearings)
        for glyph in range(metrics, metrics + rest):
            for char in glyph_to_char.get(glyph, ()):
                widths[char] = advance
        self.charWidths = widths

    def _read_glyph_offsets(self, index_to_loc_format: int) -> None:
        if "loca" not in self.table:
            raise ttfonts.TTFError("missing location table")
        loca, count = self.get_table_pos("loca")[0], self.numGlyphs + 1
        if index_to_loc_format == 0:
            self.glyphPos = [
                offset << 1 for offset in unpack_from(f">{count}H", self._ttf_data, loca)
            ]
            self._pos = loca + 2 * count
        elif index_to_loc_format == 1:
            self.glyphPos = list(unpack_from(f">{count}L", self._ttf_data, loca))
            self._pos = loca + 4 * count
        else:
            raise ttfonts.TTFError(f"Unknown location table format ({index_to_loc_format})")


@contextmanager
def _quick_faces() -> Iterator[None]:
    # ``TTFont`` makes its face through this module-level name; it is swapped only while one is
    # made (fonts are registered by one task at a time).
    made_by_reportlab = ttfonts.TTFontFace
    ttfonts.TTFontFace = QuickFace
    try:
        yield
    finally:
        ttfonts.TTFontFace = made_by_reportlab


def quick_font(name: str, file_name: str, **options: Any) -> TTFont:
    """reportlab's ``TTFont``, its face read by ``QuickFace``."""
    with _quick_faces():
        return TTFont(name, file_name, **options)
