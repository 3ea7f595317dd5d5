"""The partner city's contribution file (``*.pim-wklad``): write it, and read it back refusing
anything hostile or broken.

The file is a zip holding exactly ``manifest.json`` (format, versions, SHA-256 and size of each
part) and ``data.json`` (the city, its MID summary and its recommendations, in canonical JSON:
UTF-8, NFC, keys sorted, no spaces, empty values left out). Nothing is ever unpacked to disk;
sizes are enforced while reading, not taken from the zip's own headers. The format is described
for other tools in ``resources/formats/network-contribution.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

FORMAT_NAME = "pim-network-contribution"
FORMAT_VERSION = 1
EXTENSION = ".pim-wklad"
MANIFEST = "manifest.json"
DATA = "data.json"
MAX_FILE_SIZE = 20 * 1024 * 1024
MAX_PART_SIZE = {MANIFEST: 64 * 1024, DATA: 8 * 1024 * 1024}
MAX_RATIO = 200  # a part that unpacks more than 200 times its packed size is a bomb


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


def normalised(value: Any) -> Any:
    """Texts in NFC; mappings without empty entries (None, "", [], {})."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {
            unicodedata.normalize("NFC", str(key)): normalised(item)
            for key, item in value.items()
            if item not in (None, "", [], {})
        }
    if isinstance(value, list | tuple):
        return [normalised(item) for item in value]
    return value


def canonical_bytes(document: Any) -> bytes:
    return json.dumps(
        normalised(document), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")


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
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in ((MANIFEST, canonical_bytes(manifest)), (DATA, body)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    payload = buffer.getvalue()
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(payload)
    partial.replace(target)
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
        archive = zipfile.ZipFile(io.BytesIO(payload))
    except zipfile.BadZipFile as error:
        raise ContributionError(
            QT_TRANSLATE_NOOP(
                "domain",
                "To nie jest plik wkładu miasta: plik jest uszkodzony albo jest innego rodzaju.",
            )
        ) from error
    with archive:
        _check_entries(archive)
        manifest = _json(_read_part(archive, MANIFEST), MANIFEST)
        _check_manifest(manifest)
        body = _read_part(archive, DATA)
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


def _check_entries(archive: zipfile.ZipFile) -> None:
    names: list[str] = []
    for info in archive.infolist():
        name = info.filename
        if name.startswith(("/", "\\")) or "\\" in name or ".." in name.split("/") or ":" in name:
            raise ContributionError(
                QT_TRANSLATE_NOOP(
                    "domain", "Plik zawiera niedozwoloną ścieżkę „{name}” i został odrzucony."
                ),
                name=name,
            )
        if name not in MAX_PART_SIZE or name in names:
            raise ContributionError(
                QT_TRANSLATE_NOOP(
                    "domain", "Plik zawiera nieoczekiwaną część „{name}” i został odrzucony."
                ),
                name=name,
            )
        if info.flag_bits & 0x1:
            raise ContributionError(
                QT_TRANSLATE_NOOP("domain", "Plik jest zaszyfrowany; wkład miasta nie może być.")
            )
        _check_size(name, info.file_size, info.compress_size)
        names.append(name)
    missing = [name for name in (MANIFEST, DATA) if name not in names]
    if missing:
        raise ContributionError(
            QT_TRANSLATE_NOOP("domain", "W pliku brakuje części „{name}”."), name=missing[0]
        )


def _check_size(name: str, size: int, packed: int) -> None:
    if size > MAX_PART_SIZE[name] or (size > 1024 * 1024 and size > MAX_RATIO * max(packed, 1)):
        raise ContributionError(
            QT_TRANSLATE_NOOP(
                "domain",
                "Część „{name}” po rozpakowaniu byłaby za duża; plik odrzucono jako niebezpieczny.",
            ),
            name=name,
        )


def _read_part(archive: zipfile.ZipFile, name: str) -> bytes:
    """The part's bytes, read no further than its limit whatever the zip headers claim."""
    limit = MAX_PART_SIZE[name]
    try:
        with archive.open(name) as stream:
            content = stream.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
        raise ContributionError(
            QT_TRANSLATE_NOOP(
                "domain", "Części „{name}” nie da się odczytać: plik jest uszkodzony."
            ),
            name=name,
        ) from error
    if len(content) > limit:
        _check_size(name, len(content), 1)
    return content


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
