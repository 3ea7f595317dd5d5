"""A form cell's paragraph: plain text skips reportlab's markup parser, yet gives the same
fragments, the same lines and the same page as the parser would."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from pim_desktop.pdf.document_frame import CONTENT_WIDTH, DocumentInfo, build_pdf, styles
from pim_desktop.pdf.flowables import WrapOnceParagraph
from pim_desktop.pdf.fonts import pdf_text

TEXTS = [
    "",
    "   ",
    "Gmina Miasto Przykładowo",
    "Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig.",
    "  spaces   inside\tand a tab, then trailing  ",
    "no\xa0break\xa0spaces and\xa0\xa0two of them",
    "em\u2003space and thin\u2009space",
    "quotes „polskie” and \"plain\" and 'single'",
    "slash/and-dash – en dash — em dash … ellipsis",
    "A" * 300,
    "https://pim.example.org/wnioski?id=1&wersja=2",
    "a < b > c",
    "line one\nline two\n\nafter an empty line",
    "<b>not markup</b> &amp; not an entity",
]


def _fragments(paragraph: Paragraph) -> list[dict[str, object]]:
    return [dict(vars(fragment)) for fragment in paragraph.frags]


@pytest.mark.parametrize("text", TEXTS)
def test_a_cell_paragraph_is_made_as_the_parser_makes_it(text: str) -> None:
    sheet = styles()
    for style in (sheet.table_cell, sheet.table_header, sheet.small):
        ours = WrapOnceParagraph(pdf_text(text), style)
        parsed = Paragraph(pdf_text(text), style)
        assert ours.text == parsed.text
        assert ours.style is parsed.style
        assert _fragments(ours) == _fragments(parsed)
        for width in (60.0, 200.0, CONTENT_WIDTH):
            assert ours.wrap(width, 1000) == parsed.wrap(width, 1000)
            assert repr(ours.blPara.lines) == repr(parsed.blPara.lines)


def test_fragments_of_one_style_share_no_lists() -> None:
    style = ParagraphStyle("cell", parent=styles().table_cell)
    first, second = WrapOnceParagraph("one", style), WrapOnceParagraph("two", style)
    assert [f.text for f in first.frags + second.frags] == ["one", "two"]
    for name, value in vars(first.frags[0]).items():
        if isinstance(value, list):
            assert value is not getattr(second.frags[0], name)


def test_a_document_of_cell_paragraphs_is_the_same_to_the_byte() -> None:
    sheet = styles()
    info = DocumentInfo(title="Próba", created=datetime(2026, 1, 2, tzinfo=UTC))

    def document(make: type[Paragraph]) -> bytes:
        story = [make(pdf_text(text), sheet.table_cell) for text in TEXTS * 20]
        stream = io.BytesIO()
        build_pdf(stream, info, story)
        return stream.getvalue()

    ours = document(WrapOnceParagraph)
    assert ours.count(b"/Type /Page\n") > 3  # long enough for paragraphs to split
    assert ours == document(Paragraph)
