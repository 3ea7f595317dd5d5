"""reportlab is loaded without text shaping, without pictures and without compiling the patterns
it never uses, and nothing else in the process loses any of them: pyHanko still shapes its
stamp's text, and Pillow still loads for whoever asks for it."""

from __future__ import annotations

import subprocess
import sys

# A fresh interpreter, so that the documents' package is the first to load reportlab.
PROBE = """
import re, sys
import pim_desktop.pdf
from reportlab.lib import utils
from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph
from pim_desktop.pdf.reportlab_import import DeferredPattern

assert ttfonts.uharfbuzz is None, "reportlab sees the shaping library"
assert "uharfbuzz" not in sys.modules, "the shaping library is hidden from the rest"
import uharfbuzz
from pyhanko.pdf_utils.font import opentype
assert opentype.hb is uharfbuzz

assert utils.Image is None and not utils.haveImages, "reportlab sees Pillow"
assert "PIL" not in sys.modules, "Pillow is hidden from the rest"
import PIL.Image
assert PIL.Image.new("RGB", (2, 2)).size == (2, 2)

assert re.compile("a+") is not None and isinstance(re.compile("a+"), re.Pattern)
address = paragraph.uri_pat
assert isinstance(address, DeferredPattern), type(address)
assert "match" not in vars(address), "compiled at import"
match = address.match("https://pim.example.org/wnioski?id=1")
assert match is not None and match.group(1) == "https://"
assert address.match("not an address") is None
print("FINE")
"""


def test_reportlab_loads_lighter_and_leaves_the_rest_of_the_process_alone() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "FINE"
