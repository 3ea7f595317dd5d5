"""The partner city's contribution file (``*.pim-wklad``): write it, and read it back refusing
anything hostile or broken.

The file is a zip holding exactly ``manifest.json`` (format, versions, SHA-256 and size of each
part) and ``data.json`` (the city, its MID summary and its recommendations, in canonical JSON:
UTF-8, NFC, keys sorted, no spaces, empty values left out). The zip is read by the program's one
hardened archive reader, under the limits every archive is read under; nothing is ever unpacked
to disk. The format is described for other tools in ``resources/formats/network-contribution.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pim_desktop.domain.canonical import canonical_bytes
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Refused
from pim_desktop.persistence.zip_archive import ArchiveLayout, Fault, open_archive, write_archive

FORMAT_NAME = "pim-network-contribution"
FORMAT_VERSION = 1
EXTENSION = ".pim-wklad"
MANIFEST = "manifest.json"
DATA = "data.json"
MAX_FILE_SIZE = 20 * 1024 * 1024
MAX_PART_SIZE = {MANIFEST: 64 * 1024, DATA: 8 * 1024 * 1024}


class ContributionError(Exception):
    """The file cannot be taken in; ``message`` is a Polish template, ``params`` fill it."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params

    def text(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class ContributionFile:
    """A contribution as read: its data document, the manifest, and the file's own SHA-256."""

    data: dict[str, Any]
    manifest: dict[str, Any]
    sha256: str
    file_name: str


def write_contribution(
    target: Path, data: dict[str, Any], program_version: str, created_at: dt.datetime
) -> str:
    """Write the file atomically; return its SHA-256 (hex, lower case)."""
    body = canonical_bytes(data)
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "program": "PIM Desktop",
        "program_version": program_version,
        "created_at": created_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "parts": {DATA: {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}},
    }
    write_archive(target, [(MANIFEST, canonical_bytes(manifest)), (DATA, body)])
    payload = target.read_bytes()
    return hashlib.sha256(payload).hexdigest()


def read_contribution(source: Path) -> ContributionFile:
    """Read and check a contribution file; raise ``ContributionError`` saying what is wrong."""
    size = source.stat().st_size
    if size > MAX_FILE_SIZE:
        raise ContributionError(
            QT_TRANSLATE_NOOP(
                "domain", "Plik ma {size} MB; wkład miasta może mieć najwyżej {limit} MB."
            ),
            size=size // (1024 * 1024),
            limit=MAX_FILE_SIZE // (1024 * 1024),
        )
    payload = source.read_bytes()
    try:
        with open_archive(source, _LAYOUT) as archive:
            manifest = _json(archive.read(MANIFEST), MANIFEST)
            _check_manifest(manifest)
            body = archive.read(DATA)
    except Refused as refused:
        raise ContributionError(refused.message, **refused.params) from refused
    declared = manifest["parts"][DATA]
    if (
        declared.get("size") != len(body)
        or declared.get("sha256") != hashlib.sha256(body).hexdigest()
    ):
        raise ContributionError(
            QT_TRANSLATE_NOOP(
                "domain",
                "Suma kontrolna części {part} się nie zgadza: plik został zmieniony albo "
                "uszkodzony po zapisaniu. Poproś miasto o ponowne przesłanie pliku.",
            ),
            part=DATA,
        )
    data = _json(body, DATA)
    return ContributionFile(data, manifest, hashlib.sha256(payload).hexdigest(), source.name)


def _json(content: bytes, name: str) -> dict[str, Any]:
    try:
        value = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ContributionError(
            QT_TRANSLATE_NOOP("domain", "Część „{name}” nie jest poprawnym plikiem JSON."),
            name=name,
        ) from error
    if not isinstance(value, dict):
        raise ContributionError(
            QT_TRANSLATE_NOOP("domain", "Część „{name}” ma niewłaściwą budowę."), name=name
        )
    return value


def _check_manifest(manifest: dict[str, Any]) -> None:
    if manifest.get("format") != FORMAT_NAME:
        raise ContributionError(
            QT_TRANSLATE_NOOP(
                "domain", "To nie jest wkład miasta do sieci PIM (format „{format}”)."
            ),
            format=str(manifest.get("format", ""))[:60],
        )
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise ContributionError(
            QT_TRANSLATE_NOOP("domain", "Część „{name}” ma niewłaściwą budowę."), name=MANIFEST
        )
    if version > FORMAT_VERSION:
        raise ContributionError(
            QT_TRANSLATE_NOOP(
                "domain",
                "Plik zapisano w nowszej wersji formatu ({version}); "
                "zaktualizuj program PIM Desktop.",
            ),
            version=version,
        )
    parts = manifest.get("parts")
    if not isinstance(parts, dict) or not isinstance(parts.get(DATA), dict):
        raise ContributionError(
            QT_TRANSLATE_NOOP("domain", "Część „{name}” ma niewłaściwą budowę."), name=MANIFEST
        )


_E_TOO_BIG = QT_TRANSLATE_NOOP(
    "domain",
    "Część „{name}” po rozpakowaniu byłaby za duża; plik odrzucono jako niebezpieczny.",
)
_E_UNEXPECTED = QT_TRANSLATE_NOOP(
    "domain", "Plik zawiera nieoczekiwaną część „{name}” i został odrzucony."
)
_E_UNREADABLE = QT_TRANSLATE_NOOP(
    "domain", "Części „{name}” nie da się odczytać: plik jest uszkodzony."
)
_E_NOT_A_CONTRIBUTION = QT_TRANSLATE_NOOP(
    "domain",
    "To nie jest plik wkładu miasta: plik jest uszkodzony albo jest innego rodzaju.",
)
# The contribution's own words for what the archive reader refuses; the rest it words itself.
_LAYOUT = ArchiveLayout(
    MAX_PART_SIZE.get,
    required=(MANIFEST, DATA),
    messages={
        Fault.NOT_ZIP: _E_NOT_A_CONTRIBUTION,
        Fault.TRUNCATED: _E_NOT_A_CONTRIBUTION,
        Fault.UNSAFE_NAME: QT_TRANSLATE_NOOP(
            "domain", "Plik zawiera niedozwoloną ścieżkę „{name}” i został odrzucony."
        ),
        Fault.UNEXPECTED: _E_UNEXPECTED,
        Fault.DUPLICATE: _E_UNEXPECTED,
        Fault.ENCRYPTED: QT_TRANSLATE_NOOP(
            "domain", "Plik jest zaszyfrowany; wkład miasta nie może być."
        ),
        Fault.METHOD: _E_UNREADABLE,
        Fault.DAMAGED: _E_UNREADABLE,
        Fault.TOO_BIG: _E_TOO_BIG,
        Fault.RATIO: _E_TOO_BIG,
        Fault.MISSING: QT_TRANSLATE_NOOP("domain", "W pliku brakuje części „{name}”."),
    },
)
