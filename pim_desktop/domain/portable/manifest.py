"""The manifest of the portable file (.pim): what a package holds, who wrote it, and its hashes.

The manifest is read before anything else, so that a file from a newer program or of another
kind is refused with a message that says which program version it needs. The data part is read
in ``package_format``; the zip itself in ``persistence/package_archive.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Refused

PACKAGE_FORMAT = "pim-desktop-package"
FORMAT_VERSION = 1
# The first program version that reads format 1 with the kinds below. A later program that
# adds a kind older programs must not skip raises ``min_program_version`` in what it writes.
MIN_PROGRAM_VERSION = "0.1.0"
MANIFEST_NAME = "manifest.json"
DATA_NAME = "data.json"
ATTACHMENTS_FOLDER = "attachments"
PACKAGE_SUFFIX = ".pim"

_SHA256 = re.compile(r"[0-9a-f]{64}")


class Scope(StrEnum):
    """What the file was made from: one application with its versions, or all the data."""

    APPLICATION = "application"
    ALL = "all"


@dataclass(frozen=True)
class Part:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    format_version: int
    min_program_version: str
    program_version: str
    created: dt.datetime
    scope: Scope
    kinds: Mapping[str, int]
    parts: Mapping[str, Part]
    # Attachments the data refer to that the exporting computer no longer had.
    missing_attachments: tuple[str, ...] = ()


def attachment_part_name(sha256: str) -> str:
    return f"{ATTACHMENTS_FOLDER}/{sha256}"


def is_attachment_part(name: str) -> bool:
    folder, _, sha256 = name.partition("/")
    return folder == ATTACHMENTS_FOLDER and bool(_SHA256.fullmatch(sha256))


def manifest_document(manifest: Manifest) -> dict[str, Any]:
    return {
        "format": PACKAGE_FORMAT,
        "format_version": manifest.format_version,
        "min_program_version": manifest.min_program_version,
        "program": {"name": "PIM Desktop", "version": manifest.program_version},
        "created": manifest.created.isoformat(),
        "contents": {
            "scope": manifest.scope.value,
            "kinds": dict(manifest.kinds),
            "missing_attachments": list(manifest.missing_attachments),
        },
        "parts": {
            name: {"sha256": part.sha256, "size": part.size}
            for name, part in sorted(manifest.parts.items())
        },
    }


def manifest_bytes(manifest: Manifest) -> bytes:
    """Indented, for a person who opens the zip to look."""
    text = json.dumps(manifest_document(manifest), ensure_ascii=False, indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")


def load_json(raw: bytes, part: str) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN, no absurd nesting."""

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise ValueError(f"duplicate key {key!r}")
            result[key] = value
        return result

    def no_constants(name: str) -> Any:
        raise ValueError(f"{name} is not allowed")

    try:
        return json.loads(
            raw.decode("utf-8"), object_pairs_hook=unique, parse_constant=no_constants
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise Refused(_E_BAD_JSON, part=part, detail=str(error)[:200]) from error


def parse_manifest(raw: bytes, program_version: str) -> Manifest:
    """The manifest, after the checks a newer or foreign file must fail first."""
    document = load_json(raw, MANIFEST_NAME)
    if not isinstance(document, dict) or document.get("format") != PACKAGE_FORMAT:
        raise Refused(_E_NOT_A_PACKAGE)
    version = document.get("format_version")
    needed = document.get("min_program_version")
    needed_text = needed if isinstance(needed, str) and _looks_like_version(needed) else ""
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Refused(_E_MANIFEST_FIELD, field="format_version")
    if version > FORMAT_VERSION:
        if needed_text and is_newer(needed_text, program_version):
            raise Refused(
                _E_NEWER_FORMAT_NEEDS, found=version, needed=needed_text, current=program_version
            )
        raise Refused(_E_NEWER_FORMAT, found=version, current=program_version)
    if not needed_text:
        raise Refused(_E_MANIFEST_FIELD, field="min_program_version")
    if is_newer(needed_text, program_version):
        raise Refused(_E_NEEDS_PROGRAM, needed=needed_text, current=program_version)
    return Manifest(
        format_version=version,
        min_program_version=needed_text,
        program_version=_program_version(document.get("program")),
        created=_moment(document.get("created"), "created"),
        scope=_scope(document.get("contents")),
        kinds=_kinds(document.get("contents")),
        parts=_parts(document.get("parts")),
        missing_attachments=_missing(document.get("contents")),
    )


def _moment(raw: object, field: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(str(raw))
    except ValueError as error:
        raise Refused(_E_MANIFEST_FIELD, field=field) from error
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _program_version(raw: object) -> str:
    if isinstance(raw, dict) and isinstance(raw.get("version"), str):
        return str(raw["version"])[:40]
    raise Refused(_E_MANIFEST_FIELD, field="program")


def _scope(raw: object) -> Scope:
    if isinstance(raw, dict) and raw.get("scope") in {s.value for s in Scope}:
        return Scope(raw["scope"])
    raise Refused(_E_MANIFEST_FIELD, field="contents.scope")


def _kinds(raw: object) -> dict[str, int]:
    kinds = raw.get("kinds") if isinstance(raw, dict) else None
    if not isinstance(kinds, dict) or not all(
        isinstance(count, int) and not isinstance(count, bool) and count >= 0
        for count in kinds.values()
    ):
        raise Refused(_E_MANIFEST_FIELD, field="contents.kinds")
    return {str(kind): int(count) for kind, count in kinds.items()}


def _missing(raw: object) -> tuple[str, ...]:
    missing = raw.get("missing_attachments", []) if isinstance(raw, dict) else None
    if not isinstance(missing, list) or not all(
        isinstance(sha256, str) and _SHA256.fullmatch(sha256) for sha256 in missing
    ):
        raise Refused(_E_MANIFEST_FIELD, field="contents.missing_attachments")
    return tuple(missing)


def _parts(raw: object) -> dict[str, Part]:
    if not isinstance(raw, dict):
        raise Refused(_E_MANIFEST_FIELD, field="parts")
    parts: dict[str, Part] = {}
    for name, part in raw.items():
        if (
            not isinstance(part, dict)
            or not isinstance(part.get("sha256"), str)
            or not _SHA256.fullmatch(part["sha256"])
            or not isinstance(part.get("size"), int)
            or isinstance(part.get("size"), bool)
            or part["size"] < 0
        ):
            raise Refused(_E_MANIFEST_FIELD, field=f"parts.{name}")
        parts[name] = Part(part["sha256"], part["size"])
    if DATA_NAME not in parts:
        raise Refused(_E_MANIFEST_FIELD, field=f"parts.{DATA_NAME}")
    return parts


# --- program versions ----------------------------------------------------------------------------


def version_tuple(text: str) -> tuple[int, ...]:
    """``"1.10.2"`` → ``(1, 10, 2)``; a tail like ``rc1`` is ignored."""
    numbers: list[int] = []
    for part in text.strip().split("."):
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        numbers.append(int(digits.group()))
    return tuple(numbers)


def is_newer(version: str, than: str) -> bool:
    return version_tuple(version) > version_tuple(than)


def _looks_like_version(text: str) -> bool:
    return bool(re.fullmatch(r"\d+(\.\d+){0,3}([a-z]+\d*)?", text.strip()))


_E_BAD_JSON = QT_TRANSLATE_NOOP(
    "domain",
    "Część „{part}” pliku nie jest poprawnym zapisem JSON ({detail}). Plik jest uszkodzony "
    "albo nie pochodzi z programu PIM Desktop.",
)
_E_NOT_A_PACKAGE = QT_TRANSLATE_NOOP(
    "domain", "To nie jest plik przenośny programu PIM Desktop (brak opisu zawartości)."
)
_E_MANIFEST_FIELD = QT_TRANSLATE_NOOP(
    "domain",
    "Opis zawartości pliku (manifest.json) jest niepoprawny: brak lub błędna wartość "
    "„{field}”. Plik jest uszkodzony albo został zmieniony.",
)
_E_NEWER_FORMAT_NEEDS = QT_TRANSLATE_NOOP(
    "domain",
    "Plik zapisano w nowszym formacie (wersja {found}). Aby go odczytać, potrzebny jest "
    "PIM Desktop w wersji {needed} lub nowszej; ten program ma wersję {current}.",
)
_E_NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "domain",
    "Plik zapisano w nowszym formacie (wersja {found}). Aby go odczytać, potrzebna jest "
    "nowsza wersja programu PIM Desktop niż {current}.",
)
_E_NEEDS_PROGRAM = QT_TRANSLATE_NOOP(
    "domain",
    "Ten plik wymaga programu PIM Desktop w wersji {needed} lub nowszej; ten program ma "
    "wersję {current}. Zaktualizuj program i spróbuj ponownie.",
)
