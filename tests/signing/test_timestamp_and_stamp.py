"""PAdES B-T against a timestamp responder on 127.0.0.1, and the visible stamp as a picture."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from signing_pki import P12_PASSWORD, SIGNER_NAME, SigningPki, TimestampServer

from pim_desktop.domain.signature import PadesLevel, SignatureError, TimeSource
from pim_desktop.signing.pades import (
    SigningOptions,
    StampBox,
    load_pkcs12,
    sign_pdf,
    stamp_font_for,
)
from pim_desktop.signing.verification import check_pdf

RESOLUTION = 80


def test_timestamped_signature_is_b_t_and_its_time_comes_from_the_timestamp(
    pki: SigningPki, timestamp_server: TimestampServer, final_pdf: Path, tmp_path: Path
) -> None:
    signed = tmp_path / "ze znacznikiem.pdf"
    asked = timestamp_server.requests
    with load_pkcs12(pki.signer.p12, P12_PASSWORD) as key:
        result = sign_pdf(
            final_pdf, signed, key, SigningOptions(timestamp_url=timestamp_server.url)
        )
    assert result.level is PadesLevel.B_T
    assert timestamp_server.requests > asked
    (signature,) = check_pdf(signed, [pki.ca_der]).signatures
    assert signature.intact and signature.trusted
    assert signature.pades_level is PadesLevel.B_T
    assert signature.time_source is TimeSource.TIMESTAMP
    assert signature.timestamp_trusted
    assert signature.timestamp_authority == "Testowy Serwer Znaczników Czasu"


def test_an_unreachable_timestamp_server_is_explained(
    pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    with load_pkcs12(pki.signer.p12, P12_PASSWORD) as key, pytest.raises(SignatureError) as caught:
        sign_pdf(
            final_pdf,
            tmp_path / "x.pdf",
            key,
            SigningOptions(timestamp_url="http://127.0.0.1:9/tsa"),
        )
    assert caught.value.code == "timestamp_failed"
    assert "127.0.0.1:9" in caught.value.text()


def test_the_stamp_font_has_every_polish_letter() -> None:
    assert stamp_font_for("Małgorzata Żółkiewska ĄĆĘŁŃÓŚŹŻ").name == "NotoSans-Stamp.ttf"
    assert stamp_font_for("Ολυμπία").name == "NotoSans-Regular.ttf"


def _ink_columns(png: Path, box: StampBox, page_height: float) -> tuple[int, int]:
    """Leftmost and rightmost column with dark pixels inside the stamp's border."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    scale = RESOLUTION / 72
    left = int(box.x * scale) + 4
    right = int((box.x + box.width) * scale) - 4
    top = int((page_height - box.y - box.height) * scale) + 4
    bottom = int((page_height - box.y) * scale) - 4
    columns = [
        x
        for x in range(left, right)
        if any(image.pixelColor(x, y).lightness() < 128 for y in range(top, bottom))
    ]
    assert columns, "no text in the stamp"
    return columns[0], columns[-1]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_the_stamp_draws_the_name_with_polish_letters_at_their_true_width(
    pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    """Letters spread apart (the DejaVu trap) make the text wider than the font's metrics say."""
    from reportlab.pdfbase import pdfmetrics

    from pim_desktop.pdf.fonts import register_fonts

    signed = tmp_path / "pieczęć.pdf"
    box = StampBox()
    with load_pkcs12(pki.signer.p12, P12_PASSWORD) as key:
        sign_pdf(final_pdf, signed, key, SigningOptions(location="Przykładowo"))
    prefix = tmp_path / "strona"
    subprocess.run(
        ["pdftoppm", "-r", str(RESOLUTION), "-png", "-f", "2", "-l", "2", str(signed), str(prefix)],
        check=True,
    )
    (png,) = tmp_path.glob("strona*.png")
    first, last = _ink_columns(png, box, 841.89)
    fonts = register_fonts()
    widest = max(
        pdfmetrics.stringWidth(text, fonts.regular, 9)
        for text in ("Podpisano elektronicznie", SIGNER_NAME, "Data: 01.01.2030 12:00")
    )
    drawn = (last - first + 1) * 72 / RESOLUTION
    assert widest * 0.85 <= drawn <= widest * 1.15
