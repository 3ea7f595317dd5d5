"""The data of the portable file (.pim), ``data.json``: written canonically, read strictly.

A package is a zip holding ``manifest.json`` (``package_manifest``), ``data.json`` (one top-level
key per kind of data, applications in the canonical form behind the checksum) and
``attachments/<sha256>``. The format is described for people in
``resources/formats/pim-package.md``. Reading refuses anything unexpected with a message the
officer can act on; this module only turns bytes into checked values, the zip itself is read in
``persistence/package_archive.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import Field, dataclass, field, fields
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
from pim_desktop.domain.portable.manifest import DATA_NAME, Manifest, load_json
from pim_desktop.domain.portable.partnership_records import (
    CITY_KINDS,
    CityData,
    read_city_data,
    record_count,
)
from pim_desktop.domain.portable.proof_records import (
    KIND_SUBMISSION_PROOFS,
    PackagedProof,
    read_proofs,
)
from pim_desktop.domain.portable.records import E_DATA_FIELD as _E_DATA_FIELD
from pim_desktop.domain.portable.records import E_DATA_SHAPE as _E_DATA_SHAPE
from pim_desktop.domain.problems import Refused
from pim_desktop.domain.record_fields import BOOKKEEPING

KIND_CITY_PROFILE = "city_profile"
KIND_APPLICATIONS = "applications"
KNOWN_KINDS = (KIND_CITY_PROFILE, KIND_APPLICATIONS, *CITY_KINDS, KIND_SUBMISSION_PROOFS)
_CHECKSUM = re.compile(r"[0-9A-F]{64}")
_LINEAGE = re.compile(r"[0-9A-Za-z_-]{1,64}")
_MAX_VERSION_NUMBER = 10_000


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
    city: CityData = field(default_factory=CityData)  # ids are the file's ``ref`` numbers
    proofs: tuple[PackagedProof, ...] = ()


# --- writing -------------------------------------------------------------------------------------


def data_document(
    profile: CityProfile | None,
    applications: Sequence[Application],
    city: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """``data.json``: one top-level key per kind; ``city`` holds the partnership kinds of
    ``package_city.city_documents``. A new kind joins as a new key, leaving the others as
    they are."""
    document: dict[str, Any] = {
        KIND_APPLICATIONS: [application_entry(application) for application in applications]
    }
    if profile is not None:
        document[KIND_CITY_PROFILE] = city_profile_document(profile)
    document.update(city or {})
    return document


def kind_counts(document: Mapping[str, Any]) -> dict[str, int]:
    """``contents.kinds`` of the manifest: how many records of each kind ``data.json`` holds.
    A writer counts the normalised document, as written (a city profile with nothing filled in
    is left out of it)."""
    counts = {KIND_APPLICATIONS: len(document.get(KIND_APPLICATIONS, []))}
    if KIND_CITY_PROFILE in document:
        counts[KIND_CITY_PROFILE] = 1
    counts |= {kind: record_count(kind, document[kind]) for kind in CITY_KINDS if kind in document}
    if KIND_SUBMISSION_PROOFS in document:
        counts[KIND_SUBMISSION_PROOFS] = len(document[KIND_SUBMISSION_PROOFS])
    return counts


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
    for item in _edited_fields(CityProfile):
        value = getattr(profile, item.name)
        if isinstance(value, ContactPerson):
            document[item.name] = {part.name: getattr(value, part.name) for part in fields(value)}
        elif isinstance(value, StrEnum):
            document[item.name] = value.value
        else:
            document[item.name] = value
    return document


# --- reading -------------------------------------------------------------------------------------


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
    city = read_city_data(document)
    versions = {(a.lineage_uid, a.version_number) for a in applications}
    proofs = read_proofs(document.get(KIND_SUBMISSION_PROOFS), versions)
    counts = kind_counts(document)
    for kind in KNOWN_KINDS:
        if manifest.kinds.get(kind, 0) != counts.get(kind, 0):
            raise Refused(_E_COUNTS_DIFFER, kind=kind)
    unknown = tuple(sorted(key for key in document if key not in KNOWN_KINDS))
    return PackageData(profile, applications, unknown, city, proofs)


def city_profile_from_document(document: object) -> CityProfile:
    where = KIND_CITY_PROFILE
    document = _record_object(document, CityProfile, where)
    values: dict[str, Any] = {}
    for item in _edited_fields(CityProfile):
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
    document = _record_object(raw, ContactPerson, where)
    names = [item.name for item in fields(ContactPerson)]
    return ContactPerson(**{name: _text(document.get(name), f"{where}.{name}") for name in names})


def _edited_fields(record: type[CityProfile | ContactPerson]) -> list[Field[Any]]:
    """The fields a file carries: what officers write, not the version a record was read at."""
    return [item for item in fields(record) if item.name not in BOOKKEEPING]


def _record_object(
    raw: object, record: type[CityProfile | ContactPerson], where: str
) -> dict[str, Any]:
    """``raw`` as an object whose keys all name fields of ``record``, or Refused."""
    if not isinstance(raw, dict):
        raise Refused(_E_DATA_SHAPE, where=where)
    known = {item.name for item in _edited_fields(record)}
    for key in raw:
        if key not in known:
            raise Refused(_E_DATA_FIELD, where=f"{where}.{key}")
    return raw


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


_E_COUNTS_DIFFER = QT_TRANSLATE_NOOP(
    "domain",
    "Opis zawartości pliku nie zgadza się z danymi (rodzaj „{kind}”). Plik został zmieniony.",
)
_E_CHECKSUM_DIFFERS = QT_TRANSLATE_NOOP(
    "domain",
    "Suma kontrolna wniosku w pliku ({where}) nie zgadza się z jego treścią. Plik został "
    "zmieniony lub uszkodzony.",
)
