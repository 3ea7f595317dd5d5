"""Flowables the application form needs beyond reportlab's own.

``CheckBox``: Noto Sans has no glyph for the ticked and empty box, so it is drawn with lines, and
an ActualText span makes text extraction and copying give "☒" or "☐".
``WrapOnceParagraph``: a table wraps each cell several times (to measure rows, to split across
pages, to draw); the line breaking of a width is remembered instead of redone. Plain text, which
most cells hold, does not go through reportlab's markup parser.
"""

from __future__ import annotations

import copy
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from pim_desktop.pdf.fonts import register_fonts

CHECKED = "☒"
UNCHECKED = "☐"


class CheckBox(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """A square ``size`` points wide, crossed when ``checked``, sitting on the text baseline."""

    def __init__(self, checked: bool, size: float = 8.5) -> None:
        super().__init__()
        self.checked = checked
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # A little taller than the box, so it lines up with the first line of the text beside it.
        return self.size, self.size * 1.3

    def draw(self) -> None:
        canvas: Canvas = self.canv
        size, bottom = self.size, self.size * 0.15
        canvas.saveState()
        canvas.addLiteral(f"/Span <</ActualText <{_utf16_hex(self.text)}>>> BDC")
        canvas.setLineWidth(0.7)
        canvas.rect(0, bottom, size, size, stroke=1, fill=0)
        if self.checked:
            inset = size * 0.2
            canvas.setLineWidth(1.1)
            canvas.line(inset, bottom + inset, size - inset, bottom + size - inset)
            canvas.line(inset, bottom + size - inset, size - inset, bottom + inset)
        # Text extraction only reports an ActualText when a glyph is shown inside its span, so an
        # invisible one (text render mode 3) stands in for the drawn box.
        text = canvas.beginText(0, bottom + size * 0.1)
        text.setTextRenderMode(3)
        text.setFont(register_fonts().regular, size)
        text.textOut("x")
        canvas.drawText(text)
        canvas.addLiteral("EMC")
        canvas.restoreState()

    @property
    def text(self) -> str:
        return CHECKED if self.checked else UNCHECKED


class WrapOnceParagraph(Paragraph):  # type: ignore[misc]  # reportlab ships no type information
    """A Paragraph that breaks its lines once per width; the breaking depends on nothing else."""

    # reportlab's own attribute names, declared for the type checker.
    blPara: Any  # noqa: N815
    _wrapWidths: Any  # noqa: N815

    def __init__(self, text: str | None, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        # reportlab makes the parts of a split paragraph from their fragments.
        if text is None or args or kwargs:
            super().__init__(text, style, *args, **kwargs)
            return
        # The text as reportlab's parser would see it (white space folded); without a tag or an
        # entity the parser would only copy the style's fragment and put the text in it.
        cleaned = cleanBlockQuotedText(text)
        if "<" in cleaned or "&" in cleaned:
            super().__init__(text, style)
        else:
            super().__init__(cleaned, style, frags=plain_fragments(cleaned, style))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        cache: dict[float, tuple[tuple[float, float], Any, Any]] = self.__dict__.setdefault(
            "_wrapped", {}
        )
        known = cache.get(available_width)
        if known is None:
            size: tuple[float, float] = super().wrap(available_width, available_height)
            cache[available_width] = (size, self.blPara, self._wrapWidths)
            return size
        size, line_breaks, widths = known
        self.blPara, self._wrapWidths = line_breaks, widths
        self.width, self.height = available_width, size[1]
        return size


# The fragment reportlab's parser makes for plain text in a style, kept while the style lives.
_STYLE_FRAGMENTS: WeakKeyDictionary[ParagraphStyle, ParaFrag] = WeakKeyDictionary()


def plain_fragments(text: str, style: ParagraphStyle) -> list[ParaFrag]:
    """What reportlab's parser gives for ``text`` that holds no tag and no entity, already
    folded as the parser folds it: the style's fragment with the text, or none for no text."""
    if not text:
        return []
    fragment = _STYLE_FRAGMENTS.get(style)
    if fragment is None:
        _style, fragments, _bullet = ParaParser().parse("x", style)
        fragment = _STYLE_FRAGMENTS[style] = fragments[0]
    made = copy.copy(fragment)
    # Lists (links, underlines) are the fragment's own, as each parse makes new ones.
    for name, value in vars(fragment).items():
        if isinstance(value, list):
            setattr(made, name, list(value))
    made.text = text
    return [made]


def _utf16_hex(text: str) -> str:
    return (b"\xfe\xff" + text.encode("utf-16-be")).hex().upper()
