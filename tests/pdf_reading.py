"""Reads produced PDFs back with poppler's tools, as an officer's viewer would see them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

POPPLER_TOOLS = ("pdftotext", "pdffonts", "pdfinfo")
needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in POPPLER_TOOLS),
    reason="poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed",
)

_WHITE = re.compile(r"\s+")


def run(*args: str | Path) -> str:
    completed = subprocess.run(
        [str(arg) for arg in args], check=True, capture_output=True, text=True, encoding="utf-8"
    )
    return completed.stdout


def page_texts(pdf: Path, *options: str) -> list[str]:
    """The text of each page; pdftotext ends every page with a form feed."""
    return run("pdftotext", "-enc", "UTF-8", *options, pdf, "-").split("\f")[:-1]


def pdf_info(pdf: Path) -> dict[str, str]:
    """pdfinfo's fields, custom Info entries included."""
    fields = {}
    for line in run("pdfinfo", "-enc", "UTF-8", "-custom", pdf).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    for line in run("pdfinfo", "-enc", "UTF-8", pdf).splitlines():
        key, _, value = line.partition(":")
        fields.setdefault(key.strip(), value.strip())
    return fields


def fonts(pdf: Path) -> list[tuple[str, str]]:
    """(name, embedded) for every font pdffonts lists."""
    lines = run("pdffonts", pdf).splitlines()
    # The dashed line under the column titles marks where each column starts and ends.
    titles, dashes, rows = lines[0], lines[1], lines[2:]
    spans, start = {}, 0
    for dash_run in dashes.split(" "):
        end = start + len(dash_run)
        spans[titles[start:end].strip()] = (start, end)
        start = end + 1
    return [(row[slice(*spans["name"])].strip(), row[slice(*spans["emb"])].strip()) for row in rows]


def spaced(text: str) -> str:
    """White space (no-break spaces and line ends too) as single spaces."""
    return _WHITE.sub(" ", text.replace("\u00a0", " ")).strip()


def unspaced(text: str) -> str:
    """Without any white space: a value wrapped over lines reads as one string again."""
    return _WHITE.sub("", text.replace("\u00a0", ""))
