"""The MID and the Plan Ulepszeń as PDFs, read back: titles, actions, amounts to the grosz,
Polish letters intact, and only embedded fonts."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from pim_desktop.context import AppContext
from pim_desktop.domain.money import format_money

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts")),
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)
CREATED = dt.datetime(2026, 5, 15, 12, 0, tzinfo=dt.UTC)


def pdf_text(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return " ".join(text.replace("\u00a0", " ").split())


def font_rows(path: Path) -> list[list[str]]:
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout
    return [line.split() for line in listing.splitlines()[2:] if line.strip()]


def plain(amount: int) -> str:
    return format_money(amount).replace("\u00a0", " ")


@needs_poppler
def test_mid_pdf_carries_every_action_and_exact_totals(context: AppContext, tmp_path: Path) -> None:
    context.sample_data.create(dt.date(2026, 5, 15))
    overview = context.action_plan.overview()
    target = tmp_path / "MID Przykładowo.pdf"
    pages = context.action_plan.print_pdf(target, created=CREATED)
    assert pages >= 5
    text = pdf_text(target)
    assert "MIEJSKA INICJATYWA DZIAŁAŃ" in text
    assert overview.plan.title in text
    assert "Gmina Miasto Przykładowo" in text
    for action in overview.actions:
        assert f"{action.code}. {action.title}" in text
    assert f"Koszt całkowity {plain(overview.totals.total_cost)}" in text
    assert plain(overview.totals.secured) in text
    for _year, amount in overview.totals.by_year:
        assert plain(amount) in text
    assert "Harmonogram" in text and "Legenda:" in text
    assert "źródła finansowania dają 9 600 000,00 zł, a koszt wynosi 9 800 000,00 zł" in text
    assert "Zażółć" not in text and "Śródmieście" in text
    for row in font_rows(target):
        assert row[-5] == "yes", f"font not embedded: {row}"
        assert "Helvetica" not in row[0] and "Times" not in row[0]


@needs_poppler
def test_improvement_plan_pdf_lists_cities_and_recommendations(
    context: AppContext, tmp_path: Path
) -> None:
    context.sample_data.create(dt.date(2026, 5, 15))
    target = tmp_path / "Plan Ulepszeń.pdf"
    context.improvement_plan.print_pdf(target, created=CREATED)
    text = pdf_text(target)
    assert "PLAN ULEPSZEŃ" in text
    assert "Rekomendacje sieci „Miasto kompaktowe”" in text
    for city in context.network.network().cities:
        assert city.name in text
    recommendations = context.improvement_plan.recommendations()
    for number, recommendation in enumerate(recommendations, start=1):
        assert f"R{number}. {recommendation.title}" in text
    assert "Zgłoszona przez Gmina Miejska Wzorowo" in text
    assert all(row[-5] == "yes" for row in font_rows(target))


def test_empty_plan_still_prints(context: AppContext, tmp_path: Path) -> None:
    assert context.action_plan.print_pdf(tmp_path / "pusty.pdf") >= 1
    assert context.improvement_plan.print_pdf(tmp_path / "pusty plan.pdf") >= 1


def test_every_character_the_pdfs_print_has_a_glyph_in_the_font(
    context: AppContext, tmp_path: Path
) -> None:
    """A character missing from Noto Sans prints as nothing, and no test of the text sees it."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from pim_desktop.pdf.fonts import register_fonts
    from pim_desktop.services.action_plan_print import action_plan_document

    context.sample_data.create(dt.date(2026, 5, 15))
    overview = context.action_plan.overview()
    document = action_plan_document(
        overview.plan, overview.actions, "Gmina", overview.partner_names, overview.meeting_labels
    )
    face = getFont(register_fonts().regular).face
    printed = repr(document) + "• Uwaga: Legenda: Strona"
    missing = {ch for ch in printed if ch.isprintable() and ord(ch) not in face.charToGlyph}
    assert missing == set()
