"""The portable file (.pim): its manifest and its data, written and read strictly.

A package is a zip holding ``manifest.json`` (what is inside, with the SHA-256 and size of every
part), ``data.json`` (one top-level key per kind of data, applications in the canonical form
behind the checksum) and ``attachments/<sha256>``. The format is described for people in
``resources/formats/pim-package.md``. Reading refuses anything unexpected with a message the
officer can act on; this module only turns bytes into checked values, the zip itself is read
in ``persistence/package_archive.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from pim_desktop.domain.application import (
    Application,
    ApplicationStatus,
    Submission,
    SubmissionChannel,
    Values,
)
from pim_desktop.domain.canonical import (
    CANONICAL_FORMAT,
    application_document,
    canonical_bytes,
    checksum,
)
from pim_desktop.domain.city import (
    CityProfile,
    ContactPerson,
    SignatoryFunction,
    UnitType,
    Voivodeship,
)
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
KIND_CITY_PROFILE = "city_profile"
KIND_APPLICATIONS = "applications"
KNOWN_KINDS = (KIND_CITY_PROFILE, KIND_APPLICATIONS)
PACKAGE_SUFFIX = ".pim"

_SHA256 = re.compile(r"[0-9a-f]{64}")
_CHECKSUM = re.compile(r"[0-9A-F]{64}")
_LINEAGE = re.compile(r"[0-9A-Za-z_-]{1,64}")
_MAX_VERSION_NUMBER = 10_000


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


@dataclass(frozen=True)
class PackagedApplication:
    """One application version as a package carries it: canonical data plus its metadata."""

    lineage_uid: str
    version_number: int
    status: ApplicationStatus
    submission: Submission | None
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    document: Mapping[str, Any]
    checksum: str

    @property
    def form_id(self) -> str:
        return str(self.document["form"]["id"])

    @property
    def form_version(self) -> str:
        return str(self.document["form"]["version"])

    @property
    def role(self) -> str:
        return str(self.document["role"])

    @property
    def network_id(self) -> str:
        return str(self.document["network"])

    @property
    def values(self) -> Values:
        return dict(self.document.get("values", {}))


@dataclass(frozen=True)
class PackageData:
    city_profile: CityProfile | None
    applications: tuple[PackagedApplication, ...]
    unknown_kinds: tuple[str, ...] = ()


def attachment_part_name(sha256: str) -> str:
    return f"{ATTACHMENTS_FOLDER}/{sha256}"


def is_attachment_part(name: str) -> bool:
    folder, _, sha256 = name.partition("/")
    return folder == ATTACHMENTS_FOLDER and bool(_SHA256.fullmatch(sha256))


# --- writing -------------------------------------------------------------------------------------


def data_document(
    profile: CityProfile | None, applications: Sequence[Application]
) -> dict[str, Any]:
    """``data.json``: one top-level key per kind; later kinds (partnership, meetings, MID) join
    as new keys without changing the format of the others."""
    document: dict[str, Any] = {
        KIND_APPLICATIONS: [application_entry(application) for application in applications]
    }
    if profile is not None:
        document[KIND_CITY_PROFILE] = city_profile_document(profile)
    return document


def data_bytes(document: Mapping[str, Any]) -> bytes:
    """The data in the canonical serialisation (sorted keys, NFC, no empty entries)."""
    return canonical_bytes(document)


def application_entry(application: Application) -> dict[str, Any]:
    document = application_document(application)
    entry: dict[str, Any] = {
        "lineage": application.lineage_uid,
        "version": application.version_number,
        "status": application.status.value,
        "document": document,
        "checksum": checksum(document),
    }
    if application.created_at is not None:
        entry["created_at"] = application.created_at.isoformat()
    if application.updated_at is not None:
        entry["updated_at"] = application.updated_at.isoformat()
    if application.submission is not None:
        submission = application.submission
        entry["submission"] = {
            "sent_on": submission.sent_on.isoformat(),
            "channel": submission.channel.value,
            "receipt": submission.receipt,
        }
    return entry


def city_profile_document(profile: CityProfile) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for item in fields(CityProfile):
        value = getattr(profile, item.name)
        if isinstance(value, ContactPerson):
            document[item.name] = {part.name: getattr(value, part.name) for part in fields(value)}
        elif isinstance(value, StrEnum):
            document[item.name] = value.value
        else:
            document[item.name] = value
    return document


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


# --- reading -------------------------------------------------------------------------------------


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
        created=_moment(document.get("created"), "created", required=True) or dt.datetime.min,
        scope=_scope(document.get("contents")),
        kinds=_kinds(document.get("contents")),
        parts=_parts(document.get("parts")),
        missing_attachments=_missing(document.get("contents")),
    )


def parse_data(raw: bytes, manifest: Manifest) -> PackageData:
    document = load_json(raw, DATA_NAME)
    if not isinstance(document, dict):
        raise Refused(_E_DATA_SHAPE, where=DATA_NAME)
    profile = None
    if KIND_CITY_PROFILE in document:
        profile = city_profile_from_document(document[KIND_CITY_PROFILE])
    entries = document.get(KIND_APPLICATIONS, [])
    if not isinstance(entries, list):
        raise Refused(_E_DATA_SHAPE, where=KIND_APPLICATIONS)
    applications = tuple(
        _application(entry, f"{KIND_APPLICATIONS}[{index}]") for index, entry in enumerate(entries)
    )
    counts = {KIND_APPLICATIONS: len(applications), KIND_CITY_PROFILE: int(profile is not None)}
    for kind in KNOWN_KINDS:
        if manifest.kinds.get(kind, 0) != counts[kind]:
            raise Refused(_E_COUNTS_DIFFER, kind=kind)
    unknown = tuple(sorted(key for key in document if key not in KNOWN_KINDS))
    return PackageData(profile, applications, unknown)


def city_profile_from_document(document: object) -> CityProfile:
    where = KIND_CITY_PROFILE
    if not isinstance(document, dict):
        raise Refused(_E_DATA_SHAPE, where=where)
    known = {item.name for item in fields(CityProfile)}
    for key in document:
        if key not in known:
            raise Refused(_E_DATA_FIELD, where=f"{where}.{key}")
    values: dict[str, Any] = {}
    for item in fields(CityProfile):
        raw = document.get(item.name)
        at = f"{where}.{item.name}"
        if item.name in ("coordinator", "deputy_coordinator"):
            values[item.name] = _person(raw, at)
        elif item.name in ("population", "population_year"):
            values[item.name] = _optional_int(raw, at)
        elif item.name in _PROFILE_ENUMS:
            values[item.name] = _optional_enum(_PROFILE_ENUMS[item.name], raw, at)
        else:
            values[item.name] = _text(raw, at)
    return CityProfile(**values)


_PROFILE_ENUMS: dict[str, type[StrEnum]] = {
    "unit_type": UnitType,
    "voivodeship": Voivodeship,
    "signatory_function": SignatoryFunction,
}


def _application(entry: object, where: str) -> PackagedApplication:
    if not isinstance(entry, dict):
        raise Refused(_E_DATA_SHAPE, where=where)
    lineage = entry.get("lineage")
    if not isinstance(lineage, str) or not _LINEAGE.fullmatch(lineage):
        raise Refused(_E_DATA_FIELD, where=f"{where}.lineage")
    version = entry.get("version")
    if (
        not isinstance(version, int)
        or isinstance(version, bool)
        or not 1 <= version <= _MAX_VERSION_NUMBER
    ):
        raise Refused(_E_DATA_FIELD, where=f"{where}.version")
    status = _optional_enum(ApplicationStatus, entry.get("status"), f"{where}.status")
    if status is None:
        raise Refused(_E_DATA_FIELD, where=f"{where}.status")
    document = _document(entry.get("document"), f"{where}.document")
    stated = entry.get("checksum")
    if not isinstance(stated, str) or not _CHECKSUM.fullmatch(stated):
        raise Refused(_E_DATA_FIELD, where=f"{where}.checksum")
    if checksum(document) != stated:
        raise Refused(_E_CHECKSUM_DIFFERS, where=where)
    return PackagedApplication(
        lineage_uid=lineage,
        version_number=version,
        status=ApplicationStatus(status),
        submission=_submission(entry.get("submission"), f"{where}.submission"),
        created_at=_moment(entry.get("created_at"), f"{where}.created_at"),
        updated_at=_moment(entry.get("updated_at"), f"{where}.updated_at"),
        document=document,
        checksum=stated,
    )


def _document(document: object, where: str) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise Refused(_E_DATA_SHAPE, where=where)
    if document.get("canonical_format") != CANONICAL_FORMAT:
        raise Refused(_E_DATA_FIELD, where=f"{where}.canonical_format")
    form = document.get("form")
    if (
        not isinstance(form, dict)
        or not isinstance(form.get("id"), str)
        or not isinstance(form.get("version"), str)
    ):
        raise Refused(_E_DATA_FIELD, where=f"{where}.form")
    for key in ("role", "network"):
        if not isinstance(document.get(key), str):
            raise Refused(_E_DATA_FIELD, where=f"{where}.{key}")
    if not isinstance(document.get("values", {}), dict):
        raise Refused(_E_DATA_FIELD, where=f"{where}.values")
    extra = set(document) - {"canonical_format", "form", "role", "network", "values"}
    if extra:
        raise Refused(_E_DATA_FIELD, where=f"{where}.{sorted(extra)[0]}")
    return document


def _submission(raw: object, where: str) -> Submission | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise Refused(_E_DATA_SHAPE, where=where)
    try:
        sent_on = dt.date.fromisoformat(str(raw.get("sent_on")))
        channel = SubmissionChannel(str(raw.get("channel")))
    except ValueError as error:
        raise Refused(_E_DATA_FIELD, where=where) from error
    receipt = raw.get("receipt")
    if receipt is not None and not isinstance(receipt, dict):
        raise Refused(_E_DATA_FIELD, where=f"{where}.receipt")
    return Submission(sent_on, channel, receipt)


def _person(raw: object, where: str) -> ContactPerson:
    if raw is None:
        return ContactPerson()
    if not isinstance(raw, dict):
        raise Refused(_E_DATA_SHAPE, where=where)
    known = {item.name for item in fields(ContactPerson)}
    for key in raw:
        if key not in known:
            raise Refused(_E_DATA_FIELD, where=f"{where}.{key}")
    return ContactPerson(**{name: _text(raw.get(name), f"{where}.{name}") for name in known})


def _text(raw: object, where: str) -> str:
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise Refused(_E_DATA_FIELD, where=where)
    return raw


def _optional_int(raw: object, where: str) -> int | None:
    if raw is None:
        return None
    if not isinstance(raw, int) or isinstance(raw, bool):
        raise Refused(_E_DATA_FIELD, where=where)
    return raw


def _optional_enum(kind: type[StrEnum], raw: object, where: str) -> StrEnum | None:
    if raw is None:
        return None
    if not isinstance(raw, str) or raw not in {member.value for member in kind}:
        raise Refused(_E_DATA_FIELD, where=where)
    return kind(raw)


def _moment(raw: object, where: str, *, required: bool = False) -> dt.datetime | None:
    if raw is None and not required:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(raw))
    except ValueError as error:
        raise Refused(_E_DATA_FIELD, where=where) from error
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
_E_DATA_SHAPE = QT_TRANSLATE_NOOP(
    "domain", "Dane w pliku mają nieprawidłową budowę (w miejscu „{where}”)."
)
_E_DATA_FIELD = QT_TRANSLATE_NOOP(
    "domain", "Dane w pliku zawierają brakującą, nieznaną lub błędną wartość: „{where}”."
)
_E_COUNTS_DIFFER = QT_TRANSLATE_NOOP(
    "domain",
    "Opis zawartości pliku nie zgadza się z danymi (rodzaj „{kind}”). Plik został zmieniony.",
)
_E_CHECKSUM_DIFFERS = QT_TRANSLATE_NOOP(
    "domain",
    "Suma kontrolna wniosku w pliku ({where}) nie zgadza się z jego treścią. Plik został "
    "zmieniony lub uszkodzony.",
)
