"""Checks a portable file through and through before anything of it is written.

The parts must be exactly those the manifest lists, each with its SHA-256 and size; the data
must parse, every application must fit a form this program knows, and every attachment must be
accounted for. The first fault stops the check with a message the officer can act on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pim_desktop.domain.application import Application
from pim_desktop.domain.city import check_city_profile
from pim_desktop.domain.forms.addresses import describe_address
from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.domain.forms.definition import FormDefinition, Role
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.portable.application_rules import attachment_hashes, portable_problems
from pim_desktop.domain.portable.data_format import PackagedApplication, PackageData, parse_data
from pim_desktop.domain.portable.manifest import (
    DATA_NAME,
    MANIFEST_NAME,
    Manifest,
    Part,
    parse_manifest,
)
from pim_desktop.domain.portable.partnership_records import city_documents
from pim_desktop.domain.portable.proof_records import proof_hashes
from pim_desktop.domain.problems import Problem, Refused
from pim_desktop.persistence.attachment_store import AttachmentStore
from pim_desktop.persistence.package_archive import PackageLimits
from pim_desktop.persistence.zip_archive import Archive


@dataclass(frozen=True)
class VerifiedPackage:
    manifest: Manifest
    data: PackageData
    attachment_parts: tuple[str, ...]  # SHA-256 of the files the package carries
    # The partnership kinds as ``package_city.city_documents`` writes them, for comparing.
    city_documents: Mapping[str, Any]


class PackageChecker:
    def __init__(
        self,
        catalog: FormCatalog,
        attachments: AttachmentStore,
        program_version: str,
        limits: PackageLimits,
    ) -> None:
        self._catalog = catalog
        self._attachments = attachments
        self._program_version = program_version
        self._limits = limits

    def verify(self, archive: Archive) -> VerifiedPackage:
        manifest = parse_manifest(
            archive.read(MANIFEST_NAME, self._limits.max_manifest_bytes), self._program_version
        )
        listed = set(manifest.parts)
        present = archive.names() - {MANIFEST_NAME}
        if listed != present:
            name = sorted(listed ^ present)[0]
            raise Refused(_E_PARTS_DIFFER, name=name)
        raw = archive.read(DATA_NAME, self._limits.max_data_bytes)
        _match(DATA_NAME, manifest.parts[DATA_NAME], sha256_of_bytes(raw), len(raw))
        data = parse_data(raw, manifest)
        carried: list[str] = []
        for name, part in sorted(manifest.parts.items()):
            if name == DATA_NAME:
                continue
            sha256 = name.rpartition("/")[2]
            if part.sha256 != sha256:
                raise Refused(_E_HASH_DIFFERS, name=name)
            _match(name, part, *archive.sha256(name))
            carried.append(sha256)
        documents = city_documents(data.city)
        self._check_data(data, documents, set(carried) | set(manifest.missing_attachments))
        return VerifiedPackage(manifest, data, tuple(carried), documents)

    def _check_data(
        self, data: PackageData, documents: Mapping[str, Any], accounted: set[str]
    ) -> None:
        """``accounted``: attachments carried, or declared missing by the exporting computer."""
        if data.city_profile is not None:
            problems = check_city_profile(data.city_profile)
            if problems:
                raise Refused(_E_BAD_PROFILE, problem=problems[0].text())
        seen: set[tuple[str, int]] = set()
        for application in data.applications:
            key = (application.lineage_uid, application.version_number)
            if key in seen:
                raise Refused(_E_DUPLICATE_VERSION, version=application.version_number)
            seen.add(key)
            self._check_packaged(application)
            receipt = application.submission.receipt if application.submission else None
            for sha256 in attachment_hashes([application.values, receipt]):
                self._check_accounted(sha256, accounted)
        for sha256 in sorted(attachment_hashes(documents) | proof_hashes(data.proofs)):
            self._check_accounted(sha256, accounted)

    def _check_accounted(self, sha256: str, accounted: set[str]) -> None:
        if sha256 not in accounted and not self._attachments.has(sha256):
            raise Refused(_E_ATTACHMENT_NOT_IN_FILE, sha256=sha256)

    def _check_packaged(self, application: PackagedApplication) -> None:
        definition = self._catalog.find(application.form_id, application.form_version)
        if definition is None:
            raise Refused(
                _E_UNKNOWN_FORM, form=application.form_id, version=application.form_version
            )
        if application.role not in {r.value for r in Role} or not definition.has_role(
            Role(application.role)
        ):
            raise Refused(_E_BAD_ROLE, role=application.role, form=definition.title)
        if application.network_id not in {n.id for n in definition.networks}:
            raise Refused(_E_BAD_NETWORK, network=application.network_id, form=definition.title)
        _refuse_if_not_portable(definition, application, _E_IMPORT_INVALID, form=definition.title)

    def check_portable(self, application: Application, message: str) -> None:
        definition = self._catalog.get(application.form_id, application.form_version)
        _refuse_if_not_portable(definition, application, message, number=application.id)


def _match(name: str, part: Part, sha256: str, size: int) -> None:
    if part.sha256 != sha256 or part.size != size:
        raise Refused(_E_HASH_DIFFERS, name=name)


def _refuse_if_not_portable(
    definition: FormDefinition,
    application: Application | PackagedApplication,
    message: str,
    **params: object,
) -> None:
    """Refuse with ``message`` naming the first value that may not travel, if there is one."""
    problems = portable_problems(
        definition, Role(application.role), application.values, application.status
    )
    if problems:
        raise Refused(
            message,
            version=application.version_number,
            where=_where(definition, problems[0]),
            problem=problems[0].text(),
            **params,
        )


def _where(definition: FormDefinition, problem: Problem) -> str:
    try:
        return describe_address(definition, problem.field_id)
    except (KeyError, ValueError):
        return problem.field_id


def sha256_of_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_E_IMPORT_INVALID = QT_TRANSLATE_NOOP(
    "domain",
    "Wniosek „{form}” (wersja {version}) w pliku ma w polu „{where}” wartość sprzeczną "
    "z zasadami formularza: {problem} Import przerwano; nic nie zapisano.",
)
_E_PARTS_DIFFER = QT_TRANSLATE_NOOP(
    "domain",
    "Zawartość pliku nie zgadza się z jego opisem (część „{name}”). Plik został zmieniony "
    "lub uszkodzony; import przerwano.",
)
_E_HASH_DIFFERS = QT_TRANSLATE_NOOP(
    "domain",
    "Suma kontrolna SHA-256 części „{name}” nie zgadza się z opisem zawartości. Plik został "
    "zmieniony lub uszkodzony; import przerwano, nic nie zapisano.",
)
_E_BAD_PROFILE = QT_TRANSLATE_NOOP(
    "domain", "Dane miasta w pliku są błędne: {problem} Import przerwano; nic nie zapisano."
)
_E_DUPLICATE_VERSION = QT_TRANSLATE_NOOP(
    "domain", "Plik zawiera dwa razy tę samą wersję ({version}) jednego wniosku. Import przerwano."
)
_E_ATTACHMENT_NOT_IN_FILE = QT_TRANSLATE_NOOP(
    "domain",
    "Dane w pliku odwołują się do załącznika, którego nie ma ani w pliku, ani na tym "
    "komputerze (SHA-256 {sha256}). Import przerwano.",
)
_E_UNKNOWN_FORM = QT_TRANSLATE_NOOP(
    "domain",
    "Plik zawiera wniosek na formularzu „{form}” w wersji {version}, którego ten program nie "
    "zna. Zaktualizuj program PIM Desktop i spróbuj ponownie.",
)
_E_BAD_ROLE = QT_TRANSLATE_NOOP(
    "domain", "Formularz „{form}” nie przewiduje roli „{role}” podanej w pliku. Import przerwano."
)
_E_BAD_NETWORK = QT_TRANSLATE_NOOP(
    "domain", "Formularz „{form}” nie zna sieci „{network}” podanej w pliku. Import przerwano."
)
